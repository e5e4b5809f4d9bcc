// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/LanguageData.h"
#include "text/TextFolder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QStringDecoder>

#include <map>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

// The lines of a data file after its header, numbered from 1, without comments and blank lines.
struct Line
{
    int number = 0;
    QString text;
};

// Checks what every entry must be; the reason it is not, or empty.
QString entryFault(const QString& entry)
{
    if (entry.isEmpty())
        return u"an empty entry"_s;
    if (entry.trimmed() != entry)
        return u"spaces around \"%1\""_s.arg(entry);
    if (TextFolder::nfc(entry) != entry) // ICU's quick check: QString::normalized is slow
        return u"\"%1\" is not in NFC"_s.arg(entry);
    return {};
}

// Decodes `bytes` and splits them into lines, checking the header comment every file starts
// with. Empty `error` on success.
QList<Line> contentLines(const QByteArray& bytes, QString* error)
{
    error->clear();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = u"not UTF-8"_s;
        return {};
    }
    const QStringList lines = text.split(u'\n');
    if (!lines.front().startsWith(u'#')) {
        *error = u"line 1: no \"#\" header saying what the file holds and who reads it"_s;
        return {};
    }
    QList<Line> out;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        out.append({i + 1, line});
    }
    return out;
}

QByteArray readResource(QStringView file)
{
    QFile in(LanguageData::resourcePath(file));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("Language data %s: cannot be read (%s); is it listed in app/CMakeLists.txt?",
               qUtf8Printable(in.fileName()), qUtf8Printable(in.errorString()));
    return in.readAll();
}

// Each file once per process: the first caller reads and parses it, later ones share the result.
// std::map keeps its elements in place as others are added, so the references handed out stay
// valid.
template <typename T> const T& cached(QStringView file, T (*parse)(const QByteArray&, QString*))
{
    static QMutex mutex;
    static std::map<QString, T> files;
    const QMutexLocker lock(&mutex);
    const QString key = file.toString();
    auto it = files.find(key);
    if (it == files.end()) {
        QString error;
        T parsed = parse(readResource(file), &error);
        if (!error.isEmpty())
            qFatal("Language data %s: %s", qUtf8Printable(LanguageData::resourcePath(file)),
                   qUtf8Printable(error));
        it = files.emplace(key, std::move(parsed)).first;
    }
    return it->second;
}

