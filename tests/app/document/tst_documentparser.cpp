// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentParser (through DocumentReader::readBytes): formats, metadata, paragraphs and the
// table of aligned rows, on hand-written texts.
#include "support/ParserTestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;
using namespace songngu::test;

class TestDocumentParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateline_data();
    void dateline();
    void plainParagraphs_data();
    void plainParagraphs();
    void lineEndsGiveTheSameParagraphs_data();
    void lineEndsGiveTheSameParagraphs();
    void nfdAndNfcGiveIdenticalDocuments();
    void markupIsKeptLiterally();
    void headline_data();
    void headline();
    void readerErrorsAndFallbacks();
    void interleaved();
    void alternatingPlainFilePairs();
    void untranslatedParagraphIsOneSided();
    void englishFullOfNamesPairsWithVietnamese();
    void monolingualRowsAreOneSided();
    void interleavedShortEnglishStillPairs_data();
    void interleavedShortEnglishStillPairs();
    void bulletWithoutBlankLineStartsParagraph();
    void oneParagraphPerLine_data();
    void oneParagraphPerLine();
    void samplesWithSingleNewlinesKeepTheirParagraphs_data();
    void samplesWithSingleNewlinesKeepTheirParagraphs();
    void creditOnItsOwnLine();
    void dateLines_data();
    void dateLines();
};

void TestDocumentParser::dateline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("opening");

    QTest::newRow("em dash dateline and VNS credit")
        << u" date 2025-05-11 MOSCOW — Tô Lâm held talks with Putin.\n\nHe thanked the host. — VNS\n"_s
        << QDate(2025, 5, 11) << u"MOSCOW"_s << u"VNS"_s << u"MOSCOW — Tô Lâm held talks"_s;
    QTest::newRow("en dash, two-word place and a joint credit")
        << u"date 2025-05-09 HÀ NỘI – The Government met.\n\nThe meeting ended. – VNA/VNS"_s
        << QDate(2025, 5, 9) << u"HÀ NỘI"_s << u"VNA/VNS"_s << u"HÀ NỘI – The Government met."_s;
    QTest::newRow("no credit at the end leaves it empty")
        << u" date 2024-12-31 HUẾ — The city celebrated the new year.\n\nFireworks lit the sky."_s
        << QDate(2024, 12, 31) << u"HUẾ"_s << QString() << u"HUẾ — The city"_s;
}

void TestDocumentParser::dateline()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, place);
    QFETCH(QString, credit);
    QFETCH(QString, opening);

    const DocumentPtr document = parse(text);
    QVERIFY(document);
    QCOMPARE(document->metadata.format, DocumentFormat::Dateline);
    QCOMPARE(document->metadata.date, date);
    QCOMPARE(document->metadata.place, place);
    QCOMPARE(document->metadata.credit, credit);
    QCOMPARE(document->paragraphs.size(), 2);
    const QString& first = document->paragraphs.front().text;
    QVERIFY2(first.startsWith(opening), qPrintable(first));
    QVERIFY(!first.contains(u"date "_s));
    QVERIFY(!first.contains(date.toString(Qt::ISODate)));
    QCOMPARE(document->paragraphs.front().line, 1);
}

void TestDocumentParser::plainParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");

    const QStringList two{english1, english2};
    QTest::newRow("one blank line separates") << english1 + u"\n\n"_s + english2 << two;
    QTest::newRow("three blank lines separate once") << english1 + u"\n\n\n\n"_s + english2 << two;
    QTest::newRow("blank lines holding spaces and tabs are blank")
        << english1 + u"\n \t \n  \n"_s + english2 << two;
    QTest::newRow("leading and trailing blank lines are ignored")
        << u"\n\n\n"_s + english1 + u"\n\n"_s + english2 + u"\n\n\n"_s << two;
    QTest::newRow("hard-wrapped lines join with one space")
        << u"The two leaders held talks\n   in Moscow\non Saturday.\n\n"_s + english2 << two;
    QTest::newRow("indented lines are trimmed")
        << u"    "_s + english1 + u"\n\n\t"_s + english2 << two;
}

