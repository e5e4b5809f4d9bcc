// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/RowScroller.h"

#include <QScrollBar>
#include <QWidget>

#include <algorithm>
#include <climits>

namespace songngu {

namespace {

constexpr int defaultRowUnit = 1000;

} // namespace

RowScroller::RowScroller(RowLayoutCache& cache, const QWidget* viewport, QScrollBar* bar,
                         QObject* parent)
    : QObject(parent), cache(cache), viewport(viewport), bar(bar)
{
    connect(bar, &QAbstractSlider::actionTriggered, this, &RowScroller::onScrollBarAction);
    connect(bar, &QAbstractSlider::valueChanged, this, &RowScroller::onScrollBarValueChanged);
}

RowPosition RowScroller::maxPosition() const
{
    if (maxPosDirty) {
        const int rows = cache.rowCount();
        maxPos = rows > 0 ? cache.positionEndingAt(rows - 1, viewportHeight()) : RowPosition{};
        maxPosDirty = false;
    }
    return maxPos;
}

int RowScroller::viewportHeight() const
{
    return qMax(1, viewport->height());
}

int RowScroller::lineStep() const
{
    return cache.lineSpacing();
}

int RowScroller::pageStep() const
{
    // Keep one line of overlap so the reader does not lose their place.
    return qMax(lineStep(), viewportHeight() - lineStep());
}

void RowScroller::scrollToRow(int row)
{
    if (cache.rowCount() > 0)
        apply({qBound(0, row, cache.rowCount() - 1), 0}, false);
}

void RowScroller::ensureRowVisible(int row)
{
    if (row < 0 || row >= cache.rowCount())
        return;
    if (row <= pos.row) {
        apply({row, 0}, false);
        return;
    }
    // Walk at most one screenful down from the top: a row further away is not visible anyway.
    const int height = viewportHeight();
    int y = -pos.offset;
    for (int r = pos.row; r < row && y < height; ++r)
        y += cache.rowHeight(r);
    const int rowHeight = cache.rowHeight(row);
    if (y + rowHeight <= height)
        return; // fully visible already
    // Bottom-align the row, unless it is taller than the viewport: then its start matters more.
    apply(rowHeight >= height ? RowPosition{row, 0} : cache.positionEndingAt(row, height), false);
}

void RowScroller::scrollBy(int dy)
{
    if (dy != 0 && cache.rowCount() > 0)
        apply(cache.scrolledBy(pos, dy, maxPosition()), false);
}

void RowScroller::scrollToEnd()
{
    apply(maxPosition(), false);
}

void RowScroller::resetTo(RowPosition to)
{
    apply(to, true);
}

void RowScroller::rowsReset()
{
    unit = qBound(1, (INT_MAX / 2) / qMax(1, cache.rowCount()), defaultRowUnit);
    maxPosDirty = true;
}

// Geometry or font changes move every row; keep the reader on the same row, at the same
// fraction of it.
void RowScroller::relayoutKeepingTop(const std::function<void()>& change)
{
    double fraction = 0;
    if (pos.offset > 0 && pos.row < cache.rowCount())
        fraction = double(pos.offset) / qMax(1, cache.rowHeight(pos.row));
    change();
    maxPosDirty = true;
    RowPosition to = pos;
    if (to.row < cache.rowCount())
        to.offset = int(fraction * cache.rowHeight(to.row));
    apply(to, true);
}

int RowScroller::valueOf(RowPosition at) const
{
    if (cache.rowCount() == 0)
        return 0;
    const qint64 fraction = qint64(at.offset) * unit / qMax(1, cache.rowHeight(at.row));
    return int(qint64(at.row) * unit + fraction);
}

RowPosition RowScroller::positionOf(int value) const
{
    const int rows = cache.rowCount();
    if (rows == 0)
        return {};
    const int row = value / unit;
    if (row >= rows)
        return {rows - 1, 0};
    // Round up so that the scroll bar's maximum maps back to the true end.
    const qint64 scaled = qint64(value % unit) * cache.rowHeight(row);
    return {row, int((scaled + unit - 1) / unit)};
}

RowPosition RowScroller::clamped(RowPosition at) const
{
    const int rows = cache.rowCount();
    if (rows == 0 || at.row < 0)
        return {};
    if (at.row >= rows)
        at = {rows - 1, 0};
    at.offset = qBound(0, at.offset, cache.rowHeight(at.row) - 1);
    return std::min(at, maxPosition());
}

void RowScroller::apply(RowPosition to, bool force)
{
    to = clamped(to);
    if (to == pos && !force)
        return;
    const RowPosition old = pos;
    pos = to;
    syncScrollBar();
    // A short move shifts the pixels already painted and repaints only the uncovered strip.
    const std::optional<int> dy = force ? std::nullopt : cache.distance(old, pos, viewportHeight());
    if (dy)
        Q_EMIT scrolled(*dy);
    else
        Q_EMIT jumped();
    if (pos.row != emittedTopRow) {
        emittedTopRow = pos.row;
        Q_EMIT topRowChanged(emittedTopRow);
    }
}

void RowScroller::syncScrollBar()
{
    if (!bar)
        return;
    const int maximum = valueOf(maxPosition());
    syncingScrollBar = true;
    bar->setRange(0, maximum);
    // The rows of the last screenful stand in for "one page" so the handle has a stable size.
    bar->setPageStep(qMax(1, int(qint64(cache.rowCount()) * unit - maximum)));
    bar->setSingleStep(qMax(1, unit / 4));
    bar->setValue(valueOf(pos));
    syncingScrollBar = false;
}

// Steps from the scroll bar's arrows and track move by pixels, like the keyboard does; drags
// (SliderMove) arrive through valueChanged.
void RowScroller::onScrollBarAction(int action)
{
    switch (action) {
    case QAbstractSlider::SliderSingleStepAdd:
        scrollBy(lineStep());
        break;
    case QAbstractSlider::SliderSingleStepSub:
        scrollBy(-lineStep());
        break;
    case QAbstractSlider::SliderPageStepAdd:
        scrollBy(pageStep());
        break;
    case QAbstractSlider::SliderPageStepSub:
        scrollBy(-pageStep());
        break;
    default:
        return;
    }
    bar->setSliderPosition(valueOf(pos)); // overrides the slider's own step
}

void RowScroller::onScrollBarValueChanged(int value)
{
    if (!syncingScrollBar)
        apply(positionOf(value), false);
}

} // namespace songngu
