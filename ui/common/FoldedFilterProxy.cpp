// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FoldedFilterProxy.h"

namespace songngu {

FoldedFilterProxy::FoldedFilterProxy(int keyRole, int sortRole, QObject* parent)
    : QSortFilterProxyModel(parent), keyRole(keyRole)
{
    setSortRole(sortRole);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void FoldedFilterProxy::setFilterText(const QString& filter)
{
    if (filter == text)
        return;
    text = filter;
    words = folder.fold(filter.normalized(QString::NormalizationForm_C))
                .split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FoldedFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (words.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(keyRole).toString();
    return std::all_of(words.cbegin(), words.cend(),
                       [&key](const QString& word) { return key.contains(word); });
}

} // namespace songngu
