// SPDX-License-Identifier: GPL-3.0-or-later
// Find in the open document: the find bar under the paired view, the highlighted matches and
// stepping through them, as a user drives it. Runs on the offscreen platform.
#include "support/IsolatedUserData.h"
#include "support/PairedViewTestSupport.h"
#include "ui/entities/EntitiesController.h"
#include "ui/search/FindBar.h"
#include "ui/shell/MainWindow.h"
#include "ui/view/MatchHighlights.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace songngu;
using namespace songngu::testing;

namespace {

constexpr int rowCount = 80;

// "To Lam" / "Tô Lâm" in rows 0 (both sides), 40 (Vietnamese only) and 60 (English only):
// matches 0..3 in reading order. The filler text holds neither spelling.
QList<RowSpec> nameRows()
{
    QList<RowSpec> specs = variedRows(rowCount);
    specs[0] = {RowKind::Pair, QStringLiteral("General Secretary To Lam arrived in Moscow."),
                QStringLiteral("Tổng Bí thư Tô Lâm đến Moscow.")};
    specs[40] = {RowKind::OneSided, QString(), QStringLiteral("Ông Tô Lâm phát biểu.")};
    specs[60] = {RowKind::OneSided, QStringLiteral("To Lam said so."), QString()};
    return specs;
}

// How many pixels of `area` (shrunk by a pixel, for antialiased edges) are `colour`.
int pixelsOf(const QImage& image, const QRect& area, const QColor& colour)
{
    const QRect inner = area.adjusted(1, 1, -1, -1).intersected(image.rect());
    int count = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        for (int x = inner.left(); x <= inner.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            count += qAbs(pixel.red() - colour.red()) <= 2 &&
                             qAbs(pixel.green() - colour.green()) <= 2 &&
                             qAbs(pixel.blue() - colour.blue()) <= 2
                         ? 1
                         : 0;
        }
    }
    return count;
}

