// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DocumentLoader.h"

#include "align/AlignmentCorrections.h"
#include "glossary/UserGlossary.h"
#include "io/DocumentReader.h"
#include "io/FilePairing.h"
#include "io/PairReader.h"

#include <QElapsedTimer>

namespace songngu {

DocumentLoader::DocumentLoader(QString dataFolder, QObject* parent)
    : QObject(parent), dataFolder(std::move(dataFolder))
{}

DocumentLoader::~DocumentLoader()
{
    queue.clear();
    cancel();
    if (worker) {
        worker->wait();
        delete worker;
    }
}

void DocumentLoader::load(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    queue.append(paths);
    if (!worker)
        startNext();
}

void DocumentLoader::cancel()
{
    queue.clear();
    if (cancelled)
        cancelled->store(true);
}

void DocumentLoader::startNext()
{
    if (queue.isEmpty())
        return;
    const QStringList paths = queue.takeFirst();
    cancelled = std::make_shared<std::atomic_bool>(false);
    worker = QThread::create([this, paths] { run(paths); });
    connect(worker, &QThread::finished, this, [this] {
        worker->deleteLater();
        worker = nullptr;
        startNext();
        if (!worker) // idle: every queued request has been served
            Q_EMIT finished();
    });
    Q_EMIT started();
    worker->start();
}

ReadContext DocumentLoader::readContext() const
{
    // Pairs of files are aligned with the glossary's names as anchors, as the window shows
    // entities: the built-in entries and the user's.
    // (A user glossary that cannot be read is reported by the window; its entries are left out.)
    if (dataFolder.isEmpty()) {
        auto builtIn = std::make_shared<Glossary>();
        builtIn->loadBuiltIn(); // built into the executable: cannot be missing
        return {std::move(builtIn), {}};
    }
    UserGlossary user(UserGlossary::pathIn(dataFolder));
    user.load();
    return {user.overBuiltIn(), AlignmentCorrections::folderIn(dataFolder)};
}

void DocumentLoader::run(const QStringList& paths)
{
    const std::shared_ptr<std::atomic_bool> stop = cancelled;
    // Signals cross to the loader's thread by queued invocation; `this` outlives the worker
    // because the destructor waits for it. Results of a cancelled request are dropped on
    // arrival too: some may have been posted before cancel() was called.
    auto post = [this, stop](auto emitter) {
        QMetaObject::invokeMethod(
            this,
            [stop, emitter] {
                if (!stop->load())
                    emitter();
            },
            Qt::QueuedConnection);
    };
    post([this] { Q_EMIT progress(0, -1); }); // counting files
    const ScanResult scan = FileScanner().scan(paths, stop.get());
    if (!scan.skipped.isEmpty())
        post([this, skipped = scan.skipped] { Q_EMIT filesSkipped(skipped); });

    QList<ReadResult> batch;
    for (const FileProblem& problem : scan.unreadable)
        batch.append({problem.path, nullptr, problem.reason, nullptr});

    // story.en.txt and story.vi.txt are one document: the two texts aligned.
    const QList<DocumentSource> sources = FilePairing::pair(scan.files);
    const int total = int(sources.size());
    const DocumentReader reader(readContext());
    const PairReader pairs(reader);
    QElapsedTimer sinceLastBatch;
    sinceLastBatch.start();
    for (int i = 0; i < total && !stop->load(); ++i) {
        const DocumentSource& source = sources.at(i);
        batch.append(source.isPair() ? pairs.read(source.path, source.vietnamesePath)
                                     : reader.read(source.path));
        // Batches keep the list responsive: few model updates, yet visible progress.
        if (sinceLastBatch.elapsed() >= 100 || i + 1 == total) {
            post([this, batch, done = i + 1, total] {
                Q_EMIT documentsRead(batch);
                Q_EMIT progress(done, total);
            });
            batch.clear();
            sinceLastBatch.restart();
        }
    }
    if (!batch.isEmpty())
        post([this, batch] { Q_EMIT documentsRead(batch); });
}

} // namespace songngu
