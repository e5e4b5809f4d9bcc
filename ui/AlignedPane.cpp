#include "AlignedPane.h"

#include "AlignmentModel.h"
#include "PairedView.h"
#include "RowLayoutCache.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QTextLayout>

namespace songngu {

namespace {

constexpr int autoScrollInterval = 40; // ms
constexpr int currentRowBarWidth = 3;
const QString paragraphSeparator = QStringLiteral("\n\n");

} // namespace

AlignedPane::AlignedPane(PairedView* view, Language language, QWidget* parent)
    : QWidget(parent), view(view), lang(language)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // paintEvent fills every pixel
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::IBeamCursor);
}

int AlignedPane::column() const
{
    return AlignmentModel::languageColumn(lang);
}

int AlignedPane::topRow() const
{
    return view->topRow();
}

int AlignedPane::rowAt(QPoint pos) const
{
    int found = -1;
    forEachVisibleRow([&](const RowBand& band) {
        if (pos.y() < band.top + band.height) {
            if (pos.y() >= band.top)
                found = band.row;
            return false;
        }
        return true;
    });
    return found;
}

QRect AlignedPane::rowRect(int row) const
{
    QRect rect;
    forEachVisibleRow([&](const RowBand& band) {
        if (band.row != row)
            return true;
        rect = QRect(0, band.top, width(), band.height);
        return false;
    });
    return rect;
}

QString AlignedPane::textAt(int row) const
{
    const QTextLayout* layout = view->layoutCache().layout(row, column());
    return layout ? layout->text() : QString();
}

bool AlignedPane::hasSelection() const
{
    return anchor.row >= 0 && anchor != cursor;
}

QString AlignedPane::selectedText() const
{
    if (!hasSelection())
        return {};
    const RowLayoutCache& cache = view->layoutCache();
    const TextPos from = qMin(anchor, cursor);
    const TextPos to = qMax(anchor, cursor);
    QStringList parts;
    for (int row = from.row; row <= to.row; ++row) {
        if (!cache.hasSegment(row, column()))
            continue;
        const QString text = cache.text(row, column());
        const int start = row == from.row ? from.pos : 0;
        const int end = row == to.row ? to.pos : int(text.size());
        if (end > start || (row != from.row && row != to.row))
            parts.append(text.mid(start, end - start));
    }
    return parts.join(paragraphSeparator);
}

void AlignedPane::clearSelection()
{
    if (anchor.row < 0)
        return;
    anchor = cursor = {};
    selecting = false;
    autoScrollTimer.stop();
    update();
}

void AlignedPane::selectAll()
{
    const int rows = view->rowCount();
    if (rows == 0)
        return;
    view->clearSelectionsExcept(this);
    anchor = {0, 0};
    cursor = {rows - 1, int(view->layoutCache().text(rows - 1, column()).size())};
    update();
}

void AlignedPane::copySelection() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void AlignedPane::copyRow(int row) const
{
    const RowLayoutCache& cache = view->layoutCache();
    QStringList parts;
    for (int c : {int(AlignmentModel::EnglishColumn), int(AlignmentModel::VietnameseColumn)}) {
        if (cache.hasSegment(row, c))
            parts.append(cache.text(row, c));
    }
    if (!parts.isEmpty())
        QGuiApplication::clipboard()->setText(parts.join(paragraphSeparator));
}

QSize AlignedPane::sizeHint() const
{
    return {400, 400};
}

QSize AlignedPane::minimumSizeHint() const
{
    return {view->layoutCache().textLeft() + 10 * fontMetrics().averageCharWidth(), 60};
}

bool AlignedPane::event(QEvent* event)
{
    // Claim Ctrl+C / Ctrl+A from window shortcuts while this pane has something to act on.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->matches(QKeySequence::Copy) && hasSelection())
            || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

template<typename Visit>
void AlignedPane::forEachVisibleRow(Visit&& visit) const
{
    RowLayoutCache& cache = view->layoutCache();
    const int rows = cache.rowCount();
    int y = -view->topRowOffset();
    for (int row = view->topRow(); row < rows && y < height(); ++row) {
        const int rowHeight = cache.rowHeight(row);
        if (!visit(RowBand{row, y, rowHeight}))
            return;
        y += rowHeight;
    }
}

void AlignedPane::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    const QRect dirty = event->rect();
    painter.fillRect(dirty, palette().base());
    const int gutter = view->layoutCache().gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, height()).intersected(dirty), palette().alternateBase());
    forEachVisibleRow([&](const RowBand& band) {
        if (band.top + band.height > dirty.top() && band.top <= dirty.bottom())
            paintRow(painter, band);
        return true;
    });
    QColor divider = palette().color(QPalette::Mid);
    divider.setAlpha(110);
    painter.setPen(divider);
    painter.drawLine(gutter - 1, dirty.top(), gutter - 1, dirty.bottom());
}

