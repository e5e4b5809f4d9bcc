// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/PairedView.h"

#include "ui/view/AlignedPane.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/RowLayoutCache.h"
#include "ui/view/RowScroller.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace songngu {

namespace {

constexpr int minZoom = 50;
constexpr int maxZoom = 300;
constexpr int zoomStep = 10;
constexpr int wheelStep = 120; // QWheelEvent::angleDelta() of one notch

int columnOf(Language language)
{
    return AlignmentModel::languageColumn(language);
}

// A pane under a caption naming its language, so the sides are never confused after a swap.
QWidget* withHeader(AlignedPane* pane, const QString& caption)
{
    auto* box = new QWidget;
    auto* header = new QLabel(caption, box);
    header->setTextFormat(Qt::PlainText);
    QFont font = header->font();
    font.setBold(true);
    header->setFont(font);
    header->setContentsMargins(8, 3, 8, 3);
    header->setBackgroundRole(QPalette::Button);
    header->setForegroundRole(QPalette::ButtonText);
    header->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(pane, 1);
    return box;
}

} // namespace

PairedView::PairedView(QWidget* parent)
    : QWidget(parent), cache(std::make_unique<RowLayoutCache>()), marks(new PaneAnnotations(this))
{
    connect(marks, &PaneAnnotations::changed, this, &PairedView::updatePanes);
    connect(marks, &PaneAnnotations::revealRequested, this,
            [this](int row, Language language, int start, int length) {
                selectRow(row, true);
                revealText(row, language, start, length);
            });
    englishPane = new AlignedPane(this, Language::English);
    vietnamesePane = new AlignedPane(this, Language::Vietnamese);

    englishBox = withHeader(englishPane, tr("English"));
    vietnameseBox = withHeader(vietnamesePane, tr("Vietnamese"));
    splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(englishBox);
    splitter->addWidget(vietnameseBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    scrollBar = new QScrollBar(Qt::Vertical);
    scrollBar->installEventFilter(this); // its wheel events scroll by pixels like the panes'
    scroller = std::make_unique<RowScroller>(*cache, englishPane, scrollBar);
    connect(scroller.get(), &RowScroller::scrolled, this, &PairedView::scrollPanes);
    connect(scroller.get(), &RowScroller::jumped, this, &PairedView::updatePanes);
    connect(scroller.get(), &RowScroller::topRowChanged, this, &PairedView::topRowChanged);

    auto* content = new QWidget;
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(scrollBar);

    emptyLabel = new QLabel;
    emptyLabel->setTextFormat(Qt::PlainText); // file names and messages are never markup
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    emptyLabel->setMargin(24);
    emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    emptyLabel->setBackgroundRole(QPalette::Base);
    emptyLabel->setAutoFillBackground(true);
    emptyLabel->setText(tr("No article is open."));

    stack = new QStackedLayout(this);
    stack->addWidget(content);
    stack->addWidget(emptyLabel);

    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(leftPane());
    applyFont();
    resetView();
}

PairedView::~PairedView()
{
    // The panes paint from the cache: let them go before it does (members die before children).
    delete stack->widget(0);
}

void PairedView::setModel(AlignmentModel* model)
{
    if (sourceModel == model)
        return;
    if (sourceModel)
        disconnect(sourceModel, nullptr, this, nullptr);
    sourceModel = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &PairedView::resetView);
        connect(model, &QAbstractItemModel::dataChanged, this, &PairedView::onDataChanged);
        connect(model, &QObject::destroyed, this, &PairedView::onModelDestroyed);
    }
    resetView();
}

AlignmentModel* PairedView::model() const
{
    return sourceModel;
}

int PairedView::rowCount() const
{
    return cache->rowCount();
}

void PairedView::setEmptyMessage(const QString& message)
{
    emptyLabel->setText(message);
}

QString PairedView::emptyMessage() const
{
    return emptyLabel->text();
}

void PairedView::setSwapped(bool on)
{
    if (swapped == on)
        return;
    // Each pane keeps its width, so no row needs a new layout.
    QList<int> sizes = splitter->sizes();
    std::reverse(sizes.begin(), sizes.end());
    swapped = on;
    splitter->insertWidget(0, swapped ? vietnameseBox : englishBox);
    splitter->setSizes(sizes);
    setFocusProxy(leftPane());
    Q_EMIT swappedChanged(on);
}

void PairedView::setMatches(const QList<TextMatch>& matches)
{
    highlights.setMatches(matches);
    updatePanes();
}

void PairedView::clearMatches()
{
    if (highlights.clear())
        updatePanes();
}

void PairedView::setCurrentMatch(int index)
{
    if (highlights.setCurrentIndex(index))
        updatePanes();
    if (highlights.currentIndex() < 0)
        return;
    const TextMatch& match = highlights.matches().at(highlights.currentIndex());
    selectRow(match.row, true);
    revealText(match.row, match.language, match.start, match.length);
}

void PairedView::nextMention()
{
    marks->stepMention(1, current >= 0 ? current : topRow());
}

void PairedView::previousMention()
{
    marks->stepMention(-1, current >= 0 ? current : topRow());
}

AlignedPane* PairedView::pane(Language language) const
{
    return language == Language::Vietnamese ? vietnamesePane : englishPane;
}

AlignedPane* PairedView::leftPane() const
{
    return swapped ? vietnamesePane : englishPane;
}

AlignedPane* PairedView::rightPane() const
{
    return swapped ? englishPane : vietnamesePane;
}

