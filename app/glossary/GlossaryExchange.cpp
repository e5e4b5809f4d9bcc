// SPDX-License-Identifier: GPL-3.0-or-later
// CSV, the file helpers and what the CSV and TBX halves share. TBX is in GlossaryExchangeTbx.cpp.
#include "glossary/GlossaryExchange.h"
#include "support/AtomicFile.h"
#include "text/TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace songngu {

namespace {

// Larger files are not glossaries; refusing them keeps a wrong pick in a file dialog cheap.
constexpr qint64 maxImportSize = qint64(64) * 1024 * 1024;

const QStringList csvColumns = {QStringLiteral("id"),     QStringLiteral("type"),
                                QStringLiteral("en"),     QStringLiteral("vi"),
                                QStringLiteral("given"),  QStringLiteral("vietnamese_name"),
                                QStringLiteral("offices")};

struct CsvRecord
{
    int line = 0; // where the record starts, from 1
    QStringList fields;
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// RFC 4180, accepting LF or lone CR line ends and blanks around quoted fields (spreadsheets
// write both). CRLF inside a quoted field becomes LF. Blank lines are skipped.
bool parseCsv(QStringView text, QList<CsvRecord>& records, int& errorLine, bool& unclosed)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        CsvRecord record{line, {}};
        for (;;) {
            QString field;
            qsizetype quote = i;
            while (quote < n && isBlank(text[quote]))
                ++quote;
            if (quote < n && text[quote] == u'"') {
                const int startLine = line;
                bool closed = false;
                for (i = quote + 1; i < n;) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field.append(u'"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                        ++i;
                        continue;
                    }
                    if (c == u'\n')
                        ++line;
                    field.append(c);
                    ++i;
                }
                if (!closed) {
                    errorLine = startLine;
                    unclosed = true;
                    return false;
                }
                while (i < n && isBlank(text[i]))
                    ++i;
                if (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                    errorLine = line;
                    unclosed = false;
                    return false;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n')
                    ++i;
                field = text.sliced(start, i - start).toString();
            }
            record.fields.append(field);
            if (i < n && text[i] == u',') {
                ++i;
                continue;
            }
            if (i < n && text[i] == u'\r')
                ++i;
            if (i < n && text[i] == u'\n')
                ++i;
            ++line;
            break;
        }
        if (record.fields.size() > 1 || !record.fields.front().trimmed().isEmpty())
            records.append(record);
    }
    return true;
}

QByteArray csvField(const QString& text)
{
    QString field = text;
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r') ||
        (!field.isEmpty() && (isBlank(field.front()) || isBlank(field.back())))) {
        field.replace(u'"', QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field.toUtf8();
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == u"false" || value == u"no" || value == u"0")
        return false;
    if (value == u"true" || value == u"yes" || value == u"1")
        return true;
    return std::nullopt;
}

QString typeList()
{
    return QStringLiteral("person, organisation, place, agreement, event");
}

} // namespace

QString GlossaryExchange::officeTermText(const OfficeTerm& term)
{
    return term.office + u' ' + term.from.toString(Qt::ISODate) + u'/' +
           (term.to.isNull() ? QString() : term.to.toString(Qt::ISODate));
}

bool GlossaryExchange::parseOfficeTerm(QStringView text, OfficeTerm& term)
{
    text = text.trimmed();
    const qsizetype space = text.lastIndexOf(u' ');
    if (space <= 0)
        return false;
    const QStringView dates = text.sliced(space + 1);
    const qsizetype slash = dates.indexOf(u'/');
    if (slash < 0)
        return false;
    term.office = text.first(space).trimmed().toString();
    term.from = QDate::fromString(dates.first(slash).toString(), Qt::ISODate);
    const QString to = dates.sliced(slash + 1).toString();
    term.to = QDate::fromString(to, Qt::ISODate);
    return !term.office.isEmpty() && term.from.isValid() && (to.isEmpty() || term.to.isValid());
}

void GlossaryExchange::appendForm(QStringList& forms, QStringView form)
{
    const QString text = form.toString().normalized(QString::NormalizationForm_C).trimmed();
    if (!text.isEmpty() && !forms.contains(text))
        forms.append(text);
}