void AlignedPane::paintRow(QPainter& painter, const RowBand& band)
{
    RowLayoutCache& cache = view->layoutCache();
    const QPalette& pal = palette();
    const int col = column();
    const RowKind kind = cache.rowKind(band.row);
    const QRect rowArea(0, band.top, width(), band.height);
    const QRect textArea(cache.gutterWidth(), band.top, width() - cache.gutterWidth(),
                         band.height);

    const bool hasText = cache.hasSegment(band.row, col);
    if (!hasText)
        paintEmptySide(painter, textArea);

    if (band.row == view->currentRow()) {
        // A translucent wash of the highlight colour reads on light and dark bases alike.
        QColor wash = pal.color(QPalette::Highlight);
        wash.setAlpha(45);
        painter.fillRect(rowArea, wash);
        painter.fillRect(QRect(0, band.top, currentRowBarWidth, band.height),
                         pal.color(QPalette::Highlight));
    }

    paintGutter(painter, band, kind);

    // Fetched last: the layout pointer is only valid until the cache lays out something else.
    if (const QTextLayout* layout = cache.layout(band.row, col)) {
        QList<QTextLayout::FormatRange> selections;
        if (hasSelection()) {
            const TextPos from = qMin(anchor, cursor);
            const TextPos to = qMax(anchor, cursor);
            if (band.row >= from.row && band.row <= to.row) {
                const int start = band.row == from.row ? from.pos : 0;
                const int end = band.row == to.row ? to.pos : int(layout->text().size());
                if (end > start) {
                    const QPalette::ColorGroup group = hasFocus() ? QPalette::Active
                                                                  : QPalette::Inactive;
                    QTextLayout::FormatRange range;
                    range.start = start;
                    range.length = end - start;
                    range.format.setBackground(pal.brush(group, QPalette::Highlight));
                    range.format.setForeground(pal.brush(group, QPalette::HighlightedText));
                    selections.append(range);
                }
            }
        }
        painter.setPen(pal.color(QPalette::Text));
        layout->draw(&painter, QPointF(cache.textLeft(), band.top + cache.verticalPadding()),
                     selections);
    }

    QColor separator = pal.color(QPalette::Mid);
    separator.setAlpha(90);
    painter.setPen(separator);
    const int bottom = band.top + band.height - 1;
    painter.drawLine(0, bottom, width(), bottom);
}

void AlignedPane::paintGutter(QPainter& painter, const RowBand& band, RowKind kind)
{
    const RowLayoutCache& cache = view->layoutCache();
    const int inset = cache.horizontalMargin() / 2;
    const QRect area(inset, band.top + cache.verticalPadding(), cache.gutterWidth() - 2 * inset,
                     band.height - 2 * cache.verticalPadding());
    painter.setFont(cache.labelFont());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(area, Qt::AlignRight | Qt::AlignTop, QString::number(band.row + 1));
    if (kind != RowKind::Pair) {
        const QString tag = painter.fontMetrics().elidedText(RowLayoutCache::kindLabel(kind),
                                                             Qt::ElideRight, area.width());
        painter.drawText(area.adjusted(0, cache.labelLineSpacing(), 0, 0),
                         Qt::AlignRight | Qt::AlignTop, tag);
    }
}

void AlignedPane::paintEmptySide(QPainter& painter, const QRect& area)
{
    const RowLayoutCache& cache = view->layoutCache();
    const QPalette& pal = palette();
    painter.fillRect(area, pal.alternateBase());
    QColor hatch = pal.color(QPalette::Mid);
    hatch.setAlpha(60);
    painter.fillRect(area, QBrush(hatch, Qt::BDiagPattern));

    QFont font = cache.labelFont();
    font.setItalic(true);
    painter.setFont(font);
    const QString label = RowLayoutCache::emptySideLabel(column());
    const QFontMetrics metrics(font);
    // The label sits on a plain patch of the tint so the hatching does not cut through it.
    QRect labelRect(area.left() + cache.horizontalMargin(), area.top() + cache.verticalPadding(),
                    metrics.horizontalAdvance(label), metrics.height());
    labelRect = labelRect.intersected(area.adjusted(0, 0, -cache.horizontalMargin(), 0));
    painter.fillRect(labelRect.adjusted(-3, -1, 3, 1), pal.alternateBase());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(label, Qt::ElideRight, labelRect.width()));
}