QSize PairedView::sizeHint() const
{
    return {900, 600};
}

void PairedView::scrollToRow(int row)
{
    scroller->scrollToRow(row);
}

void PairedView::ensureRowVisible(int row)
{
    scroller->ensureRowVisible(row);
}

void PairedView::scrollByPixels(int dy)
{
    scroller->scrollBy(dy);
}

void PairedView::setCurrentRow(int row)
{
    selectRow(row, true);
}

void PairedView::nextRow()
{
    if (rowCount() > 0)
        setCurrentRow(current < 0 ? topRow() : qMin(current + 1, rowCount() - 1));
}

void PairedView::previousRow()
{
    if (rowCount() > 0)
        setCurrentRow(current < 0 ? topRow() : qMax(current - 1, 0));
}

void PairedView::setZoomPercent(int percent)
{
    percent = qBound(minZoom, percent, maxZoom);
    if (percent == zoom)
        return;
    zoom = percent;
    applyFont();
    Q_EMIT zoomChanged(zoom);
}

void PairedView::zoomIn()
{
    setZoomPercent(zoom + zoomStep);
}

void PairedView::zoomOut()
{
    setZoomPercent(zoom - zoomStep);
}

void PairedView::resetZoom()
{
    setZoomPercent(100);
}

void PairedView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyFont();
    QWidget::changeEvent(event);
}

bool PairedView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == scrollBar && event->type() == QEvent::Wheel) {
        handleWheel(static_cast<QWheelEvent*>(event));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PairedView::handleWheel(QWheelEvent* event)
{
    const int angle = event->angleDelta().y();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomRemainder += angle;
        const int steps = zoomRemainder / wheelStep;
        zoomRemainder %= wheelStep;
        if (steps != 0)
            setZoomPercent(zoom + steps * zoomStep);
        event->accept();
        return;
    }
    if (angle == 0 && event->pixelDelta().y() == 0) {
        event->ignore(); // horizontal only: nothing to scroll
        return;
    }
    int dy = 0;
    if (!event->pixelDelta().isNull()) {
        dy = -event->pixelDelta().y(); // touchpads report exact pixels
    } else {
        // angle * lines * pixels-per-line / 120, keeping the remainder for the next event.
        wheelRemainder += angle * QApplication::wheelScrollLines() * scroller->lineStep();
        dy = -(wheelRemainder / wheelStep);
        wheelRemainder %= wheelStep;
    }
    scrollByPixels(dy);
    event->accept();
}

void PairedView::paneResized()
{
    scroller->relayoutKeepingTop([this] {
        cache->setPaneWidth(columnOf(Language::English), englishPane->width());
        cache->setPaneWidth(columnOf(Language::Vietnamese), vietnamesePane->width());
    });
}

void PairedView::selectRow(int row, bool scrollIntoView)
{
    if (row < 0 || row >= rowCount())
        row = -1;
    if (scrollIntoView)
        ensureRowVisible(row);
    setCurrentRowValue(row);
}

void PairedView::clearSelectionsExcept(const AlignedPane* keep)
{
    for (AlignedPane* p : {englishPane, vietnamesePane}) {
        if (p != keep)
            p->clearSelection();
    }
}

void PairedView::applyFont()
{
    QFont scaled = font();
    if (scaled.pointSizeF() > 0)
        scaled.setPointSizeF(scaled.pointSizeF() * zoom / 100.0);
    else if (scaled.pixelSize() > 0)
        scaled.setPixelSize(qMax(1, scaled.pixelSize() * zoom / 100));
    scroller->relayoutKeepingTop([this, &scaled] { cache->setFont(scaled); });
}

void PairedView::updatePanes()
{
    englishPane->update();
    vietnamesePane->update();
}

void PairedView::scrollPanes(int dy)
{
    englishPane->scroll(0, -dy);
    vietnamesePane->scroll(0, -dy);
}

// With the row in the viewport, scrolls on until those characters are too (a tall paragraph).
void PairedView::revealText(int row, Language language, int start, int length)
{
    const QRect text = pane(language)->textRect(row, start, length);
    const int height = scroller->viewportHeight();
    if (text.isNull() || (text.top() >= 0 && text.bottom() < height))
        return;
    // The least scrolling that shows them, with a line of context.
    const int context = scroller->lineStep();
    scroller->scrollBy(text.top() < 0 ? text.top() - context : text.bottom() + context - height);
}

void PairedView::invalidateMatches()
{
    highlights.clear();
    Q_EMIT matchesInvalidated(); // also when there were none: "No matches" is as stale
    marks->clear();
}

// After any change of the row count: row indexes (and so selections) and all heights are stale.
void PairedView::resetRows()
{
    cache->setModel(sourceModel.data());
    scroller->rowsReset();
    invalidateMatches();
    clearSelectionsExcept(nullptr);
    stack->setCurrentIndex(rowCount() > 0 ? 0 : 1);
}

void PairedView::resetView()
{
    resetRows();
    scroller->resetTo({});
    setCurrentRowValue(-1);
}

void PairedView::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    scroller->relayoutKeepingTop([&] { cache->invalidateRows(topLeft.row(), bottomRight.row()); });
    invalidateMatches(); // their offsets may point anywhere in the new text
}

void PairedView::onModelDestroyed()
{
    sourceModel = nullptr;
    resetView();
}

void PairedView::setCurrentRowValue(int row)
{
    if (row == current)
        return;
    current = row;
    updatePanes();
    Q_EMIT currentRowChanged(current);
}

} // namespace songngu
