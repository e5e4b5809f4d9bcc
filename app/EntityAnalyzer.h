#pragma once

#include "Document.h"
#include "EntityRecognizer.h"
#include "Glossary.h"

#include <QObject>
#include <QThread>

#include <optional>

#include <memory>

namespace songngu {

using EntitiesPtr = std::shared_ptr<const DocumentEntities>;
using GlossaryPtr = std::shared_ptr<const Glossary>;

// Recognises the entities of one document at a time on a worker thread, so that a long article
// never blocks the window. Only the latest request matters: a request made while another is
// running replaces any waiting one, and results of superseded requests are dropped. Each run
// has its own EntityRecognizer (they are not thread-safe) over a glossary snapshot that nobody
// changes while it runs.
class EntityAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit EntityAnalyzer(QObject* parent = nullptr);
    ~EntityAnalyzer() override;

    void analyze(DocumentPtr document, GlossaryPtr glossary);
    void cancel(); // drops the running and the waiting request
    bool isBusy() const { return worker != nullptr; }

Q_SIGNALS:
    // The entities of `document`, for the latest request only.
    void analyzed(const songngu::DocumentPtr& document, const songngu::EntitiesPtr& entities);

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
    std::shared_ptr<DocumentEntities> result; // written by the worker, read after it finished
    quint64 generation = 0;                   // of the latest request
};

} // namespace songngu
