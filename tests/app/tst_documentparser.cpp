// DocumentParser (through DocumentReader::readBytes): formats, metadata, paragraphs, languages
// and the table of aligned rows, on hand-written texts and on the user's sample articles.
#include "DocumentReader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;

Q_DECLARE_METATYPE(songngu::DocumentFormat)

namespace {

DocumentPtr parse(const QString& text)
{
    const ReadResult result = DocumentReader().readBytes(text.toUtf8(), u"test.txt"_s);
    return result.document;
}

QStringList texts(const Document& document)
{
    QStringList list;
    for (const Paragraph& paragraph : document.paragraphs)
        list.append(paragraph.text);
    return list;
}

QStringList kinds(const Document& document)
{
    QStringList list;
    for (const AlignedRow& row : document.rows)
        list.append(rowKindCode(row.kind));
    return list;
}

QStringList languageCodes(const QList<Language>& languages)
{
    QStringList list;
    for (Language language : languages)
        list.append(languageCode(language));
    return list;
}

QString sample(const QString& prefix)
{
    const QString dir = QStringLiteral(SONGNGU_SAMPLES_DIR);
    const QStringList found = QDir(dir).entryList({prefix + u"_*.txt"_s}, QDir::Files);
    return found.size() == 1 ? dir + u'/' + found.front() : QString();
}

const QString english1 = u"The two leaders held talks in Moscow on Saturday."_s;
const QString english2 = u"They agreed to expand trade and investment ties."_s;
const QString vietnamese1 = u"Hai nhà lãnh đạo đã hội đàm tại Moscow vào thứ Bảy."_s;
const QString vietnamese2 = u"Hai bên nhất trí mở rộng quan hệ thương mại và đầu tư."_s;

} // namespace

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
    void readerErrorsAndFallbacks();
    void interleaved();
    void detectsLanguageOfUnmarkedParagraphs_data();
    void detectsLanguageOfUnmarkedParagraphs();
    void alternatingPlainFilePairs();
    void untranslatedParagraphIsOneSided();
    void englishFullOfNamesPairsWithVietnamese();
    void monolingualRowsAreOneSided();
    void sampleInterleavedArticle();
    void sampleArticles_data();
    void sampleArticles();
    void sentences_data();
    void sentences();
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
    QTest::newRow("indented lines are trimmed") << u"    "_s + english1 + u"\n\n\t"_s + english2 << two;
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
    const QStringList lines{u"Headline of the day"_s, QString(), u"First line"_s,
                            u"wrapped here."_s,       QString(), QString(),
                            english2,                 QString()};
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
                        u"\n\nNgày 11/5/2025\n\n• "_s + vietnamese2 + u" TP. HCM v.v. Đà Nẵng.\n\n"_s +
                        english2;
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

void TestDocumentParser::readerErrorsAndFallbacks()
{
    const DocumentReader reader;
    // Only list marks and blank lines: decodable text, but no paragraph to show.
    const ReadResult marksOnly = reader.readBytes("\xE2\x80\xA2\n\n  \xE2\x80\xA2  \n"_ba, u"m.txt"_s);
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
    const QString text = u"Leaders meet in Moscow\n\n  • "_s + vietnamese1 + u"\n\nMay 11, 2025\n\n"_s +
                         english1 + u"\n\n• "_s + vietnamese2 + u"\n\nLeaders meet in Moscow\n\n"_s +
                         english2 + u"\n\nView the original post here .\n"_s;
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

void TestDocumentParser::detectsLanguageOfUnmarkedParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("English naming Tô Lâm and Việt Nam stays English")
        << u"General Secretary Tô Lâm said Việt Nam and Russia will deepen their ties."_s
        << u"en"_s;
    QTest::newRow("English with many Vietnamese names is still English")
        << u"Tô Lâm, Lương Cường and Phạm Minh Chính met in Hà Nội with the delegation from "
           "Russia."_s
        << u"en"_s;
    QTest::newRow("Vietnamese with tone marks, no bullet") << vietnamese1 << u"vi"_s;
    QTest::newRow("Vietnamese typed without diacritics")
        << u"Theo tin tu Moscow, hai ben da ky ket nhieu van kien trong nam nay."_s << u"vi"_s;
    QTest::newRow("Plain English") << english2 << u"en"_s;
}

