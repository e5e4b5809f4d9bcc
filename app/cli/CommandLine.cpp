// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "checks/ConsistencyChecker.h"
#include "checks/IgnoredFindings.h"
#include "glossary/GlossaryExchange.h"
#include "glossary/UserGlossary.h"
#include "io/FilePairing.h"
#include "io/FileScanner.h"
#include "io/FormatRegistry.h"
#include "io/PairReader.h"
#include "report/ReportWriter.h"

#include <algorithm>
#include <memory>

namespace songngu {

QStringList CommandLine::commands()
{
    return {QStringLiteral("inspect"), QStringLiteral("entities"), QStringLiteral("check"),
            QStringLiteral("align")};
}

qsizetype CommandLine::commandIndex(const QStringList& arguments)
{
    // The command is the first word that is not an option; "--lang vi" may come before it.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang") {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        return commands().contains(argument) ? i : -1;
    }
    return -1;
}

bool CommandLine::isHeadless(const QStringList& arguments)
{
    if (commandIndex(arguments) >= 0)
        return true;
    for (const QString& argument : arguments) {
        if (argument == u"--")
            break;
        if (argument == u"-h" || argument == u"--help" || argument == u"-v" ||
            argument == u"--version" || argument == u"--help-all")
            return true;
    }
    return false;
}

void CommandLine::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: songngu [--lang en|vi] [FILE|FOLDER...]\n"
                 "       songngu inspect [--format text|json] PATH...\n"
                 "       songngu entities [--format text|json] PATH...\n"
                 "       songngu check [--format text|json|csv|html] [--glossary FILE] PATH...\n"
                 "       songngu align [--unit paragraph|sentence] [--format tsv|json|tmx]\n"
                 "                     EN_FILE VI_FILE | BILINGUAL_FILE\n"
                 "\n"
                 "Song Ngữ reads English–Vietnamese news articles side by side.\n"
                 "Without a command it opens the window on the given files and folders\n"
                 "(the bundled sample articles on first launch).\n"
                 "\n"
                 "Commands:\n"
                 "  inspect   print each document's metadata and aligned rows\n"
                 "  entities  list each document's names, dates and numbers with their\n"
                 "            mentions in both languages\n"
                 "  check     find where the English and the Vietnamese disagree (names,\n"
                 "            numbers, dates, diacritics, missing or untranslated paragraphs,\n"
                 "            titles, repeats) and names spelt several ways across the\n"
                 "            documents; findings you ignored in the window are left out\n"
                 "  align     pair the paragraphs (or sentences) of an English text with\n"
                 "            those of its Vietnamese translation, one row per line\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help       show this help\n"
                 "  -v, --version    show the version\n"
                 "  --lang LANG      user interface language: en or vi\n"
                 "  --format FORMAT  output format: text (the default) or json; check also\n"
                 "                   writes csv and html\n"
                 "  --glossary FILE  check: more glossary entries, applied last (Song Ngữ\n"
                 "                   JSON, CSV or TBX)\n"
                 "  --unit UNIT      align: paragraph (the default) or sentence\n"
                 "\n"
                 "Exit status: 0 on success, 2 on a usage error or when no input could be read;\n"
                 "check exits with 1 when it finds at least one error.\n");
}

int CommandLine::run(const QStringList& arguments)
{
    const qsizetype command = commandIndex(arguments);
    if (command >= 0) {
        // Options before the command word ("--lang vi") are the application's, not its.
        if (arguments.at(command) == u"entities")
            return entities(arguments.mid(command + 1));
        if (arguments.at(command) == u"check")
            return check(arguments.mid(command + 1));
        if (arguments.at(command) == u"align")
            return align(arguments.mid(command + 1));
        return inspect(arguments.mid(command + 1));
    }
    for (const QString& argument : arguments) {
        if (argument == u"-v" || argument == u"--version") {
            out << "songngu " << SONGNGU_VERSION << '\n';
            return Success;
        }
        if (argument == u"-h" || argument == u"--help" || argument == u"--help-all") {
            printUsage(out);
            return Success;
        }
    }
    printUsage(err);
    return UsageError;
}

int CommandLine::parseCommand(const QString& command, const QStringList& arguments,
                              QCommandLineParser& parser, const QList<QCommandLineOption>& options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    // Handled before the command runs (messages follow it); accepted here too.
    const QCommandLineOption language(QStringLiteral("lang"), tr("User interface language."),
                                      QStringLiteral("language"));
    parser.addOptions(options);
    parser.addOptions({help, language});
    if (!parser.parse(QStringList{QStringLiteral("songngu ") + command} + arguments)) {
        err << "songngu " << command << ": " << parser.errorText() << '\n';
        printUsage(err);
        return UsageError;
    }
    if (parser.isSet(help)) {
        printUsage(out);
        return Success;
    }
    return -1;
}

