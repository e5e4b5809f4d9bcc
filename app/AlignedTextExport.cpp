#include "AlignedTextExport.h"

#include "GlossaryExchange.h"
#include "ReportWriter.h"

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

QList<TranslationUnit> AlignedTextExport::rowsOf(const Document& document)
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
        if (english || vietnamese)
            units.append({text(english), text(vietnamese)});
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
        text += ReportWriter::csvField(unit.english) + u',' +
                ReportWriter::csvField(unit.vietnamese) + QStringLiteral("\r\n");
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

AlignedTextExport::Format AlignedTextExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"tsv" || suffix == u"tab" || suffix == u"txt")
        return Format::Tsv;
    if (suffix == u"csv")
        return Format::Csv;
    return Format::Tmx;
}

bool AlignedTextExport::save(const QString& path, const Document& document, QString* error)
{
    return GlossaryExchange::writeFile(path, write(formatFor(path), rowsOf(document)), error);
}

} // namespace songngu
