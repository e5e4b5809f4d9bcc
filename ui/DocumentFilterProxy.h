#pragma once

#include "TextFolder.h"

#include <QSortFilterProxyModel>

namespace songngu {

// Filters the document list without regard to diacritics or case: "to lam" finds "Tô Lâm".
// Every word of the filter must occur in the document's search key.
class DocumentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DocumentFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text;
    QStringList words; // folded
    TextFolder folder;
};

} // namespace songngu
