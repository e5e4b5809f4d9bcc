// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TextReader.h"

#include "align/LengthAligner.h"
#include "io/PairAligner.h"

#include <QFileInfo>

#include <algorithm>

namespace songngu {

TextReader::TextReader() = default;
TextReader::~TextReader() = default;

QString TextReader::displayName() const
{
    return tr("Articles");
}

QStringList TextReader::extensions() const
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md")};
}

FormatReader::Sniff TextReader::sniff(const FileHead&) const
{
    return Sniff::AnyText; // the decoder tells text from binary when it reads
}

QList<DocumentFormatName> TextReader::documentFormats() const
{
    return {{DocumentFormat::Dateline, QStringLiteral("dateline"), tr("Dateline")},
            {DocumentFormat::Plain, QStringLiteral("plain"), tr("Plain")},
            {DocumentFormat::Interleaved, QStringLiteral("interleaved"), tr("Interleaved")}};
}

ReadResult TextReader::read(const QByteArray& bytes, const QString& path,
                            const ReadContext& context) const
{
    ReadResult result;
    result.path = path;
    const DecodedText decoded = decoder.decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    if (!parser)
        parser = std::make_unique<DocumentParser>();
    auto document = std::make_shared<Document>(parser->parse(decoded.text));
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
    return realignedIfDisplaced(std::move(result), context);
}

ReadResult TextReader::realignedIfDisplaced(ReadResult result, const ReadContext& context) const
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
    ReadResult realigned = PairAligner::align(result.document, result.document, context);
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

} // namespace songngu
