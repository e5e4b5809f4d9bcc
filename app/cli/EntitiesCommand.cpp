// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/EntitiesCommand.h"

#include "cli/CommandInputs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace songngu {

QList<QCommandLineOption> EntitiesCommand::options() const
{
    return {CommandInputs::formatOption(QStringLiteral("text"))};
}

EntitiesCommand::ExitCode EntitiesCommand::run(const QCommandLineParser& parsed,
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
    const CommandInputs::Documents& documents = std::get<CommandInputs::Documents>(read);
    const bool json = *format == u"json";
    const EntityRecognizer recognizer(*documents.glossary);
    QJsonArray found;
    QJsonArray errors;
    for (const ReadResult& result : documents.results) {
        if (!result.ok()) {
            errors.append(QJsonObject{{QStringLiteral("path"), result.path},
                                      {QStringLiteral("error"), result.error}});
            continue;
        }
        const DocumentEntities entities = recognizer.recognize(*result.document);
        if (json)
            found.append(toJson(*result.document, entities));
        else
            printText(console.out, *result.document, entities);
    }
    if (json)
        console.out << QJsonDocument(QJsonObject{{QStringLiteral("documents"), found},
                                                 {QStringLiteral("errors"), errors}})
                           .toJson(QJsonDocument::Indented);
    console.out.flush();
    console.err.flush();
    return CommandInputs::exitCode(documents.results);
}

void EntitiesCommand::printText(QTextStream& out, const Document& document,
                                const DocumentEntities& found)
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

QJsonObject EntitiesCommand::toJson(const Document& document, const DocumentEntities& found)
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

} // namespace songngu
