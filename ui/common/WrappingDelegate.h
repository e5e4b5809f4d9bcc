// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace songngu {

// Wraps the text of one column of a tree view onto as many lines as its width needs (Qt's own
// word wrap keeps rows one line high and cuts the text), and lays the rows out again when the
// column is resized.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // At most `maxLines` lines (0: as many as the text needs); the last one shown is elided.
    WrappingDelegate(QTreeView* view, int column, int maxLines = 0);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* view;
    int column;
    int maxLines;
};

} // namespace songngu
