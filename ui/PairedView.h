#pragma once

#include "Document.h"
#include "RowLayoutCache.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QModelIndex;
class QScrollBar;
class QSplitter;
class QStackedLayout;
class QWheelEvent;

namespace songngu {

class AlignedPane;
class AlignmentModel;

// The central reading widget: English and Vietnamese panes side by side, each aligned row
// occupying the same vertical band in both. Like KDiff3, one vertical scroll bar owned by this
// view is the single source of truth for scrolling; the panes only ask the view to move, so the
// two sides can never drift apart or feed back into each other.
//
// The scroll position is (top row, pixel offset into it), and the scroll bar counts rows, so
// only the rows near the viewport (and one screenful at the end, for the scroll range) are ever
// laid out, however long the document.
class PairedView : public QWidget
{
    Q_OBJECT
public:
    explicit PairedView(QWidget* parent = nullptr);
    ~PairedView() override;

    // Not owned. Null or empty shows the empty message instead of the panes.
    void setModel(AlignmentModel* model);
    AlignmentModel* model() const;
    int rowCount() const;

    void setEmptyMessage(const QString& message);
    QString emptyMessage() const;

    bool isSwapped() const { return swapped; }
    void setSwapped(bool swapped);

    int topRow() const { return position.row; }
    int topRowOffset() const { return position.offset; } // pixels of topRow() above the viewport
    int currentRow() const { return current; }
    int zoomPercent() const { return zoom; }

    AlignedPane* pane(Language language) const;
    AlignedPane* leftPane() const;
    AlignedPane* rightPane() const;
    QScrollBar* verticalScrollBar() const { return scrollBar; }
    QSplitter* paneSplitter() const { return splitter; }

    QSize sizeHint() const override;

public Q_SLOTS:
    void scrollToRow(int row); // that row at the top, clamped to the scroll range
    void ensureRowVisible(int row);
    void scrollByPixels(int dy);
    void setCurrentRow(int row); // -1 for none; scrolls the row into view
    void nextRow();
    void previousRow();
    void setZoomPercent(int percent); // 50..300
    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void topRowChanged(int row);
    void currentRowChanged(int row);
    void zoomChanged(int percent);
    void swappedChanged(bool swapped);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class AlignedPane; // panes paint from the shared cache and ask the view to scroll

    using ScrollPos = RowPosition;

    // For the panes.
    RowLayoutCache& layoutCache() const { return *cache; }
    int viewportHeight() const;
    int lineStep() const;
    int pageStep() const;
    void scrollToEnd();
    void handleWheel(QWheelEvent* event);
    void paneResized();
    void selectRow(int row, bool scrollIntoView);
    void clearSelectionsExcept(const AlignedPane* keep);

    // Position arithmetic; every row height here is computed on demand.
    ScrollPos clamped(ScrollPos pos) const;
    ScrollPos maxPosition() const;
    void applyPosition(ScrollPos pos, bool force = false);
    int valueOf(ScrollPos pos) const;
    ScrollPos positionOf(int value) const;
    void syncScrollBar();
    void relayoutKeepingTop(const std::function<void()>& change);
    void applyFont();
    void updatePanes();

    void resetRows();
    void resetView();
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onLayoutChanged();
    void onModelDestroyed();
    void onScrollBarAction(int action);
    void onScrollBarValueChanged(int value);
    void setCurrentRowValue(int row);

    std::unique_ptr<RowLayoutCache> cache;
    QPointer<AlignmentModel> sourceModel;
    AlignedPane* englishPane = nullptr;
    AlignedPane* vietnamesePane = nullptr;
    QSplitter* splitter = nullptr;
    QWidget* englishBox = nullptr; // caption + English pane
    QWidget* vietnameseBox = nullptr;
    QScrollBar* scrollBar = nullptr;
    QLabel* emptyLabel = nullptr;
    QStackedLayout* stack = nullptr;

    ScrollPos position;
    mutable ScrollPos maxPos;
    mutable bool maxPosDirty = true;
    int rowUnit = 1000; // scroll bar units per row
    int emittedTopRow = 0;
    int current = -1;
    int zoom = 100;
    bool swapped = false;
    bool syncingScrollBar = false;
    int wheelRemainder = 0; // partial steps of high-resolution wheels
    int zoomRemainder = 0;
};

} // namespace songngu
