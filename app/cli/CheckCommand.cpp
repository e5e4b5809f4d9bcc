// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CheckCommand.h"

#include "checks/ConsistencyChecker.h"
#include "checks/IgnoredFindings.h"
#include "cli/CommandInputs.h"
#include "entities/EntityRecognizer.h"
#include "report/ReportWriter.h"

#include <algorithm>
#include <memory>

namespace songngu {

QList<QCommandLineOption> CheckCommand::options() const
{
    return {CommandInputs::formatOption(QStringLiteral("text")), CommandInputs::glossaryOption()};
}

CheckCommand::ExitCode CheckCommand::run(const QCommandLineParser& parsed,
                                         const Console& console) const
{
    const CommandInputs inputs(name(), console);
    const std::optional<QString> format =
        inputs.format(parsed, {QStringLiteral("text"), QStringLiteral("json"),
                               QStringLiteral("csv"), QStringLiteral("html")});
    if (!format)
        return UsageError;
    const auto read = inputs.read(parsed);
    if (const auto* code = std::get_if<ExitCode>(&read))
        return *code;
    const CommandInputs::Documents& documents = std::get<CommandInputs::Documents>(read);

    const EntityRecognizer recognizer(*documents.glossary);
    const ConsistencyChecker checker(*documents.glossary);
    QList<std::pair<DocumentPtr, EntitiesPtr>> checked;
    QList<Finding> findings;
    for (const ReadResult& result : documents.results) {
        if (!result.ok())
            continue;
        const auto found =
            std::make_shared<const DocumentEntities>(recognizer.recognize(*result.document));
        findings.append(checker.check(*result.document, *found));
        checked.append({result.document, found});
    }
    findings.append(ConsistencyChecker::checkAcross(checked));

    // What the user ignored in the window stays ignored here; a broken file only loses that.
    IgnoredFindings ignored;
    QString error;
    if (ignored.load(&error))
        findings = ignored.filter(findings);
    else
        console.err << "songngu check: " << tr("not leaving out ignored findings: %1").arg(error)
                    << '\n';

    console.out << ReportWriter::write(*ReportWriter::formatFromName(*format), documents.results,
                                       findings);
    console.out.flush();
    console.err.flush();
    if (CommandInputs::exitCode(documents.results) != Success)
        return UsageError;
    const bool anyError = std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) {
        return f.severity == Severity::Error;
    });
    return anyError ? Failure : Success;
}

} // namespace songngu
