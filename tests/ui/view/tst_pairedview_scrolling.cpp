// SPDX-License-Identifier: GPL-3.0-or-later
// Paired view, scrolling: one scroll position for both panes whatever moves it (wheel, keys,
// scroll bar, zoom, model changes), what the panes really paint after moving, and a
// 20,000-row document. Runs on the offscreen platform.

#include "support/PairedViewTestSupport.h"

#include <QElapsedTimer>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtMath>

using namespace songngu;
using namespace songngu::testing;

namespace {

// Lets the panes paint what scrolling invalidated, as the event loop would between inputs.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// The last pixel row of each row band, seen in the right margin of a pane where no text reaches
// but the separator under each row does.
QList<int> separatorRows(const QImage& pane, QRgb base)
{
    QList<int> rows;
    for (int y = 0; y < pane.height(); ++y) {
        if (isInk(pane, pane.width() - 2, y, base))
            rows.append(y);
    }
    return rows;
}

} // namespace

class TestPairedViewScrolling : public QObject, private PairedViewFixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { resetFixture(); }

    void scrollToRow_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("first row stays at the top") << 0;
        QTest::newRow("row 10 of 50") << 10;
        QTest::newRow("row 21, well inside the range") << 21;
    }
    void scrollToRow()
    {
        QFETCH(int, row);
        showDocument(variedRows(50));
        QSignalSpy topChanged(view.get(), &PairedView::topRowChanged);
        view->scrollToRow(row);
        QCOMPARE(view->topRow(), row);
        QCOMPARE(english()->topRow(), row);
        QCOMPARE(vietnamese()->topRow(), row);
        QCOMPARE(english()->rowRect(row).top(), 0); // the row starts at the top edge
        QCOMPARE(topChanged.size(), row == 0 ? 0 : 1);
    }

    void wheelMovesBothPanes_data()
    {
        QTest::addColumn<int>("startRow");
        QTest::addColumn<QPoint>("angle");
        QTest::addColumn<QPoint>("pixels");
        QTest::addColumn<int>("direction");
        QTest::newRow("four notches down") << 0 << QPoint(0, -480) << QPoint() << 1;
        QTest::newRow("four notches up from row 20") << 20 << QPoint(0, 480) << QPoint() << -1;
        QTest::newRow("touchpad pixels win over angle")
            << 0 << QPoint(0, -1) << QPoint(0, -400) << 1;
    }
    void wheelMovesBothPanes()
    {
        QFETCH(int, startRow);
        QFETCH(QPoint, angle);
        QFETCH(QPoint, pixels);
        QFETCH(int, direction);
        showDocument(variedRows(50));
        view->scrollToRow(startRow);
        sendWheel(english(), angle, pixels);
        QCOMPARE(vietnamese()->topRow(), english()->topRow());
        QVERIFY(direction > 0 ? english()->topRow() > startRow : english()->topRow() < startRow);
    }

    void wheelOnScrollBarScrollsByPixels()
    {
        showDocument(variedRows(50));
        const int bottomRow = english()->rowAt(QPoint(10, english()->height() - 1));
        QVERIFY(bottomRow > 0);
        const int topBefore = english()->rowRect(bottomRow).top();
        sendWheel(view->verticalScrollBar(), QPoint(0, -120));
        // One notch is wheelScrollLines() lines of text, not a row's worth of scroll bar units.
        const int expected = QApplication::wheelScrollLines() * lineStep();
        QCOMPARE(vietnamese()->rowRect(bottomRow).top(), topBefore - expected);
    }

    void keysInOnePaneMoveBoth_data()
    {
        QTest::addColumn<int>("startRow");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("direction");
        QTest::newRow("PageDown from the top") << 0 << int(Qt::Key_PageDown) << 1;
        QTest::newRow("PageUp from row 20") << 20 << int(Qt::Key_PageUp) << -1;
        QTest::newRow("Down arrow scrolls one line") << 0 << int(Qt::Key_Down) << 1;
        QTest::newRow("Up arrow from row 20") << 20 << int(Qt::Key_Up) << -1;
        QTest::newRow("End goes to the last screenful") << 0 << int(Qt::Key_End) << 1;
        QTest::newRow("Home goes to the first row") << 20 << int(Qt::Key_Home) << -1;
    }
    void keysInOnePaneMoveBoth()
    {
        QFETCH(int, startRow);
        QFETCH(int, key);
        QFETCH(int, direction);
        showDocument(variedRows(50));
        view->scrollToRow(startRow);
        const int before = view->topRow() * 100000 + view->topRowOffset();
        QTest::keyClick(vietnamese(), Qt::Key(key));
        const int after = view->topRow() * 100000 + view->topRowOffset();
        QVERIFY(direction > 0 ? after > before : after < before);
        QCOMPARE(english()->topRow(), vietnamese()->topRow());
        QCOMPARE(english()->rowRect(view->topRow()), vietnamese()->rowRect(view->topRow()));
    }

    void pageDownKeepsOneLineOfOverlap()
    {
        showDocument(variedRows(50));
        const int height = vietnamese()->height();
        const int bottomRow = vietnamese()->rowAt(QPoint(10, height - 1));
        QVERIFY(bottomRow > 0);
        const int topBefore = vietnamese()->rowRect(bottomRow).top();
        QTest::keyClick(vietnamese(), Qt::Key_PageDown);
        const int pageStep = height - lineStep();
        QCOMPARE(english()->rowRect(bottomRow).top(), topBefore - pageStep);
    }

    void endShowsLastRowAtBottom()
    {
        showDocument(variedRows(50));
        QTest::keyClick(english(), Qt::Key_End);
        const QRect last = english()->rowRect(49);
        QVERIFY(!last.isNull());
        QCOMPARE(last.bottom(), english()->height() - 1);
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        // Scrolling further down is clamped.
        const int top = view->topRow();
        const int offset = view->topRowOffset();
        view->scrollByPixels(500);
        QCOMPARE(view->topRow(), top);
        QCOMPARE(view->topRowOffset(), offset);
    }

    void scrollBarDragMovesPanes()
    {
        showDocument(variedRows(50));
        QScrollBar* bar = view->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const int middle = view->topRow();
        QVERIFY(middle > 0);
        QCOMPARE(english()->topRow(), middle);
        bar->setValue(bar->maximum());
        QCOMPARE(english()->rowRect(49).bottom(), english()->height() - 1);
    }

    void zoomKeepsTopRow_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expected");
        QTest::newRow("zoomIn adds 10%") << QStringLiteral("in") << 110;
        QTest::newRow("zoomOut removes 10%") << QStringLiteral("out") << 90;
        QTest::newRow("too large is clamped to 300") << QStringLiteral("set 1000") << 300;
        QTest::newRow("too small is clamped to 50") << QStringLiteral("set 10") << 50;
        QTest::newRow("Ctrl+wheel up zooms in") << QStringLiteral("ctrl+wheel") << 110;
    }
    void zoomKeepsTopRow()
    {
        QFETCH(QString, action);
        QFETCH(int, expected);
        showDocument(variedRows(50));
        view->scrollToRow(15);
        const int heightBefore = english()->rowRect(15).height();
        QSignalSpy zoomed(view.get(), &PairedView::zoomChanged);
        if (action == QStringLiteral("in"))
            view->zoomIn();
        else if (action == QStringLiteral("out"))
            view->zoomOut();
        else if (action == QStringLiteral("ctrl+wheel"))
            sendWheel(english(), QPoint(0, 120), {}, Qt::ControlModifier);
        else
            view->setZoomPercent(action.mid(4).toInt());
        QCOMPARE(view->zoomPercent(), expected);
        QCOMPARE(zoomed.size(), 1);
        QCOMPARE(view->topRow(), 15);
        QCOMPARE(vietnamese()->topRow(), 15);
        const int heightAfter = english()->rowRect(15).height();
        QVERIFY(expected > 100 ? heightAfter > heightBefore : heightAfter < heightBefore);
        QCOMPARE(vietnamese()->rowRect(15).height(), heightAfter);
        view->resetZoom();
        QCOMPARE(view->zoomPercent(), 100);
    }

    void largeDocumentFirstPaintAndEnd()
    {
        QList<RowSpec> specs;
        specs.reserve(20000);
        for (int i = 0; i < 20000; ++i)
            specs.append({RowKind::Pair, words(Language::English, 20 + i % 60, i),
                          words(Language::Vietnamese, 25 + i % 70, i)});
        model = std::make_unique<AlignmentModel>();
        model->setDocument(makeDocument(specs));
        view = std::make_unique<PairedView>();
        view->resize(1400, 900);

        QElapsedTimer timer;
        timer.start();
        view->setModel(model.get());
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const QImage first = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const qint64 elapsed = timer.elapsed();
        // Generous for sanitizer builds; bench_paint reports the real figure (target < 1 s).
        QVERIFY2(elapsed < 10000,
                 qPrintable(QStringLiteral("first paint took %1 ms").arg(elapsed)));
        // Both panes show text at once: their text columns are far from blank.
        for (AlignedPane* pane : {english(), vietnamese()}) {
            const QRect text(pane->mapTo(view.get(), QPoint(pane->width() / 4, 0)),
                             QSize(pane->width() / 2, pane->height()));
            QVERIFY(inkCount(first, text, baseColour(pane)) > text.width() * text.height() / 50);
        }

        view->scrollToRow(19999);
        QVERIFY(view->topRow() < 19999); // clamped: the last row ends at the bottom instead
        const QRect last = english()->rowRect(19999);
        QVERIFY(!last.isNull());
        QCOMPARE(last.bottom(), english()->height() - 1);
        QCOMPARE(vietnamese()->rowRect(19999), last);
        view->setCurrentRow(10000);
        const QRect current = english()->rowRect(10000);
        QVERIFY(!current.isNull());
        // The current row is washed with the highlight colour in both panes, its neighbour not
        // (probed in the right margin, where no text is painted).
        const int neighbour = current.top() >= 2 ? current.top() - 2 : current.bottom() + 2;
        QVERIFY(neighbour < english()->height());
        const QPoint washed(english()->width() - 2, current.center().y());
        const QRgb wash = rendered(english()).pixel(washed);
        QVERIFY(wash != baseColour(english()));
        for (AlignedPane* pane : {english(), vietnamese()}) {
            const QImage image = rendered(pane);
            QCOMPARE(image.pixel(pane->width() - 2, current.center().y()), wash);
            QCOMPARE(image.pixel(pane->width() - 2, neighbour), baseColour(pane));
        }
    }

    void modelResetReturnsToTop()
    {
        showDocument(variedRows(50));
        view->scrollToRow(20);
        view->setCurrentRow(22);
        QSignalSpy top(view.get(), &PairedView::topRowChanged);
        QSignalSpy current(view.get(), &PairedView::currentRowChanged);
        model->setDocument(makeDocument(variedRows(30)));
        QCOMPARE(view->rowCount(), 30);
        QCOMPARE(view->topRow(), 0);
        QCOMPARE(view->currentRow(), -1);
        QCOMPARE(top.size(), 1);
        QCOMPARE(current.size(), 1);
    }

    void dataChangedKeepsPosition()
    {
        showDocument(variedRows(50));
        view->scrollToRow(11);
        view->scrollByPixels(5);
        QSignalSpy top(view.get(), &PairedView::topRowChanged);
        Q_EMIT model->dataChanged(model->index(10, 0), model->index(12, 1));
        QCOMPARE(view->topRow(), 11);
        QCOMPARE(view->topRowOffset(), 5);
        QCOMPARE(top.size(), 0);
        QCOMPARE(english()->rowRect(11).top(), -5);
    }

    // Both panes' topRow() and rowRect() come from the one scroll position, so comparing them
    // proves little. What each pane puts on screen can still drift: read the pixels back from
    // the window after wheel scrolls on either pane (each shifting the pixels already painted
    // and repainting only the uncovered strip) and check both panes show every row at the same
    // height.
    void panesPaintInStepAfterWheel()
    {
        // Both sides of a row open with the same tag, so their first lines start with the same
        // glyphs; the paragraphs after it differ in length, so either side may set the height.
        QList<RowSpec> specs;
        for (int i = 0; i < 40; ++i) {
            const QString tag = QStringLiteral("[%1] ").arg(i + 1);
            specs.append({RowKind::Pair, tag + words(Language::English, 3 + (i % 5) * 9, i),
                          tag + words(Language::Vietnamese, 3 + ((i + 2) % 5) * 9, i)});
        }
        showDocument(specs);
        settle();
        sendWheel(vietnamese(), QPoint(0, -1), QPoint(0, -37)); // touchpad pixels
        settle();
        sendWheel(english(), QPoint(0, -120));
        settle();
        sendWheel(vietnamese(), QPoint(0, -120));
        settle();
        sendWheel(english(), QPoint(0, 1), QPoint(0, 13));
        settle();
        QVERIFY(view->topRow() > 0);
        QVERIFY2(view->topRowOffset() > 0, "the top row should be cut, differently from a jump");

        const QImage window = view->screen()
                                  ->grabWindow(view->winId())
                                  .toImage()
                                  .convertToFormat(QImage::Format_RGB32);
        QCOMPARE(window.size(), view->size());
        auto onScreen = [&](AlignedPane* pane) {
            return window.copy(QRect(pane->mapTo(view.get(), QPoint()), pane->size()));
        };
        const QImage left = onScreen(english());
        const QImage right = onScreen(vietnamese());
        // No stale strip: what is on screen is what each pane paints afresh.
        QCOMPARE(left, rendered(english()));
        QCOMPARE(right, rendered(vietnamese()));

        const std::unique_ptr<RowLayoutCache> reference = referenceLayouts();
        const int height = english()->height();
        QCOMPARE(vietnamese()->height(), height);
        const QRgb base = baseColour(english());

        // Row separators at the same pixel rows in both panes, where the bands say.
        QList<int> bandBottoms;
        for (int row = view->topRow(); !english()->rowRect(row).isNull(); ++row) {
            if (english()->rowRect(row).bottom() < height)
                bandBottoms.append(english()->rowRect(row).bottom());
        }
        QVERIFY(bandBottoms.size() >= 3);
        QCOMPARE(separatorRows(left, base), bandBottoms);
        QCOMPARE(separatorRows(right, base), bandBottoms);

        // The first line of each row, the cut top row included, starts at the same pixel row in
        // both panes: the tags are identical there. A row whose band was too short for the
        // paragraph above it would show that paragraph's last line here, above the padding.
        const QFontMetrics metrics(reference->textFont());
        const int padding = reference->verticalPadding();
        int fullLines = 0;
        for (int row = view->topRow(); !english()->rowRect(row).isNull(); ++row) {
            const QRect band = english()->rowRect(row);
            const int tagWidth = metrics.horizontalAdvance(QStringLiteral("[%1]").arg(row + 1));
            const QRect firstLine =
                QRect(reference->textLeft(), band.top(), tagWidth,
                      padding + reference->lineSpacing())
                    .intersected(QRect(0, 0, english()->width(), band.top() + band.height() - 1))
                    .intersected(left.rect());
            const std::optional<int> leftInk = inkRow(left, firstLine, base);
            const std::optional<int> rightInk = inkRow(right, firstLine, base);
            QCOMPARE(rightInk.value_or(-1), leftInk.value_or(-1));
            QCOMPARE(right.copy(firstLine), left.copy(firstLine));
            const int lineTop = band.top() + padding;
            if (lineTop >= 0 && lineTop + reference->lineSpacing() <= height) {
                QVERIFY2(leftInk, qPrintable(QStringLiteral("row %1 has no text").arg(row)));
                QVERIFY(*leftInk >= lineTop);
                QVERIFY(*leftInk < lineTop + reference->lineSpacing());
                ++fullLines;
            }
        }
        QVERIFY(fullLines >= 3);

        // And every band on screen is tall enough for either side's paragraph.
        for (int row = view->topRow(); !english()->rowRect(row).isNull(); ++row) {
            for (const AlignedPane* pane : {english(), vietnamese()}) {
                const QTextLayout* layout = reference->layout(row, pane->column());
                QVERIFY(layout);
                QVERIFY(pane->rowRect(row).height() >=
                        qCeil(layout->boundingRect().height()) + 2 * padding);
            }
        }
    }
};

QTEST_MAIN(TestPairedViewScrolling)
#include "tst_pairedview_scrolling.moc"