GlossaryExchange::Format GlossaryExchange::formatFor(const QString& path, const QByteArray& data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"tbx" || suffix == u"xml")
        return Format::Tbx;
    QByteArray start = data.first(std::min<qsizetype>(data.size(), 64));
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.trimmed().startsWith('<') ? Format::Tbx : Format::Csv;
}

QByteArray GlossaryExchange::toCsv(const QList<GlossaryEntry>& entries)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += csvColumns.join(u',').toUtf8() + "\r\n";
    const QString separator = QStringLiteral("|");
    for (const GlossaryEntry& entry : entries) {
        QStringList offices;
        for (const OfficeTerm& term : entry.offices)
            offices.append(officeTermText(term));
        const QStringList fields = {entry.id,
                                    entityTypeCode(entry.type),
                                    entry.english.join(separator),
                                    entry.vietnamese.join(separator),
                                    entry.givenNames.join(separator),
                                    entry.vietnameseName ? QStringLiteral("true")
                                                         : QStringLiteral("false"),
                                    offices.join(separator)};
        for (qsizetype i = 0; i < fields.size(); ++i)
            csv += (i ? "," : "") + csvField(fields.at(i));
        csv += "\r\n";
    }
    return csv;
}

// fromCsv() in steps: the records of the file, its header's columns, an entry per record.
class GlossaryExchange::CsvReader
{
public:
    // The records of `data`, decoded as articles are, the header first; none, with the reason,
    // when there are none or the CSV is broken.
    static std::optional<QList<CsvRecord>> records(const QByteArray& data, QString& error)
    {
        const QString emptyFile =
            tr("the file is empty: a header row (%1) is required").arg(csvColumns.join(u','));
        if (QByteArray(data).replace("\xEF\xBB\xBF", "").trimmed().isEmpty())
            return failed(error, emptyFile);
        // As articles are read: spreadsheets on Vietnamese Windows save "CSV" as Windows-1258.
        const DecodedText decoded = TextDecoder().decode(data);
        if (!decoded.ok())
            return failed(error,
                          tr("%1 (save the spreadsheet as \"CSV UTF-8\")").arg(decoded.error));
        QStringView view(decoded.text);
        if (view.startsWith(u'\uFEFF'))
            view = view.sliced(1);
        QList<CsvRecord> records;
        int errorLine = 0;
        bool unclosed = false;
        if (!parseCsv(view, records, errorLine, unclosed))
            return failed(
                error, unclosed
                           ? tr("line %1: a quoted field is not closed").arg(errorLine)
                           : tr("line %1: text after the closing quote of a field").arg(errorLine));
        if (records.isEmpty())
            return failed(error, emptyFile);
        return records;
    }

