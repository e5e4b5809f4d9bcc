// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AlignedTextExport.h"
#include "support/AtomicFile.h"
#include "support/Csv.h"

#include <QFileInfo>

namespace songngu {

namespace {

QString oneLine(QString text)
{
    for (QChar& c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    return text;
}

} // namespace

QList<TranslationUnit> AlignedTextExport::rowsOf(const Document& document,
                                                 OneSidedRows oneSidedRows)
{
    QList<TranslationUnit> units;
    for (int row = 0; row < document.rows.size(); ++row) {
        const Paragraph* english = document.segment(row, Language::English);
        const Paragraph* vietnamese = document.segment(row, Language::Vietnamese);
        // Paragraphs a row joined are apart by a line separator in the panes; one space in a
        // translation memory, as other tools expect one segment per side.
        const auto text = [](const Paragraph* paragraph) {
            return paragraph ? QString(paragraph->text).replace(QChar::LineSeparator, u' ')
                             : QString();
        };
        const bool kept =
            oneSidedRows == OneSidedRows::Kept ? english || vietnamese : english && vietnamese;
        if (kept)
            units.append({text(english), text(vietnamese), kindCode(document.rows.at(row).kind)});
    }
    return units;
}

QByteArray AlignedTextExport::toTsv(const QList<TranslationUnit>& units)
{
    QString text;
    for (const TranslationUnit& unit : units)
        text += oneLine(unit.english) + u'\t' + oneLine(unit.vietnamese) + u'\n';
    return text.toUtf8();
}

QByteArray AlignedTextExport::toCsv(const QList<TranslationUnit>& units)
{
    QString text = QStringLiteral("en,vi\r\n");
    for (const TranslationUnit& unit : units)
        text +=
            Csv::field(unit.english) + u',' + Csv::field(unit.vietnamese) + QStringLiteral("\r\n");
    return text.toUtf8();
}

QByteArray AlignedTextExport::write(Format format, const QList<TranslationUnit>& units,
                                    const QString& segtype)
{
    switch (format) {
    case Format::Tsv:
        return toTsv(units);
    case Format::Csv:
        return toCsv(units);
    case Format::Tmx:
        break;
    }
    TmxHeader header;
    header.segtype = segtype;
    return TmxFile::write(units, header);
}

QByteArray AlignedTextExport::write(Format format, const Document& document, const Options& options)
{
    const QList<TranslationUnit> units = rowsOf(document, options.oneSidedRows);
    if (format != Format::Tmx)
        return write(format, units);
    TmxHeader header;
    header.creationDate = options.creationDate;
    const DocumentMetadata& metadata = document.metadata;
    header.document = {metadata.title, metadata.date, metadata.place, metadata.credit};
    return TmxFile::write(units, header);
}

AlignedTextExport::Format AlignedTextExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"tsv" || suffix == u"tab" || suffix == u"txt")
        return Format::Tsv;
    if (suffix == u"csv")
        return Format::Csv;
    return Format::Tmx;
}

bool AlignedTextExport::save(const QString& path, const Document& document, const Options& options,
                             QString* error)
{
    return AtomicFile::write(path, write(formatFor(path), document, options), error);
}

QString AlignedTextExport::kindCode(RowKind kind)
{
    switch (kind) {
    case RowKind::Headline:
    case RowKind::DateLine:
    case RowKind::Boilerplate:
        return rowKindCode(kind);
    case RowKind::Pair:
    case RowKind::OneSided:
        break;
    }
    return QStringLiteral("content");
}

RowKind AlignedTextExport::rowKindOf(const QString& kind, bool bothSides)
{
    for (const RowKind other : {RowKind::Headline, RowKind::DateLine, RowKind::Boilerplate})
        if (kind.compare(rowKindCode(other), Qt::CaseInsensitive) == 0)
            return other;
    return bothSides ? RowKind::Pair : RowKind::OneSided;
}

} // namespace songngu