void TestDocumentParser::detectsLanguageOfUnmarkedParagraphs()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(languageCode(LanguageDetector().detect(text)), language);
    // In a document, the paragraph keeps that language whichever language surrounds it.
    const DocumentPtr document = parse(english1 + u"\n\n"_s + text + u"\n\n"_s + vietnamese2);
    QVERIFY(document);
    QCOMPARE(languageCode(document->paragraphs.at(1).language), language);
}

void TestDocumentParser::alternatingPlainFilePairs()
{
    const DocumentPtr document = parse(vietnamese1 + u"\n\n"_s + english1 + u"\n\n"_s +
                                       vietnamese2 + u"\n\n"_s + english2);
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

void TestDocumentParser::sampleInterleavedArticle()
{
    const QString path = sample(u"001"_s);
    QVERIFY2(!path.isEmpty(), "sample 001 not found");
    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document& d = *result.document;
    QCOMPARE(d.metadata.format, DocumentFormat::Interleaved);
    QCOMPARE(d.metadata.title, u"Vietnamese Party chief holds talks with Russian President in Moscow"_s);
    QCOMPARE(d.metadata.date, QDate(2025, 5, 11));
    QCOMPARE(languageCodes(d.metadata.languages), QStringList({u"en"_s, u"vi"_s}));
    QCOMPARE(d.metadata.encoding, u"UTF-8"_s);
    QCOMPARE(d.pairCount(), 21);

    QStringList expected{u"headline"_s, u"date-line"_s, u"pair"_s, u"headline"_s};
    for (int i = 1; i < 21; ++i)
        expected.append(u"pair"_s);
    expected.append(u"boilerplate"_s);
    QCOMPARE(kinds(d), expected);
    QCOMPARE(d.segment(0, Language::English)->text, d.metadata.title);
    QCOMPARE(d.segment(3, Language::English)->text, d.metadata.title); // repeated headline
    QCOMPARE(d.segment(1, Language::English)->text, u"May 11, 2025"_s);
    QCOMPARE(d.segment(d.rows.size() - 1, Language::English)->text,
             u"View the original post here ."_s);
    for (int row = 0; row < d.rows.size(); ++row) {
        if (d.rows.at(row).kind != RowKind::Pair)
            continue;
        QCOMPARE(d.segment(row, Language::Vietnamese)->language, Language::Vietnamese);
        QCOMPARE(d.segment(row, Language::English)->language, Language::English);
        QVERIFY(!d.segment(row, Language::Vietnamese)->text.startsWith(u'•'));
    }
}

void TestDocumentParser::sampleArticles_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("credit");

    QTest::newRow("000 dateline article credited to VNS")
        << u"000"_s << DocumentFormat::Dateline << QDate(2025, 5, 11) << u"MOSCOW"_s << u"VNS"_s;
    QTest::newRow("002 dateline article with a joint VNA/VNS credit")
        << u"002"_s << DocumentFormat::Dateline << QDate(2025, 5, 9) << u"MOSCOW"_s
        << u"VNA/VNS"_s;
    QTest::newRow("003 dateline article")
        << u"003"_s << DocumentFormat::Dateline << QDate(2025, 5, 11) << u"MOSCOW"_s << u"VNS"_s;
    QTest::newRow("004 plain article without date or credit ('./.' ending)")
        << u"004"_s << DocumentFormat::Plain << QDate() << QString() << QString();
}