int CommandLine::readInputs(const QString& command, const QStringList& arguments,
                            QList<ReadResult>& results, QString& format, const QStringList& formats,
                            QString* glossaryFile, std::shared_ptr<const Glossary>* glossary)
{
    const QString prefix = QStringLiteral("songngu ") + command + QStringLiteral(": ");
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format."),
                                          QStringLiteral("format"), formats.value(0));
    const QCommandLineOption glossaryOption(
        QStringLiteral("glossary"), tr("Glossary entries to use too."), QStringLiteral("file"));
    QList<QCommandLineOption> options{formatOption};
    if (glossaryFile)
        options.append(glossaryOption);
    if (const int done = parseCommand(command, arguments, parser, options); done >= 0)
        return done;
    const QString formatName = parser.value(formatOption);
    if (!formats.contains(formatName)) {
        if (formats.size() == 2)
            err << prefix << tr("unknown format '%1' (use text or json)").arg(formatName) << '\n';
        else
            err << prefix
                << tr("unknown format '%1' (use %2)")
                       .arg(formatName, formats.join(QStringLiteral(", ")))
                << '\n';
        return UsageError;
    }
    if (glossaryFile)
        *glossaryFile = parser.value(glossaryOption);
    if (parser.positionalArguments().isEmpty()) {
        err << prefix << tr("no file or folder given") << '\n';
        printUsage(err);
        return UsageError;
    }

    const ScanResult scan = FileScanner().scan(parser.positionalArguments());
    for (const FileProblem& skipped : scan.skipped)
        err << "songngu: "
            << tr("skipped %1: %2").arg(QDir::toNativeSeparators(skipped.path), skipped.reason)
            << '\n';
    for (const FileProblem& problem : scan.unreadable)
        results.append({problem.path, nullptr, problem.reason, nullptr});
    // The glossary the command works with, loaded once: story.en.txt and story.vi.txt are one
    // document, as in the window, aligned with its names as anchors.
    auto loaded = std::make_shared<Glossary>();
    if (const int code = loadGlossary(command, *loaded, glossaryFile ? *glossaryFile : QString());
        code >= 0) {
        err.flush();
        return code;
    }
    // Read without the user's alignment corrections: the command line gives what the files say.
    const DocumentReader reader({loaded, {}});
    const PairReader pairs(reader);
    if (glossary)
        *glossary = loaded;
    for (const DocumentSource& source : FilePairing::pair(scan.files))
        results.append(source.isPair() ? pairs.read(source.path, source.vietnamesePath)
                                       : reader.read(source.path));

    for (const ReadResult& result : std::as_const(results)) {
        if (!result.ok())
            err << "songngu: " << QDir::toNativeSeparators(result.path) << ": " << result.error
                << '\n';
    }
    format = formatName;
    return -1;
}

namespace {

int exitCode(const QList<ReadResult>& results)
{
    const bool anyRead = std::any_of(results.cbegin(), results.cend(),
                                     [](const ReadResult& result) { return result.ok(); });
    return anyRead ? CommandLine::Success : CommandLine::UsageError;
}

} // namespace

int CommandLine::inspect(const QStringList& arguments)
{
    QList<ReadResult> results;
    QString format;
    if (const int code = readInputs(QStringLiteral("inspect"), arguments, results, format);
        code >= 0)
        return code;
    const bool json = format == u"json";
    if (json) {
        out << toJson(results);
    } else {
        for (const ReadResult& result : std::as_const(results))
            if (result.ok())
                printText(*result.document);
    }
    out.flush();
    err.flush();
    return exitCode(results);
}

int CommandLine::entities(const QStringList& arguments)
{
    QList<ReadResult> results;
    QString format;
    std::shared_ptr<const Glossary> glossary;
    if (const int code =
            readInputs(QStringLiteral("entities"), arguments, results, format,
                       {QStringLiteral("text"), QStringLiteral("json")}, nullptr, &glossary);
        code >= 0)
        return code;
    const bool json = format == u"json";
    const EntityRecognizer recognizer(*glossary);
    QJsonArray documents;
    QJsonArray errors;
    for (const ReadResult& result : std::as_const(results)) {
        if (!result.ok()) {
            errors.append(QJsonObject{{QStringLiteral("path"), result.path},
                                      {QStringLiteral("error"), result.error}});
            continue;
        }
        const DocumentEntities found = recognizer.recognize(*result.document);
        if (json)
            documents.append(entitiesToJson(*result.document, found));
        else
            printEntities(*result.document, found);
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents},
                                         {QStringLiteral("errors"), errors}})
                   .toJson(QJsonDocument::Indented);
    out.flush();
    err.flush();
    return exitCode(results);
}

