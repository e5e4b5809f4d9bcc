// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DocumentAnalyzer.h"

#include "checks/ConsistencyChecker.h"

#include <utility>

namespace songngu {

DocumentAnalyzer::DocumentAnalyzer(QObject* parent) : QObject(parent) {}

DocumentAnalyzer::~DocumentAnalyzer()
{
    if (worker) {
        // The work stops at its next row: quitting never waits for a long document.
        runningProgress->cancel();
        worker->wait();
        delete worker;
    }
}

Analysis DocumentAnalyzer::run(const DocumentPtr& document, const Glossary& glossary,
                               WorkProgress* progress)
{
    Analysis analysis;
    analysis.document = document;
    if (!document)
        return analysis;
    if (progress) // a step per row to recognise, and one per row to check
        progress->expect(2 * int(document->rows.size()));
    auto entities = std::make_shared<const DocumentEntities>(
        EntityRecognizer(glossary).recognize(*document, progress));
    if (progress && progress->isCancelled())
        return analysis;
    QList<Finding> findings = ConsistencyChecker(glossary).check(*document, *entities, progress);
    if (progress && progress->isCancelled())
        return analysis;
    findings += ConsistencyChecker::checkAcross({{document, entities}});
    analysis.entities = std::move(entities);
    analysis.findings = std::make_shared<const QList<Finding>>(std::move(findings));
    return analysis;
}

void DocumentAnalyzer::analyze(DocumentPtr document, GlossaryPtr glossary)
{
    Request request{std::move(document), std::move(glossary), ++generation};
    if (worker) {
        runningProgress->cancel(); // superseded: its result would be dropped anyway
        waiting = std::move(request);
    } else
        start(std::move(request));
}

void DocumentAnalyzer::cancel()
{
    ++generation; // whatever is running now is stale
    waiting.reset();
    if (runningProgress)
        runningProgress->cancel();
}

std::pair<int, int> DocumentAnalyzer::progress() const
{
    if (!runningProgress)
        return {0, 0};
    return {runningProgress->stepsDone(), runningProgress->stepsExpected()};
}

void DocumentAnalyzer::start(Request request)
{
    running = std::move(request);
    auto output = std::make_shared<Analysis>();
    result = output;
    runningProgress = std::make_shared<WorkProgress>();
    worker = QThread::create([document = running.document, glossary = running.glossary, output,
                              progress = runningProgress] {
        if (document && glossary)
            *output = run(document, *glossary, progress.get());
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
    const bool cancelled = std::exchange(runningProgress, nullptr)->isCancelled();
    if (waiting) {
        start(*std::exchange(waiting, std::nullopt));
        return;
    }
    if (done.generation == generation && !cancelled && done.document && analysis->entities)
        Q_EMIT analyzed(analysis);
}

} // namespace songngu
