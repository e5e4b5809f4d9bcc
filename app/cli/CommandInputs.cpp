// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandInputs.h"

#include "cli/Usage.h"
#include "glossary/GlossaryExchange.h"
#include "glossary/UserGlossary.h"
#include "io/DocumentReader.h"
#include "io/FilePairing.h"
#include "io/FileScanner.h"
#include "io/PairReader.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace songngu {

CommandInputs::CommandInputs(const QString& command, const Console& console)
    : command(command), prefix(QStringLiteral("songngu ") + command + QStringLiteral(": ")),
      console(console)
{}

QCommandLineOption CommandInputs::formatOption(const QString& defaultFormat)
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output format."),
                              QStringLiteral("format"), defaultFormat);
}

QCommandLineOption CommandInputs::glossaryOption()
{
    return QCommandLineOption(QStringLiteral("glossary"), tr("Glossary entries to use too."),
                              QStringLiteral("file"));
}

std::optional<QString> CommandInputs::format(const QCommandLineParser& parsed,
                                             const QStringList& formats) const
{
    const QString name = parsed.value(QStringLiteral("format"));
    if (formats.contains(name))
        return name;
    if (formats.size() == 2)
        console.err << prefix << tr("unknown format '%1' (use text or json)").arg(name) << '\n';
    else
        console.err
            << prefix
            << tr("unknown format '%1' (use %2)").arg(name, formats.join(QStringLiteral(", ")))
            << '\n';
    return std::nullopt;
}

OrExit<CommandInputs::Documents> CommandInputs::read(const QCommandLineParser& parsed) const
{
    if (parsed.positionalArguments().isEmpty()) {
        console.err << prefix << tr("no file or folder given") << '\n';
        Usage::print(console.err);
        return Command::UsageError;
    }
    Documents documents;
    const ScanResult scan = FileScanner().scan(parsed.positionalArguments());
    for (const FileProblem& skipped : scan.skipped)
        console.err
            << "songngu: "
            << tr("skipped %1: %2").arg(QDir::toNativeSeparators(skipped.path), skipped.reason)
            << '\n';
    for (const FileProblem& problem : scan.unreadable)
        documents.results.append({problem.path, nullptr, problem.reason, nullptr});
    // The glossary the command works with, loaded once: story.en.txt and story.vi.txt are one
    // document, as in the window, aligned with its names as anchors.
    const QString extraFile = parsed.optionNames().contains(QStringLiteral("glossary"))
                                  ? parsed.value(QStringLiteral("glossary"))
                                  : QString();
    auto loaded = glossary(extraFile);
    if (const auto* code = std::get_if<ExitCode>(&loaded)) {
        console.err.flush();
        return *code;
    }
    documents.glossary = std::get<std::shared_ptr<Glossary>>(loaded);
    // Read without the user's alignment corrections: the command line gives what the files say.
    const DocumentReader reader({documents.glossary, {}});
    const PairReader pairs(reader);
    for (const DocumentSource& source : FilePairing::pair(scan.files))
        documents.results.append(source.isPair() ? pairs.read(source.path, source.vietnamesePath)
                                                 : reader.read(source.path));
    for (const ReadResult& result : std::as_const(documents.results)) {
        if (!result.ok())
            console.err << "songngu: " << QDir::toNativeSeparators(result.path) << ": "
                        << result.error << '\n';
    }
    return documents;
}

OrExit<std::shared_ptr<Glossary>> CommandInputs::glossary(const QString& extraFile) const
{
    auto glossary = std::make_shared<Glossary>();
    QString error;
    if (!glossary->loadBuiltIn(&error)) {
        console.err << prefix << tr("cannot load the glossary: %1").arg(error) << '\n';
        console.err.flush();
        return Command::Failure;
    }
    // The user's entries add to or override the built-in ones; a broken user file should not
    // stop the command, only be reported.
    UserGlossary user;
    if (user.load(&error))
        user.applyTo(*glossary);
    else
        console.err << prefix << tr("ignoring the user glossary: %1").arg(error) << '\n';
    // Given on the command line, so applied last: it wins over both.
    if (!extraFile.isEmpty() && !addFile(*glossary, extraFile))
        return Command::UsageError;
    return glossary;
}

bool CommandInputs::addFile(Glossary& glossary, const QString& file) const
{
    QFile opened(file);
    if (!opened.open(QIODevice::ReadOnly)) {
        console.err
            << prefix
            << tr("cannot open %1: %2").arg(QDir::toNativeSeparators(file), opened.errorString())
            << '\n';
        return false;
    }
    QByteArray data = opened.read(1024).trimmed();
    opened.close();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QString error;
    bool ok = false;
    if (file.endsWith(u".json", Qt::CaseInsensitive) || data.trimmed().startsWith('{')) {
        Glossary parsed; // checked whole before anything is taken from it
        ok = parsed.load(file, &error);
        if (ok) {
            for (const Office& office : parsed.offices())
                glossary.addOffice(office);
            for (const GlossaryEntry& entry : parsed.entries())
                glossary.add(entry);
        } else {
            error = QDir::toNativeSeparators(file) + QStringLiteral(": ") + error;
        }
    } else {
        QList<GlossaryEntry> entries;
        ok = GlossaryExchange::importFile(file, entries, &error);
        if (ok)
            for (const GlossaryEntry& entry : std::as_const(entries))
                glossary.add(entry);
    }
    if (!ok)
        console.err << prefix << tr("cannot use the glossary: %1").arg(error) << '\n';
    return ok;
}

CommandInputs::ExitCode CommandInputs::exitCode(const QList<ReadResult>& results)
{
    const bool anyRead = std::any_of(results.cbegin(), results.cend(),
                                     [](const ReadResult& result) { return result.ok(); });
    return anyRead ? Command::Success : Command::UsageError;
}

} // namespace songngu
