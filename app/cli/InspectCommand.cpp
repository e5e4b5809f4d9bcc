// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/InspectCommand.h"

#include "cli/CommandInputs.h"
#include "io/FormatRegistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace songngu {

QList<QCommandLineOption> InspectCommand::options() const
{
    return {CommandInputs::formatOption(QStringLiteral("text"))};
}

InspectCommand::ExitCode InspectCommand::run(const QCommandLineParser& parsed,
                                             const Console& console) const
{
    const CommandInputs inputs(name(), console);
    const std::optional<QString> format =
        inputs.format(parsed, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    const auto read = inputs.read(parsed);
    if (const auto* code = std::get_if<ExitCode>(&read))
        return *code;
    const QList<ReadResult>& results = std::get<CommandInputs::Documents>(read).results;
    // The names of the document formats, as the format table has them.
    const FormatRegistry formats = FormatRegistry::standard();
    if (*format == u"json") {
        console.out << toJson(results, formats);
    } else {
        for (const ReadResult& result : results)
            if (result.ok())
                printText(console.out, *result.document, formats);
    }
    console.out.flush();
    console.err.flush();
    return CommandInputs::exitCode(results);
}

void InspectCommand::printText(QTextStream& out, const Document& document,
                               const FormatRegistry& formats)
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
        << "format:    " << formats.formatCode(m.format) << '\n'
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

QByteArray InspectCommand::toJson(const QList<ReadResult>& results, const FormatRegistry& formats)
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
            {QStringLiteral("format"), formats.formatCode(m.format)},
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
