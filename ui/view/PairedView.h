// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "ui/view/MatchHighlights.h"
#include "ui/view/PaneAnnotations.h"
#include "ui/view/RowLayoutCache.h"
#include "ui/view/RowScroller.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QModelIndex;
class QScrollBar;
class QSplitter;
class QStackedLayout;
class QWheelEvent;

class QAction;

namespace songngu {

class AlignedPane;
class AlignmentModel;

// The central reading widget: English and Vietnamese panes side by side, each aligned row
// occupying the same vertical band in both. Like KDiff3, one scroll position (a RowScroller,
// with the view's one vertical scroll bar) is the single source of truth for scrolling; the
// panes only ask it to move, so the two sides can never drift apart or feed back into each
// other. The view wires the model to the shared layout cache and keeps the current row, the
// search matches, the zoom and the order of the panes; the panes route their input here.
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

    int topRow() const { return scroller->topRow(); }
    int topRowOffset() const { return scroller->topRowOffset(); } // pixels above the viewport
    int currentRow() const { return current; }
    // Commands on a row, offered in the panes' context menu (the row clicked becomes current).
    void setRowActions(const QList<QAction*>& actions) { rowCommands = actions; }
    const QList<QAction*>& rowActions() const { return rowCommands; }
    int zoomPercent() const { return zoom; }

    // Search matches to highlight, in reading order (TextSearch::findAll()). They refer to the
    // current rows: any change of the rows or their text drops them (see matchesInvalidated()).
    void setMatches(const QList<TextMatch>& matches);
    void clearMatches();
    const QList<TextMatch>& matches() const { return highlights.matches(); }
    int currentMatch() const { return highlights.currentIndex(); }
    // Highlights match `index` more strongly, makes its row the current row and scrolls its
    // text into view (also inside a paragraph taller than the viewport); -1 for none.
    void setCurrentMatch(int index);

    // The entities and findings marked on the current rows. Like the matches, they are dropped
    // when the rows or their text change.
    PaneAnnotations* annotations() const { return marks; }

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
    // Step through the selected entity's mentions in reading order, wrapping at the ends; the
    // first step goes to the first mention at or after the current (else the top) row.
    void nextMention();
    void previousMention();

Q_SIGNALS:
    void topRowChanged(int row);
    void currentRowChanged(int row);
    void zoomChanged(int percent);
    void swappedChanged(bool swapped);
    // The rows or their text changed (another document, for one): matches found before no
    // longer apply and were dropped. Not emitted by clearMatches().
    void matchesInvalidated();
    // "Add to Glossary…" in a pane: the text selected (or the mention clicked) there, and the
    // entity it belongs to (-1 for none).
    void addToGlossaryRequested(songngu::Language language, const QString& text, int entity);
    // "Show in Entities" in a pane, on a mention of `entity`.
    void showInEntitiesRequested(int entity);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class AlignedPane; // panes paint from the shared cache and ask the view to scroll

    // For the panes.
    RowLayoutCache& layoutCache() const { return *cache; }
    RowScroller& rowScroller() const { return *scroller; }
    void handleWheel(QWheelEvent* event);
    void paneResized();
    void selectRow(int row, bool scrollIntoView);

    void clearSelectionsExcept(const AlignedPane* keep);

    void applyFont();
    void updatePanes();
    void scrollPanes(int dy);

    void revealText(int row, Language language, int start, int length);
    void invalidateMatches();
    void resetRows();
    void resetView();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onModelDestroyed();
    void setCurrentRowValue(int row);

    std::unique_ptr<RowLayoutCache> cache;
    std::unique_ptr<RowScroller> scroller; // after the cache: it goes first
    QPointer<AlignmentModel> sourceModel;
    MatchHighlights highlights;
    PaneAnnotations* marks;
    AlignedPane* englishPane = nullptr;
    AlignedPane* vietnamesePane = nullptr;
    QSplitter* splitter = nullptr;
    QWidget* englishBox = nullptr; // caption + English pane
    QWidget* vietnameseBox = nullptr;
    QScrollBar* scrollBar = nullptr;
    QLabel* emptyLabel = nullptr;
    QStackedLayout* stack = nullptr;

    int current = -1;
    QList<QAction*> rowCommands;
    int zoom = 100;
    bool swapped = false;
    int wheelRemainder = 0; // partial steps of high-resolution wheels
    int zoomRemainder = 0;
};

} // namespace songngu
