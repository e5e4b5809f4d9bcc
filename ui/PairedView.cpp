#include "PairedView.h"

#include "AlignedPane.h"
#include "AlignmentModel.h"
#include "RowLayoutCache.h"

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
#include <climits>

namespace songngu {

namespace {

constexpr int minZoom = 50;
constexpr int maxZoom = 300;
constexpr int zoomStep = 10;
constexpr int defaultRowUnit = 1000;
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

PairedView::PairedView(QWidget* parent) : QWidget(parent), cache(std::make_unique<RowLayoutCache>())
{
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
    connect(scrollBar, &QAbstractSlider::actionTriggered, this, &PairedView::onScrollBarAction);
    connect(scrollBar, &QAbstractSlider::valueChanged, this, &PairedView::onScrollBarValueChanged);

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
        connect(model, &QAbstractItemModel::rowsInserted, this, &PairedView::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PairedView::onRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &PairedView::onDataChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PairedView::onLayoutChanged);
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
    if (rowCount() > 0)
        applyPosition({qBound(0, row, rowCount() - 1), 0});
}

void PairedView::ensureRowVisible(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    if (row <= position.row) {
        applyPosition({row, 0});
        return;
    }
    // Walk at most one screenful down from the top: a row further away is not visible anyway.
    const int height = viewportHeight();
    int y = -position.offset;
    for (int r = position.row; r < row && y < height; ++r)
        y += cache->rowHeight(r);
    const int rowHeight = cache->rowHeight(row);
    if (y + rowHeight <= height)
        return; // fully visible already
    // Bottom-align the row, unless it is taller than the viewport: then its start matters more.
    applyPosition(rowHeight >= height ? ScrollPos{row, 0} : cache->positionEndingAt(row, height));
}

void PairedView::scrollByPixels(int dy)
{
    if (dy != 0 && rowCount() > 0)
        applyPosition(cache->scrolledBy(position, dy, maxPosition()));
}

void PairedView::setCurrentRow(int row)
{
    selectRow(row, true);
}

void PairedView::nextRow()
{
    if (rowCount() > 0)
        setCurrentRow(current < 0 ? position.row : qMin(current + 1, rowCount() - 1));
}

void PairedView::previousRow()
{
    if (rowCount() > 0)
        setCurrentRow(current < 0 ? position.row : qMax(current - 1, 0));
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

int PairedView::viewportHeight() const
{
    return qMax(1, englishPane->height());
}

int PairedView::lineStep() const
{
    return cache->lineSpacing();
}

int PairedView::pageStep() const
{
    // Keep one line of overlap so the reader does not lose their place.
    return qMax(lineStep(), viewportHeight() - lineStep());
}

void PairedView::scrollToEnd()
{
    applyPosition(maxPosition());
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
        wheelRemainder += angle * QApplication::wheelScrollLines() * lineStep();
        dy = -(wheelRemainder / wheelStep);
        wheelRemainder %= wheelStep;
    }
    scrollByPixels(dy);
    event->accept();
}

void PairedView::paneResized()
{
    relayoutKeepingTop([this] {
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

PairedView::ScrollPos PairedView::clamped(ScrollPos pos) const
{
    const int rows = rowCount();
    if (rows == 0 || pos.row < 0)
        return {};
    if (pos.row >= rows)
        pos = {rows - 1, 0};
    pos.offset = qBound(0, pos.offset, cache->rowHeight(pos.row) - 1);
    return std::min(pos, maxPosition());
}

PairedView::ScrollPos PairedView::maxPosition() const
{
    if (maxPosDirty) {
        maxPos = rowCount() > 0 ? cache->positionEndingAt(rowCount() - 1, viewportHeight())
                                : ScrollPos{};
        maxPosDirty = false;
    }
    return maxPos;
}

void PairedView::applyPosition(ScrollPos pos, bool force)
{
    pos = clamped(pos);
    if (pos == position && !force)
        return;
    const ScrollPos old = position;
    position = pos;
    syncScrollBar();
    // A short move shifts the pixels already painted and repaints only the uncovered strip.
    const std::optional<int> dy =
        force ? std::nullopt : cache->distance(old, pos, viewportHeight());
    if (dy) {
        englishPane->scroll(0, -*dy);
        vietnamesePane->scroll(0, -*dy);
    } else {
        updatePanes();
    }
    if (position.row != emittedTopRow) {
        emittedTopRow = position.row;
        Q_EMIT topRowChanged(emittedTopRow);
    }
}

int PairedView::valueOf(ScrollPos pos) const
{
    if (rowCount() == 0)
        return 0;
    const qint64 fraction = qint64(pos.offset) * rowUnit / qMax(1, cache->rowHeight(pos.row));
    return int(qint64(pos.row) * rowUnit + fraction);
}

PairedView::ScrollPos PairedView::positionOf(int value) const
{
    if (rowCount() == 0)
        return {};
    const int row = value / rowUnit;
    if (row >= rowCount())
        return {rowCount() - 1, 0};
    // Round up so that the scroll bar's maximum maps back to the true end.
    const qint64 scaled = qint64(value % rowUnit) * cache->rowHeight(row);
    return {row, int((scaled + rowUnit - 1) / rowUnit)};
}

void PairedView::syncScrollBar()
{
    const int maximum = valueOf(maxPosition());
    syncingScrollBar = true;
    scrollBar->setRange(0, maximum);
    // The rows of the last screenful stand in for "one page" so the handle has a stable size.
    scrollBar->setPageStep(qMax(1, int(qint64(rowCount()) * rowUnit - maximum)));
    scrollBar->setSingleStep(qMax(1, rowUnit / 4));
    scrollBar->setValue(valueOf(position));
    syncingScrollBar = false;
}

// Geometry or font changes move every row; keep the reader on the same row, at the same
// fraction of it.
void PairedView::relayoutKeepingTop(const std::function<void()>& change)
{
    double fraction = 0;
    if (position.offset > 0 && position.row < rowCount())
        fraction = double(position.offset) / qMax(1, cache->rowHeight(position.row));
    change();
    maxPosDirty = true;
    ScrollPos pos = position;
    if (pos.row < rowCount())
        pos.offset = int(fraction * cache->rowHeight(pos.row));
    applyPosition(pos, true);
}

void PairedView::applyFont()
{
    QFont scaled = font();
    if (scaled.pointSizeF() > 0)
        scaled.setPointSizeF(scaled.pointSizeF() * zoom / 100.0);
    else if (scaled.pixelSize() > 0)
        scaled.setPixelSize(qMax(1, scaled.pixelSize() * zoom / 100));
    relayoutKeepingTop([this, &scaled] { cache->setFont(scaled); });
}

void PairedView::updatePanes()
{
    englishPane->update();
    vietnamesePane->update();
}

// After any change of the row count: row indexes (and so selections) and all heights are stale.
void PairedView::resetRows()
{
    cache->setModel(sourceModel.data());
    rowUnit = qBound(1, (INT_MAX / 2) / qMax(1, rowCount()), defaultRowUnit);
    clearSelectionsExcept(nullptr);
    stack->setCurrentIndex(rowCount() > 0 ? 0 : 1);
    maxPosDirty = true;
}

void PairedView::resetView()
{
    resetRows();
    position = {};
    applyPosition({}, true);
    setCurrentRowValue(-1);
}

void PairedView::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto shifted = [&](int row) {
        return row >= first ? row + count : row;
    };
    const ScrollPos pos{shifted(position.row), position.offset};
    const int row = current >= 0 ? shifted(current) : -1;
    resetRows();
    applyPosition(pos, true);
    setCurrentRowValue(row);
}

void PairedView::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto shifted = [&](int row) {
        return row > last ? row - count : row >= first ? -1 : row;
    };
    const int top = shifted(position.row);
    const ScrollPos pos = top < 0 ? ScrollPos{first, 0} : ScrollPos{top, position.offset};
    const int row = shifted(current);
    resetRows();
    applyPosition(pos, true);
    setCurrentRowValue(row);
}

void PairedView::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    relayoutKeepingTop([&] { cache->invalidateRows(topLeft.row(), bottomRight.row()); });
}

void PairedView::onLayoutChanged()
{
    relayoutKeepingTop([this] { resetRows(); });
}

void PairedView::onModelDestroyed()
{
    sourceModel = nullptr;
    resetView();
}

// Steps from the scroll bar's arrows and track move by pixels, like the keyboard does; drags
// (SliderMove) arrive through valueChanged.
void PairedView::onScrollBarAction(int action)
{
    switch (action) {
    case QAbstractSlider::SliderSingleStepAdd:
        scrollByPixels(lineStep());
        break;
    case QAbstractSlider::SliderSingleStepSub:
        scrollByPixels(-lineStep());
        break;
    case QAbstractSlider::SliderPageStepAdd:
        scrollByPixels(pageStep());
        break;
    case QAbstractSlider::SliderPageStepSub:
        scrollByPixels(-pageStep());
        break;
    default:
        return;
    }
    scrollBar->setSliderPosition(valueOf(position)); // overrides the slider's own step
}

void PairedView::onScrollBarValueChanged(int value)
{
    if (!syncingScrollBar)
        applyPosition(positionOf(value));
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
