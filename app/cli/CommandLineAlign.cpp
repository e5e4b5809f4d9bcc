// SPDX-License-Identifier: GPL-3.0-or-later
// `songngu align`: the aligner on the command line.
#include "cli/CommandLine.h"

#include "align/DocumentAligner.h"
#include "glossary/Glossary.h"
#include "io/AlignedTextExport.h"
#include "io/TmxFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace songngu {

namespace {

bool hasLanguage(const Document& document, Language language)
{
    return std::any_of(document.paragraphs.cbegin(), document.paragraphs.cend(),
                       [language](const Paragraph& p) { return p.language == language; });
}

} // namespace

int CommandLine::align(const QStringList& arguments)
{
    const QString prefix = QStringLiteral("songngu align: ");
    QCommandLineParser parser;
    const QCommandLineOption unitOption(QStringLiteral("unit"), tr("Paragraphs or sentences."),
                                        QStringLiteral("unit"), QStringLiteral("paragraph"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format."),
                                          QStringLiteral("format"), QStringLiteral("tsv"));
    if (const int done =
            parseCommand(QStringLiteral("align"), arguments, parser, {unitOption, formatOption});
        done >= 0)
        return done;
    const QString unitName = parser.value(unitOption);
    if (unitName != u"paragraph" && unitName != u"sentence") {
        err << prefix << tr("unknown unit '%1' (use paragraph or sentence)").arg(unitName) << '\n';
        return UsageError;
    }
    const QString format = parser.value(formatOption);
    if (format != u"tsv" && format != u"json" && format != u"tmx") {
        err << prefix << tr("unknown format '%1' (use tsv, json or tmx)").arg(format) << '\n';
        return UsageError;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.size() > 2) {
        err << prefix
            << tr("give an English file and its Vietnamese translation, or one bilingual file")
            << '\n';
        printUsage(err);
        return UsageError;
    }
    DocumentReader reader;
    QList<ReadResult> read;
    for (const QString& file : files) {
        read.append(reader.read(file));
        if (!read.last().ok()) {
            err << "songngu: " << QDir::toNativeSeparators(file) << ": " << read.last().error
                << '\n';
            return UsageError;
        }
    }
    if (read.size() == 2 && !hasLanguage(*read[0].document, Language::English) &&
        hasLanguage(*read[0].document, Language::Vietnamese) &&
        hasLanguage(*read[1].document, Language::English)) {
        err << prefix
            << tr("%1 is the Vietnamese text: aligning it with the English of %2")
                   .arg(QDir::toNativeSeparators(files[0]), QDir::toNativeSeparators(files[1]))
            << '\n';
        std::swap(read[0], read[1]);
    }
    const DocumentPtr english = read.front().document;
    const DocumentPtr vietnamese = read.back().document;
    for (const auto& [document, side, name] :
         {std::tuple(english.get(), Language::English, tr("English")),
          std::tuple(vietnamese.get(), Language::Vietnamese, tr("Vietnamese"))}) {
        if (document->paragraphsIn(side).isEmpty()) {
            err << prefix
                << tr("%1 has no %2 paragraphs")
                       .arg(QDir::toNativeSeparators(document->metadata.path), name)
                << '\n';
            return UsageError;
        }
    }

    Glossary glossary;
    if (const int failed = loadGlossary(QStringLiteral("align"), glossary); failed >= 0)
        return failed;
    const DocumentAligner::Unit unit = unitName == u"sentence" ? DocumentAligner::Unit::Sentence
                                                               : DocumentAligner::Unit::Paragraph;
    const QList<AlignedUnit> units = DocumentAligner(&glossary).align(english, vietnamese, unit);

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
        const QJsonObject root{{QStringLiteral("english"), english->metadata.path},
                               {QStringLiteral("vietnamese"), vietnamese->metadata.path},
                               {QStringLiteral("unit"), unitName},
                               {QStringLiteral("rows"), rows}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << QString::fromUtf8(
            AlignedTextExport::write(AlignedTextExport::Format::Tmx, joined, unitName));
    }
    return Success;
}

} // namespace songngu