AlignedPane::TextPos AlignedPane::textPosAt(QPoint point) const
{
    TextPos found;
    RowBand last;
    forEachVisibleRow([&](const RowBand& band) {
        last = band;
        if (point.y() >= band.top + band.height)
            return true;
        found = textPosInBand(band, point);
        return false;
    });
    if (found.row < 0 && last.row >= 0) // below the last row: the end of it
        found = {last.row, int(view->layoutCache().text(last.row, column()).size())};
    return found;
}

AlignedPane::TextPos AlignedPane::textPosInBand(const RowBand& band, QPoint point) const
{
    RowLayoutCache& cache = view->layoutCache();
    const QTextLayout* layout = cache.layout(band.row, column());
    if (!layout)
        return {band.row, 0};
    const QPointF local = point - QPointF(cache.textLeft(), band.top + cache.verticalPadding());
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (local.y() < line.y() + line.height())
            return {band.row, line.xToCursor(local.x())};
    }
    return {band.row, int(layout->text().size())};
}

void AlignedPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    view->paneResized();
}

void AlignedPane::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const TextPos hit = textPosAt(pos);
    if (hit.row < 0)
        return;
    view->clearSelectionsExcept(this);
    if ((event->modifiers() & Qt::ShiftModifier) && anchor.row >= 0)
        cursor = hit; // extend
    else
        anchor = cursor = hit;
    selecting = true;
    lastMousePos = pos;
    // Clicking a paragraph makes its row current without scrolling it under the mouse.
    const int row = rowAt(pos);
    if (row >= 0)
        view->selectRow(row, false);
    update();
}

void AlignedPane::mouseMoveEvent(QMouseEvent* event)
{
    if (!selecting || !(event->buttons() & Qt::LeftButton))
        return;
    lastMousePos = event->position().toPoint();
    dragSelectionTo(lastMousePos);
    const bool outside = lastMousePos.y() < 0 || lastMousePos.y() >= height();
    if (outside && !autoScrollTimer.isActive())
        autoScrollTimer.start(autoScrollInterval, this);
    else if (!outside)
        autoScrollTimer.stop();
}

void AlignedPane::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        selecting = false;
        autoScrollTimer.stop();
    }
}

void AlignedPane::timerEvent(QTimerEvent* event)
{
    if (event->timerId() != autoScrollTimer.timerId()) {
        QWidget::timerEvent(event);
        return;
    }
    const int y = lastMousePos.y();
    const int overshoot = y < 0 ? y : y >= height() ? y - height() + 1 : 0;
    if (!selecting || overshoot == 0) {
        autoScrollTimer.stop();
        return;
    }
    // Faster the further the mouse is from the pane, but at most a screenful per tick.
    view->scrollByPixels(qBound(-height(), overshoot, height()));
    dragSelectionTo(lastMousePos);
}

void AlignedPane::dragSelectionTo(QPoint point)
{
    const TextPos hit = textPosAt(QPoint(point.x(), qBound(0, point.y(), height() - 1)));
    if (hit.row >= 0 && hit != cursor) {
        cursor = hit;
        update();
    }
}

void AlignedPane::wheelEvent(QWheelEvent* event)
{
    view->handleWheel(event);
}

void AlignedPane::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Up:
        control ? view->previousRow() : view->scrollByPixels(-view->lineStep());
        break;
    case Qt::Key_Down:
        control ? view->nextRow() : view->scrollByPixels(view->lineStep());
        break;
    case Qt::Key_PageUp:
        view->scrollByPixels(-view->pageStep());
        break;
    case Qt::Key_PageDown:
        view->scrollByPixels(view->pageStep());
        break;
    case Qt::Key_Home:
        view->scrollToRow(0);
        break;
    case Qt::Key_End:
        view->scrollToEnd();
        break;
    case Qt::Key_Escape:
        if (!hasSelection()) {
            QWidget::keyPressEvent(event);
            return;
        }
        clearSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void AlignedPane::contextMenuEvent(QContextMenuEvent* event)
{
    const int row = rowAt(event->pos());
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy); // shown as a hint; the pane handles the key itself
    copy->setEnabled(hasSelection());
    QAction* copyBoth = menu.addAction(tr("Copy &row (English and Vietnamese)"));
    copyBoth->setEnabled(row >= 0);
    const QAction* chosen = menu.exec(event->globalPos());
    if (chosen == copy)
        copySelection();
    else if (chosen == copyBoth)
        copyRow(row);
}

void AlignedPane::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update(); // selection colour follows focus
}

void AlignedPane::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace songngu