int CommandLine::loadGlossary(const QString& command, Glossary& glossary, const QString& extraFile)
{
    const QString prefix = QStringLiteral("songngu ") + command + QStringLiteral(": ");
    QString error;
    if (!glossary.load(Glossary::builtInPath(), &error)) {
        err << prefix << tr("cannot load the glossary: %1").arg(error) << '\n';
        err.flush();
        return Failure;
    }
    // The user's entries add to or override the built-in ones; a broken user file should not
    // stop the command, only be reported.
    UserGlossary user;
    if (user.load(&error))
        user.applyTo(glossary);
    else
        err << prefix << tr("ignoring the user glossary: %1").arg(error) << '\n';
    if (extraFile.isEmpty())
        return -1;

    // Given on the command line, so applied last: it wins over both.
    QFile file(extraFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << prefix
            << tr("cannot open %1: %2").arg(QDir::toNativeSeparators(extraFile), file.errorString())
            << '\n';
        return UsageError;
    }
    QByteArray data = file.read(1024).trimmed();
    file.close();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    bool ok = false;
    if (extraFile.endsWith(u".json", Qt::CaseInsensitive) || data.trimmed().startsWith('{')) {
        Glossary parsed; // checked whole before anything is taken from it
        ok = parsed.load(extraFile, &error);
        if (ok) {
            for (const Office& office : parsed.offices())
                glossary.addOffice(office);
            for (const GlossaryEntry& entry : parsed.entries())
                glossary.add(entry);
        } else {
            error = QDir::toNativeSeparators(extraFile) + QStringLiteral(": ") + error;
        }
    } else {
        QList<GlossaryEntry> entries;
        ok = GlossaryExchange::importFile(extraFile, entries, &error);
        if (ok)
            for (const GlossaryEntry& entry : std::as_const(entries))
                glossary.add(entry);
    }
    if (!ok) {
        err << prefix << tr("cannot use the glossary: %1").arg(error) << '\n';
        return UsageError;
    }
    return -1;
}

int CommandLine::check(const QStringList& arguments)
{
    const QString command = QStringLiteral("check");
    QList<ReadResult> results;
    QString format;
    QString glossaryFile;
    const QStringList formats = {QStringLiteral("text"), QStringLiteral("json"),
                                 QStringLiteral("csv"), QStringLiteral("html")};
    std::shared_ptr<const Glossary> glossary;
    if (const int code =
            readInputs(command, arguments, results, format, formats, &glossaryFile, &glossary);
        code >= 0)
        return code;

    const EntityRecognizer recognizer(*glossary);
    const ConsistencyChecker checker(*glossary);
    QList<std::pair<DocumentPtr, EntitiesPtr>> checked;
    QList<Finding> findings;
    for (const ReadResult& result : std::as_const(results)) {
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
        err << "songngu check: " << tr("not leaving out ignored findings: %1").arg(error) << '\n';

    out << ReportWriter::write(*ReportWriter::formatFromName(format), results, findings);
    out.flush();
    err.flush();
    if (exitCode(results) != Success)
        return UsageError;
    const bool anyError = std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) {
        return f.severity == Severity::Error;
    });
    return anyError ? Failure : Success;
}

void CommandLine::printEntities(const Document& document, const DocumentEntities& found)
{
    out << "== " << QDir::toNativeSeparators(document.metadata.path) << '\n';
    for (const Entity& entity : found.entities) {
        out << entity.type << ' ' << entity.id << ": " << entity.english << " / "
            << entity.vietnamese << " (" << entity.mentions.size() << ")\n";
        for (const EntityMention& m : entity.mentions)
            out << "  row " << m.row + 1 << ' ' << languageCode(m.language) << ' ' << m.start << '-'
                << m.start + m.length << ": " << m.text << '\n';
    }
    out << '\n';
}

