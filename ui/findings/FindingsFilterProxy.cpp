// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findings/FindingsFilterProxy.h"

#include "ui/findings/FindingsModel.h"

namespace songngu {

FindingsFilterProxy::FindingsFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
}

void FindingsFilterProxy::setKind(const QString& kind)
{
    if (kind == kindFilter)
        return;
    kindFilter = kind;
    invalidateFilter();
}

void FindingsFilterProxy::setSeverity(std::optional<Severity> severity)
{
    if (severity == severityFilter)
        return;
    severityFilter = severity;
    invalidateFilter();
}

void FindingsFilterProxy::setShowIgnored(bool show)
{
    if (show == withIgnored)
        return;
    withIgnored = show;
    invalidateFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!withIgnored && index.data(FindingsModel::IgnoredRole).toBool())
        return false;
    if (!kindFilter.isEmpty() && index.data(FindingsModel::KindRole).toString() != kindFilter)
        return false;
    return !severityFilter ||
           index.data(FindingsModel::SeverityRole).toInt() == int(*severityFilter);
}

} // namespace songngu
