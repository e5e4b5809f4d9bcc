// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/TextSearch.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace songngu {

class PairedView;

// The find bar under the paired view: a query box, Previous / Next, "3 of 12" and a close
// button. Typing searches the shown document once the user pauses (TextSearch: case and
// diacritics ignored); the view highlights the matches and follows the current one. Enter and
// Shift+Enter step through them, wrapping around at either end; Esc closes the bar, which
// clears the matches and gives the keyboard back to the panes.
//
// A search starts where the reader is (the current row if it is in view, else the top row)
// and stays anchored there while the query is edited; stepping, or moving the current row,
// moves the anchor.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int searchDelay = 150; // ms after the last keystroke

    // `view` is not owned and must outlive the bar. The bar starts hidden.
    explicit FindBar(PairedView* view, QWidget* parent = nullptr);

    QString query() const;
    QLineEdit* queryEdit() const { return edit; }
    QToolButton* previousButton() const { return previousTool; }
    QToolButton* nextButton() const { return nextTool; }
    QToolButton* closeButton() const { return closeTool; }
    QString statusText() const;
    // The matches found for the query; -1 while none was searched yet (typing, stale).
    int matchCount() const;
    int currentMatch() const; // index in reading order, -1 for none

public Q_SLOTS:
    // Shows the bar and focuses the query; a one-line selection in the focused pane becomes the
    // query. Reopening with a query searches it again from where the reader is.
    void activate();
    void findNext();
    void findPrevious();
    void dismiss();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Wrap
    {
        None,
        FromTop,
        FromBottom
    };

    void open();
    void onQueryChanged();
    void runSearch(int direction); // 0: as the user types; +1 / -1: Next / Previous
    void step(int direction);
    int indexFromAnchor(int direction) const;
    void go(int index, int direction);
    void onMatchesInvalidated();
    void onCurrentRowChanged(int row);
    TextMatch anchorFromView() const;
    void updateStatus();

    PairedView* view;
    QLineEdit* edit = nullptr;
    QToolButton* previousTool = nullptr;
    QToolButton* nextTool = nullptr;
    QToolButton* closeTool = nullptr;
    QLabel* status = nullptr;
    QPointer<QWidget> returnFocus; // the pane that had the keyboard before the bar took it
    QTimer delay;
    TextSearch textSearch;
    std::optional<TextMatch> anchor; // where the search goes on from: row, side, position
    bool followAnchor = false;       // the reader moved: step from the anchor, not the match
    bool upToDate = false;           // the view's matches are those of the query
    bool moving = false;             // the bar itself is moving the current row
    Wrap wrap = Wrap::None;
};

} // namespace songngu
