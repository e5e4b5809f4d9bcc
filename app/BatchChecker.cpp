#include "BatchChecker.h"

#include "ConsistencyChecker.h"
#include "EntityRecognizer.h"

#include <QElapsedTimer>

namespace songngu {

namespace {

constexpr int batchMilliseconds = 150; // how often results reach the list while checking

// Only what name variants are made of: a folder's dates and numbers would cost memory for
// nothing.
EntitiesPtr namesOnly(const DocumentEntities& all)
{
    auto names = std::make_shared<DocumentEntities>();
    for (const Entity& entity : all.entities) {
        if (entity.type != u"person" && entity.type != u"organisation" && entity.type != u"place")
            continue;
        names->byId.insert(entity.id, int(names->entities.size()));
        names->entities.append(entity);
    }
    return names;
}

} // namespace

BatchChecker::BatchChecker(QObject* parent) : QObject(parent) {}

BatchChecker::~BatchChecker()
{
    if (worker) {
        stop->store(true);
        worker->wait();
        delete worker;
    }
}

void BatchChecker::check(const QList<DocumentPtr>& documents,
                         std::shared_ptr<const Glossary> glossary)
{
    if (documents.isEmpty() || !glossary)
        return;
    queue.append({documents, std::move(glossary)});
    if (!worker)
        startNext();
}

void BatchChecker::cancel()
{
    queue.clear();
    names.clear();
    ++generation; // results still on their way are dropped
    if (stop)
        stop->store(true);
}

void BatchChecker::startNext()
{
    if (queue.isEmpty()) {
        QList<std::pair<DocumentPtr, EntitiesPtr>> documents;
        for (const auto& checked : std::as_const(names))
            documents.append(checked);
        // In path order: the findings do not depend on the order documents were read in.
        std::sort(documents.begin(), documents.end(), [](const auto& a, const auto& b) {
            return a.first->metadata.path < b.first->metadata.path;
        });
        Q_EMIT variantsFound(ConsistencyChecker::checkAcross(documents));
        Q_EMIT finished();
        return;
    }
    const Job job = queue.takeFirst();
    stop = std::make_shared<std::atomic_bool>(false);
    const quint64 jobGeneration = generation;
    worker = QThread::create([this, job, cancelled = stop, jobGeneration] {
        // One recogniser and checker for the whole job: building them costs more than a
        // short article.
        const EntityRecognizer recognizer(*job.glossary);
        const ConsistencyChecker checker(*job.glossary);
        QList<FindingSummary> batch;
        QElapsedTimer sinceDelivery;
        sinceDelivery.start();
        for (const DocumentPtr& document : job.documents) {
            if (cancelled->load())
                return;
            FindingSummary summary{document->metadata.path, {}, document, nullptr};
            const DocumentEntities entities = recognizer.recognize(*document);
            summary.findings = checker.check(*document, entities);
            summary.names = namesOnly(entities);
            batch.append(std::move(summary));
            if (sinceDelivery.elapsed() >= batchMilliseconds) {
                QMetaObject::invokeMethod(
                    this, [this, batch, jobGeneration] { deliver(batch, jobGeneration); },
                    Qt::QueuedConnection);
                batch.clear();
                sinceDelivery.restart();
            }
        }
        if (!batch.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, batch, jobGeneration] { deliver(batch, jobGeneration); },
                Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, this, [this] {
        worker->deleteLater();
        worker = nullptr;
        startNext();
    });
    worker->start(QThread::LowPriority);
}

void BatchChecker::deliver(const QList<FindingSummary>& batch, quint64 jobGeneration)
{
    if (jobGeneration != generation)
        return;
    for (const FindingSummary& summary : batch)
        names.insert(summary.path, {summary.document, summary.names});
    Q_EMIT checked(batch);
}

} // namespace songngu
