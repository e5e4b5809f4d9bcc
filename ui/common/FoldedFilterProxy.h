// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextFolder.h"

#include <QSortFilterProxyModel>

namespace songngu {

// Filters a list or tree without regard to diacritics or case: "to lam" finds "Tô Lâm". Every
// word of the filter must occur in the item's search key (`keyRole`, already folded). In a tree
// a parent stays while one of its children matches, and all children of a matching parent show.
class FoldedFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    FoldedFilterProxy(int keyRole, int sortRole, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int keyRole;
    QString text;
    QStringList words; // folded
    TextFolder folder;
};

} // namespace songngu