void TestDocumentParser::plainParagraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);

    const DocumentPtr document = parse(text);
    QVERIFY(document);
    QCOMPARE(document->metadata.format, DocumentFormat::Plain);
    QCOMPARE(texts(*document), paragraphs);
    QCOMPARE(document->rows.size(), paragraphs.size());
}

void TestDocumentParser::lineEndsGiveTheSameParagraphs_data()
{
    QTest::addColumn<QString>("lineEnd");
    QTest::newRow("LF (Linux, macOS)") << u"\n"_s;
    QTest::newRow("CRLF (Windows)") << u"\r\n"_s;
    QTest::newRow("CR (classic Mac)") << u"\r"_s;
}

void TestDocumentParser::lineEndsGiveTheSameParagraphs()
{
    QFETCH(QString, lineEnd);
    const QStringList lines{u"Headline of the day"_s,
                            QString(),
                            u"First line"_s,
                            u"wrapped here."_s,
                            QString(),
                            QString(),
                            english2,
                            QString()};
    const DocumentPtr document = parse(lines.join(lineEnd));
    QVERIFY(document);
    QCOMPARE(texts(*document),
             QStringList({u"Headline of the day"_s, u"First line wrapped here."_s, english2}));
    QList<int> lineNumbers;
    for (const Paragraph& paragraph : document->paragraphs)
        lineNumbers.append(paragraph.line);
    QCOMPARE(lineNumbers, QList<int>({1, 3, 7})); // CRLF counts as one line end, not two
    QCOMPARE(document->metadata.title, u"Headline of the day"_s);
}

void TestDocumentParser::nfdAndNfcGiveIdenticalDocuments()
{
    const QString nfc = u"Tổng Bí thư Tô Lâm hội đàm\n\n• "_s + vietnamese1 + u"\n\n"_s + english1 +
                        u"\n\nNgày 11/5/2025\n\n• "_s + vietnamese2 +
                        u" TP. HCM v.v. Đà Nẵng.\n\n"_s + english2;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    const DocumentPtr a = parse(nfc);
    const DocumentPtr b = parse(nfd);
    QVERIFY(a && b);
    QCOMPARE(texts(*b), texts(*a));
    QCOMPARE(kinds(*b), kinds(*a));
    QCOMPARE(b->metadata.title, a->metadata.title);
    QCOMPARE(b->metadata.date, a->metadata.date);
    QCOMPARE(b->metadata.format, a->metadata.format);
    QCOMPARE(b->pairCount(), 2);
    for (int i = 0; i < a->paragraphs.size(); ++i) {
        QCOMPARE(b->paragraphs.at(i).language, a->paragraphs.at(i).language);
        QCOMPARE(b->paragraphs.at(i).sentences, a->paragraphs.at(i).sentences);
    }
}

void TestDocumentParser::markupIsKeptLiterally()
{
    // Articles are text: markup is shown as typed, never interpreted or stripped.
    const DocumentPtr document =
        parse(u"The <b>bold</b> claim and <img src=x> stay as typed.\n\n"_s + english2);
    QVERIFY(document);
    const QString& text = document->paragraphs.front().text;
    QVERIFY(text.contains(u"<b>bold</b>"_s));
    QVERIFY(text.contains(u"<img src=x>"_s));
    QCOMPARE(document->paragraphs.size(), 2);
}

void TestDocumentParser::headline_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<bool>("headline");

    QTest::newRow("short line without a stop") << u"Leaders meet in Moscow"_s << true;
    QTest::newRow("a quoted headline without a stop") << u"Putin: “Welcome to Moscow”"_s << true;
    QTest::newRow("a sentence ending in a stop") << english1 << false;
    QTest::newRow("a question") << u"Who will lead the talks?"_s << false;
    QTest::newRow("the stop inside closing curly quotes still ends a sentence")
        << u"Putin said: “Welcome to Moscow.”"_s << false;
    QTest::newRow("the stop inside straight quotes and a bracket")
        << u"He added (\"we agree.\")"_s << false;
    QTest::newRow("too long for a title")
        << QString(u"Leaders meet in Moscow and "_s).repeated(9) + u"agree"_s << false;
}

