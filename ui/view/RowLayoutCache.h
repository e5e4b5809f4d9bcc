// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QCache>
#include <QCoreApplication>
#include <QFont>
#include <QTextLayout>

#include <optional>
#include <vector>

namespace songngu {

class AlignmentModel;

// A vertical scroll position: the row at the top edge and how many of its pixels are above it.
struct RowPosition
{
    int row = 0;
    int offset = 0;
    friend auto operator<=>(const RowPosition&, const RowPosition&) = default;
};

// Lays out the paragraphs of an AlignmentModel on demand for the paired view and remembers the
// results for the current fonts and pane widths. Only rows near the viewport are ever laid out,
// which is what keeps a 20,000-row document cheap: layouts live in a bounded cache, while the
// measured heights (a few ints per row) outlive them.
class RowLayoutCache
{
    Q_DECLARE_TR_FUNCTIONS(songngu::RowLayoutCache)
public:
    RowLayoutCache();
    ~RowLayoutCache();
    RowLayoutCache(const RowLayoutCache&) = delete;
    RowLayoutCache& operator=(const RowLayoutCache&) = delete;

    // Not owned. Resets everything; call reset() again whenever the row count changes.
    void setModel(const AlignmentModel* model);
    void reset();
    void invalidateRows(int first, int last);

    void setFont(const QFont& font);
    // Returns true when the text width of that column changed (its layouts are then dropped).
    bool setPaneWidth(int column, int width);

    int rowCount() const { return int(rowHeights.size()); }
    RowKind rowKind(int row) const;
    bool isUncertain(int row) const;
    bool hasSegment(int row, int column) const;
    QString text(int row, int column) const;

    // The paragraph of `column` in `row` laid out at that column's width, or nullptr for an empty
    // side. The pointer stays valid only until the next call that may lay out another paragraph.
    const QTextLayout* layout(int row, int column);
    // The lines that characters [start, start + length) of that paragraph are on, relative to
    // the top-left of its layout: the exact span on one line, the full width across several.
    // Null for an empty side.
    QRect textRect(int row, int column, int start, int length);
    // Height of the row's band, the same in both panes: the taller side plus padding.
    int rowHeight(int row);

    // Pixel arithmetic over row heights, measuring only the rows it walks over.
    // The position at which `row` ends exactly at the bottom of a viewport `height` high.
    RowPosition positionEndingAt(int row, int height);
    // `pos` moved by `dy` pixels, not past `end` (nor before the first row).
    RowPosition scrolledBy(RowPosition pos, int dy, RowPosition end);
    // Pixels from `from` to `to` (negative upwards), or nothing when `limit` or more apart.
    std::optional<int> distance(RowPosition from, RowPosition to, int limit);

    const QFont& textFont() const { return regularFont; }
    const QFont& labelFont() const { return smallFont; }
    int gutterWidth() const { return gutter; }
    int textLeft() const { return gutter + margin; }
    int horizontalMargin() const { return margin; }
    int verticalPadding() const { return padding; }
    int lineSpacing() const { return lineHeight; }
    int labelLineSpacing() const { return smallLineHeight; }
    // How far below a text line's top a label starts so both share a baseline.
    int labelBaselineShift() const { return baselineShift; }

    static QString kindLabel(RowKind kind);
    static QString uncertainLabel();
    static QString emptySideLabel(int column);

private:
    int textHeight(int row, int column);
    void updateMetrics();
    bool updateTextWidth(int column);
    void clearColumn(int column);
    static quint64 key(int row, int column) { return (quint64(row) << 1) | quint64(column & 1); }

    const AlignmentModel* model = nullptr;
    QFont regularFont;
    QFont boldFont;  // headlines
    QFont smallFont; // gutter and placeholder labels
    int paneWidths[2] = {0, 0};
    int textWidths[2] = {0, 0};
    int gutter = 0;
    int margin = 0;
    int padding = 0;
    int lineHeight = 0;
    int smallLineHeight = 0;
    int baselineShift = 0;
    int minTextWidth = 0;
    QCache<quint64, QTextLayout> layouts;
    std::vector<int> textHeights[2]; // per column; -1 = not measured yet
    std::vector<int> rowHeights;     // -1 = not measured yet
};

} // namespace songngu
