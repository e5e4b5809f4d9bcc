// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"
#include "document/Document.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "support/WorkProgress.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace songngu {

using GlossaryPtr = std::shared_ptr<const Glossary>;
using FindingsPtr = std::shared_ptr<const QList<Finding>>;

// What the window shows about one document besides its text.
struct Analysis
{
    DocumentPtr document;
    EntitiesPtr entities;
    FindingsPtr findings; // ConsistencyChecker's, name variants within the document included
};
using AnalysisPtr = std::shared_ptr<const Analysis>;

// Recognises the entities of one document at a time and checks it, on a worker thread, so that
// a long article never blocks the window. Only the latest request matters: a request made while
// another is running cancels it (it stops within a row) and replaces any waiting one; results of
// superseded requests are dropped. progress() tells how far the running analysis is.
// Each run has its own recogniser and checker (they are not thread-safe) over a glossary
// snapshot that nobody changes while it runs.
class DocumentAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit DocumentAnalyzer(QObject* parent = nullptr);
    ~DocumentAnalyzer() override;

    void analyze(DocumentPtr document, GlossaryPtr glossary);
    void cancel(); // drops the running and the waiting request, stopping the running work
    bool isBusy() const { return worker != nullptr; }
    // Steps done and expected of the running analysis (0 and 0 when idle).
    std::pair<int, int> progress() const;

    // The work itself, on the calling thread; an incomplete analysis once `progress` is
    // cancelled.
    static Analysis run(const DocumentPtr& document, const Glossary& glossary,
                        WorkProgress* progress = nullptr);

Q_SIGNALS:
    // For the latest request only.
    void analyzed(const songngu::AnalysisPtr& analysis);

private:
    struct Request
    {
        DocumentPtr document;
        GlossaryPtr glossary;
        quint64 generation = 0;
    };
    void start(Request request);
    void onWorkerFinished();

    QThread* worker = nullptr;
    Request running;
    std::optional<Request> waiting;
    std::shared_ptr<Analysis> result; // written by the worker, read after it finished
    std::shared_ptr<WorkProgress> runningProgress;
    quint64 generation = 0; // of the latest request
};

} // namespace songngu
