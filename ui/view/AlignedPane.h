// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "ui/view/EntityHighlights.h"
#include "ui/view/PaneSelection.h"

#include <QBasicTimer>
#include <QWidget>

class QHelpEvent;
class QPainter;

namespace songngu {

class PairedView;

// One side (English or Vietnamese) of the paired view. It paints the rows of its column from the
// view's shared layout cache, in the bands the view's scroll position decides, and turns input
// into requests to the view (scroll, current row, zoom) and to its text selection.
class AlignedPane : public QWidget
{
    Q_OBJECT
public:
    AlignedPane(PairedView* view, Language language, QWidget* parent = nullptr);

    Language language() const { return lang; }
    int column() const;
    int topRow() const; // asks the view: both panes always agree

    int rowAt(QPoint pos) const; // -1 outside any row
    // The band of `row` in pane coordinates; a null rect when the row is not in the viewport.
    QRect rowRect(int row) const;
    // Where characters [start, start + length) of the row's paragraph are painted, in pane
    // coordinates (see RowLayoutCache::textRect); a null rect when the row is not in the viewport.
    QRect textRect(int row, int start, int length) const;
    // The text this pane laid out for `row` (empty for an empty side).
    QString textAt(int row) const;

    bool hasSelection() const;
    QString selectedText() const;
    void clearSelection();
    void selectAll();
    void copySelection() const;
    void copyRow(int row) const; // English and Vietnamese paragraphs of the row

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    static constexpr int minimumTextColumns = 20; // average characters a pane keeps

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void timerEvent(QTimerEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    using TextPos = PaneSelection::Position;
    struct RowBand
    {
        int row = -1;
        int top = 0;
        int height = 0;
    };

    template <typename Visit> void forEachVisibleRow(Visit&& visit) const;
    TextPos textPosAt(QPoint point) const;
    QPoint textOrigin(const RowBand& band) const; // top-left of the row's paragraph
    void paintRow(QPainter& painter, const RowBand& band, const QRect& dirty);
    void paintGutter(QPainter& painter, const RowBand& band, RowKind kind);
    void paintEmptySide(QPainter& painter, const QRect& area, const QColor& tint);
    void dragSelectionTo(QPoint point);
    // The row and character under `point`, only when the point is on the character's glyph.
    std::optional<std::pair<int, int>> charAt(QPoint point) const;
    // The entity mention under `point` (its row in `row`), only when the point is on its text.
    std::optional<EntityHighlights::Span> entitySpanAt(QPoint point, int* row) const;
    bool showAnnotationToolTip(QHelpEvent* event);

    PairedView* view;
    Language lang;
    PaneSelection selection;
    bool selecting = false; // a mouse drag is extending the selection
    QPoint lastMousePos;
    QBasicTimer autoScrollTimer; // scrolls while a selection is dragged past the top or bottom
};

} // namespace songngu
