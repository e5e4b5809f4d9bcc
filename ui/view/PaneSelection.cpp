// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/PaneSelection.h"

#include "ui/view/AlignmentModel.h"
#include "ui/view/RowLayoutCache.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStringList>

namespace songngu {

namespace {

QString paragraphSeparator()
{
    return QStringLiteral("\n\n");
}

} // namespace

PaneSelection::PaneSelection(RowLayoutCache& cache, int column) : cache(cache), column(column) {}

bool PaneSelection::clear()
{
    if (anchor.row < 0)
        return false;
    anchor = cursor = {};
    return true;
}

bool PaneSelection::selectAll()
{
    const int rows = cache.rowCount();
    if (rows == 0)
        return false;
    anchor = {0, 0};
    cursor = endOfRow(rows - 1);
    return true;
}

void PaneSelection::start(Position at, bool extend)
{
    if (extend && anchor.row >= 0)
        cursor = at;
    else
        anchor = cursor = at;
}

bool PaneSelection::moveCursor(Position to)
{
    if (to == cursor)
        return false;
    cursor = to;
    return true;
}

QString PaneSelection::text() const
{
    if (!hasSelection())
        return {};
    const Position from = qMin(anchor, cursor);
    const Position to = qMax(anchor, cursor);
    QStringList parts;
    for (int row = from.row; row <= to.row; ++row) {
        if (!cache.hasSegment(row, column))
            continue;
        const QString text = cache.text(row, column);
        const int start = row == from.row ? from.pos : 0;
        const int end = row == to.row ? to.pos : int(text.size());
        if (end > start || (row != from.row && row != to.row))
            parts.append(text.mid(start, end - start));
    }
    return parts.join(paragraphSeparator());
}

void PaneSelection::copy() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(text());
}

void PaneSelection::copyRow(const RowLayoutCache& cache, int row)
{
    QStringList parts;
    for (int c : {int(AlignmentModel::EnglishColumn), int(AlignmentModel::VietnameseColumn)}) {
        if (cache.hasSegment(row, c))
            parts.append(cache.text(row, c));
    }
    if (!parts.isEmpty())
        QGuiApplication::clipboard()->setText(parts.join(paragraphSeparator()));
}

PaneSelection::Position PaneSelection::hitTest(int row, QPointF point) const
{
    const QTextLayout* layout = cache.layout(row, column);
    if (!layout)
        return {row, 0};
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (point.y() < line.y() + line.height())
            return {row, line.xToCursor(point.x())};
    }
    return {row, int(layout->text().size())};
}

PaneSelection::Position PaneSelection::endOfRow(int row) const
{
    return {row, int(cache.text(row, column).size())};
}

QList<QTextLayout::FormatRange> PaneSelection::formats(int row, int length, const QPalette& palette,
                                                       QPalette::ColorGroup group) const
{
    if (!hasSelection())
        return {};
    const Position from = qMin(anchor, cursor);
    const Position to = qMax(anchor, cursor);
    const int start = row == from.row ? from.pos : 0;
    const int end = row == to.row ? to.pos : length;
    if (row < from.row || row > to.row || end <= start)
        return {};
    QTextLayout::FormatRange range;
    range.start = start;
    range.length = end - start;
    range.format.setBackground(palette.brush(group, QPalette::Highlight));
    range.format.setForeground(palette.brush(group, QPalette::HighlightedText));
    return {range};
}

} // namespace songngu
