// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DocumentReader.h"

#include "align/AlignmentCorrections.h"
#include "align/DocumentAligner.h"
#include "align/LengthAligner.h"
#include "io/AlignedTextExport.h"
#include "io/FileFormat.h"
#include "io/TmxFile.h"
#include "text/TextFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace songngu {

ReadResult DocumentReader::read(const QString& path) const
{
    ReadResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("no such file");
        return result;
    }
    if (info.isDir()) {
        result.error = tr("is a folder");
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("not a regular file");
        return result;
    }
    if (info.size() > maximumFileSize) {
        result.error = tr("too large (%1 MB; the limit is %2 MB)")
                           .arg(info.size() / (1024 * 1024))
                           .arg(maximumFileSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot open: %1").arg(file.errorString());
        return result;
    }
    // Never more than the limit, even if the file grew since it was measured.
    const QByteArray bytes = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("cannot read: %1").arg(file.errorString());
        return result;
    }
    if (bytes.size() > maximumFileSize) {
        result.error = tr("too large (the limit is %1 MB)").arg(maximumFileSize / (1024 * 1024));
        return result;
    }
    return readBytes(bytes, path);
}

ReadResult DocumentReader::readBytes(const QByteArray& bytes, const QString& path) const
{
    ReadResult result;
    result.path = path;
    // Markup and office formats are refused with a reason, never shown as an article.
    const FileFormat::Identified format = FileFormat::identify(QFileInfo(path).fileName(), bytes);
    if (format.kind == FileFormat::Kind::Unsupported) {
        result.error = format.reason;
        return result;
    }
    if (format.kind == FileFormat::Kind::Tmx)
        return readTmx(bytes, path);
    const DecodedText decoded = decoder.decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    auto document = std::make_shared<Document>(parser.parse(decoded.text));
    if (document->paragraphs.isEmpty()) {
        result.error = tr("no text found");
        return result;
    }
    document->metadata.path = path;
    document->metadata.encoding = decoded.encoding;
    document->metadata.sizeBytes = bytes.size();
    document->metadata.replacedSequences = decoded.replaced;
    document->metadata.replacedLines = decoded.replacedLines;
    if (document->metadata.title.isEmpty())
        document->metadata.title = QFileInfo(path).completeBaseName();
    result.document = std::move(document);
    return realignedIfDisplaced(std::move(result));
}

ReadResult DocumentReader::realignedIfDisplaced(ReadResult result) const
{
    // A paragraph of a bilingual file left without a partner is either a translation left out
    // or a broken interleaving (two Vietnamese paragraphs before their two English ones shift
    // every pair after them by one). The aligner's rows are taken only when they give more
    // paragraphs a partner, and pair them far better (below); a translation left out changes
    // nothing.
    const Document& read = *result.document;
    const auto oneSided = [](const Document& document) {
        return std::count_if(document.rows.cbegin(), document.rows.cend(),
                             [](const AlignedRow& row) { return row.kind == RowKind::OneSided; });
    };
    const qsizetype before = oneSided(read);
    if (before == 0 || read.metadata.languages.size() < 2)
        return result;
    ReadResult realigned = pair(result.document, result.document, glossary.get());
    if (!realigned.ok())
        return result;
    const qsizetype fixed = before - oneSided(*realigned.document);
    if (fixed <= 0)
        return result;
    // The two pairings compared by their lengths alone (Gale–Church): the realignment must be
    // far likelier. A broken interleaving pairs paragraphs of unrelated lengths all the way
    // down; on a short file with a translation left out, shifting the pairs is no likelier
    // than leaving one paragraph alone, and the file's own pairing stands.
    const LengthAligner lengths;
    const auto costOf = [&lengths](const Document& document) {
        double total = 0;
        for (int row = 0; row < document.rows.size(); ++row) {
            const AlignedRow& aligned = document.rows.at(row);
            if (aligned.kind != RowKind::Pair && aligned.kind != RowKind::OneSided)
                continue;
            const Paragraph* english = document.segment(row, Language::English);
            const Paragraph* vietnamese = document.segment(row, Language::Vietnamese);
            const int englishCount =
                english ? int(english->text.count(QChar::LineSeparator)) + 1 : 0;
            const int vietnameseCount =
                vietnamese ? int(vietnamese->text.count(QChar::LineSeparator)) + 1 : 0;
            total += lengths.cost(english ? int(english->text.size()) : 0,
                                  vietnamese ? int(vietnamese->text.size()) : 0,
                                  std::min(englishCount, 2), std::min(vietnameseCount, 2));
        }
        return total;
    };
    if (costOf(*realigned.document) > costOf(read) - 20)
        return result;
    realigned.path = result.path;
    return realigned;
}

