// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageDetector and SentenceSplitter: the language of unmarked paragraphs and where the
// sentences of a paragraph end.
#include "support/ParserTestSupport.h"
#include "text/LanguageDetector.h"
#include "text/SentenceSplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;
using namespace songngu::test;

class TestTextAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsLanguageOfUnmarkedParagraphs_data();
    void detectsLanguageOfUnmarkedParagraphs();
    void sentences_data();
    void sentences();
};

void TestTextAnalysis::detectsLanguageOfUnmarkedParagraphs_data()
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

void TestTextAnalysis::detectsLanguageOfUnmarkedParagraphs()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(languageCode(LanguageDetector().detect(text)), language);
    // In a document, the paragraph keeps that language whichever language surrounds it.
    const DocumentPtr document = parse(english1 + u"\n\n"_s + text + u"\n\n"_s + vietnamese2);
    QVERIFY(document);
    QCOMPARE(languageCode(document->paragraphs.at(1).language), language);
}

void TestTextAnalysis::sentences_data()
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
        << u"vi"_s
        << u"Hai bên hợp tác về năng lượng, giáo dục v.v. Tổng Bí thư cảm ơn. Ông về nước."_s
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

void TestTextAnalysis::sentences()
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

QTEST_GUILESS_MAIN(TestTextAnalysis)
#include "tst_textanalysis.moc"
