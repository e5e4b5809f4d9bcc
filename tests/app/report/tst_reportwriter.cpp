// SPDX-License-Identifier: GPL-3.0-or-later
// Reports of findings: the JSON shape scripts rely on (code-point offsets), CSV for spreadsheets,
// one line per finding for terminals, and an HTML page that is safe to open.
#include "report/ReportWriter.h"
#include "support/IsolatedUserData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

const QString nonBmp = u"\U0001D400"_s; // MATHEMATICAL BOLD CAPITAL A: two UTF-16 units
const QString hostile = u"<script>alert('x')</script> & <img src=\"http://evil.example/x.png\">"_s;

ReadResult readDocument(const QString& path, const QString& english, const QString& vietnamese,
                        QDate date = QDate(2025, 5, 11), const QString& title = u"Talks"_s)
{
    auto document = std::make_shared<Document>();
    document->metadata.path = path;
    document->metadata.title = title;
    document->metadata.date = date;
    document->metadata.format = DocumentFormat::Interleaved;
    document->paragraphs = {{u"Headline"_s, Language::English, 1, {}},
                            {english, Language::English, 3, {}},
                            {vietnamese, Language::Vietnamese, 5, {}}};
    document->rows = {AlignedRow::single(RowKind::Headline, Language::English, 0),
                      AlignedRow{RowKind::Pair, 1, 2}};
    return {path, document, {}};
}

Finding mismatch(const QString& path, const QString& english, const QString& vietnamese)
{
    Finding f;
    f.kind = u"name-mismatch"_s;
    f.severity = Severity::Error;
    f.path = path;
    f.row = 1;
    f.english = findingSpan(english, int(english.indexOf(u"To Lam"_s)), 6);
    f.vietnamese = findingSpan(vietnamese, int(vietnamese.indexOf(u"Nguyễn Phú Trọng"_s)), 16);
    f.message = u"The English names To Lam, the Vietnamese Nguyễn Phú Trọng."_s;
    f.suggestion = u"Tô Lâm"_s;
    f.fingerprint = u"0123456789abcdef"_s;
    f.entity = u"to-lam"_s;
    return f;
}