ReadResult DocumentReader::pair(const DocumentPtr& english, const DocumentPtr& vietnamese,
                                const Glossary* glossary)
{
    ReadResult result;
    result.path = english ? english->metadata.path : QString();
    if (!english || !vietnamese)
        return result;
    for (const auto& [document, language] :
         {std::pair(english, Language::English), std::pair(vietnamese, Language::Vietnamese)}) {
        if (document->paragraphsIn(language).isEmpty()) {
            result.error = language == Language::English
                               ? tr("%1 has no English paragraphs")
                                     .arg(QDir::toNativeSeparators(document->metadata.path))
                               : tr("%1 has no Vietnamese paragraphs")
                                     .arg(QDir::toNativeSeparators(document->metadata.path));
            return result;
        }
    }
    auto parallel =
        std::make_shared<ParallelText>(DocumentAligner(glossary).parallel(english, vietnamese));
    // The user's corrections of these texts, if any. A file that cannot be used leaves the
    // aligner's rows; the window reports it when the user corrects the rows again.
    AlignmentCorrections().restore(*parallel);
    result.document = std::make_shared<Document>(parallel->toDocument());
    result.parallel = std::move(parallel);
    return result;
}

ReadResult DocumentReader::readPair(const QString& englishPath, const QString& vietnamesePath) const
{
    const ReadResult english = read(englishPath);
    if (!english.ok())
        return english;
    ReadResult vietnamese = read(vietnamesePath);
    if (!vietnamese.ok()) {
        vietnamese.path = englishPath; // the pair is listed under its English file
        vietnamese.error = tr("%1: %2").arg(QFileInfo(vietnamesePath).fileName(), vietnamese.error);
        return vietnamese;
    }
    ReadResult result = pair(english.document, vietnamese.document, glossary.get());
    result.path = englishPath;
    return result;
}

ReadResult DocumentReader::readTmx(const QByteArray& bytes, const QString& path) const
{
    ReadResult result;
    result.path = path;
    const TmxReadResult tmx = TmxFile::read(bytes);
    if (!tmx.ok()) {
        result.error = tmx.error;
        return result;
    }
    auto document = std::make_shared<Document>();
    document->metadata.path = path;
    // What Song Ngữ's export kept of the document it came from; the file name for other tools'.
    const TmxDocumentProperties& kept = tmx.document;
    document->metadata.title =
        kept.title.isEmpty() ? QFileInfo(path).completeBaseName() : kept.title;
    document->metadata.date = kept.date;
    document->metadata.place = kept.place;
    document->metadata.credit = kept.credit;
    document->metadata.format = DocumentFormat::Tmx;
    document->metadata.encoding = QStringLiteral("UTF-8");
    document->metadata.sizeBytes = bytes.size();
    document->metadata.languages = {Language::English, Language::Vietnamese};
    const auto add = [&](const QString& text, Language language) {
        const QString normalised = TextFolder::nfc(text).trimmed();
        if (normalised.isEmpty())
            return -1;
        Paragraph paragraph;
        paragraph.text = normalised;
        paragraph.language = language;
        paragraph.sentences = splitter.split(paragraph.text, language);
        document->paragraphs.append(paragraph);
        return int(document->paragraphs.size() - 1);
    };
    for (const TranslationUnit& unit : tmx.units) {
        AlignedRow row;
        row.english = add(unit.english, Language::English);
        row.vietnamese = add(unit.vietnamese, Language::Vietnamese);
        if (row.english < 0 && row.vietnamese < 0)
            continue;
        // A headline, a date line or a credit on one side only is not a translation left out.
        row.kind = AlignedTextExport::rowKindOf(unit.kind, row.english >= 0 && row.vietnamese >= 0);
        document->rows.append(row);
    }
    if (document->rows.isEmpty()) {
        result.error = tr("no text found");
        return result;
    }
    result.document = std::move(document);
    return result;
}

} // namespace songngu