void TestDocumentParser::headline()
{
    QFETCH(QString, first);
    QFETCH(bool, headline);
    const DocumentPtr document = parse(first + u"\n\n"_s + english2);
    QVERIFY(document);
    QCOMPARE(document->rows.front().kind == RowKind::Headline, headline);
    if (headline)
        QCOMPARE(document->metadata.title, first);
    // A lone paragraph is the article, never its title.
    const DocumentPtr alone = parse(first);
    QVERIFY(alone);
    QCOMPARE(alone->rows.front().kind, RowKind::OneSided);
}

void TestDocumentParser::readerErrorsAndFallbacks()
{
    const DocumentReader reader;
    // Only list marks and blank lines: decodable text, but no paragraph to show.
    const ReadResult marksOnly =
        reader.readBytes("\xE2\x80\xA2\n\n  \xE2\x80\xA2  \n"_ba, u"m.txt"_s);
    QVERIFY(!marksOnly.ok());
    QVERIFY2(marksOnly.error.contains(u"no text"_s), qPrintable(marksOnly.error));
    QCOMPARE(marksOnly.path, u"m.txt"_s);
    // Decoder errors reach the reader's result unchanged.
    const ReadResult binary = reader.readBytes("\x89PNG\r\n\x1A\n\0\0"_ba, u"b.txt"_s);
    QVERIFY(!binary.ok());
    QVERIFY2(binary.error.contains(u"binary"_s), qPrintable(binary.error));
    // Nothing to take a title from: the file name stands in.
    const ReadResult dateOnly = reader.readBytes("May 11, 2025\n"_ba, u"/tmp/My article.txt"_s);
    QVERIFY2(dateOnly.ok(), qPrintable(dateOnly.error));
    QCOMPARE(dateOnly.document->metadata.title, u"My article"_s);
    QCOMPARE(dateOnly.document->metadata.date, QDate(2025, 5, 11));
    QCOMPARE(dateOnly.document->metadata.sizeBytes, 13);
}

void TestDocumentParser::interleaved()
{
    const QString text = u"Leaders meet in Moscow\n\n  • "_s + vietnamese1 +
                         u"\n\nMay 11, 2025\n\n"_s + english1 + u"\n\n• "_s + vietnamese2 +
                         u"\n\nLeaders meet in Moscow\n\n"_s + english2 +
                         u"\n\nView the original post here .\n"_s;
    const DocumentPtr document = parse(text);
    QVERIFY(document);
    const Document& d = *document;
    QCOMPARE(d.metadata.format, DocumentFormat::Interleaved);
    QCOMPARE(d.metadata.title, u"Leaders meet in Moscow"_s);
    QCOMPARE(d.metadata.date, QDate(2025, 5, 11));
    QCOMPARE(languageCodes(d.metadata.languages), QStringList({u"en"_s, u"vi"_s}));
    // Non-content rows met while a paragraph waits for its translation go before the pair.
    QCOMPARE(kinds(d), QStringList({u"headline"_s, u"date-line"_s, u"pair"_s, u"headline"_s,
                                    u"pair"_s, u"boilerplate"_s}));
    QCOMPARE(d.pairCount(), 2);
    QCOMPARE(d.segment(2, Language::Vietnamese)->text, vietnamese1); // "•" removed, trimmed
    QCOMPARE(d.segment(2, Language::English)->text, english1);
    QCOMPARE(d.segment(4, Language::Vietnamese)->text, vietnamese2);
    QCOMPARE(d.segment(4, Language::English)->text, english2);
    QCOMPARE(d.segment(1, Language::English)->text, u"May 11, 2025"_s);
    QCOMPARE(d.segment(5, Language::English)->text, u"View the original post here ."_s);
    QVERIFY(!d.segment(5, Language::Vietnamese));
    for (const int row : {0, 1, 3, 5}) // one-sided rows have exactly one side
        QVERIFY((d.rows.at(row).english < 0) != (d.rows.at(row).vietnamese < 0));
}

