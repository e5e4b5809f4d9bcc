#include "DocumentFilterProxy.h"

#include "DocumentListModel.h"

namespace songngu {

DocumentFilterProxy::DocumentFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentListModel::SortRole);
}

void DocumentFilterProxy::setFilterText(const QString& filter)
{
    if (filter == text)
        return;
    text = filter;
    words = folder.fold(filter.normalized(QString::NormalizationForm_C))
                .split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (words.isEmpty())
        return true;
    const QString key = sourceModel()
                            ->index(sourceRow, 0, sourceParent)
                            .data(DocumentListModel::SearchKeyRole)
                            .toString();
    return std::all_of(words.cbegin(), words.cend(),
                       [&key](const QString& word) { return key.contains(word); });
}

} // namespace songngu