QJsonObject CommandLine::entitiesToJson(const Document& document, const DocumentEntities& found)
{
    QJsonArray entities;
    for (const Entity& entity : found.entities) {
        QJsonArray mentions;
        for (const EntityMention& m : entity.mentions)
            mentions.append(QJsonObject{{QStringLiteral("row"), m.row + 1},
                                        {QStringLiteral("language"), languageCode(m.language)},
                                        {QStringLiteral("start"), m.start},
                                        {QStringLiteral("end"), m.start + m.length},
                                        {QStringLiteral("text"), m.text}});
        entities.append(QJsonObject{
            {QStringLiteral("id"), entity.id},
            {QStringLiteral("type"), entity.type},
            {QStringLiteral("canonical"), QJsonObject{{QStringLiteral("en"), entity.english},
                                                      {QStringLiteral("vi"), entity.vietnamese}}},
            {QStringLiteral("mentions"), mentions},
        });
    }
    // Which person each title was written with: "General Secretary" + "To Lam".
    QJsonArray titles;
    for (const TitleLink& link : found.titles)
        titles.append(QJsonObject{
            {QStringLiteral("row"), link.row + 1},
            {QStringLiteral("language"), languageCode(link.language)},
            {QStringLiteral("title"), found.entities.at(link.title).id},
            {QStringLiteral("person"),
             link.person >= 0 ? QJsonValue(found.entities.at(link.person).id) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("path"), document.metadata.path},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("titles"), titles}};
}

void CommandLine::printText(const Document& document)
{
    const DocumentMetadata& m = document.metadata;
    QStringList languages;
    for (Language language : m.languages)
        languages.append(languageCode(language));
    out << "== " << QDir::toNativeSeparators(m.path) << '\n';
    if (!m.vietnamesePath.isEmpty()) // a pair of files: the Vietnamese one
        out << "with:      " << QDir::toNativeSeparators(m.vietnamesePath) << '\n';
    out << "title:     " << m.title << '\n'
        << "date:      " << m.date.toString(Qt::ISODate) << '\n'
        << "place:     " << m.place << '\n'
        << "credit:    " << m.credit << '\n'
        << "format:    " << FormatRegistry::standard().formatCode(m.format) << '\n'
        << "encoding:  " << m.encoding << '\n'
        << "languages: " << languages.join(QStringLiteral(", ")) << '\n'
        << "rows:      " << document.rows.size() << " (" << document.pairCount() << " pairs)\n";
    for (int row = 0; row < document.rows.size(); ++row) {
        out << '[' << row + 1 << "] " << rowKindCode(document.rows.at(row).kind) << '\n';
        for (Language language : {Language::English, Language::Vietnamese}) {
            if (const Paragraph* p = document.segment(row, language))
                out << "  " << languageCode(language) << ": " << p->text << '\n';
        }
    }
    out << '\n';
}

QByteArray CommandLine::toJson(const QList<ReadResult>& results) const
{
    QJsonArray documents;
    QJsonArray errors;
    for (const ReadResult& result : results) {
        if (!result.ok()) {
            errors.append(QJsonObject{{QStringLiteral("path"), result.path},
                                      {QStringLiteral("error"), result.error}});
            continue;
        }
        const Document& document = *result.document;
        const DocumentMetadata& m = document.metadata;
        QJsonArray languages;
        for (Language language : m.languages)
            languages.append(languageCode(language));
        QJsonArray rows;
        for (int row = 0; row < document.rows.size(); ++row) {
            QJsonObject object{{QStringLiteral("index"), row + 1},
                               {QStringLiteral("kind"), rowKindCode(document.rows.at(row).kind)}};
            for (Language language : {Language::English, Language::Vietnamese}) {
                const Paragraph* p = document.segment(row, language);
                if (!p)
                    continue;
                QJsonArray sentences;
                for (const SentenceSpan& span : p->sentences)
                    sentences.append(p->text.mid(span.start, span.length));
                object.insert(languageCode(language),
                              QJsonObject{{QStringLiteral("text"), p->text},
                                          {QStringLiteral("line"), p->line},
                                          {QStringLiteral("sentences"), sentences}});
            }
            rows.append(object);
        }
        documents.append(QJsonObject{
            {QStringLiteral("path"), m.path},
            {QStringLiteral("vietnamese_path"),
             m.vietnamesePath.isEmpty() ? QJsonValue() : QJsonValue(m.vietnamesePath)},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("date"),
             m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("place"), m.place},
            {QStringLiteral("credit"), m.credit},
            {QStringLiteral("format"), FormatRegistry::standard().formatCode(m.format)},
            {QStringLiteral("encoding"), m.encoding},
            {QStringLiteral("languages"), languages},
            {QStringLiteral("pairs"), document.pairCount()},
            {QStringLiteral("rows"), rows},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents},
                                     {QStringLiteral("errors"), errors}})
        .toJson(QJsonDocument::Indented);
}

} // namespace songngu
