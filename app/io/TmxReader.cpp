// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TmxReader.h"

#include "io/AlignedTextExport.h"
#include "io/TmxFile.h"
#include "text/TextFolder.h"

#include <QFileInfo>

namespace songngu {

TmxReader::TmxReader() = default;
TmxReader::~TmxReader() = default;

QString TmxReader::displayName() const
{
    return tr("TMX translation memories");
}

FormatReader::Sniff TmxReader::sniff(const FileHead& head) const
{
    return head.markupRoot() == u"tmx" ? Sniff::Yes : Sniff::No;
}

QList<DocumentFormatName> TmxReader::documentFormats() const
{
    return {{DocumentFormat::Tmx, QStringLiteral("tmx"), tr("TMX")}};
}

ReadResult TmxReader::read(const QByteArray& bytes, const QString& path, const ReadContext&) const
{
    ReadResult result;
    result.path = path;
    const TmxReadResult tmx = TmxFile::read(bytes);
    if (!tmx.ok()) {
        result.error = tmx.error;
        return result;
    }
    if (!splitter)
        splitter = std::make_unique<SentenceSplitter>();
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
        paragraph.sentences = splitter->split(paragraph.text, language);
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
