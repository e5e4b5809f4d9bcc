// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/AlignedPane.h"

#include "ui/common/Colours.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/FindingMarks.h"
#include "ui/view/PairedView.h"
#include "ui/view/RowLayoutCache.h"
#include "ui/view/RowScroller.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

namespace songngu {

namespace {

constexpr int autoScrollInterval = 40; // ms
constexpr int currentRowBarWidth = 3;
constexpr qreal currentRowWash = 0.18; // share of the highlight colour in the current row

} // namespace

AlignedPane::AlignedPane(PairedView* view, Language language, QWidget* parent)
    : QWidget(parent), view(view), lang(language),
      selection(view->layoutCache(), AlignmentModel::languageColumn(language))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // paintEvent fills every pixel
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::IBeamCursor);
    setMouseTracking(true); // hovering a name lights up its counterpart
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

QRect AlignedPane::textRect(int row, int start, int length) const
{
    QRect rect;
    forEachVisibleRow([&](const RowBand& band) {
        if (band.row != row)
            return true;
        rect = view->layoutCache().textRect(row, column(), start, length);
        rect.translate(textOrigin(band));
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
    return selection.hasSelection();
}

QString AlignedPane::selectedText() const
{
    return selection.text();
}

void AlignedPane::clearSelection()
{
    if (!selection.clear())
        return;
    selecting = false;
    autoScrollTimer.stop();
    update();
}

void AlignedPane::selectAll()
{
    if (view->rowCount() == 0)
        return;
    view->clearSelectionsExcept(this);
    selection.selectAll();
    update();
}

void AlignedPane::copySelection() const
{
    selection.copy();
}

void AlignedPane::copyRow(int row) const
{
    PaneSelection::copyRow(view->layoutCache(), row);
}

QSize AlignedPane::sizeHint() const
{
    return {400, 400};
}

QSize AlignedPane::minimumSizeHint() const
{
    // Room for a long word of prose ("anniversary", "nghiêng") and some around it: when the
    // window is narrow the side panels give way, not the text.
    return {view->layoutCache().textLeft() + minimumTextColumns * fontMetrics().averageCharWidth(),
            60};
}

bool AlignedPane::event(QEvent* event)
{
    // Claim Ctrl+C / Ctrl+A from window shortcuts while this pane has something to act on.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->matches(QKeySequence::Copy) && hasSelection()) ||
            key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip && showAnnotationToolTip(static_cast<QHelpEvent*>(event)))
        return true;
    return QWidget::event(event);
}

std::optional<EntityHighlights::Span> AlignedPane::entitySpanAt(QPoint point, int* row) const
{
    const std::optional<std::pair<int, int>> at = charAt(point);
    if (!at)
        return std::nullopt;
    *row = at->first;
    return view->annotations()->entitySpanAt(at->first, lang, at->second);
}

std::optional<std::pair<int, int>> AlignedPane::charAt(QPoint point) const
{
    const TextPos hit = textPosAt(point);
    if (hit.row < 0 || rowAt(point) != hit.row)
        return std::nullopt;
    // The nearest position is not enough: the point must be on the character's glyph, not in
    // the margin beside the text.
    for (int pos : {hit.pos, hit.pos - 1})
        if (pos >= 0 && textRect(hit.row, pos, 1).contains(point))
            return std::pair(hit.row, pos);
    return std::nullopt;
}

bool AlignedPane::showAnnotationToolTip(QHelpEvent* event)
{
    const std::optional<std::pair<int, int>> at = charAt(event->pos());
    const QString tip = at ? view->annotations()->toolTip(at->first, lang, at->second) : QString();
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    // Plain text: names and messages quote the document, which is never markup.
    // The tip stays up while the mouse is anywhere on the marked words.
    const auto [start, length] = view->annotations()->toolTipRange(at->first, lang, at->second);
    QToolTip::showText(event->globalPos(), Qt::convertFromPlainText(tip), this,
                       textRect(at->first, start, length));
    return true;
}

template <typename Visit> void AlignedPane::forEachVisibleRow(Visit&& visit) const
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

// Everything is painted with opaque colours and fillRect(): translucent lines and washes over
// tall areas send Qt's raster engine through its threaded span blending, which costs more in
// synchronisation than it saves on a 2-core machine.
void AlignedPane::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    const QRect dirty = event->rect();
    const QPalette& pal = palette();
    const int gutter = view->layoutCache().gutterWidth();
    painter.fillRect(dirty, pal.base());
    painter.fillRect(QRect(0, 0, gutter, height()).intersected(dirty), pal.alternateBase());
    forEachVisibleRow([&](const RowBand& band) {
        if (band.top + band.height > dirty.top() && band.top <= dirty.bottom())
            paintRow(painter, band, dirty);
        return true;
    });
    painter.fillRect(
        QRect(gutter - 1, dirty.top(), 1, dirty.height()),
        colours::blend(pal.color(QPalette::AlternateBase), pal.color(QPalette::Mid), 0.5));
}