    // The column of each name in the header, the first when a name is there twice; none, with the
    // reason, when the header lacks the type or both languages.
    static std::optional<QHash<QString, qsizetype>> columns(const CsvRecord& header, QString& error)
    {
        QHash<QString, qsizetype> column;
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            const QString name = header.fields.at(i).trimmed().toLower();
            if (!column.contains(name))
                column.insert(name, i);
        }
        if (!column.contains(QStringLiteral("type")) ||
            (!column.contains(QStringLiteral("en")) && !column.contains(QStringLiteral("vi"))))
            return failed(error, tr("line %1: the header row must name the columns: %2")
                                     .arg(header.line)
                                     .arg(csvColumns.join(u',')));
        return column;
    }

    // One record as an entry, its id given or made (whether it is used twice is the caller's to
    // check); none, with the reason, when a cell is wrong.
    static std::optional<GlossaryEntry>
    entry(const CsvRecord& record, const QHash<QString, qsizetype>& column, QString& error)
    {
        const auto cell = [&](const char* name) {
            const qsizetype i = column.value(QString::fromLatin1(name), -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i) : QString();
        };
        const auto forms = [&](const char* name) {
            QStringList list;
            const QString value = cell(name);
            for (QStringView form : QStringView(value).split(u'|'))
                appendForm(list, form);
            return list;
        };
        GlossaryEntry entry;
        const QString typeCode = cell("type").trimmed().toLower();
        const std::optional<EntityType> type = entityTypeFromCode(typeCode);
        if (typeCode.isEmpty())
            return failed(error, tr("line %1: no type (%2)").arg(record.line).arg(typeList()));
        if (!type)
            return failed(
                error,
                tr("line %1: unknown type '%2' (%3)").arg(record.line).arg(typeCode, typeList()));
        entry.type = *type;
        entry.english = forms("en");
        entry.vietnamese = forms("vi");
        entry.givenNames = forms("given");
        if (entry.english.isEmpty() && entry.vietnamese.isEmpty())
            return failed(error, tr("line %1: no English or Vietnamese form").arg(record.line));
        const std::optional<bool> vietnameseName = parseFlag(cell("vietnamese_name"));
        if (!vietnameseName)
            return failed(error, tr("line %1: vietnamese_name must be true or false, not '%2'")
                                     .arg(record.line)
                                     .arg(cell("vietnamese_name").trimmed()));
        entry.vietnameseName = *vietnameseName;
        const QString offices = cell("offices");
        for (QStringView text : QStringView(offices).split(u'|', Qt::SkipEmptyParts)) {
            if (text.trimmed().isEmpty())
                continue;
            OfficeTerm term;
            if (!parseOfficeTerm(text, term))
                return failed(error, tr("line %1: bad term of office '%2' (expected \"office-id "
                                        "YYYY-MM-DD/YYYY-MM-DD\", the end date empty when still "
                                        "held)")
                                         .arg(record.line)
                                         .arg(text.trimmed().toString()));
            entry.offices.append(term);
        }
        entry.id = cell("id").trimmed();
        if (entry.id.isEmpty())
            entry.id = Glossary::makeId(entry);
        if (entry.id.isEmpty())
            return failed(
                error, tr("line %1: no id, and none can be made from the forms").arg(record.line));
        return entry;
    }

private:
    static std::nullopt_t failed(QString& error, const QString& why)
    {
        error = why;
        return std::nullopt;
    }
};

bool GlossaryExchange::fromCsv(const QByteArray& data, QList<GlossaryEntry>& entries,
                               QString* error)
{
    QString failure;
    const auto fail = [&] {
        if (error)
            *error = failure;
        return false;
    };
    const std::optional<QList<CsvRecord>> records = CsvReader::records(data, failure);
    if (!records)
        return fail();
    const std::optional<QHash<QString, qsizetype>> column =
        CsvReader::columns(records->front(), failure);
    if (!column)
        return fail();
    QList<GlossaryEntry> imported;
    QHash<QString, int> lineOfId;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord& record = records->at(r);
        const std::optional<GlossaryEntry> entry = CsvReader::entry(record, *column, failure);
        if (!entry)
            return fail();
        if (const int previous = lineOfId.value(entry->id); previous > 0) {
            failure = tr("line %1: the id '%2' is already used on line %3")
                          .arg(record.line)
                          .arg(entry->id)
                          .arg(previous);
            return fail();
        }
        lineOfId.insert(entry->id, record.line);
        imported.append(*entry);
    }
    entries = imported;
    return true;
}

void GlossaryExchange::keepJsonOnlyFields(GlossaryEntry& imported, const GlossaryEntry& known)
{
    imported.englishAdjectives = known.englishAdjectives;
    imported.vietnameseAdjectives = known.vietnameseAdjectives;
    imported.capital = known.capital;
    imported.mergedInto = known.mergedInto;
    imported.died = known.died;
    imported.from = known.from;
    imported.to = known.to;
}

bool GlossaryExchange::importFile(const QString& path, QList<GlossaryEntry>& entries,
                                  QString* error)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot open %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    if (file.size() > maxImportSize) {
        if (error)
            *error = tr("%1 is too large for a glossary").arg(nativePath);
        return false;
    }
    const QByteArray data = file.readAll();
    QString reason;
    const bool ok = formatFor(path, data) == Format::Csv ? fromCsv(data, entries, &reason)
                                                         : fromTbx(data, entries, &reason);
    if (!ok && error)
        *error = tr("%1: %2").arg(nativePath, reason);
    return ok;
}

bool GlossaryExchange::exportFile(const QString& path, const QList<GlossaryEntry>& entries,
                                  QString* error)
{
    return AtomicFile::write(path, formatFor(path) == Format::Csv ? toCsv(entries) : toTbx(entries),
                             error);
}

} // namespace songngu
