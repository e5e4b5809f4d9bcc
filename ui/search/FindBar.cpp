// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/FindBar.h"

#include "ui/view/AlignedPane.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/PairedView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace songngu {

namespace {

constexpr int maxSelectionQuery = 100; // longer selections are not what the user wants to find
constexpr int queryWidthInCharacters = 28;

QString shortcutText(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QToolButton* makeStepButton(const QString& text, Qt::ArrowType arrow, const QString& toolTip)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setArrowType(arrow);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

FindBar::FindBar(PairedView* view, QWidget* parent) : QWidget(parent), view(view)
{
    edit = new QLineEdit;
    edit->setPlaceholderText(tr("Find in document"));
    edit->setAccessibleName(tr("Find"));
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(queryWidthInCharacters * edit->fontMetrics().averageCharWidth());
    edit->installEventFilter(this); // Enter and Shift+Enter step through the matches

    previousTool =
        makeStepButton(tr("Previous"), Qt::UpArrow,
                       tr("Previous match (%1)").arg(shortcutText(QKeySequence::FindPrevious)));
    nextTool = makeStepButton(tr("Next"), Qt::DownArrow,
                              tr("Next match (%1)").arg(shortcutText(QKeySequence::FindNext)));

    status = new QLabel;
    status->setTextFormat(Qt::PlainText);

    closeTool = new QToolButton;
    closeTool->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeTool->setAutoRaise(true);
    closeTool->setToolTip(tr("Close the find bar (Esc)"));
    closeTool->setAccessibleName(tr("Close the find bar"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 3); // the top pixel is the separator line
    layout->addWidget(edit);
    layout->addWidget(previousTool);
    layout->addWidget(nextTool);
    layout->addSpacing(6);
    layout->addWidget(status, 1);
    layout->addWidget(closeTool);

    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
    setFocusProxy(edit);

    delay.setSingleShot(true);
    delay.setInterval(searchDelay);
    connect(&delay, &QTimer::timeout, this, [this] { runSearch(0); });
    connect(edit, &QLineEdit::textChanged, this, &FindBar::onQueryChanged);
    connect(previousTool, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(nextTool, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeTool, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(view, &PairedView::matchesInvalidated, this, &FindBar::onMatchesInvalidated);
    connect(view, &PairedView::currentRowChanged, this, &FindBar::onCurrentRowChanged);

    onQueryChanged();
    hide();
}

QString FindBar::query() const
{
    return edit->text();
}

QString FindBar::statusText() const
{
    return status->text();
}

int FindBar::matchCount() const
{
    return upToDate ? int(view->matches().size()) : -1;
}

int FindBar::currentMatch() const
{
    return upToDate ? view->currentMatch() : -1;
}

void FindBar::activate()
{
    // Like an editor: text selected in the pane being read is what the reader wants to find.
    for (const AlignedPane* pane : {view->leftPane(), view->rightPane()}) {
        const QString selected = pane->hasFocus() ? pane->selectedText() : QString();
        if (!selected.trimmed().isEmpty() && !selected.contains(u'\n') &&
            selected.size() <= maxSelectionQuery)
            edit->setText(selected);
    }
    if (QWidget* focus = QApplication::focusWidget(); focus && view->isAncestorOf(focus))
        returnFocus = focus;
    open();
    edit->setFocus(Qt::ShortcutFocusReason);
    edit->selectAll();
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::dismiss()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    delay.stop();
    view->clearMatches();
    upToDate = false;
    anchor.reset();
    followAnchor = false;
    updateStatus();
    if (hadFocus) {
        QWidget* target = returnFocus && returnFocus->isVisible() ? returnFocus.data() : view;
        target->setFocus(Qt::OtherFocusReason);
    }
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, width(), 1), palette().color(QPalette::Mid)); // under the panes
}

// Shows the bar; a query left from before is searched again, from where the reader is now.
void FindBar::open()
{
    if (!isHidden())
        return;
    anchor.reset();
    followAnchor = false;
    show();
    if (!query().isEmpty() && !upToDate)
        runSearch(0);
}

void FindBar::onQueryChanged()
{
    upToDate = false;
    const bool empty = query().isEmpty();
    previousTool->setEnabled(!empty);
    nextTool->setEnabled(!empty);
    if (empty) {
        delay.stop();
        view->clearMatches();
        updateStatus();
        return;
    }
    delay.start(); // restarted by every keystroke: long documents are searched once, at a pause
}

void FindBar::runSearch(int direction)
{
    delay.stop();
    const AlignmentModel* model = view->model();
    textSearch.setDocument(model ? model->document() : nullptr);
    if (!anchor)
        anchor = anchorFromView();
    followAnchor = false;
    view->setMatches(textSearch.findAll(query()));
    upToDate = true;
    wrap = Wrap::None;
    if (view->matches().isEmpty())
        updateStatus();
    else
        go(indexFromAnchor(direction), direction);
}

void FindBar::step(int direction)
{
    if (isHidden()) {
        // Find Next with the bar closed: reopen it on the last query, or ask for one.
        if (query().isEmpty())
            activate();
        else
            open();
        return;
    }
    if (query().isEmpty()) {
        edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!upToDate) {
        runSearch(direction);
        return;
    }
    if (view->matches().isEmpty()) {
        updateStatus();
        return;
    }
    const int from = view->currentMatch();
    go(followAnchor || from < 0 ? indexFromAnchor(direction) : from + direction, direction);
    followAnchor = false;
}

// The first match at or after the anchor; going back, the last one before it. May be out of
// range, which go() wraps.
int FindBar::indexFromAnchor(int direction) const
{
    const QList<TextMatch>& matches = view->matches();
    const TextMatch from = anchor.value_or(TextMatch{});
    const int index =
        int(std::lower_bound(matches.cbegin(), matches.cend(), from) - matches.cbegin());
    return direction < 0 ? index - 1 : index;
}

void FindBar::go(int index, int direction)
{
    const int count = int(view->matches().size());
    wrap = Wrap::None;
    if (index >= count) {
        index = 0;
        wrap = Wrap::FromTop;
    } else if (index < 0) {
        index = count - 1;
        wrap = Wrap::FromBottom;
    }
    moving = true;
    view->setCurrentMatch(index);
    moving = false;
    if (direction != 0) {
        // Go on from here. Length 0: the same place still counts when the query gets shorter.
        const TextMatch& match = view->matches().at(index);
        anchor = TextMatch{match.row, match.language, match.start, 0};
    }
    updateStatus();
}

// The document or its rows changed: the matches belonged to the old ones.
void FindBar::onMatchesInvalidated()
{
    textSearch.setDocument(nullptr); // let the old document and its folded text go
    delay.stop();
    upToDate = false;
    anchor.reset();
    followAnchor = false;
    updateStatus();
}

void FindBar::onCurrentRowChanged(int row)
{
    if (moving || row < 0 || isHidden())
        return;
    anchor = TextMatch{row, Language::Unknown, 0, 0}; // before the row's English side
    followAnchor = true;
}

TextMatch FindBar::anchorFromView() const
{
    int row = view->currentRow();
    if (row < 0 || view->leftPane()->rowRect(row).isNull())
        row = view->topRow();
    return {row, Language::Unknown, 0, 0};
}

void FindBar::updateStatus()
{
    if (!upToDate || query().isEmpty()) {
        status->clear();
        return;
    }
    const int count = int(view->matches().size());
    const int current = view->currentMatch();
    if (count == 0) {
        status->setText(tr("No matches"));
        return;
    }
    const QString number = locale().toString(current + 1);
    const QString total = locale().toString(count);
    switch (wrap) {
    case Wrap::None:
        status->setText(tr("%1 of %2").arg(number, total));
        break;
    case Wrap::FromTop:
        status->setText(tr("%1 of %2, continued from the top").arg(number, total));
        break;
    case Wrap::FromBottom:
        status->setText(tr("%1 of %2, continued from the bottom").arg(number, total));
        break;
    }
}

} // namespace songngu