Finding variant()
{
    Finding f;
    f.kind = u"name-variant"_s;
    f.severity = Severity::Info;
    f.path = u"a.txt"_s;
    f.message = u"To Lam is written 2 ways in English: “To Lam” (3), “Tô Lâm” (1)."_s;
    f.fingerprint = u"fedcba9876543210"_s;
    f.entity = u"to-lam"_s;
    f.spellings = {{u"To Lam"_s, 3, {u"a.txt"_s, u"c.txt"_s}}, {u"Tô Lâm"_s, 1, {u"b.txt"_s}}};
    return f;
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// RFC 4180 records, for checking what a spreadsheet would read.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private:
    const QString english =
        nonBmp + u" General Secretary To Lam met President Putin, \"warmly\"."_s;
    const QString vietnamese = u"Tổng Bí thư Nguyễn Phú Trọng gặp Tổng thống Putin."_s;

private Q_SLOTS:
    void initTestCase() { QVERIFY(testing::isolateUserData()); }
    // The HTML templates warn about a placeholder left without a value or a missing template.
    void init() { QTest::failOnWarning(QRegularExpression(u"HtmlTemplate|ReportWriter"_s)); }

    void codePointOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoints");
        QTest::newRow("ASCII: the same") << u"To Lam"_s << 3 << 3;
        QTest::newRow("Vietnamese (BMP) letters are one unit each") << u"Tô Lâm"_s << 4 << 4;
        QTest::newRow("a character outside the BMP counts once") << nonBmp + u" To Lam"_s << 3 << 2;
        QTest::newRow("two of them") << nonBmp + nonBmp + u"x"_s << 5 << 3;
        QTest::newRow("past the end is the end") << u"abc"_s << 10 << 3;
    }

    void codePointOffset()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, codePoints);
        QCOMPARE(ReportWriter::codePointOffset(text, utf16), codePoints);
    }

    void jsonShape()
    {
        const QList<ReadResult> documents = {
            readDocument(u"/news/001.txt"_s, english, vietnamese),
            readDocument(u"/news/undated.txt"_s, english, vietnamese, QDate()),
            ReadResult{u"/news/missing.txt"_s, nullptr, u"no such file"_s}};
        Finding oneSided = mismatch(u"/news/001.txt"_s, english, vietnamese);
        oneSided.kind = u"missing-diacritics"_s;
        oneSided.severity = Severity::Warning;
        oneSided.english.reset();
        oneSided.suggestion.clear();
        oneSided.entity.clear();
        const QList<Finding> findings = {mismatch(u"/news/001.txt"_s, english, vietnamese),
                                         oneSided, variant()};

        QJsonParseError error;
        const QJsonDocument json =
            QJsonDocument::fromJson(ReportWriter::toJson(documents, findings), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = json.object();
        QVERIFY(root.value(u"documents"_s).isArray());
        QVERIFY(root.value(u"findings"_s).isArray());

        const QJsonArray documentArray = root.value(u"documents"_s).toArray();
        QCOMPARE(documentArray.size(), 3);
        const QStringList documentKeys = {u"date"_s, u"error"_s, u"format"_s,
                                          u"path"_s, u"rows"_s,  u"title"_s};
        for (const QJsonValue& value : documentArray)
            QCOMPARE(sortedKeys(value.toObject()), documentKeys);
        const QJsonObject read = documentArray.at(0).toObject();
        QCOMPARE(read.value(u"path"_s).toString(), u"/news/001.txt"_s);
        QCOMPARE(read.value(u"format"_s).toString(), u"interleaved"_s);
        QCOMPARE(read.value(u"title"_s).toString(), u"Talks"_s);
        QCOMPARE(read.value(u"date"_s).toString(), u"2025-05-11"_s);
        QCOMPARE(read.value(u"rows"_s).toInt(), 2);
        QVERIFY(read.value(u"error"_s).isNull());
        QVERIFY(documentArray.at(1).toObject().value(u"date"_s).isNull());
        const QJsonObject unread = documentArray.at(2).toObject();
        QCOMPARE(unread.value(u"error"_s).toString(), u"no such file"_s);
        QVERIFY(unread.value(u"date"_s).isNull());

        const QJsonArray findingArray = root.value(u"findings"_s).toArray();
        QCOMPARE(findingArray.size(), 3);
        const QJsonObject first = findingArray.at(0).toObject();
        QCOMPARE(sortedKeys(first),
                 QStringList({u"en"_s, u"entity"_s, u"fingerprint"_s, u"kind"_s, u"message"_s,
                              u"path"_s, u"row"_s, u"severity"_s, u"suggestion"_s, u"vi"_s}));
        QCOMPARE(first.value(u"kind"_s).toString(), u"name-mismatch"_s);
        QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(first.value(u"path"_s).toString(), u"/news/001.txt"_s);
        QCOMPARE(first.value(u"row"_s).toInt(), 2); // 1-based, as `songngu inspect` numbers rows
        QCOMPARE(first.value(u"suggestion"_s).toString(), u"Tô Lâm"_s);
        QCOMPARE(first.value(u"fingerprint"_s).toString(), u"0123456789abcdef"_s);

        // Offsets count code points: the character outside the BMP before "To Lam" counts once.
        const QJsonObject en = first.value(u"en"_s).toObject();
        QCOMPARE(sortedKeys(en), QStringList({u"end"_s, u"segment"_s, u"start"_s, u"text"_s}));
        QCOMPARE(en.value(u"segment"_s).toString(), english);
        QCOMPARE(en.value(u"text"_s).toString(), u"To Lam"_s);
        const int start = int(english.indexOf(u"To Lam"_s)) - 1;
        QCOMPARE(en.value(u"start"_s).toInt(), start);
        QCOMPARE(en.value(u"end"_s).toInt(), start + 6);
        const QList<uint> codePoints = english.toUcs4();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.data()) + start, 6),
                 u"To Lam"_s);
        const QJsonObject vi = first.value(u"vi"_s).toObject();
        QCOMPARE(vi.value(u"start"_s).toInt(), 12);
        QCOMPARE(vi.value(u"end"_s).toInt(), 28);
        QCOMPARE(vi.value(u"text"_s).toString(), u"Nguyễn Phú Trọng"_s);

        const QJsonObject second = findingArray.at(1).toObject();
        QVERIFY(second.value(u"en"_s).isNull());
        QVERIFY(second.value(u"suggestion"_s).isNull());
        QVERIFY(!second.contains(u"entity"_s));

        const QJsonObject across = findingArray.at(2).toObject();
        QVERIFY(across.value(u"row"_s).isNull());
        QVERIFY(across.value(u"en"_s).isNull() && across.value(u"vi"_s).isNull());
        const QJsonArray spellings = across.value(u"spellings"_s).toArray();
        QCOMPARE(spellings.size(), 2);
        const QJsonObject spelling = spellings.at(0).toObject();
        QCOMPARE(spelling.value(u"text"_s).toString(), u"To Lam"_s);
        QCOMPARE(spelling.value(u"count"_s).toInt(), 3);
        QCOMPARE(spelling.value(u"documents"_s).toArray(), QJsonArray({u"a.txt"_s, u"c.txt"_s}));
    }

    void csv()
    {
        const QList<Finding> findings = {mismatch(u"/news/a, b.txt"_s, english, vietnamese),
                                         variant()};
        const QByteArray bytes = ReportWriter::toCsv(findings);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets then read it as UTF-8
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(u"\r\n"_s));
        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.size(), 3);
        const QStringList& header = records.at(0);
        for (const QStringList& record : records)
            QCOMPARE(record.size(), header.size());
        const auto cell = [&](int record, const QString& column) {
            return records.at(record).value(header.indexOf(column));
        };
        QCOMPARE(cell(1, u"path"_s), u"/news/a, b.txt"_s); // a comma is quoted
        QCOMPARE(cell(1, u"row"_s), u"2"_s);
        QCOMPARE(cell(1, u"severity"_s), u"error"_s);
        QCOMPARE(cell(1, u"kind"_s), u"name-mismatch"_s);
        QCOMPARE(cell(1, u"en_text"_s), u"To Lam"_s);
        QCOMPARE(cell(1, u"en_start"_s).toInt(), int(english.indexOf(u"To Lam"_s)) - 1);
        QCOMPARE(cell(1, u"en_segment"_s), english); // quotes doubled and read back
        QCOMPARE(cell(1, u"vi_text"_s), u"Nguyễn Phú Trọng"_s);
        QCOMPARE(cell(1, u"suggestion"_s), u"Tô Lâm"_s);
        QCOMPARE(cell(1, u"fingerprint"_s), u"0123456789abcdef"_s);
        QCOMPARE(cell(2, u"row"_s), QString());
        QCOMPARE(cell(2, u"spellings"_s), u"To Lam (3); Tô Lâm (1)"_s);
        QVERIFY(text.contains(u"\"\"warmly\"\""_s));

        const Finding multiline = [] {
            Finding f = variant();
            f.message = u"line one\nline two"_s;
            return f;
        }();
        const QList<QStringList> lines =
            parseCsv(QString::fromUtf8(ReportWriter::toCsv({multiline}).mid(3)));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).contains(u"line one\nline two"_s));

        // Document text a spreadsheet would run as a formula is kept as text.
        const Finding formula = [] {
            Finding f = variant();
            f.message = u"=HYPERLINK(\"http://example.com\")"_s;
            f.suggestion = u"@SUM(A1)"_s;
            return f;
        }();
        const QList<QStringList> cells =
            parseCsv(QString::fromUtf8(ReportWriter::toCsv({formula}).mid(3)));
        QVERIFY(cells.at(1).contains(u"'=HYPERLINK(\"http://example.com\")"_s));
        QVERIFY(cells.at(1).contains(u"'@SUM(A1)"_s));
    }

    void text()
    {
        Finding noSuggestion = variant();
        const QString out = QString::fromUtf8(
            ReportWriter::toText({mismatch(u"news/001.txt"_s, english, vietnamese), noSuggestion}));
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QDir::toNativeSeparators(u"news/001.txt"_s) +
                                  u":2: error name-mismatch: The English names To Lam, the "
                                  "Vietnamese Nguyễn Phú Trọng. [Tô Lâm]"_s);
        QCOMPARE(lines.at(1), u"a.txt: info name-variant: "_s + noSuggestion.message);
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString hostileEnglish = u"He said "_s + hostile + u" and To Lam agreed."_s;
        const QList<ReadResult> documents = {readDocument(u"/news/<b>bold</b>.txt"_s,
                                                          hostileEnglish, vietnamese,
                                                          QDate(2025, 5, 11), hostile),
                                             ReadResult{u"/news/missing.txt"_s, nullptr, hostile}};
        Finding viOnly = mismatch(u"/news/<b>bold</b>.txt"_s, hostileEnglish, vietnamese);
        viOnly.kind = u"missing-diacritics"_s;
        viOnly.severity = Severity::Warning;
        viOnly.english.reset();
        viOnly.message = hostile;
        const QList<Finding> findings = {
            mismatch(u"/news/<b>bold</b>.txt"_s, hostileEnglish, vietnamese), viOnly, variant()};
        const QString html = QString::fromUtf8(ReportWriter::toHtml(documents, findings));

        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"http-equiv=\"Content-Security-Policy\" content=\"default-src "
                              "'none';"_s));
        // Every tag is one the writer makes: nothing from the documents became markup.
        static const QSet<QString> allowed = {
            u"!DOCTYPE"_s, u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s,
            u"body"_s,     u"h1"_s,   u"h2"_s,   u"p"_s,    u"table"_s, u"tr"_s,
            u"th"_s,       u"td"_s,   u"span"_s, u"div"_s,  u"mark"_s,  u"br"_s};
        const QRegularExpression tag(u"<(/?)([!A-Za-z0-9]+)([^>]*)>"_s);
        int tags = 0;
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QVERIFY2(allowed.contains(match.captured(2)), qPrintable(match.captured(0)));
            // Nothing to load: no source, link or URL in any tag.
            const QString attributes = match.captured(3);
            static const QRegularExpression link(u"\\b(src|href|action|srcset)\\s*="_s);
            QVERIFY2(!link.match(attributes).hasMatch(), qPrintable(match.captured(0)));
            ++tags;
        }
        QVERIFY(tags > 20);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(!html.contains(u"url("_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img src="_s));

        // Both languages side by side, the spans marked.
        QVERIFY(html.contains(u"<mark>To Lam</mark>"_s));
        QVERIFY(html.contains(u"<mark>Nguyễn Phú Trọng</mark>"_s));
        // A finding with a Vietnamese span only still shows the row's English.
        const qsizetype viOnlyAt = html.indexOf(u"Missing diacritics</span>"_s);
        QVERIFY(viOnlyAt > 0);
        QVERIFY(html.indexOf(u"He said &lt;script&gt;"_s, viOnlyAt) > viOnlyAt);
        // The spellings of a name variant.
        QVERIFY(html.contains(u"<td>Tô Lâm</td><td class=\"number\">1</td><td>b.txt</td>"_s));

        // Summary: counts by kind (named as the window names them) and severity.
        QVERIFY(html.contains(u"<td class=\"kind\">Name mismatch</td><td>error</td>"
                              "<td class=\"number\">1</td>"_s));
        QVERIFY(html.contains(u"<td class=\"kind\">Name variant</td><td>info</td>"
                              "<td class=\"number\">1</td>"_s));
        QVERIFY(html.indexOf(u">Name mismatch</td>"_s) <
                html.indexOf(u">Missing diacritics</td>"_s));
    }

    // The HTML is for people: kinds by their names, counts in words with plurals, and the
    // documents table adding up to the summary whatever the findings are about.
    void htmlCountsAgreeAndReadAsWords_data()
    {
        QTest::addColumn<QList<ReadResult>>("documents");
        QTest::addColumn<QList<Finding>>("findings");
        QTest::addColumn<QString>("documentsText"); // "1 document" for one

        const QString english = u"General Secretary To Lam met Putin."_s;
        const QString vietnamese = u"Tổng Bí thư Nguyễn Phú Trọng gặp Putin."_s;
        const ReadResult a = readDocument(u"a.txt"_s, english, vietnamese);
        const ReadResult b = readDocument(u"b.txt"_s, english, vietnamese);
        Finding acrossAc = variant(); // its path is a.txt, its spellings in a, b and c
        Finding onlyB = variant();
        onlyB.path = u"b.txt"_s;
        onlyB.spellings = {{u"To Lam"_s, 1, {u"b.txt"_s}}, {u"Tô Lâm"_s, 2, {u"b.txt"_s}}};
        Finding elsewhere = variant(); // the window's report of b: a variant first seen in a
        elsewhere.spellings = {{u"To Lam"_s, 1, {u"a.txt"_s}}, {u"Tô Lâm"_s, 2, {u"b.txt"_s}}};

        QTest::newRow("one document: '1 document', not '1 documents'")
            << QList<ReadResult>{a} << QList<Finding>{mismatch(u"a.txt"_s, english, vietnamese)}
            << u"1 document"_s;
        QTest::newRow("a variant across documents is counted once, under 'Across documents'")
            << QList<ReadResult>{a, b}
            << QList<Finding>{mismatch(u"a.txt"_s, english, vietnamese), acrossAc, onlyB}
            << u"2 document"_s;
        QTest::newRow("a variant whose first document is not in the report still adds up")
            << QList<ReadResult>{b} << QList<Finding>{elsewhere, elsewhere} << u"1 document"_s;
        QTest::newRow("an unreadable document has a row of zeros")
            << QList<ReadResult>{a, ReadResult{u"bad.txt"_s, nullptr, u"binary file"_s, nullptr}}
            << QList<Finding>{mismatch(u"a.txt"_s, english, vietnamese)} << u"2 document"_s;
    }
    void htmlCountsAgreeAndReadAsWords()
    {
        QFETCH(QList<ReadResult>, documents);
        QFETCH(QList<Finding>, findings);
        QFETCH(QString, documentsText);
        const QString html = QString::fromUtf8(ReportWriter::toHtml(documents, findings));

        QVERIFY2(html.contains(documentsText), qPrintable(html.left(2000)));
        QVERIFY(!html.contains(u"1 documents"_s));
        // Every kind by its name; its id only inside the fingerprint, never shown.
        for (const Finding& finding : findings) {
            QVERIFY(html.contains(u"<span class=\"kind\">"_s + FindingKinds::name(finding.kind) +
                                  u"</span>"_s));
            QVERIFY2(!html.contains(u">"_s + finding.kind + u"<"_s), qPrintable(finding.kind));
        }

        // The documents table's rows (each document, then across documents) add up to its
        // total, which is the summary's.
        const qsizetype tableStart = html.indexOf(u"<table class=\"documents\">"_s);
        QVERIFY(tableStart > 0);
        const QString table =
            html.mid(tableStart, html.indexOf(u"</table>"_s, tableStart) - tableStart);
        static const QRegularExpression cells(
            u"<t([dh]) class=\"number (errors|warnings|notes)\">(\\d+)</t[dh]>"_s);
        QHash<QString, int> rowSums;
        QHash<QString, int> totals;
        for (auto it = cells.globalMatch(table); it.hasNext();) {
            const QRegularExpressionMatch cell = it.next();
            (cell.captured(1) == u"h" ? totals : rowSums)[cell.captured(2)] +=
                cell.captured(3).toInt();
        }
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (const Finding& finding : findings)
            ++(finding.severity == Severity::Error     ? errors
               : finding.severity == Severity::Warning ? warnings
                                                       : notes);
        QCOMPARE(totals.value(u"errors"_s), errors);
        QCOMPARE(totals.value(u"warnings"_s), warnings);
        QCOMPARE(totals.value(u"notes"_s), notes);
        QCOMPARE(rowSums.value(u"errors"_s), errors);
        QCOMPARE(rowSums.value(u"warnings"_s), warnings);
        QCOMPARE(rowSums.value(u"notes"_s), notes);
        QVERIFY2(html.contains(u"%1 error"_s.arg(errors)), qPrintable(html.left(2000)));
        QVERIFY2(html.contains(u"%1 note"_s.arg(notes)), qPrintable(html.left(2000)));
        // Each finding is written once.
        QCOMPARE(html.count(u"<div class=\"finding "_s), findings.size());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("text") << u"text"_s << u"report.txt"_s;
        QTest::newRow("json") << u"json"_s << u"report.json"_s;
        QTest::newRow("csv") << u"csv"_s << u"report.CSV"_s;
        QTest::newRow("html") << u"html"_s << u"report.htm"_s;
    }

    void formats()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        const std::optional<ReportWriter::Format> format = ReportWriter::formatFromName(name);
        QVERIFY(format);
        QCOMPARE(ReportWriter::formatName(*format), name);
        QCOMPARE(ReportWriter::formatFor(file), *format);
        QVERIFY(!ReportWriter::formatFromName(u"xml"_s));
    }

    void writeFileIsAtomic()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<ReadResult> documents = {readDocument(u"a.txt"_s, english, vietnamese)};
        const QList<Finding> findings = {mismatch(u"a.txt"_s, english, vietnamese)};
        const QString path = dir.filePath(u"report.html"_s);
        QString error;
        QVERIFY2(
            ReportWriter::writeFile(path, ReportWriter::Format::Html, documents, findings, &error),
            qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ReportWriter::toHtml(documents, findings));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"report.html"_s}); // no temporary file left

        const QString nowhere = dir.filePath(u"no-such-folder/report.json"_s);
        QVERIFY(!ReportWriter::writeFile(nowhere, ReportWriter::Format::Json, documents, findings,
                                         &error));
        QVERIFY2(error.contains(u"report.json"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