void TestDocumentParser::alternatingPlainFilePairs()
{
    const DocumentPtr document =
        parse(vietnamese1 + u"\n\n"_s + english1 + u"\n\n"_s + vietnamese2 + u"\n\n"_s + english2);
    QVERIFY(document);
    const Document& d = *document;
    QCOMPARE(d.metadata.format, DocumentFormat::Plain);
    QCOMPARE(languageCodes(d.metadata.languages), QStringList({u"en"_s, u"vi"_s}));
    QCOMPARE(kinds(d), QStringList({u"pair"_s, u"pair"_s}));
    QCOMPARE(d.segment(0, Language::Vietnamese)->text, vietnamese1);
    QCOMPARE(d.segment(0, Language::English)->text, english1);
    QCOMPARE(d.segment(1, Language::Vietnamese)->text, vietnamese2);
    QCOMPARE(d.segment(1, Language::English)->text, english2);
}

void TestDocumentParser::untranslatedParagraphIsOneSided()
{
    // vi, vi, en: the first Vietnamese paragraph has no translation of its own.
    const DocumentPtr document =
        parse(vietnamese1 + u"\n\n"_s + vietnamese2 + u"\n\n"_s + english2);
    QVERIFY(document);
    const Document& d = *document;
    QCOMPARE(kinds(d), QStringList({u"one-sided"_s, u"pair"_s}));
    QCOMPARE(d.segment(0, Language::Vietnamese)->text, vietnamese1);
    QVERIFY(!d.segment(0, Language::English));
    QCOMPARE(d.segment(1, Language::Vietnamese)->text, vietnamese2);
    QCOMPARE(d.segment(1, Language::English)->text, english2);
    QCOMPARE(d.pairCount(), 1);
}

void TestDocumentParser::englishFullOfNamesPairsWithVietnamese()
{
    // The English side names the same people as the Vietnamese side: it must not be taken for
    // Vietnamese (which made the whole document monolingual, with no pair at all).
    const QString vi = u"Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường và Thủ tướng Phạm Minh "
                       "Chính đã tiếp đoàn đại biểu Nga tại Hà Nội."_s;
    const QString en = u"Tô Lâm, Lương Cường and Phạm Minh Chính met in Hà Nội with the delegation "
                       "from Russia."_s;
    const DocumentPtr document = parse(vi + u"\n\n"_s + en);
    QVERIFY(document);
    QCOMPARE(document->paragraphs.at(1).language, Language::English);
    QCOMPARE(kinds(*document), QStringList({u"pair"_s}));
    QCOMPARE(document->segment(0, Language::English)->text, en);
}

void TestDocumentParser::monolingualRowsAreOneSided()
{
    const DocumentPtr document = parse(vietnamese1 + u"\n\n"_s + vietnamese2);
    QVERIFY(document);
    QCOMPARE(kinds(*document), QStringList({u"one-sided"_s, u"one-sided"_s}));
    QCOMPARE(languageCodes(document->metadata.languages), QStringList({u"vi"_s}));
    QVERIFY(document->segment(1, Language::Vietnamese));
    QVERIFY(!document->segment(1, Language::English));
}

void TestDocumentParser::interleavedShortEnglishStillPairs_data()
{
    QTest::addColumn<QString>("english");
    QTest::newRow("thanks, no function word") << u"Thank you very much."_s;
    QTest::newRow("sentence without listed function words")
        << u"Both sides also signed many important economic agreements."_s;
    QTest::newRow("names only") << u"Putin, Mishustin, Medvedev."_s;
}

