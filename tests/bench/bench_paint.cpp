// SPDX-License-Identifier: GPL-3.0-or-later
// Paint and scroll figures of the paired view on a 20,000-row (~10 MB) document.
// Usage: bench_paint            (uses the offscreen platform unless QT_QPA_PLATFORM is set)

#include "BenchSupport.h"
#include "io/DocumentReader.h"
#include "ui/view/AlignedPane.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/PairedView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace songngu;

namespace {

constexpr int rowCount = 20000;

QString paragraph(QRandomGenerator& random, const QStringList& pool, int minWords, int maxWords)
{
    const int count = int(random.bounded(minWords, maxWords + 1));
    QString text;
    text.reserve(count * 8);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += pool.at(int(random.bounded(qsizetype(pool.size()))));
    }
    return text + QLatin1Char('.');
}

// An interleaved article as a user's file holds it: "• Vietnamese" paragraphs each followed by
// the English, with a one-sided English paragraph now and then. Parsed by the real reader, so
// the figure below is from bytes to first screen.
QByteArray makeArticle()
{
    const QStringList english =
        QStringLiteral(
            "the government announced new measures on Monday to support exporters and small "
            "businesses affected by rising costs while experts said growth would remain strong "
            "in the second half of the year according to the ministry of planning and investment "
            "Vietnam Hanoi Ho Chi Minh City province delegation cooperation agreement")
            .split(QLatin1Char(' '));
    const QStringList vietnamese =
        QStringLiteral(
            "chính phủ đã công bố các biện pháp mới vào thứ Hai nhằm hỗ trợ doanh nghiệp xuất khẩu "
            "và các doanh nghiệp nhỏ bị ảnh hưởng bởi chi phí tăng trong khi các chuyên gia cho "
            "rằng tăng trưởng sẽ vẫn mạnh trong nửa cuối năm theo Bộ Kế hoạch và Đầu tư Việt Nam "
            "Hà Nội Thành phố Hồ Chí Minh tỉnh đoàn hợp tác thỏa thuận")
            .split(QLatin1Char(' '));
    QRandomGenerator random(20250511);
    QString text;
    text.reserve(12 * 1024 * 1024);
    text += QStringLiteral("Benchmark article headline\n\n");
    for (int i = 1; i < rowCount; ++i) {
        if (i % 97 != 13) {
            text += QStringLiteral("• ");
            text += paragraph(random, vietnamese, 10, 100);
            text += QStringLiteral("\n\n");
        }
        text += paragraph(random, english, 8, 80);
        text += QStringLiteral("\n\n");
    }
    return text.toUtf8();
}

struct StepTimes
{
    double totalMs = 0;
    double worstMs = 0;
    int steps = 0;

    void add(qint64 nanoseconds)
    {
        const double ms = double(nanoseconds) / 1e6;
        totalMs += ms;
        worstMs = std::max(worstMs, ms);
        ++steps;
    }
    void print(const char* what) const
    {
        std::printf("%s: %d steps, average %.2f ms, worst %.2f ms\n", what, steps,
                    steps ? totalMs / steps : 0.0, worstMs);
    }
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const QByteArray article = makeArticle();
    QElapsedTimer timer;
    timer.start();
    const ReadResult read = DocumentReader().readBytes(article, QStringLiteral("bench.txt"));
    const qint64 parseMs = timer.elapsed();
    if (!read.ok()) {
        std::printf("error: the generated article did not parse: %s\n", qPrintable(read.error));
        return 1;
    }
    const DocumentPtr document = read.document;
    std::printf("parse generated article (%.1f MB): %lld ms, %d rows, %d pairs\n",
                double(article.size()) / 1e6, parseMs, int(document->rows.size()),
                document->pairCount());

    AlignmentModel model;
    model.setDocument(document);
    PairedView view;
    view.resize(1400, 900);

    bench::PaintCounter counter;
    view.pane(Language::English)->installEventFilter(&counter);
    view.pane(Language::Vietnamese)->installEventFilter(&counter);

    timer.restart();
    view.setModel(&model);
    view.show();
    // Wait for the window to be exposed: before that repaint() would paint nothing.
    while (!view.windowHandle() || !view.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    view.repaint(); // synchronous: the first frame is painted when this returns
    const qint64 paintMs = timer.elapsed();
    std::printf("first paint of %d-row document: %lld ms (%d pane paints)\n",
                int(document->rows.size()), paintMs, counter.paints);
    std::printf("file bytes to first screen (parse + first paint): %lld ms (target < 1000 ms)\n",
                parseMs + paintMs);
    if (counter.paints < 2) {
        std::printf("error: the panes were not painted\n");
        return 1;
    }

    AlignedPane* pane = view.pane(Language::English);
    AlignedPane* vietnamese = view.pane(Language::Vietnamese);
    const QPointF center(pane->width() / 2.0, pane->height() / 2.0);
    // One step = deliver the input + let the event loop paint what it invalidated, as a user
    // would see it. Steps that painted nothing are counted: they would make the figures lie.
    int unpainted = 0;
    auto timeStep = [&](StepTimes& times, const auto& input) {
        const int paintsBefore = counter.paints;
        timer.restart();
        input();
        QCoreApplication::processEvents();
        times.add(timer.nsecsElapsed());
        unpainted += counter.paints == paintsBefore ? 1 : 0;
    };

    StepTimes wheel;
    for (int i = 0; i < 500; ++i) {
        timeStep(wheel, [&] {
            QWheelEvent event(center, pane->mapToGlobal(center), QPoint(), QPoint(0, -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(pane, &event);
        });
    }
    wheel.print("wheel scroll, one notch");

    StepTimes page;
    for (int i = 0; i < 100; ++i) {
        timeStep(page, [&] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
            QApplication::sendEvent(vietnamese, &press);
        });
    }
    page.print("PageDown");

    StepTimes pageBack; // the same screens again: layouts come from the cache
    for (int i = 0; i < 100; ++i) {
        timeStep(pageBack, [&] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_PageUp, Qt::NoModifier);
            QApplication::sendEvent(vietnamese, &press);
        });
    }
    pageBack.print("PageUp over cached rows");

    // Scroll bar drags to unseen places: every visible row needs a fresh layout.
    StepTimes jump;
    QRandomGenerator random(7);
    QScrollBar* bar = view.verticalScrollBar();
    for (int i = 0; i < 100; ++i)
        timeStep(jump, [&] { bar->setValue(int(random.bounded(bar->maximum() + 1))); });
    jump.print("scroll bar jump to a random place");

    StepTimes full;
    for (int i = 0; i < 50; ++i)
        timeStep(full, [&] {
            pane->repaint(); // the panes are opaque: repainting the view alone skips them
            vietnamese->repaint();
        });
    full.print("full repaint of the view, no scrolling");
    std::printf("steps that painted nothing: %d\n", unpainted);

    timer.restart();
    view.scrollToRow(rowCount - 1);
    view.repaint();
    std::printf("jump to the end: %lld ms (top row %d)\n", timer.elapsed(), view.topRow() + 1);

    timer.restart();
    view.zoomIn();
    view.repaint();
    std::printf("zoom in + repaint: %lld ms\n", timer.elapsed());

    std::printf("pane paint events in total: %d\n", counter.paints);
    std::printf("peak RSS (VmHWM): %s\n", qPrintable(bench::peakResidentMemory()));
    return 0;
}
