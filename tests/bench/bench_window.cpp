// SPDX-License-Identifier: GPL-3.0-or-later
// The figures a user feels, measured through the real window: opening a folder of 2,000
// articles until the list is complete, and opening a 20,000-row article until both panes have
// painted their first screen. Prints figures; always exits 0 unless something did not load.

#include "BenchSupport.h"
#include "ui/documents/DocumentListModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/view/AlignedPane.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/PairedView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>

#include <cstdio>

using namespace songngu;

namespace {

constexpr int folderArticles = 2000;
constexpr int bigRows = 20000;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// 2,000 articles made from the five samples, each with its own first line, a fifth of them in
// subfolders.
bool writeFolder(const QString& root)
{
    const QStringList samples =
        QDir(QStringLiteral(SONGNGU_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")});
    QList<QByteArray> texts;
    for (const QString& name : samples)
        texts.append(readFile(QStringLiteral(SONGNGU_SAMPLES_DIR "/") + name));
    if (texts.isEmpty())
        return false;
    for (int i = 0; i < folderArticles; ++i) {
        const QString folder = i % 5 == 0 ? root + QStringLiteral("/sub%1").arg(i % 7) : root;
        QDir().mkpath(folder);
        const QByteArray body =
            "Article " + QByteArray::number(i) + "\n\n" + texts.at(i % texts.size());
        if (!writeFile(folder + QStringLiteral("/article%1.txt").arg(i), body))
            return false;
    }
    return true;
}

// An interleaved article of 20,000 rows, about 10 MB.
QByteArray bigArticle()
{
    const QByteArray sample =
        readFile(QStringLiteral(SONGNGU_SAMPLES_DIR "/001_19bb709d9f59f387.txt"));
    QList<QByteArray> vietnamese;
    QList<QByteArray> english;
    const QList<QByteArray> paragraphs = sample.split('\n');
    for (const QByteArray& line : paragraphs) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("\xE2\x80\xA2")) // "•"
            vietnamese.append(trimmed);
        else if (trimmed.size() > 120)
            english.append(trimmed);
    }
    QByteArray text = "Benchmark headline\n\n";
    for (int i = 1; i < bigRows; ++i) {
        text += vietnamese.at(i % vietnamese.size()) + "\n\n";
        text += english.at(i % english.size()) + "\n\n";
    }
    return text;
}

bool waitFor(MainWindow& window, int timeoutMs)
{
    QElapsedTimer guard;
    guard.start();
    while (window.isLoading() || guard.elapsed() < 1) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (guard.elapsed() > timeoutMs)
            return false;
    }
    QCoreApplication::processEvents();
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("folder"));
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    const QByteArray bigBytes = bigArticle();
    if (!writeFolder(folder) || !writeFile(big, bigBytes)) {
        std::printf("error: could not write the benchmark files\n");
        return 1;
    }

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    QElapsedTimer timer;
    timer.start();
    window.openPaths({folder});
    if (!waitFor(window, 60000))
        return 1;
    std::printf("window: folder of %d articles listed in %.2f s (%d documents, %d unreadable); "
                "target < 2 s\n",
                folderArticles, double(timer.nsecsElapsed()) / 1e9,
                window.documentModel()->documentCount(), window.documentModel()->errorCount());

    window.closeAll();
    bench::PaintCounter watcher;
    window.pairedView()->pane(Language::English)->installEventFilter(&watcher);
    window.pairedView()->pane(Language::Vietnamese)->installEventFilter(&watcher);
    timer.restart();
    window.openPaths({big});
    while (!window.alignmentModel()->document() || watcher.paints < 2) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        if (timer.elapsed() > 60000)
            return 1;
    }
    std::printf("window: %.1f MB article of %d rows open and first screen painted in %.0f ms; "
                "target < 1000 ms\n",
                double(bigBytes.size()) / 1e6, window.alignmentModel()->rowCount(),
                double(timer.nsecsElapsed()) / 1e6);
    // Recognition runs on a worker thread: the window keeps painting and answering meanwhile.
    while (!window.pairedView()->annotations()->entities()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (timer.elapsed() > 120000)
            return 1;
    }
    std::printf("window: its entities (%lld) listed and highlighted %.0f ms after opening\n",
                qlonglong(window.pairedView()->annotations()->entities()->entities.size()),
                double(timer.nsecsElapsed()) / 1e6);
    std::printf("peak memory (VmHWM): %s\n", qPrintable(bench::peakResidentMemory()));
    return 0;
}