void TestDocumentParser::interleavedShortEnglishStillPairs()
{
    // Unmarked text in an interleaved file is English by the file's own convention, even when
    // it has no word that tells the language.
    QFETCH(QString, english);
    const DocumentPtr document = parse(u"• "_s + vietnamese1 + u"\n\n"_s + english + u"\n\n• "_s +
                                       vietnamese2 + u"\n\n"_s + english2 + u"\n"_s);
    QVERIFY(document);
    QCOMPARE(kinds(*document), QStringList({u"pair"_s, u"pair"_s}));
    QCOMPARE(document->segment(0, Language::English)->text, english);
    QCOMPARE(document->segment(1, Language::Vietnamese)->text, vietnamese2);
}

void TestDocumentParser::bulletWithoutBlankLineStartsParagraph()
{
    // Without blank lines each line that ends a sentence is a paragraph, marked or not.
    const DocumentPtr document =
        parse(english1 + u"\n• "_s + vietnamese2 + u"\n"_s + english2 + u"\n"_s);
    QVERIFY(document);
    QCOMPARE(document->metadata.format, DocumentFormat::Interleaved);
    QCOMPARE(texts(*document), QStringList({english1, vietnamese2, english2}));
    QCOMPARE(document->paragraphs.at(1).language, Language::Vietnamese);
    QCOMPARE(document->paragraphs.at(2).language, Language::English);
}

namespace {

// `text` hard-wrapped at `width` columns, as e-mail and old editors do.
QString wrapped(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ')) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    lines.append(line);
    return lines.join(u'\n');
}

const QString longEnglish =
    u"General Secretary To Lam held talks with Russian President Vladimir Putin at the Kremlin "
    "Palace in Moscow on Saturday within the framework of his official visit to the Russian "
    "Federation, where he also attended the military parade."_s;
const QString longEnglish2 =
    u"He affirmed that the relationship between the two countries has stood the test of time "
    "over the past 75 years since the establishment of relations."_s;

} // namespace

void TestDocumentParser::oneParagraphPerLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("Word's Save as .txt: one line a paragraph, no blank lines")
        << english1 + u"\n"_s + english2 + u"\n"_s + longEnglish + u"\n"_s
        << QStringList{english1, english2, longEnglish};
    QTest::newRow("a headline without a stop, then paragraphs")
        << u"Leaders meet in Moscow\n"_s + longEnglish + u"\n"_s + english2
        << QStringList{u"Leaders meet in Moscow"_s, longEnglish, english2};
    QTest::newRow("CRLF line ends, as Windows writes them")
        << english1 + u"\r\n"_s + english2 + u"\r\n"_s << QStringList{english1, english2};
    QTest::newRow("a line cut mid-sentence joins the next")
        << u"The two leaders held talks in Moscow\non Saturday.\n"_s + english2
        << QStringList{english1, english2};
    QTest::newRow("a line ending in a closing quote ends its paragraph")
        << u"“We agreed,” he said. “Trade will grow.”\nThey met again."_s
        << QStringList{u"“We agreed,” he said. “Trade will grow.”"_s, u"They met again."_s};
    QTest::newRow("hard-wrapped at 72 columns without blank lines")
        << wrapped(longEnglish, 72) + u"\n"_s + wrapped(longEnglish2, 72)
        << QStringList{longEnglish, longEnglish2};
    QTest::newRow("hard-wrapped at 72 columns with blank lines")
        << wrapped(longEnglish, 72) + u"\n\n"_s + wrapped(longEnglish2, 72)
        << QStringList{longEnglish, longEnglish2};
    const QString url = u"https://example.org/news/2025/05/11/general-secretary-to-lam-holds-talks-"
                        "with-russian-president-vladimir-putin-in-moscow.html"_s;
    QTest::newRow("hard-wrapped at 72 columns, one long URL line among them")
        << wrapped(longEnglish, 72) + u"\n\n"_s + url + u"\n\n"_s + wrapped(longEnglish2, 72) +
               u"\n\n"_s + wrapped(longEnglish + u" "_s + longEnglish2, 72)
        << QStringList{longEnglish, url, longEnglish2, longEnglish + u" "_s + longEnglish2};
    QTest::newRow("a mark alone on its line marks the line below")
        << english1 + u"\n•\n"_s + vietnamese1 << QStringList{english1, vietnamese1};
    QTest::newRow("Vietnamese, one paragraph per line")
        << vietnamese1 + u"\n"_s + vietnamese2 << QStringList{vietnamese1, vietnamese2};
}

