// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportWriter.h"
#include "glossary/GlossaryExchange.h"
#include "io/FormatRegistry.h"
#include "support/AtomicFile.h"
#include "support/Csv.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace songngu {

std::optional<ReportWriter::Format> ReportWriter::formatFromName(QStringView name)
{
    for (Format format : {Format::Text, Format::Json, Format::Csv, Format::Html})
        if (formatName(format) == name)
            return format;
    return std::nullopt;
}

QString ReportWriter::formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

ReportWriter::Format ReportWriter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    return Format::Text;
}

int ReportWriter::codePointOffset(QStringView text, int utf16Offset)
{
    const QStringView prefix = text.left(qBound(0, utf16Offset, int(text.size())));
    int lowSurrogates = 0;
    for (const QChar c : prefix)
        lowSurrogates += c.isLowSurrogate() ? 1 : 0;
    return int(prefix.size()) - lowSurrogates;
}

QString ReportWriter::spellingsText(const Finding& finding)
{
    QStringList spellings;
    for (const Spelling& spelling : finding.spellings)
        spellings.append(
            QStringLiteral("%1 (%2)").arg(spelling.text, QString::number(spelling.count)));
    return spellings.join(QStringLiteral("; "));
}

QByteArray ReportWriter::toText(const QList<Finding>& findings)
{
    QString text;
    for (const Finding& finding : findings) {
        text += QDir::toNativeSeparators(finding.path);
        if (finding.row >= 0)
            text += u':' + QString::number(finding.row + 1);
        text += QStringLiteral(": ") + severityCode(finding.severity) + u' ' + finding.kind +
                QStringLiteral(": ") + finding.message;
        if (!finding.suggestion.isEmpty())
            text += QStringLiteral(" [") + finding.suggestion + u']';
        text += u'\n';
    }
    return text.toUtf8();
}

