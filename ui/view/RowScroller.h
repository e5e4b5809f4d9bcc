// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/view/RowLayoutCache.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QScrollBar;
class QWidget;

namespace songngu {

// The single source of truth for the paired view's vertical scroll position: the row at the
// top of the viewport and how many of its pixels are above it. It clamps every move to the
// document, keeps one vertical scroll bar in step and follows the user's drags and clicks on
// it. The panes and the view only ask it to move; it tells them how far the content moved.
//
// The scroll bar counts rows (a fixed number of units each), so only the rows near the viewport
// and one screenful at the end (for the scroll range) are ever measured, however long the
// document.
class RowScroller : public QObject
{
    Q_OBJECT
public:
    // `viewport` is the widget as tall as the visible band (either pane: both are equally tall).
    // None is owned; `cache` must outlive the scroller.
    RowScroller(RowLayoutCache& cache, const QWidget* viewport, QScrollBar* bar,
                QObject* parent = nullptr);

    RowPosition position() const { return pos; }
    int topRow() const { return pos.row; }
    int topRowOffset() const { return pos.offset; }
    // The furthest position: the last row ends exactly at the bottom of the viewport.
    RowPosition maxPosition() const;

    int viewportHeight() const;
    int lineStep() const;
    int pageStep() const; // a screenful less one line of overlap

    void scrollToRow(int row); // that row at the top, clamped to the scroll range
    void ensureRowVisible(int row);
    void scrollBy(int dy);
    void scrollToEnd();
    // Clamps `to` and repaints even when the position is unchanged: after rows changed.
    void resetTo(RowPosition to);
    // After the row count changed: the scroll bar's units and the end position are stale.
    // Call resetTo() or relayoutKeepingTop() next.
    void rowsReset();
    // Runs `change`, which may change row heights (fonts, widths, texts, rows), and keeps the
    // reader on the same top row at the same fraction of it.
    void relayoutKeepingTop(const std::function<void()>& change);

Q_SIGNALS:
    // The content moved by `dy` pixels (positive: up), little enough that the pixels already
    // painted can be shifted and only the uncovered strip repainted.
    void scrolled(int dy);
    // The content moved by a screenful or more, or the rows changed: repaint everything.
    void jumped();
    void topRowChanged(int row);

private:
    int valueOf(RowPosition at) const; // the scroll bar value of a position
    RowPosition positionOf(int value) const;
    RowPosition clamped(RowPosition at) const;
    void apply(RowPosition to, bool force);
    void syncScrollBar();
    void onScrollBarAction(int action);
    void onScrollBarValueChanged(int value);

    RowLayoutCache& cache;
    const QWidget* viewport;
    QPointer<QScrollBar> bar;
    RowPosition pos;
    mutable RowPosition maxPos;
    mutable bool maxPosDirty = true;
    int unit = 1000; // scroll bar units per row
    int emittedTopRow = 0;
    bool syncingScrollBar = false;
};

} // namespace songngu
