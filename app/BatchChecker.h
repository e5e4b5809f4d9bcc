#pragma once

#include "Document.h"
#include "Finding.h"
#include "Glossary.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace songngu {

// A document's findings, for the document list's counts and the report of every document.
struct FindingSummary
{
    QString path;
    QList<Finding> findings;
};

// Checks every document of a list in the background (entities, then ConsistencyChecker), for
// the document list's error and warning counts. Requests are served in order on one worker
// thread, results arrive in batches; cancel() drops everything queued or on its way.
class BatchChecker : public QObject
{
    Q_OBJECT
public:
    explicit BatchChecker(QObject* parent = nullptr);
    ~BatchChecker() override;

    void check(const QList<DocumentPtr>& documents, std::shared_ptr<const Glossary> glossary);
    void cancel();
    bool isBusy() const { return worker != nullptr; }

Q_SIGNALS:
    void checked(const QList<songngu::FindingSummary>& batch);
    void finished(); // nothing left to check

private:
    struct Job
    {
        QList<DocumentPtr> documents;
        std::shared_ptr<const Glossary> glossary;
    };
    void startNext();
    void deliver(const QList<FindingSummary>& batch, quint64 jobGeneration);

    QList<Job> queue;
    QThread* worker = nullptr;
    std::shared_ptr<std::atomic_bool> stop; // of the running job
    quint64 generation = 0;                 // bumped by cancel()
};

} // namespace songngu

Q_DECLARE_METATYPE(songngu::FindingSummary)