void TestDocumentParser::oneParagraphPerLine()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);

    const DocumentPtr document = parse(text);
    QVERIFY(document);
    QCOMPARE(texts(*document), paragraphs);
}

void TestDocumentParser::samplesWithSingleNewlinesKeepTheirParagraphs_data()
{
    QTest::addColumn<QString>("prefix");
    for (const char* prefix : {"000", "001", "002", "003", "004"})
        QTest::newRow(prefix) << QString::fromLatin1(prefix);
}

void TestDocumentParser::samplesWithSingleNewlinesKeepTheirParagraphs()
{
    // The same article with its blank lines taken out, as web copies and CAT exports give it,
    // has the same paragraphs, rows and findings' rows as the original.
    QFETCH(QString, prefix);
    const QString path = sample(prefix);
    QVERIFY(!path.isEmpty());
    const ReadResult original = DocumentReader().read(path);
    QVERIFY(original.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QRegularExpression(u"\\n\\s*\\n"_s), u"\n"_s);
    const ReadResult dense = DocumentReader().readBytes(text.toUtf8(), path);
    QVERIFY(dense.ok());
    QCOMPARE(texts(*dense.document), texts(*original.document));
    QCOMPARE(kinds(*dense.document), kinds(*original.document));
    QCOMPARE(dense.document->metadata.title, original.document->metadata.title);
}

void TestDocumentParser::creditOnItsOwnLine()
{
    const DocumentPtr document =
        parse(u" date 2025-05-11 MOSCOW — "_s + english1 + u"\n\n"_s + english2 + u"\n\n— VNS\n"_s);
    QVERIFY(document);
    QCOMPARE(document->metadata.credit, u"VNS"_s);
    QCOMPARE(kinds(*document), QStringList({u"one-sided"_s, u"one-sided"_s, u"boilerplate"_s}));
}

void TestDocumentParser::dateLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("date"); // invalid: not a date line, stays content
    const QDate may11(2025, 5, 11);
    QTest::newRow("English, month first") << u"May 11, 2025"_s << may11;
    QTest::newRow("English, day first, with weekday") << u"Sunday, 11 May 2025"_s << may11;
    QTest::newRow("ISO") << u"2025-05-11"_s << may11;
    QTest::newRow("Vietnamese numeric, day first") << u"11/5/2025"_s << may11;
    QTest::newRow("Vietnamese with weekday") << u"Chủ nhật, ngày 11/5/2025"_s << may11;
    QTest::newRow("Vietnamese in words") << u"ngày 11 tháng 5 năm 2025"_s << may11;
    QTest::newRow("a trailing full stop") << u"May 11, 2025."_s << may11;
    QTest::newRow("no year: not a date line") << u"May 11"_s << QDate();
    QTest::newRow("a month only") << u"June 2024"_s << QDate();
    QTest::newRow("words before the date") << u"Updated May 11, 2025"_s << QDate();
    QTest::newRow("a sentence with a date")
        << u"Leaders met on May 11, 2025 in Moscow."_s << QDate();
}

void TestDocumentParser::dateLines()
{
    QFETCH(QString, line);
    QFETCH(QDate, date);
    const DocumentPtr document = parse(english1 + u"\n\n"_s + line + u"\n\n"_s + english2);
    QVERIFY(document);
    QCOMPARE(document->rows.at(1).kind, date.isValid() ? RowKind::DateLine : RowKind::OneSided);
    QCOMPARE(document->metadata.date, date);
}

QTEST_GUILESS_MAIN(TestDocumentParser)
#include "tst_documentparser.moc"
