#pragma once

#include "Document.h"
#include "EntityRecognizer.h"
#include "Finding.h"
#include "Glossary.h"

#include <QHash>
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
    DocumentPtr document;
    EntitiesPtr names; // the document's people, organisations and places, for name variants
};

// Checks every document of a list in the background (entities, then ConsistencyChecker), for
// the document list's error and warning counts. Requests are served in order on one worker
// thread, results arrive in batches; cancel() drops everything queued or on its way. Once
// nothing is left to check, it finds the names spelled several ways across every document it
// checked (ConsistencyChecker::checkAcross) and reports them with variantsFound().
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
    void variantsFound(const QList<songngu::Finding>& variants); // before finished()
    void finished();                                             // nothing left to check

private:
    struct Job
    {
        QList<DocumentPtr> documents;
        std::shared_ptr<const Glossary> glossary;
    };
    void startNext();
    void deliver(const QList<FindingSummary>& batch, quint64 jobGeneration);

    QList<Job> queue;
    QHash<QString, std::pair<DocumentPtr, EntitiesPtr>> names; // by path, of what was checked
    QThread* worker = nullptr;
    std::shared_ptr<std::atomic_bool> stop; // of the running job
    quint64 generation = 0;                 // bumped by cancel()
};

} // namespace songngu

Q_DECLARE_METATYPE(songngu::FindingSummary)
