// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"

#include <QSortFilterProxyModel>

namespace songngu {

// Shows the findings of one kind and one severity (or all), ignored ones only on request.
class FindingsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterProxy(QObject* parent = nullptr);

    void setKind(const QString& kind);                  // empty: every kind
    void setSeverity(std::optional<Severity> severity); // none: every severity
    void setShowIgnored(bool show);
    QString kind() const { return kindFilter; }
    bool showsIgnored() const { return withIgnored; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString kindFilter;
    std::optional<Severity> severityFilter;
    bool withIgnored = false;
};

} // namespace songngu
