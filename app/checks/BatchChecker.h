// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"
#include "document/Document.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "support/WorkProgress.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class QThread;

namespace songngu {

// A document's findings, for the document list's counts and the report of every document.
struct FindingSummary
{
    QString path; // the document list's key: a comparison's "a ⇄ b", not its English file's
    QList<Finding> findings;
    DocumentPtr document;
    EntitiesPtr names; // the document's people, organisations and places, for name variants
};

// Checks every document of a list in the background (entities, then ConsistencyChecker), for
// the document list's error and warning counts. Each document is a work item of its own, taken
// by one worker thread per core, the latest requested first (and prioritize() puts the one the
// user looks at next), so one long document never holds up the others. Results arrive in
// batches; cancel() drops everything queued or on its way and stops the running work within a
// row. Once nothing is left to check, it finds the names spelled several ways across every
// document it checked (ConsistencyChecker::checkAcross) and reports them with variantsFound().
class BatchChecker : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString path; // reported back in FindingSummary::path
        DocumentPtr document;
    };

    // `workers` threads at most; 0 for one per core.
    explicit BatchChecker(QObject* parent = nullptr, int workers = 0);
    ~BatchChecker() override; // stops the workers at their next row and waits for them

    void check(const QList<Item>& items, std::shared_ptr<const Glossary> glossary);
    void prioritize(const QString& path);
    void cancel();
    bool isBusy() const { return !workers.isEmpty(); }
    int workerLimit() const { return maxWorkers; }

Q_SIGNALS:
    void checked(const QList<songngu::FindingSummary>& batch);
    void variantsFound(const QList<songngu::Finding>& variants); // before finished()
    void finished();                                             // nothing left to check

private:
    struct Queue;
    void startWorkers();
    void onWorkerFinished(QThread* worker);
    void deliver(const QList<FindingSummary>& batch, quint64 batchGeneration);

    std::shared_ptr<Queue> queue; // shared with the workers
    QList<QThread*> workers;
    QHash<QString, std::pair<DocumentPtr, EntitiesPtr>> names; // by path, of what was checked
    int maxWorkers = 1;
};

} // namespace songngu

Q_DECLARE_METATYPE(songngu::FindingSummary)
