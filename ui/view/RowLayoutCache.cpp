// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/RowLayoutCache.h"

#include "ui/view/AlignmentModel.h"

#include <QFontMetrics>
#include <QTextOption>
#include <QtMath>

#include <algorithm>

namespace songngu {

namespace {

// The cache is bounded by text volume rather than entry count: a screenful of short rows and a
// few very long paragraphs should both fit, while 20,000 laid-out rows never accumulate.
constexpr int maxLayoutCost = 4096;
constexpr int charactersPerCostUnit = 512;
constexpr int maxCostPerLayout = 256;

QFont scaledFont(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return font;
}

} // namespace

RowLayoutCache::RowLayoutCache() : layouts(maxLayoutCost)
{
    setFont(QFont());
}

RowLayoutCache::~RowLayoutCache() = default;

void RowLayoutCache::setModel(const AlignmentModel* newModel)
{
    model = newModel;
    reset();
}

void RowLayoutCache::reset()
{
    const int rows = model ? model->rowCount() : 0;
    layouts.clear();
    for (std::vector<int>& heights : textHeights)
        heights.assign(size_t(rows), -1);
    rowHeights.assign(size_t(rows), -1);
    updateMetrics(); // the gutter holds the row numbers, so its width depends on the row count
}

void RowLayoutCache::invalidateRows(int first, int last)
{
    first = qMax(0, first);
    last = qMin(last, rowCount() - 1);
    for (int row = first; row <= last; ++row) {
        for (int column = 0; column < 2; ++column) {
            layouts.remove(key(row, column));
            textHeights[column][size_t(row)] = -1;
        }
        rowHeights[size_t(row)] = -1;
    }
}

void RowLayoutCache::setFont(const QFont& font)
{
    regularFont = font;
    boldFont = font;
    boldFont.setBold(true);
    smallFont = scaledFont(font, 0.82);
    layouts.clear();
    for (std::vector<int>& heights : textHeights)
        std::fill(heights.begin(), heights.end(), -1);
    std::fill(rowHeights.begin(), rowHeights.end(), -1);
    updateMetrics();
}

bool RowLayoutCache::setPaneWidth(int column, int width)
{
    if (column < 0 || column > 1)
        return false;
    paneWidths[column] = width;
    return updateTextWidth(column);
}

RowKind RowLayoutCache::rowKind(int row) const
{
    if (!model || row < 0 || row >= rowCount())
        return RowKind::Pair;
    return RowKind(model->index(row, 0).data(AlignmentModel::RowKindRole).toInt());
}

bool RowLayoutCache::isUncertain(int row) const
{
    if (!model || row < 0 || row >= rowCount())
        return false;
    return model->index(row, 0).data(AlignmentModel::UncertainRole).toBool();
}

bool RowLayoutCache::hasSegment(int row, int column) const
{
    if (!model || row < 0 || row >= rowCount())
        return false;
    return model->index(row, column).data(AlignmentModel::HasSegmentRole).toBool();
}

QString RowLayoutCache::text(int row, int column) const
{
    if (!model || row < 0 || row >= rowCount())
        return {};
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

const QTextLayout* RowLayoutCache::layout(int row, int column)
{
    if (!model || row < 0 || row >= rowCount() || column < 0 || column > 1)
        return nullptr;
    if (QTextLayout* cached = layouts.object(key(row, column)))
        return cached;
    if (!hasSegment(row, column))
        return nullptr;

    // Always the plain string: markup in an article is text to read, never formatting.
    auto* layout = new QTextLayout(text(row, column),
                                   rowKind(row) == RowKind::Headline ? boldFont : regularFont);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs must not overflow
    layout->setTextOption(option);
    layout->setCacheEnabled(true); // keep shaped glyphs: the layout is drawn many times
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(textWidths[column]);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    textHeights[column][size_t(row)] = qMax(lineHeight, qCeil(y));

    const int cost = qMin(maxCostPerLayout, 1 + int(layout->text().size()) / charactersPerCostUnit);
    layouts.insert(key(row, column), layout, cost);
    return layout;
}

QRect RowLayoutCache::textRect(int row, int column, int start, int length)
{
    const QTextLayout* laidOut = layout(row, column);
    if (!laidOut || laidOut->lineCount() == 0)
        return {};
    const int size = int(laidOut->text().size());
    start = qBound(0, start, size);
    const int end = qBound(start, start + length, size);
    const QTextLine first = laidOut->lineForTextPosition(start);
    const QTextLine last = laidOut->lineForTextPosition(qMax(start, end - 1));
    if (!first.isValid() || !last.isValid())
        return {};
    if (first.lineNumber() != last.lineNumber()) {
        const QRectF span = first.rect().united(last.rect());
        return QRectF(0, span.top(), textWidths[column], span.height()).toAlignedRect();
    }
    const qreal x1 = first.cursorToX(start);
    const qreal x2 = first.cursorToX(end);
    return QRectF(QPointF(qMin(x1, x2), first.y()),
                  QPointF(qMax(x1, x2), first.y() + first.height()))
        .toAlignedRect();
}

int RowLayoutCache::rowHeight(int row)
{
    if (row < 0 || row >= rowCount())
        return 0;
    int& height = rowHeights[size_t(row)];
    if (height < 0) {
        // The gutter shows the row number and, for non-pair rows, a kind tag below it (or the
        // "unsure" tag of a pairing the aligner doubts).
        const int gutterLines = rowKind(row) == RowKind::Pair && !isUncertain(row) ? 1 : 2;
        height = std::max({textHeight(row, 0), textHeight(row, 1),
                           baselineShift + gutterLines * smallLineHeight}) +
                 2 * padding;
    }
    return height;
}

RowPosition RowLayoutCache::positionEndingAt(int row, int height)
{
    int r = row;
    int total = rowHeight(r);
    while (total < height && r > 0)
        total += rowHeight(--r);
    return total < height ? RowPosition{} : RowPosition{r, total - height};
}

RowPosition RowLayoutCache::scrolledBy(RowPosition pos, int dy, RowPosition end)
{
    pos.offset += dy;
    if (dy > 0) {
        while (pos < end && pos.offset >= rowHeight(pos.row)) {
            pos.offset -= rowHeight(pos.row);
            ++pos.row;
        }
        return std::min(pos, end);
    }
    while (pos.offset < 0 && pos.row > 0)
        pos.offset += rowHeight(--pos.row);
    return pos.offset < 0 ? RowPosition{} : pos;
}

std::optional<int> RowLayoutCache::distance(RowPosition from, RowPosition to, int limit)
{
    const int sign = from <= to ? 1 : -1;
    if (sign < 0)
        std::swap(from, to);
    int pixels = to.offset - from.offset;
    for (int row = from.row; row < to.row; ++row) {
        pixels += rowHeight(row);
        if (pixels - to.offset >= limit) // stop measuring: nothing painted can be reused
            return std::nullopt;
    }
    if (pixels >= limit)
        return std::nullopt;
    return sign * pixels;
}

QString RowLayoutCache::kindLabel(RowKind kind)
{
    switch (kind) {
    case RowKind::Pair:
        break;
    case RowKind::Headline:
        return tr("Headline");
    case RowKind::DateLine:
        return tr("Date line");
    case RowKind::Boilerplate:
        return tr("Boilerplate");
    case RowKind::OneSided:
        return tr("One-sided");
    }
    return {};
}

QString RowLayoutCache::uncertainLabel()
{
    return tr("Unsure");
}

QString RowLayoutCache::emptySideLabel(int column)
{
    return column == AlignmentModel::VietnameseColumn ? tr("No Vietnamese text")
                                                      : tr("No English text");
}

int RowLayoutCache::textHeight(int row, int column)
{
    int& height = textHeights[column][size_t(row)];
    if (height < 0 && !layout(row, column))
        height = lineHeight; // an empty side still shows its one-line placeholder label
    return height;
}

void RowLayoutCache::updateMetrics()
{
    const QFontMetrics metrics(regularFont);
    const QFontMetrics smallMetrics(smallFont);
    lineHeight = metrics.lineSpacing();
    smallLineHeight = smallMetrics.lineSpacing();
    baselineShift = qMax(0, metrics.ascent() - smallMetrics.ascent());
    margin = qMax(4, metrics.averageCharWidth());
    padding = qMax(3, lineHeight / 3);
    minTextWidth = 8 * metrics.averageCharWidth();

    int labelWidth = smallMetrics.horizontalAdvance(QString::number(qMax(1, rowCount())));
    for (RowKind kind :
         {RowKind::Headline, RowKind::DateLine, RowKind::Boilerplate, RowKind::OneSided})
        labelWidth = qMax(labelWidth, smallMetrics.horizontalAdvance(kindLabel(kind)));
    labelWidth = qMax(labelWidth, smallMetrics.horizontalAdvance(uncertainLabel()));
    // A narrow gutter: longer (translated) tags are elided when painted.
    labelWidth = qMin(labelWidth, 11 * smallMetrics.averageCharWidth());
    gutter = labelWidth + 2 * smallMetrics.averageCharWidth();

    for (int column = 0; column < 2; ++column) {
        textWidths[column] = -1; // force: the gutter may have changed
        updateTextWidth(column);
    }
}

bool RowLayoutCache::updateTextWidth(int column)
{
    const int width = qMax(minTextWidth, paneWidths[column] - textLeft() - margin);
    if (width == textWidths[column])
        return false;
    textWidths[column] = width;
    clearColumn(column);
    return true;
}

void RowLayoutCache::clearColumn(int column)
{
    const QList<quint64> keys = layouts.keys();
    for (quint64 cached : keys) {
        if (int(cached & 1) == column)
            layouts.remove(cached);
    }
    std::fill(textHeights[column].begin(), textHeights[column].end(), -1);
    std::fill(rowHeights.begin(), rowHeights.end(), -1);
}

} // namespace songngu
