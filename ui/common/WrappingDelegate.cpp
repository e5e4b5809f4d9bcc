// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/WrappingDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace songngu {

WrappingDelegate::WrappingDelegate(QTreeView* view, int column, int maxLines)
    : QStyledItemDelegate(view), view(view), column(column), maxLines(maxLines)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    // Row heights are measured once; a new width needs them measured again (once per burst of
    // resizes while a splitter is dragged).
    auto* relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    connect(view->header(), &QHeaderView::sectionResized, relayout,
            [relayout, column](int section) {
                if (section == column)
                    relayout->start();
            });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != column)
        return size;
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle* style = view->style();
    // The text's room: the section less the margins the style puts around an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &item, view) + 1;
    const int width = view->header()->sectionSize(column) - 2 * margin;
    if (width <= 0)
        return size;
    const QRect text = item.fontMetrics.boundingRect(QRect(0, 0, width, 0),
                                                     Qt::AlignLeft | Qt::TextWordWrap, item.text);
    int height = text.height();
    if (maxLines > 0)
        height = std::min(height, maxLines * item.fontMetrics.lineSpacing());
    size.setHeight(std::max(size.height(), height + 2 * margin));
    return size;
}

} // namespace songngu
