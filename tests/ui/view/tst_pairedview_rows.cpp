// SPDX-License-Identifier: GPL-3.0-or-later
// Paired view, what is in the rows: aligned bands, the current row, the order of the panes,
// one-sided rows, plain text rendering, the empty message and text selection. Runs on the
// offscreen platform.

#include "support/PairedViewTestSupport.h"

#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QtMath>

using namespace songngu;
using namespace songngu::testing;

class TestPairedViewRows : public QObject, private PairedViewFixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { resetFixture(); }

    void swapPanes()
    {
        showDocument(variedRows(50));
        view->scrollToRow(12);
        QSignalSpy swappedSpy(view.get(), &PairedView::swappedChanged);
        QCOMPARE(view->leftPane()->language(), Language::English);
        view->setSwapped(true);
        QVERIFY(view->isSwapped());
        QCOMPARE(view->leftPane()->language(), Language::Vietnamese);
        QVERIFY(view->paneSplitter()->widget(0)->isAncestorOf(vietnamese()));
        QCOMPARE(swappedSpy.size(), 1);
        QCOMPARE(swappedSpy.at(0).at(0).toBool(), true);
        QCoreApplication::processEvents();
        QVERIFY(vietnamese()->mapTo(view.get(), QPoint()).x() <
                english()->mapTo(view.get(), QPoint()).x());
        QCOMPARE(view->topRow(), 12);
        QCOMPARE(vietnamese()->topRow(), 12);
        view->setSwapped(false);
        QCOMPARE(view->leftPane()->language(), Language::English);
        QCOMPARE(swappedSpy.size(), 2);
    }

    void currentRowNavigation_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("signals");
        QTest::newRow("nextRow without a current row starts at the top")
            << -1 << QStringLiteral("next") << 0 << 1;
        QTest::newRow("nextRow advances") << 5 << QStringLiteral("next") << 6 << 1;
        QTest::newRow("previousRow goes back") << 5 << QStringLiteral("previous") << 4 << 1;
        QTest::newRow("previousRow stops at the first row")
            << 0 << QStringLiteral("previous") << 0 << 0;
        QTest::newRow("nextRow stops at the last row") << 49 << QStringLiteral("next") << 49 << 0;
        QTest::newRow("Ctrl+Down in a pane") << 7 << QStringLiteral("ctrl+down") << 8 << 1;
        QTest::newRow("Ctrl+Up in a pane") << 7 << QStringLiteral("ctrl+up") << 6 << 1;
        QTest::newRow("setCurrentRow far below scrolls to it")
            << -1 << QStringLiteral("set 45") << 45 << 1;
        QTest::newRow("setCurrentRow(-1) clears") << 3 << QStringLiteral("set -1") << -1 << 1;
    }
    void currentRowNavigation()
    {
        QFETCH(int, start);
        QFETCH(QString, action);
        QFETCH(int, expected);
        QFETCH(int, signals);
        showDocument(variedRows(50));
        view->setCurrentRow(start);
        QCOMPARE(view->currentRow(), start);
        QSignalSpy changed(view.get(), &PairedView::currentRowChanged);
        if (action == QStringLiteral("next"))
            view->nextRow();
        else if (action == QStringLiteral("previous"))
            view->previousRow();
        else if (action == QStringLiteral("ctrl+down"))
            QTest::keyClick(english(), Qt::Key_Down, Qt::ControlModifier);
        else if (action == QStringLiteral("ctrl+up"))
            QTest::keyClick(vietnamese(), Qt::Key_Up, Qt::ControlModifier);
        else
            view->setCurrentRow(action.mid(4).toInt());
        QCOMPARE(view->currentRow(), expected);
        QCOMPARE(changed.size(), signals);
        if (signals > 0)
            QCOMPARE(changed.last().at(0).toInt(), expected);
        if (expected >= 0) {
            for (AlignedPane* pane : {english(), vietnamese()}) {
                const QRect band = pane->rowRect(expected);
                QVERIFY2(!band.isNull(), "current row must be in the viewport");
                QVERIFY(band.top() >= 0 && band.bottom() < pane->height());
            }
        }
    }

    void clickSelectsRow_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("click in the English pane") << int(Language::English);
        QTest::newRow("click in the Vietnamese pane") << int(Language::Vietnamese);
    }
    void clickSelectsRow()
    {
        QFETCH(int, language);
        showDocument(variedRows(50));
        view->scrollToRow(4);
        AlignedPane* pane = view->pane(Language(language));
        const int target = 6;
        const QRect band = pane->rowRect(target);
        QVERIFY(!band.isNull());
        QSignalSpy changed(view.get(), &PairedView::currentRowChanged);
        QTest::mouseClick(pane, Qt::LeftButton, {}, band.center());
        QCOMPARE(view->currentRow(), target);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(pane->rowAt(band.center()), target);
        QCOMPARE(view->topRow(), 4); // clicking does not scroll
    }

    void markupIsShownLiterally()
    {
        const QString markup = QStringLiteral("<b>bold</b> <img src=x> &amp; <i>not italic</i>");
        showDocument({{RowKind::Pair, markup, QStringLiteral("Vẫn là <b>chữ</b> thường")},
                      {RowKind::Pair, QStringLiteral("Plain."), QStringLiteral("Thường.")}});
        QCOMPARE(english()->textAt(0), markup);
        QVERIFY(english()->textAt(0).contains(QStringLiteral("<b>")));
        QVERIFY(vietnamese()->textAt(0).contains(QStringLiteral("<b>chữ</b>")));

        // What is painted is as wide as the plain string, tags included: had the markup been
        // interpreted, the tags would be gone and the ink would end well short of that.
        const std::unique_ptr<RowLayoutCache> reference = referenceLayouts();
        for (AlignedPane* pane : {english(), vietnamese()}) {
            const QTextLayout* layout = reference->layout(0, pane->column());
            QVERIFY(layout);
            QCOMPARE(layout->lineCount(), 1);
            const QRect band = pane->rowRect(0);
            const QRect text(reference->textLeft(), band.top(), pane->width(), band.height() - 1);
            const std::optional<int> right = inkRightEdge(rendered(pane), text, baseColour(pane));
            QVERIFY(right);
            const qreal expected = reference->textLeft() + layout->lineAt(0).naturalTextWidth();
            QVERIFY2(qAbs(*right + 1 - expected) <= 3,
                     qPrintable(QStringLiteral("ink ends at %1, the plain text at %2")
                                    .arg(*right + 1)
                                    .arg(expected)));
        }
    }

    void oneSidedRowShowsEmptySide_data()
    {
        QTest::addColumn<int>("missing");
        QTest::newRow("no Vietnamese paragraph") << int(Language::Vietnamese);
        QTest::newRow("no English paragraph") << int(Language::English);
    }
    void oneSidedRowShowsEmptySide()
    {
        QFETCH(int, missing);
        const bool noVietnamese = Language(missing) == Language::Vietnamese;
        QList<RowSpec> specs = variedRows(6);
        specs[2] = {RowKind::OneSided, noVietnamese ? words(Language::English, 40, 2) : QString(),
                    noVietnamese ? QString() : words(Language::Vietnamese, 40, 2)};
        showDocument(specs);
        const int column = AlignmentModel::languageColumn(Language(missing));
        const int present = 1 - column;
        QCOMPARE(model->index(2, column).data(AlignmentModel::HasSegmentRole).toBool(), false);
        QCOMPARE(model->index(2, present).data(AlignmentModel::HasSegmentRole).toBool(), true);
        AlignedPane* emptyPane = view->pane(Language(missing));
        AlignedPane* fullPane = view->pane(AlignmentModel::columnLanguage(present));
        QVERIFY(emptyPane->textAt(2).isEmpty());
        QVERIFY(!fullPane->textAt(2).isEmpty());
        QCOMPARE(emptyPane->rowRect(2), fullPane->rowRect(2));

        // The empty side is painted (tint, hatching, label), not left as plain base colour.
        const QImage image = emptyPane->grab().toImage();
        const QRect band = emptyPane->rowRect(2).adjusted(emptyPane->width() / 3, 2, -2, -2);
        const QRgb base = emptyPane->palette().color(QPalette::Base).rgb();
        int painted = 0;
        for (int y = band.top(); y <= band.bottom(); ++y) {
            for (int x = band.left(); x <= band.right(); ++x)
                painted += image.pixel(x, y) != base ? 1 : 0;
        }
        QVERIFY(painted > band.width() * band.height() / 2);
        // While the same stretch of the side with text is mostly plain base colour.
        const QRect fullBand = fullPane->rowRect(2).adjusted(fullPane->width() / 3, 2, -2, -2);
        QVERIFY(inkCount(rendered(fullPane), fullBand, baseColour(fullPane)) <
                fullBand.width() * fullBand.height() / 2);
    }

    void rowBandsAlignAcrossPanes()
    {
        QList<RowSpec> specs = variedRows(12);
        specs[1] = {RowKind::Pair, words(Language::English, 120, 1), QStringLiteral("Ngắn.")};
        specs[2] = {RowKind::Pair, QStringLiteral("Short."), words(Language::Vietnamese, 120, 2)};
        specs[3] = {RowKind::Pair, QStringLiteral("Short."), QStringLiteral("Ngắn.")};
        showDocument(specs);
        auto checkAligned = [&] {
            int checked = 0;
            for (int row = view->topRow();; ++row) {
                const QRect left = english()->rowRect(row);
                const QRect right = vietnamese()->rowRect(row);
                QCOMPARE(left.isNull(), right.isNull());
                if (left.isNull())
                    break;
                QCOMPARE(left.top(), right.top());
                QCOMPARE(left.height(), right.height());
                if (row > view->topRow())
                    QCOMPARE(left.top(), english()->rowRect(row - 1).bottom() + 1);
                ++checked;
            }
            QVERIFY(checked >= 2);
        };
        checkAligned();
        if (QTest::currentTestFailed())
            return;
        // The long side decides the height, whichever side it is on.
        const int shortRow = english()->rowRect(3).height();
        QVERIFY(english()->rowRect(1).height() > 2 * shortRow);
        QVERIFY(vietnamese()->rowRect(2).height() > 2 * shortRow);

        // Narrowing the English pane makes its long paragraph taller; bands stay aligned.
        const int tallBefore = english()->rowRect(1).height();
        view->paneSplitter()->setSizes({250, 650});
        QCoreApplication::processEvents();
        QVERIFY(english()->width() < vietnamese()->width());
        checkAligned();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(english()->rowRect(1).height() > tallBefore);
    }

    // Each band holds the paragraph of each side as laid out at that side's own width: measured
    // against an independent layout of the document, and against the pixels painted.
    void bandsHoldEachSidesParagraph_data()
    {
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("equal panes") << QList<int>();
        QTest::newRow("narrow English pane") << QList<int>{250, 650};
        QTest::newRow("narrow Vietnamese pane") << QList<int>{650, 250};
    }
    void bandsHoldEachSidesParagraph()
    {
        QFETCH(QList<int>, sizes);
        QList<RowSpec> specs = variedRows(12);
        specs[1] = {RowKind::Pair, words(Language::English, 60, 1), QStringLiteral("Ngắn.")};
        specs[2] = {RowKind::Pair, QStringLiteral("Short."), words(Language::Vietnamese, 60, 2)};
        specs[3] = {RowKind::Pair, words(Language::English, 8, 3),
                    words(Language::Vietnamese, 8, 3)};
        showDocument(specs);
        if (!sizes.isEmpty()) {
            view->paneSplitter()->setSizes(sizes);
            QCoreApplication::processEvents();
        }
        const std::unique_ptr<RowLayoutCache> reference = referenceLayouts();
        const int padding = reference->verticalPadding();
        int checked = 0;
        for (int row = 0; row < 4; ++row) {
            const QRect band = english()->rowRect(row);
            QVERIFY2(!band.isNull() && band.bottom() < english()->height(),
                     qPrintable(QStringLiteral("row %1 at %2+%3 does not fit")
                                    .arg(row)
                                    .arg(band.top())
                                    .arg(band.height())));
            QCOMPARE(vietnamese()->rowRect(row).top(), band.top());
            QCOMPARE(vietnamese()->rowRect(row).height(), band.height());
            int tallest = 0;
            for (AlignedPane* pane : {english(), vietnamese()}) {
                const QTextLayout* layout = reference->layout(row, pane->column());
                QVERIFY(layout);
                const int needed = qCeil(layout->boundingRect().height());
                tallest = qMax(tallest, needed);
                QVERIFY2(band.height() >= needed + 2 * padding,
                         qPrintable(QStringLiteral("row %1: band %2 px, %3 paragraph %4 px")
                                        .arg(row)
                                        .arg(band.height())
                                        .arg(pane->language() == Language::English
                                                 ? QStringLiteral("English")
                                                 : QStringLiteral("Vietnamese"))
                                        .arg(needed)));
                // The paragraph's last line is painted inside the band, above its separator.
                const QImage image = rendered(pane);
                const QRect text(reference->textLeft(), band.top(),
                                 pane->width() - reference->textLeft(), band.height() - 1);
                const std::optional<int> top = inkRow(image, text, baseColour(pane));
                const std::optional<int> bottom = inkRow(image, text, baseColour(pane), true);
                QVERIFY(top && bottom);
                QVERIFY(*top >= band.top() + padding);
                QVERIFY(*bottom > band.top() + padding + needed - layout->lineAt(0).height());
                QVERIFY(*bottom < band.top() + padding + needed);
                ++checked;
            }
            // No taller than the taller side needs (plus room for the gutter's two labels).
            QVERIFY(band.height() <= tallest + 2 * padding + reference->lineSpacing());
        }
        QCOMPARE(checked, 8);
    }

    void emptyModelShowsMessage()
    {
        view = std::make_unique<PairedView>();
        view->setEmptyMessage(QStringLiteral("Open an <b>article</b>"));
        view->resize(600, 400);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QCOMPARE(view->emptyMessage(), QStringLiteral("Open an <b>article</b>"));
        auto visibleMessage = [&] {
            for (QLabel* label : view->findChildren<QLabel*>()) {
                if (label->isVisible() && label->text() == view->emptyMessage())
                    return label;
            }
            return static_cast<QLabel*>(nullptr);
        };
        QVERIFY(visibleMessage());
        QCOMPARE(visibleMessage()->textFormat(), Qt::PlainText);
        QVERIFY(!english()->isVisible());

        model = std::make_unique<AlignmentModel>();
        model->setDocument(makeDocument(variedRows(3)));
        view->setModel(model.get());
        QVERIFY(english()->isVisible());
        QVERIFY(!visibleMessage());

        model->setDocument(makeDocument({}));
        QCOMPARE(view->rowCount(), 0);
        QVERIFY(visibleMessage());
    }

    void selectionAndCopy()
    {
        showDocument(variedRows(10));
        AlignedPane* pane = english();
        const QRect first = pane->rowRect(1);
        const QRect second = pane->rowRect(2);
        // Drag from the start of row 1's text to the middle of row 2.
        const QPoint from(first.left() + 200, first.top() + first.height() / 2);
        const QPoint to(second.left() + 200, second.top() + second.height() / 2);
        QTest::mousePress(pane, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), pane->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane, &move);
        QTest::mouseRelease(pane, Qt::LeftButton, {}, to);
        QVERIFY(pane->hasSelection());
        const QString selected = pane->selectedText();
        QVERIFY(selected.contains(QStringLiteral("\n\n"))); // spans two paragraphs
        QVERIFY(pane->textAt(1).endsWith(selected.section(QStringLiteral("\n\n"), 0, 0)));
        QVERIFY(pane->textAt(2).startsWith(selected.section(QStringLiteral("\n\n"), 1, 1)));

        QGuiApplication::clipboard()->clear();
        QTest::keyClick(pane, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), selected);

        // Selecting in the other pane clears this one: one selection at a time.
        QTest::mouseClick(vietnamese(), Qt::LeftButton, {}, vietnamese()->rowRect(3).center());
        QVERIFY(!pane->hasSelection());

        pane->copyRow(4);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 pane->textAt(4) + QStringLiteral("\n\n") + vietnamese()->textAt(4));
    }
};

QTEST_MAIN(TestPairedViewRows)
#include "tst_pairedview_rows.moc"