QStringList stringsOf(const QJsonValue& value, const QString& where, QString* error)
{
    QStringList out;
    if (!value.isArray()) {
        *error = where + u": not a list of strings"_s;
        return out;
    }
    for (const auto& item : value.toArray()) {
        const QString fault = item.isString() ? entryFault(item.toString()) : u"not a string"_s;
        if (!fault.isEmpty()) {
            *error = where + u": "_s + fault;
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QString stringOf(const QJsonObject& object, QStringView key, const QString& where, QString* error)
{
    const QJsonValue value = object.value(key);
    const QString fault = value.isString() ? entryFault(value.toString()) : u"missing"_s;
    if (!fault.isEmpty() && error->isEmpty())
        *error = where + u" \""_s + key.toString() + u"\": "_s + fault;
    return value.toString();
}

// The "number" of the `index`th (0-based) element of a list that counts from 1.
bool numberedInOrder(const QJsonObject& object, int index, const QString& where, QString* error)
{
    if (object.value(u"number").toInt() == index + 1)
        return true;
    *error = where + u": \"number\" should be %1"_s.arg(index + 1);
    return false;
}

// No spelling may name two months or two weekdays: a match would not know which.
bool allDistinct(const QStringList& names, const QString& what, QString* error)
{
    QSet<QString> seen;
    for (const QString& name : names) {
        if (seen.contains(name.toLower())) {
            *error = what + u": \""_s + name + u"\" twice"_s;
            return false;
        }
        seen.insert(name.toLower());
    }
    return true;
}

} // namespace

QString LanguageData::resourcePath(QStringView file)
{
    return u":/language/"_s + file.toString();
}

int LanguageData::Table::column(QStringView name) const
{
    const qsizetype index = columns.indexOf(name);
    if (index < 0)
        qFatal("Language data: no column \"%s\" in a table with columns %s",
               qUtf8Printable(name.toString()), qUtf8Printable(columns.join(u", ")));
    return int(index);
}

QStringList LanguageData::parseWords(const QByteArray& bytes, QString* error)
{
    QStringList words;
    QSet<QString> seen;
    for (const Line& line : contentLines(bytes, error)) {
        QString fault =
            line.text.contains(u'\t') ? u"a tab in a word list"_s : entryFault(line.text);
        if (fault.isEmpty() && seen.contains(line.text))
            fault = u"\"%1\" twice"_s.arg(line.text);
        if (!fault.isEmpty()) {
            *error = u"line %1: "_s.arg(line.number) + fault;
            return {};
        }
        seen.insert(line.text);
        words.append(line.text);
    }
    if (words.isEmpty() && error->isEmpty())
        *error = u"no entries"_s;
    return error->isEmpty() ? words : QStringList();
}

LanguageData::Table LanguageData::parseTable(const QByteArray& bytes, QString* error)
{
    const QList<Line> lines = contentLines(bytes, error);
    if (!error->isEmpty())
        return {};
    if (lines.size() < 2) {
        *error = u"no column names and rows"_s;
        return {};
    }
    Table table;
    QSet<QString> keys;
    for (const Line& line : lines) {
        const QStringList fields = line.text.split(u'\t');
        QString fault;
        if (!table.columns.isEmpty() && fields.size() != table.columns.size())
            fault = u"%1 fields where the columns are %2"_s.arg(fields.size())
                        .arg(table.columns.size());
        for (const QString& field : fields)
            if (fault.isEmpty())
                fault = entryFault(field);
        if (fault.isEmpty() && !table.columns.isEmpty() && keys.contains(fields.front()))
            fault = u"\"%1\" twice"_s.arg(fields.front());
        if (!fault.isEmpty()) {
            *error = u"line %1: "_s.arg(line.number) + fault;
            return {};
        }
        if (table.columns.isEmpty()) {
            table.columns = fields;
            continue;
        }
        keys.insert(fields.front());
        table.rows.append(fields);
    }
    return table;
}

LanguageData::Calendar LanguageData::parseCalendar(const QByteArray& bytes, QString* error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return {};
    }
    if (root.value(u"description").toString().trimmed().isEmpty()) {
        *error = u"no \"description\" saying what the file holds and who reads it"_s;
        return {};
    }
    Calendar calendar;
    const QJsonArray months = root.value(u"months").toArray();
    const QJsonArray weekdays = root.value(u"weekdays").toArray();
    if (months.size() != 12 || weekdays.size() != 7) {
        *error = u"there should be 12 \"months\" and 7 \"weekdays\""_s;
        return {};
    }
    QStringList english;
    QStringList vietnamese;
    for (int i = 0; i < months.size() && error->isEmpty(); ++i) {
        const QJsonObject object = months.at(i).toObject();
        const QString where = u"month %1"_s.arg(i + 1);
        if (!numberedInOrder(object, i, where, error))
            break;
        Month month{i + 1, stringOf(object, u"en", where, error), {}, {}};
        if (error->isEmpty())
            month.englishAbbreviations = stringsOf(object.value(u"enAbbreviations"), where, error);
        if (error->isEmpty())
            month.vietnamese = stringsOf(object.value(u"vi"), where, error);
        english << month.english << month.englishAbbreviations;
        vietnamese << month.vietnamese;
        calendar.months.append(month);
    }
    for (int i = 0; i < weekdays.size() && error->isEmpty(); ++i) {
        const QJsonObject object = weekdays.at(i).toObject();
        const QString where = u"weekday %1"_s.arg(i + 1);
        if (!numberedInOrder(object, i, where, error))
            break;
        Weekday weekday{i + 1,
                        stringOf(object, u"en", where, error),
                        stringOf(object, u"vi", where, error),
                        {}};
        if (error->isEmpty())
            weekday.vietnameseAlso = stringsOf(object.value(u"also"), where, error);
        english << weekday.english;
        vietnamese << weekday.vietnamese << weekday.vietnameseAlso;
        calendar.weekdays.append(weekday);
    }
    if (error->isEmpty())
        allDistinct(english, u"English names"_s, error) &&
            allDistinct(vietnamese, u"Vietnamese names"_s, error);
    return error->isEmpty() ? calendar : Calendar();
}

const QStringList& LanguageData::words(QStringView file)
{
    return cached(file, &LanguageData::parseWords);
}

const LanguageData::Table& LanguageData::table(QStringView file)
{
    return cached(file, &LanguageData::parseTable);
}

const LanguageData::Calendar& LanguageData::calendar()
{
    return cached(u"calendar.json", &LanguageData::parseCalendar);
}

} // namespace songngu
