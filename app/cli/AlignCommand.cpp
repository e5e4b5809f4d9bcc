// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AlignCommand.h"

#include "cli/CommandInputs.h"
#include "cli/Usage.h"
#include "glossary/Glossary.h"
#include "io/AlignedTextExport.h"
#include "io/DocumentReader.h"
#include "io/TmxFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace songngu {

namespace {

constexpr QStringView prefix = u"songngu align: ";

bool hasLanguage(const Document& document, Language language)
{
    return std::any_of(document.paragraphs.cbegin(), document.paragraphs.cend(),
                       [language](const Paragraph& p) { return p.language == language; });
}

} // namespace

QList<QCommandLineOption> AlignCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("unit"), tr("Paragraphs or sentences."),
                               QStringLiteral("unit"), QStringLiteral("paragraph")),
            CommandInputs::formatOption(QStringLiteral("tsv"))};
}

AlignCommand::ExitCode AlignCommand::run(const QCommandLineParser& parsed,
                                         const Console& console) const
{
    const QString unitName = parsed.value(QStringLiteral("unit"));
    if (unitName != u"paragraph" && unitName != u"sentence") {
        console.err << prefix << tr("unknown unit '%1' (use paragraph or sentence)").arg(unitName)
                    << '\n';
        return UsageError;
    }
    const QString format = parsed.value(QStringLiteral("format"));
    if (format != u"tsv" && format != u"json" && format != u"tmx") {
        console.err << prefix << tr("unknown format '%1' (use tsv, json or tmx)").arg(format)
                    << '\n';
        return UsageError;
    }
    const auto texts = readTexts(parsed.positionalArguments(), console);
    if (const auto* code = std::get_if<ExitCode>(&texts))
        return *code;
    const auto& [english, vietnamese] = std::get<std::pair<DocumentPtr, DocumentPtr>>(texts);

    const auto glossary = CommandInputs(name(), console).glossary();
    if (const auto* code = std::get_if<ExitCode>(&glossary))
        return *code;
    const DocumentAligner::Unit unit = unitName == u"sentence" ? DocumentAligner::Unit::Sentence
                                                               : DocumentAligner::Unit::Paragraph;
    const QList<AlignedUnit> units =
        DocumentAligner(std::get<std::shared_ptr<Glossary>>(glossary).get())
            .align(english, vietnamese, unit);
    write(console.out, units, format, unitName, *english, *vietnamese);
    return Success;
}

OrExit<std::pair<DocumentPtr, DocumentPtr>> AlignCommand::readTexts(const QStringList& files,
                                                                    const Console& console)
{
    if (files.isEmpty() || files.size() > 2) {
        console.err << prefix
                    << tr("give an English file and its Vietnamese translation, or one bilingual "
                          "file")
                    << '\n';
        Usage::print(console.err);
        return UsageError;
    }
    const DocumentReader reader;
    QList<ReadResult> read;
    for (const QString& file : files) {
        read.append(reader.read(file));
        if (!read.last().ok()) {
            console.err << "songngu: " << QDir::toNativeSeparators(file) << ": "
                        << read.last().error << '\n';
            return UsageError;
        }
    }
    if (read.size() == 2 && !hasLanguage(*read[0].document, Language::English) &&
        hasLanguage(*read[0].document, Language::Vietnamese) &&
        hasLanguage(*read[1].document, Language::English)) {
        console.err << prefix
                    << tr("%1 is the Vietnamese text: aligning it with the English of %2")
                           .arg(QDir::toNativeSeparators(files[0]),
                                QDir::toNativeSeparators(files[1]))
                    << '\n';
        std::swap(read[0], read[1]);
    }
    const DocumentPtr english = read.front().document;
    const DocumentPtr vietnamese = read.back().document;
    for (const auto& [document, side, name] :
         {std::tuple(english.get(), Language::English, tr("English")),
          std::tuple(vietnamese.get(), Language::Vietnamese, tr("Vietnamese"))}) {
        if (document->paragraphsIn(side).isEmpty()) {
            console.err << prefix
                        << tr("%1 has no %2 paragraphs")
                               .arg(QDir::toNativeSeparators(document->metadata.path), name)
                        << '\n';
            return UsageError;
        }
    }
    return std::pair(english, vietnamese);
}

void AlignCommand::write(QTextStream& out, const QList<AlignedUnit>& units, const QString& format,
                         const QString& unitName, const Document& english,
                         const Document& vietnamese)
{
    QList<TranslationUnit> joined;
    for (const AlignedUnit& row : units)
        joined.append({row.english.join(u' '), row.vietnamese.join(u' ')});
    if (format == u"tsv") {
        out << QString::fromUtf8(AlignedTextExport::toTsv(joined));
    } else if (format == u"json") {
        QJsonArray rows;
        for (const AlignedUnit& row : units)
            rows.append(QJsonObject{
                {QStringLiteral("en"), QJsonArray::fromStringList(row.english)},
                {QStringLiteral("vi"), QJsonArray::fromStringList(row.vietnamese)},
                {QStringLiteral("confidence"), std::round(row.confidence * 1000) / 1000}});
        const QJsonObject root{{QStringLiteral("english"), english.metadata.path},
                               {QStringLiteral("vietnamese"), vietnamese.metadata.path},
                               {QStringLiteral("unit"), unitName},
                               {QStringLiteral("rows"), rows}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << QString::fromUtf8(
            AlignedTextExport::write(AlignedTextExport::Format::Tmx, joined, unitName));
    }
}

} // namespace songngu