namespace {

QJsonValue spanToJson(const std::optional<FindingSpan>& span)
{
    if (!span)
        return QJsonValue::Null;
    const int start = ReportWriter::codePointOffset(span->segment, span->start);
    const int end = ReportWriter::codePointOffset(span->segment, span->start + span->length);
    return QJsonObject{{QStringLiteral("segment"), span->segment},
                       {QStringLiteral("start"), start},
                       {QStringLiteral("end"), end},
                       {QStringLiteral("text"), span->text}};
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QByteArray ReportWriter::toJson(const QList<ReadResult>& documents, const QList<Finding>& findings)
{
    const FormatRegistry formats = FormatRegistry::standard();
    QJsonArray documentArray;
    for (const ReadResult& result : documents) {
        QJsonObject object{{QStringLiteral("path"), result.path}};
        if (result.ok()) {
            const DocumentMetadata& m = result.document->metadata;
            object.insert(QStringLiteral("format"), formats.formatCode(m.format));
            object.insert(QStringLiteral("title"), m.title);
            object.insert(QStringLiteral("date"), m.date.isValid()
                                                      ? QJsonValue(m.date.toString(Qt::ISODate))
                                                      : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("rows"), int(result.document->rows.size()));
            object.insert(QStringLiteral("error"), QJsonValue::Null);
        } else {
            object.insert(QStringLiteral("format"), QJsonValue::Null);
            object.insert(QStringLiteral("title"), QJsonValue::Null);
            object.insert(QStringLiteral("date"), QJsonValue::Null);
            object.insert(QStringLiteral("rows"), 0);
            object.insert(QStringLiteral("error"), result.error);
        }
        documentArray.append(object);
    }

    QJsonArray findingArray;
    int counts[3] = {0, 0, 0};
    for (const Finding& finding : findings) {
        ++counts[int(finding.severity)];
        QJsonObject object{
            {QStringLiteral("kind"), finding.kind},
            {QStringLiteral("severity"), severityCode(finding.severity)},
            {QStringLiteral("path"), finding.path},
            {QStringLiteral("row"),
             finding.row >= 0 ? QJsonValue(finding.row + 1) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), finding.message},
            {QStringLiteral("suggestion"), orNull(finding.suggestion)},
            {QStringLiteral("fingerprint"), finding.fingerprint},
            {QStringLiteral("en"), spanToJson(finding.english)},
            {QStringLiteral("vi"), spanToJson(finding.vietnamese)},
        };
        if (!finding.entity.isEmpty())
            object.insert(QStringLiteral("entity"), finding.entity);
        if (!finding.spellings.isEmpty()) {
            QJsonArray spellings;
            for (const Spelling& spelling : finding.spellings)
                spellings.append(QJsonObject{
                    {QStringLiteral("text"), spelling.text},
                    {QStringLiteral("count"), spelling.count},
                    {QStringLiteral("documents"), QJsonArray::fromStringList(spelling.documents)}});
            object.insert(QStringLiteral("spellings"), spellings);
        }
        findingArray.append(object);
    }
    const QJsonObject summary{{severityCode(Severity::Error), counts[int(Severity::Error)]},
                              {severityCode(Severity::Warning), counts[int(Severity::Warning)]},
                              {severityCode(Severity::Info), counts[int(Severity::Info)]}};
    return QJsonDocument(QJsonObject{{QStringLiteral("documents"), documentArray},
                                     {QStringLiteral("findings"), findingArray},
                                     {QStringLiteral("summary"), summary}})
        .toJson(QJsonDocument::Indented);
}

namespace {

void appendSpan(QStringList& fields, const std::optional<FindingSpan>& span)
{
    if (!span) {
        fields << QString() << QString() << QString();
        return;
    }
    fields << span->text
           << QString::number(ReportWriter::codePointOffset(span->segment, span->start))
           << QString::number(
                  ReportWriter::codePointOffset(span->segment, span->start + span->length));
}

} // namespace

QByteArray ReportWriter::toCsv(const QList<Finding>& findings)
{
    static const QStringList header = {
        QStringLiteral("path"),       QStringLiteral("row"),         QStringLiteral("severity"),
        QStringLiteral("kind"),       QStringLiteral("message"),     QStringLiteral("suggestion"),
        QStringLiteral("en_text"),    QStringLiteral("en_start"),    QStringLiteral("en_end"),
        QStringLiteral("vi_text"),    QStringLiteral("vi_start"),    QStringLiteral("vi_end"),
        QStringLiteral("en_segment"), QStringLiteral("vi_segment"),  QStringLiteral("entity"),
        QStringLiteral("spellings"),  QStringLiteral("fingerprint"),
    };
    QString csv = header.join(u',') + QStringLiteral("\r\n");
    for (const Finding& finding : findings) {
        QStringList fields;
        fields << finding.path << (finding.row >= 0 ? QString::number(finding.row + 1) : QString())
               << severityCode(finding.severity) << finding.kind << finding.message
               << finding.suggestion;
        appendSpan(fields, finding.english);
        appendSpan(fields, finding.vietnamese);
        fields << (finding.english ? finding.english->segment : QString())
               << (finding.vietnamese ? finding.vietnamese->segment : QString()) << finding.entity
               << spellingsText(finding) << finding.fingerprint;
        for (QString& field : fields)
            field = Csv::field(field);
        csv += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

QByteArray ReportWriter::write(Format format, const QList<ReadResult>& documents,
                               const QList<Finding>& findings)
{
    switch (format) {
    case Format::Text:
        return toText(findings);
    case Format::Json:
        return toJson(documents, findings);
    case Format::Csv:
        return toCsv(findings);
    case Format::Html:
        return toHtml(documents, findings);
    }
    return {};
}

bool ReportWriter::writeFile(const QString& path, Format format, const QList<ReadResult>& documents,
                             const QList<Finding>& findings, QString* error)
{
    return AtomicFile::write(path, write(format, documents, findings), error);
}

} // namespace songngu
