// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/BatchChecker.h"

#include "checks/ConsistencyChecker.h"
#include "entities/EntityRecognizer.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <deque>
#include <optional>

namespace songngu {

namespace {

constexpr int batchMilliseconds = 150; // how often results reach the list while checking
constexpr qsizetype longDocumentRows = 200;

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

// The work items, shared by the window's thread and the workers.
struct BatchChecker::Queue
{
    struct Task
    {
        Item item;
        std::shared_ptr<const Glossary> glossary;
        quint64 generation = 0;
        std::shared_ptr<WorkProgress> control; // of its generation
    };

    std::optional<Task> take()
    {
        const QMutexLocker lock(&mutex);
        if (tasks.empty())
            return std::nullopt;
        Task task = std::move(tasks.front());
        tasks.pop_front();
        return task;
    }
    bool isEmpty()
    {
        const QMutexLocker lock(&mutex);
        return tasks.empty();
    }

    QMutex mutex;
    std::deque<Task> tasks;
    quint64 generation = 0; // bumped by cancel(); read by the window's thread only
    // Of the current generation: cancel() stops what the workers are doing at the next row.
    // Only the window's thread reads or replaces it; tasks carry their own.
    std::shared_ptr<WorkProgress> control = std::make_shared<WorkProgress>();
};

BatchChecker::BatchChecker(QObject* parent, int workers)
    : QObject(parent), queue(std::make_shared<Queue>()),
      maxWorkers(workers > 0 ? workers : std::max(1, QThread::idealThreadCount()))
{}

BatchChecker::~BatchChecker()
{
    queue->control->cancel();
    {
        const QMutexLocker lock(&queue->mutex);
        queue->tasks.clear();
    }
    for (QThread* worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
}

void BatchChecker::check(const QList<Item>& items, std::shared_ptr<const Glossary> glossary)
{
    if (items.isEmpty() || !glossary)
        return;
    {
        const QMutexLocker lock(&queue->mutex);
        // A document read again replaces its queued check: the old text's would come later.
        auto& tasks = queue->tasks;
        tasks.erase(std::remove_if(tasks.begin(), tasks.end(),
                                   [&items](const Queue::Task& task) {
                                       return std::any_of(items.cbegin(), items.cend(),
                                                          [&task](const Item& item) {
                                                              return item.path == task.item.path;
                                                          });
                                   }),
                    tasks.end());
        // The latest request first: what the user just opened is what they look at.
        for (qsizetype k = items.size() - 1; k >= 0; --k)
            if (items.at(k).document)
                queue->tasks.push_front({items.at(k), glossary, queue->generation, queue->control});
    }
    startWorkers();
}

void BatchChecker::prioritize(const QString& path)
{
    const QMutexLocker lock(&queue->mutex);
    auto& tasks = queue->tasks;
    const auto found = std::find_if(tasks.begin(), tasks.end(),
                                    [&path](const Queue::Task& t) { return t.item.path == path; });
    if (found == tasks.end() || found == tasks.begin())
        return;
    Queue::Task task = std::move(*found);
    tasks.erase(found);
    tasks.push_front(std::move(task));
}

void BatchChecker::cancel()
{
    {
        const QMutexLocker lock(&queue->mutex);
        queue->tasks.clear();
    }
    names.clear();
    ++queue->generation; // results still on their way are dropped
    queue->control->cancel();
    queue->control = std::make_shared<WorkProgress>();
}

void BatchChecker::startWorkers()
{
    while (workers.size() < maxWorkers && !queue->isEmpty()) {
        QThread* worker = QThread::create([this, shared = queue] {
            // One recogniser and checker per worker and glossary: building them costs more
            // than a short article.
            std::shared_ptr<const Glossary> glossary;
            std::optional<EntityRecognizer> recognizer;
            std::optional<ConsistencyChecker> checker;
            QList<FindingSummary> batch;
            quint64 batchGeneration = 0;
            QElapsedTimer sinceDelivery;
            sinceDelivery.start();
            const auto flush = [&] {
                if (batch.isEmpty())
                    return;
                QMetaObject::invokeMethod(
                    this, [this, batch, batchGeneration] { deliver(batch, batchGeneration); },
                    Qt::QueuedConnection);
                batch.clear();
                sinceDelivery.restart();
            };
            while (std::optional<Queue::Task> task = shared->take()) {
                WorkProgress* control = task->control.get();
                if (control->isCancelled())
                    continue;
                if (task->generation != batchGeneration)
                    flush();
                batchGeneration = task->generation;
                if (task->glossary != glossary) {
                    glossary = task->glossary;
                    checker.reset();
                    recognizer.emplace(*glossary);
                    checker.emplace(*glossary);
                }
                const Document& document = *task->item.document;
                // What is done reaches the list before a long document holds this worker.
                if (document.rows.size() > longDocumentRows)
                    flush();
                FindingSummary summary{task->item.path, {}, task->item.document, nullptr};
                const DocumentEntities entities = recognizer->recognize(document, control);
                summary.findings = checker->check(document, entities, control);
                if (control->isCancelled())
                    continue;
                // A report lists them under the document as listed (a comparison's own).
                for (Finding& finding : summary.findings)
                    finding.path = task->item.path;
                summary.names = namesOnly(entities);
                batch.append(std::move(summary));
                if (sinceDelivery.elapsed() >= batchMilliseconds)
                    flush();
            }
            flush();
        });
        connect(worker, &QThread::finished, this, [this, worker] { onWorkerFinished(worker); });
        workers.append(worker);
        worker->start(QThread::LowPriority);
    }
}

void BatchChecker::onWorkerFinished(QThread* worker)
{
    workers.removeOne(worker);
    worker->deleteLater();
    // Work may have arrived while this worker found the queue empty on its way out.
    startWorkers();
    if (!workers.isEmpty())
        return;
    QList<std::pair<DocumentPtr, EntitiesPtr>> documents;
    for (const auto& checked : std::as_const(names))
        documents.append(checked);
    // In path order: the findings do not depend on the order documents were checked in.
    std::sort(documents.begin(), documents.end(), [](const auto& a, const auto& b) {
        return a.first->metadata.path < b.first->metadata.path;
    });
    Q_EMIT variantsFound(ConsistencyChecker::checkAcross(documents));
    Q_EMIT finished();
}

void BatchChecker::deliver(const QList<FindingSummary>& batch, quint64 batchGeneration)
{
    if (batchGeneration != queue->generation)
        return;
    for (const FindingSummary& summary : batch)
        names.insert(summary.path, {summary.document, summary.names});
    Q_EMIT checked(batch);
}

} // namespace songngu