qreal contrastRatio(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AlignmentModel> model;
    std::unique_ptr<QWidget> host; // the view with the bar under it, as in the window
    PairedView* view = nullptr;
    FindBar* bar = nullptr;

    AlignedPane* pane(Language language) const { return view->pane(language); }

    void showDocument(const QList<RowSpec>& specs)
    {
        model = std::make_unique<AlignmentModel>();
        model->setDocument(makeDocument(specs));
        host = std::make_unique<QWidget>();
        view = new PairedView;
        view->setModel(model.get());
        bar = new FindBar(view);
        auto* layout = new QVBoxLayout(host.get());
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(view, 1);
        layout->addWidget(bar);
        host->resize(900, 600);
        host->show();
        QVERIFY(QTest::qWaitForWindowExposed(host.get()));
    }

    // Opens the bar, enters `query` and waits for the search that follows the pause. (QTest
    // cannot type Vietnamese letters: the text goes in as an input method would put it.)
    void find(const QString& query)
    {
        bar->activate();
        QVERIFY(bar->isVisible());
        bar->queryEdit()->insert(query);
        QTRY_VERIFY(bar->matchCount() >= 0);
    }

    // The current row is in the viewport, wholly or (if taller) from its top.
    void verifyRowInView(int row)
    {
        for (AlignedPane* side : {pane(Language::English), pane(Language::Vietnamese)}) {
            const QRect band = side->rowRect(row);
            QVERIFY2(!band.isNull(), qPrintable(QStringLiteral("row %1 not in view").arg(row)));
            QVERIFY(band.top() >= 0 && band.top() < side->height());
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(testing::isolateUserData()); }
    void cleanup()
    {
        host.reset(); // the view and bar, before the model they watch
        model.reset();
    }

    void typingFindsBothSpellings()
    {
        showDocument(nameRows());
        bar->activate();
        QTest::keyClicks(bar->queryEdit(), QStringLiteral("to lam"));
        QCOMPARE(bar->matchCount(), -1); // searched at a pause, not at every keystroke
        QTRY_COMPARE(bar->matchCount(), 4);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 4"));
        const QList<TextMatch> matches = view->matches();
        QCOMPARE(matches.size(), 4);
        const QStringList expected{QStringLiteral("To Lam"), QStringLiteral("Tô Lâm"),
                                   QStringLiteral("Tô Lâm"), QStringLiteral("To Lam")};
        const QList<int> rows{0, 0, 40, 60};
        for (int i = 0; i < matches.size(); ++i) {
            const TextMatch& match = matches.at(i);
            QCOMPARE(match.row, rows.at(i));
            QCOMPARE(pane(match.language)->textAt(match.row).mid(match.start, match.length),
                     expected.at(i));
        }
        QCOMPARE(view->currentMatch(), 0);
        QCOMPARE(view->currentRow(), 0);
    }

    void stepping_data()
    {
        QTest::addColumn<QString>("keys"); // n = Next, p = Previous, e = Enter, E = Shift+Enter
        QTest::addColumn<int>("match");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("status");
        QTest::newRow("Next goes to the other side of the same row")
            << u"n"_s << 1 << 0 << u"2 of 4"_s;
        QTest::newRow("Next goes down to a far row") << u"nn"_s << 2 << 40 << u"3 of 4"_s;
        QTest::newRow("Next from the last wraps to the first")
            << u"nnnn"_s << 0 << 0 << u"1 of 4, continued from the top"_s;
        QTest::newRow("Previous from the first wraps to the last")
            << u"p"_s << 3 << 60 << u"4 of 4, continued from the bottom"_s;
        QTest::newRow("Previous after Next comes back") << u"nnp"_s << 1 << 0 << u"2 of 4"_s;
        QTest::newRow("Enter is Next") << u"ee"_s << 2 << 40 << u"3 of 4"_s;
        QTest::newRow("Shift+Enter is Previous")
            << u"E"_s << 3 << 60 << u"4 of 4, continued from the bottom"_s;
    }
    void stepping()
    {
        QFETCH(QString, keys);
        QFETCH(int, match);
        QFETCH(int, row);
        QFETCH(QString, status);
        showDocument(nameRows());
        find(QStringLiteral("to lam"));
        QCOMPARE(bar->currentMatch(), 0);
        for (QChar key : std::as_const(keys)) {
            if (key == u'n')
                QTest::mouseClick(bar->nextButton(), Qt::LeftButton);
            else if (key == u'p')
                QTest::mouseClick(bar->previousButton(), Qt::LeftButton);
            else
                QTest::keyClick(bar->queryEdit(), Qt::Key_Return,
                                key == u'E' ? Qt::ShiftModifier : Qt::NoModifier);
        }
        QCOMPARE(bar->currentMatch(), match);
        QCOMPARE(view->currentMatch(), match);
        QCOMPARE(view->currentRow(), row);
        QCOMPARE(bar->statusText(), status);
        verifyRowInView(row);
    }

    void searchStartsWhereTheReaderIs()
    {
        showDocument(nameRows());
        view->scrollToRow(50);
        find(QStringLiteral("TÔ LÂM"));
        QCOMPARE(bar->matchCount(), 4);
        QCOMPARE(bar->currentMatch(), 3); // row 60, the first one below row 50
        QCOMPARE(bar->statusText(), QStringLiteral("4 of 4"));
        QCOMPARE(view->currentRow(), 60);
        verifyRowInView(60);

        // Moving the current row moves where Next goes on from.
        view->scrollToRow(38);
        QTest::mouseClick(pane(Language::English), Qt::LeftButton, {},
                          pane(Language::English)->rowRect(39).center());
        QCOMPARE(view->currentRow(), 39);
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QCOMPARE(bar->currentMatch(), 2);
        QCOMPARE(view->currentRow(), 40);
    }

    void matchInsideATallParagraphIsScrolledTo()
    {
        QList<RowSpec> specs = variedRows(20);
        specs[5] = {RowKind::Pair, words(Language::English, 900, 5) + QStringLiteral(" Moscow."),
                    words(Language::Vietnamese, 40, 5)};
        showDocument(specs);
        AlignedPane* english = pane(Language::English);
        QVERIFY(english->rowRect(5).isNull() || english->rowRect(5).height() > english->height());
        find(QStringLiteral("moscow"));
        QCOMPARE(bar->matchCount(), 1);
        const TextMatch match = view->matches().at(0);
        QCOMPARE(view->currentRow(), 5);
        QVERIFY(english->rowRect(5).height() > english->height()); // the row does not fit...
        const QRect text = english->textRect(5, match.start, match.length);
        QVERIFY(!text.isNull()); // ...but the match is shown
        QVERIFY(text.top() >= 0 && text.bottom() < english->height());
    }

    void highlightIsPainted()
    {
        showDocument(nameRows());
        AlignedPane* english = pane(Language::English);
        AlignedPane* vietnamese = pane(Language::Vietnamese);
        const QImage englishBefore = rendered(english);
        const QImage vietnameseBefore = rendered(vietnamese);
        find(QStringLiteral("to lam"));
        QCOMPARE(bar->currentMatch(), 0);
        const TextMatch current = view->matches().at(0); // row 0, English
        const TextMatch other = view->matches().at(1);   // row 0, Vietnamese
        const QRect currentRect = english->textRect(0, current.start, current.length);
        const QRect otherRect = vietnamese->textRect(0, other.start, other.length);
        QVERIFY(currentRect.width() > 10 && otherRect.width() > 10);
        const QPalette& palette = english->palette();
        const QColor strong = MatchHighlights::currentMatchBackground(palette);
        const QColor light = MatchHighlights::matchBackground(palette);
        const int area = (currentRect.width() - 2) * (currentRect.height() - 2);

        // Before the search those places are not in either colour; after it, mostly.
        QCOMPARE(pixelsOf(englishBefore, currentRect, strong), 0);
        QCOMPARE(pixelsOf(vietnameseBefore, otherRect, light), 0);
        const QImage englishAfter = rendered(english);
        const QImage vietnameseAfter = rendered(vietnamese);
        QVERIFY(pixelsOf(englishAfter, currentRect, strong) > area / 3);
        QVERIFY(pixelsOf(vietnameseAfter, otherRect, light) >
                (otherRect.width() - 2) * (otherRect.height() - 2) / 3);
        // The current match is the stronger one; the text beside a match is left alone.
        QVERIFY(pixelsOf(englishAfter, currentRect, light) == 0);
        const QRect beside = currentRect.translated(currentRect.width() + 40, 0);
        QCOMPARE(pixelsOf(englishAfter, beside, strong), 0);
        QCOMPARE(pixelsOf(englishAfter, beside, light), 0);

        // Next: the strong colour moves to the Vietnamese match.
        bar->findNext();
        QVERIFY(pixelsOf(rendered(vietnamese), otherRect, strong) > area / 3);
        QVERIFY(pixelsOf(rendered(english), currentRect, light) > area / 3);

        // Closing the bar takes the highlighting away.
        bar->dismiss();
        QCOMPARE(pixelsOf(rendered(english), currentRect, light), 0);
        QCOMPARE(pixelsOf(rendered(vietnamese), otherRect, strong), 0);
    }

    void coloursReadOnLightAndDarkPalettes_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("highlight");
        QTest::newRow("light palette, blue selection")
            << QColor(255, 255, 255) << QColor(0, 0, 0) << QColor(48, 140, 198);
        QTest::newRow("dark palette, blue selection")
            << QColor(35, 38, 41) << QColor(239, 240, 241) << QColor(61, 174, 233);
        QTest::newRow("dark palette, grey selection")
            << QColor(30, 30, 30) << QColor(220, 220, 220) << QColor(90, 90, 90);
        QTest::newRow("light palette, orange selection")
            << QColor(250, 250, 245) << QColor(20, 20, 20) << QColor(230, 120, 20);
    }
    void coloursReadOnLightAndDarkPalettes()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        QFETCH(QColor, highlight);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Highlight, highlight);
        const QColor light = MatchHighlights::matchBackground(palette);
        const QColor strong = MatchHighlights::currentMatchBackground(palette);
        // Visible against the page, and the current match visibly stronger.
        QVERIFY2(contrastRatio(light, base) > 1.2, qPrintable(light.name()));
        QVERIFY2(contrastRatio(strong, base) > contrastRatio(light, base) + 0.5,
                 qPrintable(strong.name()));
        // Text stays readable on both (WCAG AA: 4.5).
        QVERIFY2(contrastRatio(text, light) >= 4.5, qPrintable(light.name()));
        QVERIFY2(contrastRatio(MatchHighlights::currentMatchForeground(palette), strong) >= 4.5,
                 qPrintable(strong.name()));
    }

    void escapeClosesAndReturnsFocus()
    {
        showDocument(nameRows());
        host->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(host.get()));
        // Reading in the right-hand pane: that is where the keyboard goes back to.
        view->rightPane()->setFocus();
        QVERIFY(view->rightPane()->hasFocus());
        find(QStringLiteral("to lam"));
        QVERIFY(bar->queryEdit()->hasFocus());
        QTest::keyClick(bar->queryEdit(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        QVERIFY(view->matches().isEmpty());
        QCOMPARE(bar->matchCount(), -1);
        QCOMPARE(QApplication::focusWidget(), view->rightPane());

        // Reopened, the bar keeps the query and searches it again straight away.
        bar->activate();
        QCOMPARE(bar->query(), QStringLiteral("to lam"));
        QCOMPARE(bar->matchCount(), 4);
        QVERIFY(bar->queryEdit()->hasFocus());
        QCOMPARE(bar->queryEdit()->selectedText(), QStringLiteral("to lam"));
        QTest::mouseClick(bar->closeButton(), Qt::LeftButton);
        QVERIFY(bar->isHidden());
        QVERIFY(view->matches().isEmpty());
    }

    void changingTheDocumentClearsMatches()
    {
        showDocument(nameRows());
        find(QStringLiteral("to lam"));
        QCOMPARE(view->matches().size(), 4);
        QVERIFY(!bar->statusText().isEmpty());
        model->setDocument(makeDocument(
            {{RowKind::Pair, QStringLiteral("Hanoi."), QStringLiteral("Hà Nội, Tô Lâm.")}}));
        QVERIFY(view->matches().isEmpty());
        QCOMPARE(view->currentMatch(), -1);
        QCOMPARE(bar->matchCount(), -1);
        QVERIFY(bar->statusText().isEmpty());
        QVERIFY(bar->isVisible());
        // Enter searches the new document.
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QCOMPARE(bar->matchCount(), 1);
        QCOMPARE(view->matches().at(0).language, Language::Vietnamese);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 1"));
    }

    void noMatchesIsForgottenWithTheDocument()
    {
        showDocument(nameRows());
        find(QStringLiteral("Hà Nội, Tô Lâm"));
        QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
        model->setDocument(makeDocument(
            {{RowKind::Pair, QStringLiteral("Hanoi."), QStringLiteral("Hà Nội, Tô Lâm.")}}));
        QVERIFY(bar->statusText().isEmpty()); // about the old document
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QCOMPARE(bar->matchCount(), 1);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 1"));
    }

    void noMatchesAndEmptyQuery()
    {
        showDocument(nameRows());
        find(QStringLiteral("Putin"));
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
        QCOMPARE(view->currentMatch(), -1);
        bar->queryEdit()->clear(); // emptied: cleared at once, nothing to wait for
        QVERIFY(bar->statusText().isEmpty());
        QVERIFY(!bar->nextButton()->isEnabled());
        QVERIFY(view->matches().isEmpty());
    }

    void paneSelectionBecomesTheQuery()
    {
        showDocument(nameRows());
        host->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(host.get()));
        AlignedPane* vietnamese = pane(Language::Vietnamese);
        const QString text = vietnamese->textAt(0);
        const int start = int(text.indexOf(QStringLiteral("Tô Lâm")));
        const QRect name = vietnamese->textRect(0, start, 6);
        const QPoint from(name.left() + 1, name.center().y());
        const QPoint to(name.right() + 1, name.center().y());
        QTest::mousePress(vietnamese, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), vietnamese->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vietnamese, &move);
        QTest::mouseRelease(vietnamese, Qt::LeftButton, {}, to);
        QCOMPARE(vietnamese->selectedText(), QStringLiteral("Tô Lâm"));
        QVERIFY(vietnamese->hasFocus()); // the press gave it the keyboard
        bar->activate();
        QCOMPARE(bar->query(), QStringLiteral("Tô Lâm"));
        QTRY_COMPARE(bar->matchCount(), 4);
    }

    void editMenuDrivesTheBar()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.alignmentModel()->setDocument(makeDocument(nameRows()));

        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus.append(action->text());
        const int edit = int(menus.indexOf(QStringLiteral("&Edit")));
        QVERIFY2(edit == menus.indexOf(QStringLiteral("&File")) + 1, qPrintable(menus.join(u' ')));
        QCOMPARE(menus.value(edit + 1), QStringLiteral("&View"));
        // Undo and Redo (of alignment corrections), the three find commands, then Glossary….
        QList<QAction*> actions;
        for (QAction* action : window.menuBar()->actions().at(edit)->menu()->actions())
            if (!action->isSeparator())
                actions.append(action);
        QCOMPARE(actions.size(), 6);
        QCOMPARE(actions.last(), window.entitiesController()->manageGlossaryAction());
        QCOMPARE(actions.at(0)->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
        actions = actions.mid(2);
        QCOMPARE(actions.at(0)->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(actions.at(1)->shortcuts(), QKeySequence::keyBindings(QKeySequence::FindNext));
        QCOMPARE(actions.at(2)->shortcuts(), QKeySequence::keyBindings(QKeySequence::FindPrevious));

        FindBar* findBar = window.findBar();
        QVERIFY(findBar->isHidden());
        AlignedPane* left = window.pairedView()->leftPane();
        left->setFocus();
        QVERIFY(left->hasFocus());
        QTest::keyClick(left, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(findBar->isVisible());
        QVERIFY(findBar->queryEdit()->hasFocus());
        // Under the view, as wide as it.
        QVERIFY(findBar->geometry().top() >= window.pairedView()->geometry().bottom());
        QCOMPARE(findBar->width(), window.pairedView()->width());
        QTest::keyClicks(findBar->queryEdit(), QStringLiteral("to lam"));
        QTRY_COMPARE(findBar->matchCount(), 4);
        QTest::keyClick(findBar->queryEdit(), Qt::Key_F3);
        QCOMPARE(findBar->currentMatch(), 1);
        QTest::keyClick(findBar->queryEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QTest::keyClick(findBar->queryEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(findBar->currentMatch(), 3);
        QCOMPARE(window.pairedView()->currentRow(), 60);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
