#pragma once

#include "Document.h"
#include "EntityRecognizer.h"
#include "Finding.h"
#include "Glossary.h"

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
// another is running replaces any waiting one, and results of superseded requests are dropped.
// Each run has its own recogniser and checker (they are not thread-safe) over a glossary
// snapshot that nobody changes while it runs.
class DocumentAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit DocumentAnalyzer(QObject* parent = nullptr);
    ~DocumentAnalyzer() override;

    void analyze(DocumentPtr document, GlossaryPtr glossary);
    void cancel(); // drops the running and the waiting request
    bool isBusy() const { return worker != nullptr; }

    // The work itself, on the calling thread.
    static Analysis run(const DocumentPtr& document, const Glossary& glossary);

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
    quint64 generation = 0;           // of the latest request
};

} // namespace songngu
