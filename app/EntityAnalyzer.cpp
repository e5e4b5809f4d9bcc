#include "EntityAnalyzer.h"

#include <utility>

namespace songngu {

EntityAnalyzer::EntityAnalyzer(QObject* parent) : QObject(parent) {}

EntityAnalyzer::~EntityAnalyzer()
{
    if (worker) {
        // Recognition cannot be interrupted, but it is bounded by the document: wait for it.
        worker->wait();
        delete worker;
    }
}

void EntityAnalyzer::analyze(DocumentPtr document, GlossaryPtr glossary)
{
    Request request{std::move(document), std::move(glossary), ++generation};
    if (worker)
        waiting = std::move(request);
    else
        start(std::move(request));
}

void EntityAnalyzer::cancel()
{
    ++generation; // whatever is running now is stale
    waiting.reset();
}

void EntityAnalyzer::start(Request request)
{
    running = std::move(request);
    auto output = std::make_shared<DocumentEntities>();
    result = output;
    worker = QThread::create([document = running.document, glossary = running.glossary, output] {
        if (document && glossary)
            *output = EntityRecognizer(*glossary).recognize(*document);
    });
    connect(worker, &QThread::finished, this, &EntityAnalyzer::onWorkerFinished);
    worker->start(QThread::LowPriority);
}

void EntityAnalyzer::onWorkerFinished()
{
    worker->deleteLater();
    worker = nullptr;
    const Request done = std::exchange(running, {});
    const EntitiesPtr entities = std::exchange(result, nullptr);
    if (waiting) {
        start(*std::exchange(waiting, std::nullopt));
        return;
    }
    if (done.generation == generation && done.document)
        Q_EMIT analyzed(done.document, entities);
}

} // namespace songngu
