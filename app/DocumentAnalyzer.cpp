#include "DocumentAnalyzer.h"

#include "ConsistencyChecker.h"

#include <utility>

namespace songngu {

DocumentAnalyzer::DocumentAnalyzer(QObject* parent) : QObject(parent) {}

DocumentAnalyzer::~DocumentAnalyzer()
{
    if (worker) {
        // The work cannot be interrupted, but it is bounded by the document: wait for it.
        worker->wait();
        delete worker;
    }
}

Analysis DocumentAnalyzer::run(const DocumentPtr& document, const Glossary& glossary)
{
    Analysis analysis;
    analysis.document = document;
    if (!document)
        return analysis;
    auto entities =
        std::make_shared<const DocumentEntities>(EntityRecognizer(glossary).recognize(*document));
    QList<Finding> findings = ConsistencyChecker(glossary).check(*document, *entities);
    findings += ConsistencyChecker::checkAcross({{document, entities}});
    analysis.entities = std::move(entities);
    analysis.findings = std::make_shared<const QList<Finding>>(std::move(findings));
    return analysis;
}

void DocumentAnalyzer::analyze(DocumentPtr document, GlossaryPtr glossary)
{
    Request request{std::move(document), std::move(glossary), ++generation};
    if (worker)
        waiting = std::move(request);
    else
        start(std::move(request));
}

void DocumentAnalyzer::cancel()
{
    ++generation; // whatever is running now is stale
    waiting.reset();
}

void DocumentAnalyzer::start(Request request)
{
    running = std::move(request);
    auto output = std::make_shared<Analysis>();
    result = output;
    worker = QThread::create([document = running.document, glossary = running.glossary, output] {
        if (document && glossary)
            *output = run(document, *glossary);
    });
    connect(worker, &QThread::finished, this, &DocumentAnalyzer::onWorkerFinished);
    worker->start(QThread::LowPriority);
}

void DocumentAnalyzer::onWorkerFinished()
{
    worker->deleteLater();
    worker = nullptr;
    const Request done = std::exchange(running, {});
    const AnalysisPtr analysis = std::exchange(result, nullptr);
    if (waiting) {
        start(*std::exchange(waiting, std::nullopt));
        return;
    }
    if (done.generation == generation && done.document && analysis->entities)
        Q_EMIT analyzed(analysis);
}

} // namespace songngu