void TestDocumentParser::sampleArticles()
{
    QFETCH(QString, prefix);
    QFETCH(DocumentFormat, format);
    QFETCH(QDate, date);
    QFETCH(QString, place);
    QFETCH(QString, credit);

    const QString path = sample(prefix);
    QVERIFY2(!path.isEmpty(), qPrintable(u"sample "_s + prefix + u" not found"_s));
    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document& d = *result.document;
    QCOMPARE(d.metadata.format, format);
    QCOMPARE(d.metadata.date, date);
    QCOMPARE(d.metadata.place, place);
    QCOMPARE(d.metadata.credit, credit);
    QCOMPARE(d.metadata.path, path);
    QCOMPARE(d.metadata.sizeBytes, QFileInfo(path).size());
    QCOMPARE(languageCodes(d.metadata.languages), QStringList({u"en"_s}));
    QCOMPARE(d.pairCount(), 0);
    QVERIFY(!d.metadata.title.isEmpty());
    QVERIFY(!d.metadata.title.contains(u'—')); // the dateline opening is not part of a title
    QVERIFY(d.paragraphs.size() > 3);
    if (format == DocumentFormat::Dateline)
        QVERIFY(d.paragraphs.front().text.startsWith(place + u" — "_s));
    for (const Paragraph& paragraph : d.paragraphs) {
        QCOMPARE(paragraph.language, Language::English);
        QVERIFY(!paragraph.sentences.isEmpty());
        for (const SentenceSpan& span : paragraph.sentences) {
            QVERIFY(span.start >= 0 && span.length > 0);
            QVERIFY(span.start + span.length <= paragraph.text.size());
            QVERIFY(!paragraph.text.at(span.start).isSpace());
            QVERIFY(!paragraph.text.at(span.start + span.length - 1).isSpace());
        }
    }
}

void TestDocumentParser::sentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("vi: 'TP. HCM' with a space is not a sentence end")
        << u"vi"_s << u"Ông đến TP. HCM hôm qua. Sau đó ông về Hà Nội."_s
        << QStringList{u"Ông đến TP. HCM hôm qua."_s, u"Sau đó ông về Hà Nội."_s};
    QTest::newRow("vi: 'TP.HCM' without a space is not a sentence end")
        << u"vi"_s << u"Ông đến TP.HCM hôm qua. Sau đó ông về Hà Nội."_s
        << QStringList{u"Ông đến TP.HCM hôm qua."_s, u"Sau đó ông về Hà Nội."_s};
    QTest::newRow("vi: 'v.v.' before an upper-case word is not a sentence end")
        << u"vi"_s << u"Hai bên hợp tác về năng lượng, giáo dục v.v. Tổng Bí thư cảm ơn. Ông về nước."_s
        << QStringList{u"Hai bên hợp tác về năng lượng, giáo dục v.v. Tổng Bí thư cảm ơn."_s,
                       u"Ông về nước."_s};
    QTest::newRow("vi: normal sentence ends split")
        << u"vi"_s << u"Hai nước ký văn kiện. Ông cảm ơn! Bao giờ gặp lại?"_s
        << QStringList{u"Hai nước ký văn kiện."_s, u"Ông cảm ơn!"_s, u"Bao giờ gặp lại?"_s};
    QTest::newRow("en: 'Mr. Putin' is one sentence")
        << u"en"_s << u"Mr. Putin met Mr. Lam in Moscow. They signed deals."_s
        << QStringList{u"Mr. Putin met Mr. Lam in Moscow."_s, u"They signed deals."_s};
    QTest::newRow("en: 'Gen.' is an abbreviation ICU does not know")
        << u"en"_s << u"Gen. Giap led the army. He won."_s
        << QStringList{u"Gen. Giap led the army."_s, u"He won."_s};
    QTest::newRow("en: 'P.' must not match the end of 'VNP.'")
        << u"en"_s << u"It joined the VNP. Then it grew."_s
        << QStringList{u"It joined the VNP."_s, u"Then it grew."_s};
    QTest::newRow("en: normal ends split, trailing spaces dropped")
        << u"en"_s << u"One ends.   Two ends!  Three ends?   "_s
        << QStringList{u"One ends."_s, u"Two ends!"_s, u"Three ends?"_s};
    QTest::newRow("en: a paragraph ending in an abbreviation is one sentence")
        << u"en"_s << u"They discussed trade, energy, etc."_s
        << QStringList{u"They discussed trade, energy, etc."_s};
}

void TestDocumentParser::sentences()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);

    const SentenceSplitter splitter;
    const Language lang = language == u"vi" ? Language::Vietnamese : Language::English;
    const QList<SentenceSpan> spans = splitter.split(text, lang);
    QStringList actual;
    for (const SentenceSpan& span : spans) {
        actual.append(text.mid(span.start, span.length));
        QVERIFY(!text.at(span.start + span.length - 1).isSpace());
    }
    QCOMPARE(actual, sentences);
}

QTEST_GUILESS_MAIN(TestDocumentParser)
#include "tst_documentparser.moc"