void AlignedPane::paintRow(QPainter& painter, const RowBand& band, const QRect& dirty)
{
    RowLayoutCache& cache = view->layoutCache();
    const QPalette& pal = palette();
    const int col = column();
    const int gutter = cache.gutterWidth();
    const QRect gutterArea(0, band.top, gutter, band.height);
    const QRect textArea(gutter, band.top, width() - gutter, band.height);

    // The current row gets a wash of the highlight colour (reads on light and dark bases
    // alike) and a solid bar at the left edge.
    const bool isCurrent = band.row == view->currentRow();
    const QColor highlight = pal.color(QPalette::Highlight);
    auto background = [&](QPalette::ColorRole role) {
        return isCurrent ? colours::blend(pal.color(role), highlight, currentRowWash)
                         : pal.color(role);
    };
    if (isCurrent) {
        painter.fillRect(gutterArea, background(QPalette::AlternateBase));
        painter.fillRect(textArea, background(QPalette::Base));
    }
    if (!cache.hasSegment(band.row, col))
        paintEmptySide(painter, textArea, background(QPalette::AlternateBase));
    if (isCurrent)
        painter.fillRect(QRect(0, band.top, currentRowBarWidth, band.height), highlight);

    paintGutter(painter, band, cache.rowKind(band.row));

    // Fetched last: the layout pointer is only valid until the cache lays out something else.
    if (const QTextLayout* layout = cache.layout(band.row, col)) {
        const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
        // Entities under search matches under the selection: later ranges are drawn over
        // earlier ones.
        QList<QTextLayout::FormatRange> formats = view->annotations()->formats(band.row, lang, pal);
        formats += view->highlights.formats(band.row, lang, pal);
        formats += selection.formats(band.row, int(layout->text().size()), pal, group);
        painter.setPen(pal.color(QPalette::Text));
        // The clip skips the lines of a tall paragraph that are outside the repainted strip.
        layout->draw(&painter, textOrigin(band), formats, dirty);
    }

    painter.fillRect(QRect(0, band.top + band.height - 1, width(), 1),
                     colours::blend(pal.color(QPalette::Base), pal.color(QPalette::Mid), 0.4));
}

void AlignedPane::paintGutter(QPainter& painter, const RowBand& band, RowKind kind)
{
    const RowLayoutCache& cache = view->layoutCache();
    const int inset = cache.horizontalMargin() / 2;
    // Shifted down so the number sits on the baseline of the paragraph's first line.
    const int top = band.top + cache.verticalPadding() + cache.labelBaselineShift();
    const QRect area(inset, top, cache.gutterWidth() - 2 * inset, band.top + band.height - top);
    painter.setFont(cache.labelFont());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(area, Qt::AlignRight | Qt::AlignTop, QString::number(band.row + 1));
    // A pairing the aligner doubts says so in amber, before its kind: it wants checking.
    const bool uncertain = cache.isUncertain(band.row);
    if (kind != RowKind::Pair || uncertain) {
        if (uncertain)
            painter.setPen(FindingMarks::severityColour(Severity::Warning));
        const QString label =
            uncertain ? RowLayoutCache::uncertainLabel() : RowLayoutCache::kindLabel(kind);
        const QString tag = painter.fontMetrics().elidedText(label, Qt::ElideRight, area.width());
        painter.drawText(area.adjusted(0, cache.labelLineSpacing(), 0, 0),
                         Qt::AlignRight | Qt::AlignTop, tag);
    }
}

void AlignedPane::paintEmptySide(QPainter& painter, const QRect& area, const QColor& tint)
{
    const RowLayoutCache& cache = view->layoutCache();
    const QPalette& pal = palette();
    const QRect inner = area.adjusted(0, 0, 0, -1); // keep the row separator
    painter.fillRect(inner, tint);
    QColor hatch = pal.color(QPalette::Mid);
    hatch.setAlpha(60);
    painter.fillRect(inner, QBrush(hatch, Qt::BDiagPattern));

    QFont font = cache.labelFont();
    font.setItalic(true);
    painter.setFont(font);
    const QString label = RowLayoutCache::emptySideLabel(column());
    const QFontMetrics metrics = painter.fontMetrics(); // the painter's own: no rounding surprises
    // The label sits on a plain patch of the tint so the hatching does not cut through it.
    QRect labelRect(area.left() + cache.horizontalMargin(), area.top() + cache.verticalPadding(),
                    metrics.horizontalAdvance(label) + 2, metrics.height());
    labelRect = labelRect.intersected(area.adjusted(0, 0, -cache.horizontalMargin(), 0));
    painter.fillRect(labelRect.adjusted(-3, -1, 3, 1), tint);
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
        found = selection.hitTest(band.row, point - textOrigin(band));
        return false;
    });
    if (found.row < 0 && last.row >= 0) // below the last row: the end of it
        found = selection.endOfRow(last.row);
    return found;
}

