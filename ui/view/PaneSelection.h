// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QPointF>
#include <QString>
#include <QTextLayout>

namespace songngu {

class RowLayoutCache;

// The text selection of one pane of the paired view: from an anchor to a cursor, each a
// character position in that pane's column, possibly rows apart. It maps points in a laid-out
// paragraph to positions, extracts the selected text (paragraphs joined by a blank line) and
// puts it on the clipboard. It neither paints nor handles input: the pane does both.
class PaneSelection
{
public:
    // A character position in the paragraph of a row; row -1 is no position.
    struct Position
    {
        int row = -1;
        int pos = 0;
        friend auto operator<=>(const Position&, const Position&) = default;
    };

    // `cache` must outlive the selection.
    PaneSelection(RowLayoutCache& cache, int column);

    bool hasSelection() const { return anchor.row >= 0 && anchor != cursor; }

    // Each returns true when the selection changed (the pane then repaints).
    bool clear();
    bool selectAll();
    // Starts a selection at `at`, or with `extend` moves the end of the current one there.
    void start(Position at, bool extend);
    bool moveCursor(Position to);

    QString text() const;
    void copy() const;
    // Where the selection begins and ends in reading order; rows -1 without a selection.
    Position first() const { return hasSelection() ? qMin(anchor, cursor) : Position{}; }
    Position last() const { return hasSelection() ? qMax(anchor, cursor) : Position{}; }
    // The English and Vietnamese paragraphs of `row` to the clipboard.
    static void copyRow(const RowLayoutCache& cache, int row);

    // The position under `point`, relative to the top-left of the row's laid-out paragraph.
    Position hitTest(int row, QPointF point) const;
    Position endOfRow(int row) const;

    // Highlighting for the part of `row` (a paragraph `length` characters long) selected.
    QList<QTextLayout::FormatRange> formats(int row, int length, const QPalette& palette,
                                            QPalette::ColorGroup group) const;

private:
    RowLayoutCache& cache;
    int column;
    Position anchor; // where the selection started
    Position cursor; // where it ends (may be before the anchor)
};

} // namespace songngu
