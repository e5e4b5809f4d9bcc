// SPDX-License-Identifier: GPL-3.0-or-later
// The user's sample articles (resources/samples) and the fixtures in tests/data, read from disk
// as the application reads them.
#include "support/ParserTestSupport.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;
using namespace songngu::test;

class TestSampleCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleInterleavedArticle();
    void plainBilingualFixture();
    void sampleArticles_data();
    void sampleArticles();
};

void TestSampleCorpus::sampleInterleavedArticle()
{
    const QString path = sample(u"001"_s);
    QVERIFY2(!path.isEmpty(), "sample 001 not found");
    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document& d = *result.document;
    QCOMPARE(d.metadata.format, DocumentFormat::Interleaved);
    QCOMPARE(d.metadata.title,
             u"Vietnamese Party chief holds talks with Russian President in Moscow"_s);
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

void TestSampleCorpus::plainBilingualFixture()
{
    const QString path = QStringLiteral(SONGNGU_TEST_DATA_DIR "/plain_bilingual_vi_first.txt");
    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document& d = *result.document;
    QCOMPARE(d.metadata.format, DocumentFormat::Plain);
    QCOMPARE(d.metadata.title, u"Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin"_s);
    QCOMPARE(d.metadata.date, QDate(2025, 5, 11)); // "Chủ nhật, ngày 11/5/2025": day first
    QCOMPARE(languageCodes(d.metadata.languages), QStringList({u"en"_s, u"vi"_s}));
    QCOMPARE(kinds(d), QStringList({u"headline"_s, u"date-line"_s, u"pair"_s, u"pair"_s,
                                    u"boilerplate"_s, u"boilerplate"_s}));
    QCOMPARE(d.segment(0, Language::Vietnamese)->text, d.metadata.title);
    QCOMPARE(d.segment(2, Language::English)->line, 8);
    QVERIFY(d.segment(2, Language::English)->text.contains(u"at the Kremlin in Moscow"_s));
    const Paragraph* vi = d.segment(3, Language::Vietnamese);
    QCOMPARE(vi->sentences.size(), 2); // neither "v.v." nor "TP." ends a sentence
    QVERIFY(
        vi->text.first(vi->sentences.front().length).endsWith(u"v.v. tại Hà Nội và TP. HCM."_s));
    QCOMPARE(d.segment(3, Language::English)->sentences.size(), 2);
    QCOMPARE(d.segment(4, Language::Vietnamese)->text, u"Nguồn: TTXVN"_s);
}

void TestSampleCorpus::sampleArticles_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("credit");

    QTest::newRow("000 dateline article credited to VNS")
        << u"000"_s << DocumentFormat::Dateline << QDate(2025, 5, 11) << u"MOSCOW"_s << u"VNS"_s;
    QTest::newRow("002 dateline article with a joint VNA/VNS credit")
        << u"002"_s << DocumentFormat::Dateline << QDate(2025, 5, 9) << u"MOSCOW"_s << u"VNA/VNS"_s;
    QTest::newRow("003 dateline article")
        << u"003"_s << DocumentFormat::Dateline << QDate(2025, 5, 11) << u"MOSCOW"_s << u"VNS"_s;
    QTest::newRow("004 plain article without date or credit ('./.' ending)")
        << u"004"_s << DocumentFormat::Plain << QDate() << QString() << QString();
}

void TestSampleCorpus::sampleArticles()
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

QTEST_GUILESS_MAIN(TestSampleCorpus)
#include "tst_samplecorpus.moc"