QPoint AlignedPane::textOrigin(const RowBand& band) const
{
    const RowLayoutCache& cache = view->layoutCache();
    return {cache.textLeft(), band.top + cache.verticalPadding()};
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
    selection.start(hit, event->modifiers().testFlag(Qt::ShiftModifier));
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
    if (!selecting || !(event->buttons() & Qt::LeftButton)) {
        int row = -1;
        const std::optional<EntityHighlights::Span> span =
            entitySpanAt(event->position().toPoint(), &row);
        view->annotations()->hoverEntity(span ? row : -1, span ? span->entity : -1);
        return;
    }
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

void AlignedPane::leaveEvent(QEvent* event)
{
    view->annotations()->hoverEntity(-1, -1);
    QWidget::leaveEvent(event);
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
    view->rowScroller().scrollBy(qBound(-height(), overshoot, height()));
    dragSelectionTo(lastMousePos);
}

void AlignedPane::dragSelectionTo(QPoint point)
{
    const TextPos hit = textPosAt(QPoint(point.x(), qBound(0, point.y(), height() - 1)));
    if (hit.row >= 0 && selection.moveCursor(hit))
        update();
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
    RowScroller& scroller = view->rowScroller();
    switch (event->key()) {
    case Qt::Key_Up:
        control ? view->previousRow() : scroller.scrollBy(-scroller.lineStep());
        break;
    case Qt::Key_Down:
        control ? view->nextRow() : scroller.scrollBy(scroller.lineStep());
        break;
    case Qt::Key_PageUp:
        scroller.scrollBy(-scroller.pageStep());
        break;
    case Qt::Key_PageDown:
        scroller.scrollBy(scroller.pageStep());
        break;
    case Qt::Key_Home:
        scroller.scrollToRow(0);
        break;
    case Qt::Key_End:
        scroller.scrollToEnd();
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
    int mentionRow = -1;
    const std::optional<EntityHighlights::Span> span = entitySpanAt(event->pos(), &mentionRow);
    // What "Add to Glossary" takes: the selection when it lies within one paragraph, else the
    // mention clicked.
    int glossaryRow = -1;
    QString glossaryText;
    int glossaryEntity = -1; // the mention's entity, when that is what the text is
    if (hasSelection() && selection.first().row == selection.last().row) {
        glossaryRow = selection.first().row;
        glossaryText = selectedText().simplified();
        // The mention clicked counts only when the selection lies within it.
        if (span && mentionRow == glossaryRow && selection.first().pos >= span->start &&
            selection.last().pos <= span->start + span->length)
            glossaryEntity = span->entity;
    } else if (span && entityTypeFromCode(
                           view->annotations()->entities()->entities.at(span->entity).type)) {
        // A name; dates, numbers and titles are not glossary entries.
        glossaryRow = mentionRow;
        glossaryEntity = span->entity;
        glossaryText = textAt(mentionRow).mid(span->start, span->length);
    }

    QMenu menu(this);
    QAction* copy = menu.addAction(tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy); // shown as a hint; the pane handles the key itself
    copy->setEnabled(hasSelection());
    QAction* copyBoth = menu.addAction(tr("Copy &row (English and Vietnamese)"));
    copyBoth->setEnabled(row >= 0);
    menu.addSeparator();
    QAction* showEntity = menu.addAction(tr("Show in &Entities"));
    showEntity->setEnabled(span.has_value());
    QAction* addToGlossary = menu.addAction(tr("&Add to Glossary…"));
    addToGlossary->setEnabled(!glossaryText.isEmpty());
    // Alignment corrections act on the current row: the one clicked.
    if (row >= 0 && !view->rowActions().isEmpty()) {
        view->setCurrentRow(row);
        menu.addSeparator();
        for (QAction* action : view->rowActions())
            if (action->isEnabled())
                menu.addAction(action);
    }
    const QAction* chosen = menu.exec(event->globalPos());
    if (chosen == copy)
        copySelection();
    else if (chosen == copyBoth)
        copyRow(row);
    else if (chosen == showEntity)
        Q_EMIT view->showInEntitiesRequested(span->entity);
    else if (chosen == addToGlossary)
        Q_EMIT view->addToGlossaryRequested(lang, glossaryText, glossaryEntity);
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
