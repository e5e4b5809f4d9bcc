// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of a whole document or of several: title-holder, duplicate-segment, name-variant,
// and ConsistencyChecker putting them together with the row checks.
#include "checks/ConsistencyChecker.h"
#include "checks/DocumentChecks.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "io/DocumentReader.h"
#include "support/IsolatedUserData.h"
#include "text/SentenceSplitter.h"

#include <QDir>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

// A row written "English|Vietnamese" (either side may be empty); "headline:" before it makes a
// headline row, otherwise a row with both sides is a pair and one with one side is one-sided.
DocumentPtr makeDocument(const QStringList& rows, QDate date = {},
                         const QString& path = u"test.txt"_s)
{
    auto document = std::make_shared<Document>();
    document->metadata.path = path;
    document->metadata.date = date;
    document->metadata.languages = {Language::English, Language::Vietnamese};
    for (QString row : rows) {
        RowKind kind = RowKind::Pair;
        if (row.startsWith(u"headline:"_s)) {
            kind = RowKind::Headline;
            row.remove(0, 9);
        }
        const QString english = row.section(u'|', 0, 0);
        const QString vietnamese = row.section(u'|', 1);
        AlignedRow aligned;
        aligned.kind = kind;
        if (!english.isEmpty()) {
            aligned.english = int(document->paragraphs.size());
            document->paragraphs.append({english, Language::English, 1, {}});
        }
        if (!vietnamese.isEmpty()) {
            aligned.vietnamese = int(document->paragraphs.size());
            document->paragraphs.append({vietnamese, Language::Vietnamese, 1, {}});
        }
        if (kind == RowKind::Pair && (english.isEmpty() || vietnamese.isEmpty()))
            aligned.kind = RowKind::OneSided;
        document->rows.append(aligned);
    }
    return document;
}

QList<Finding> ofKind(const QList<Finding>& findings, const QString& kind)
{
    QList<Finding> kept;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(kept),
                 [&](const Finding& f) { return f.kind == kind; });
    return kept;
}

// "to-lam en: To Lam 2 [a.txt b.txt] | Tô Lâm 1 [c.txt]"
QString describeVariant(const Finding& finding)
{
    QStringList spellings;
    for (const Spelling& s : finding.spellings)
        spellings.append(
            u"%1 %2 [%3]"_s.arg(s.text, QString::number(s.count), s.documents.join(u' ')));
    const QString language = finding.message.contains(u"in English"_s) ? u"en"_s : u"vi"_s;
    return finding.entity + u' ' + language + u": "_s + spellings.join(u" | "_s);
}

} // namespace

class TestDocumentChecks : public QObject
{
    Q_OBJECT

private:
    Glossary glossary;
    std::unique_ptr<EntityRecognizer> recognizer;

    std::pair<DocumentPtr, EntitiesPtr> analysed(const DocumentPtr& document) const
    {
        return {document,
                std::make_shared<const DocumentEntities>(recognizer->recognize(*document))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        QString error;
        QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
        recognizer = std::make_unique<EntityRecognizer>(glossary);
    }

    void titleHolder_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("row");        // "English|Vietnamese"
        QTest::addColumn<QString>("flagged");    // the span's text; empty: must stay silent
        QTest::addColumn<QString>("suggestion"); // who held the office then

        const QDate may2025(2025, 5, 11);
        const QString trongVi = u"|Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Putin."_s;
        QTest::newRow("Trọng as General Secretary in May 2025: Tô Lâm held it")
            << may2025 << trongVi << u"Tổng Bí thư Nguyễn Phú Trọng"_s << u"Tô Lâm"_s;
        QTest::newRow("the same in English suggests the English form")
            << may2025 << u"General Secretary Nguyen Phu Trong held talks with President Putin.|"_s
            << u"General Secretary Nguyen Phu Trong"_s << u"To Lam"_s;
        QTest::newRow("Lâm as General Secretary in May 2025 is right")
            << may2025 << u"|Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Putin."_s << QString()
            << QString();
        QTest::newRow("Trọng as General Secretary in 2023 is right")
            << QDate(2023, 6, 1) << trongVi << QString() << QString();
        QTest::newRow("an undated article cannot be checked")
            << QDate() << trongVi << QString() << QString();
        QTest::newRow("To Lam as General Secretary in 2023: Trọng held it")
            << QDate(2023, 6, 1) << u"General Secretary To Lam visited Hanoi.|"_s
            << u"General Secretary To Lam"_s << u"Nguyen Phu Trong"_s;
        QTest::newRow("a former General Secretary is history, not a claim")
            << may2025 << u"Former General Secretary Nguyen Phu Trong was remembered.|"_s
            << QString() << QString();
        QTest::newRow("nguyên Tổng Bí thư is a former one")
            << may2025 << u"|Nguyên Tổng Bí thư Nguyễn Phú Trọng được tưởng nhớ."_s << QString()
            << QString();
        QTest::newRow("cố Tổng Bí thư is the late one")
            << may2025 << u"|Cố Tổng Bí thư Nguyễn Phú Trọng được tưởng nhớ."_s << QString()
            << QString();
        QTest::newRow("a long past holder keeps the title in history")
            << may2025
            << u"They laid flowers at the memorial of Party General Secretary Le Duan.|"_s
            << QString() << QString();
        QTest::newRow("Trọng as General Secretary in 2030 is history too")
            << QDate(2030, 1, 1) << trongVi << QString() << QString();
        QTest::newRow("To Lam as General Secretary in 2015 is an anachronism, however early")
            << QDate(2015, 6, 1) << u"General Secretary To Lam visited Hanoi.|"_s
            << u"General Secretary To Lam"_s << u"Nguyen Phu Trong"_s;
        QTest::newRow("a person whose terms the glossary does not know is not judged")
            << may2025 << u"General Secretary Ngo Phuong Ly arrived.|"_s << QString() << QString();
        QTest::newRow("a person the glossary does not know is not judged")
            << may2025 << u"General Secretary Nguyen Van Khang visited Hanoi.|"_s << QString()
            << QString();
        QTest::newRow("President Putin in 2025 is right")
            << may2025 << u"Russian President Vladimir Putin welcomed the delegation.|"_s
            << QString() << QString();
        QTest::newRow("Putin as Prime Minister in 2025: Mishustin held it")
            << may2025 << u"Russian Prime Minister Vladimir Putin welcomed the delegation.|"_s
            << u"Russian Prime Minister Vladimir Putin"_s << u"Mikhail Mishustin"_s;
        // Offices by country and date (issue 13): the country written with the title decides.
        const QString blair = u"British Prime Minister Tony Blair said the talks went well.|"_s;
        QTest::newRow("Britain's prime minister in 2005 was Blair")
            << QDate(2005, 7, 7) << blair << QString() << QString();
        QTest::newRow("the same text dated 2025: Blair no longer held it")
            << may2025 << blair << u"British Prime Minister Tony Blair"_s << u"Keir Starmer"_s;
        QTest::newRow("Thủ tướng Anh: the country in Vietnamese words")
            << may2025 << u"|Thủ tướng Anh Tony Blair cho biết cuộc hội đàm tốt đẹp."_s
            << u"Thủ tướng Anh Tony Blair"_s << u"Keir Starmer"_s;
        QTest::newRow("a former prime minister, with the country between")
            << may2025 << u"Former British Prime Minister Tony Blair spoke.|"_s << QString()
            << QString();
        QTest::newRow("a year in the row when he held it is history")
            << may2025 << u"In 2005, Prime Minister Tony Blair sent troops.|"_s << QString()
            << QString();
        QTest::newRow("a living former holder years after: no history pass")
            << may2025 << u"|Thủ tướng Nguyễn Tấn Dũng đã tiếp đoàn."_s
            << u"Thủ tướng Nguyễn Tấn Dũng"_s << u"Phạm Minh Chính"_s;
        QTest::newRow("another country's office the person never held")
            << may2025 << u"French President Vladimir Putin arrived.|"_s
            << u"French President Vladimir Putin"_s << u"Emmanuel Macron"_s;
        QTest::newRow("Sino-Vietnamese form: Chủ tịch Trung Quốc Tập Cận Bình in 2025")
            << may2025 << u"|Chủ tịch Trung Quốc Tập Cận Bình đã đến."_s << QString() << QString();
    }

    void titleHolder()
    {
        QFETCH(QDate, date);
        QFETCH(QString, row);
        QFETCH(QString, flagged);
        QFETCH(QString, suggestion);

        const DocumentPtr document = makeDocument({row}, date);
        const DocumentEntities entities = recognizer->recognize(*document);
        const QList<Finding> findings = DocumentChecks(glossary).titleHolders(*document, entities);
        if (flagged.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
            return;
        }
        QCOMPARE(findings.size(), 1);
        const Finding& finding = findings.front();
        QCOMPARE(finding.kind, u"title-holder"_s);
        QCOMPARE(finding.severity, Severity::Warning);
        QCOMPARE(finding.row, 0);
        QCOMPARE(finding.suggestion, suggestion);
        const std::optional<FindingSpan>& span =
            finding.english ? finding.english : finding.vietnamese;
        QVERIFY(span);
        QVERIFY(!(finding.english && finding.vietnamese));
        QCOMPARE(span->text, flagged);
        QCOMPARE(span->segment.mid(span->start, span->length), flagged);
        QVERIFY(finding.message.contains(suggestion));
        QCOMPARE(finding.fingerprint.size(), 16);
    }

    // The office is named in the interface's language, the people as the text writes them.
    void titleHolderMessage_data()
    {
        QTest::addColumn<QString>("translation"); // a .qm file, empty for the English interface
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("message");
        const QString vietnamese = u":/i18n/songngu_vi.qm"_s;
        QTest::newRow("English interface: the office in English")
            << QString() << u"|Tổng Bí thư Nguyễn Phú Trọng đã hội đàm."_s
            << u"Nguyễn Phú Trọng was not General Secretary on 11 May 2025 (Tô Lâm was)."_s;
        QTest::newRow("Vietnamese interface: the office in Vietnamese")
            << vietnamese << u"|Tổng Bí thư Nguyễn Phú Trọng đã hội đàm."_s
            << u"Nguyễn Phú Trọng không giữ chức Tổng Bí thư vào ngày 11/5/2025 "
               u"(người giữ chức khi đó là Tô Lâm)."_s;
        QTest::newRow("Vietnamese interface, English text: the office still in Vietnamese")
            << vietnamese << u"General Secretary Nguyen Phu Trong held talks.|"_s
            << u"Nguyen Phu Trong không giữ chức Tổng Bí thư vào ngày 11/5/2025 "
               u"(người giữ chức khi đó là To Lam)."_s;
    }
    void titleHolderMessage()
    {
        QFETCH(QString, translation);
        QFETCH(QString, row);
        QFETCH(QString, message);
        QTranslator translator; // uninstalls itself when destroyed
        if (!translation.isEmpty()) {
            QVERIFY(translator.load(translation));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const DocumentPtr document = makeDocument({row}, QDate(2025, 5, 11));
        const QList<Finding> findings =
            DocumentChecks(glossary).titleHolders(*document, recognizer->recognize(*document));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.front().message, message);
        QCOMPARE(findings.front().entity, u"nguyen-phu-trong"_s);
    }

    // Sample 001: every Vietnamese "Tổng Bí thư … Trọng" (ten rows), and nothing in English.
    void titleHolderOnTheSample()
    {
        const ReadResult read = DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR) +
                                                      u"/001_19bb709d9f59f387.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const DocumentEntities entities = recognizer->recognize(*read.document);
        const QList<Finding> findings =
            DocumentChecks(glossary).titleHolders(*read.document, entities);
        QList<int> rows;
        QSet<QString> fingerprints;
        for (const Finding& finding : findings) {
            QVERIFY(finding.vietnamese && !finding.english);
            QVERIFY2(finding.vietnamese->text.startsWith(u"Tổng Bí thư"_s),
                     qPrintable(finding.vietnamese->text));
            QVERIFY(finding.vietnamese->text.endsWith(u"Trọng"_s));
            QCOMPARE(finding.suggestion, u"Tô Lâm"_s);
            rows.append(finding.row + 1);
            fingerprints.insert(finding.fingerprint);
        }
        QCOMPARE(rows, QList<int>({3, 5, 7, 8, 10, 14, 15, 18, 20, 24}));
        QCOMPARE(fingerprints.size(), rows.size());
    }

    void duplicateSegment_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QList<int>>("flaggedRows"); // 0-based
        QTest::addColumn<QStringList>("sides");      // per flagged row: "en", "vi" or "en+vi"

        const QString a = u"The two leaders agreed to expand trade and investment ties."_s;
        const QString av = u"Hai bên nhất trí mở rộng quan hệ thương mại và đầu tư."_s;
        const QString b = u"They also discussed regional issues of mutual concern today."_s;
        const QString bv = u"Hai nhà lãnh đạo cũng thảo luận các vấn đề khu vực."_s;

        QTest::newRow("a pair repeated later is flagged once, on the later row")
            << QStringList{a + u'|' + av, b + u'|' + bv, a + u'|' + av} << QList<int>{2}
            << QStringList{u"en+vi"_s};
        QTest::newRow("only the Vietnamese repeated")
            << QStringList{a + u'|' + av, b + u'|' + av} << QList<int>{1} << QStringList{u"vi"_s};
        QTest::newRow("a one-sided paragraph repeated")
            << QStringList{a + u'|', b + u'|' + bv, a + u'|'} << QList<int>{2}
            << QStringList{u"en"_s};
        QTest::newRow("three times: two repeats")
            << QStringList{a + u'|', a + u'|', a + u'|'} << QList<int>{1, 2}
            << QStringList{u"en"_s, u"en"_s};
        QTest::newRow("surrounding whitespace does not make it different")
            << QStringList{a + u'|', u"  "_s + a + u"\n|"_s} << QList<int>{1}
            << QStringList{u"en"_s};
        QTest::newRow("decomposed Vietnamese is the same text after NFC")
            << QStringList{u'|' + av, u'|' + av.normalized(QString::NormalizationForm_D)}
            << QList<int>{1} << QStringList{u"vi"_s};
        QTest::newRow("distinct paragraphs are silent")
            << QStringList{a + u'|' + av, b + u'|' + bv} << QList<int>() << QStringList();
        QTest::newRow("short paragraphs repeat by nature (under 5 words)")
            << QStringList{u"Thank you very much.|"_s, b + u'|', u"Thank you very much.|"_s}
            << QList<int>() << QStringList();
        QTest::newRow("the same text on the other side is not a repeat (that is untranslated)")
            << QStringList{a + u'|' + a} << QList<int>() << QStringList();
        QTest::newRow("a headline repeated as a headline row is not content")
            << QStringList{u"headline:"_s + a + u'|', b + u'|' + bv, u"headline:"_s + a + u'|'}
            << QList<int>() << QStringList();
        QTest::newRow("case differs: not the same paragraph")
            << QStringList{a + u'|', a.toUpper() + u'|'} << QList<int>() << QStringList();
    }

    void duplicateSegment()
    {
        QFETCH(QStringList, rows);
        QFETCH(QList<int>, flaggedRows);
        QFETCH(QStringList, sides);

        const DocumentPtr document = makeDocument(rows, QDate(2025, 5, 11));
        const QList<Finding> findings = DocumentChecks::duplicateSegments(*document);
        QList<int> found;
        QStringList foundSides;
        QSet<QString> fingerprints;
        for (const Finding& finding : findings) {
            QCOMPARE(finding.kind, u"duplicate-segment"_s);
            QCOMPARE(finding.severity, Severity::Info);
            QCOMPARE(finding.path, u"test.txt"_s);
            found.append(finding.row);
            foundSides.append(finding.english && finding.vietnamese ? u"en+vi"_s
                              : finding.english                     ? u"en"_s
                                                                    : u"vi"_s);
            const FindingSpan& span = finding.english ? *finding.english : *finding.vietnamese;
            QCOMPARE(span.start, 0);
            QCOMPARE(span.length, span.segment.size()); // the whole paragraph
            QVERIFY(finding.message.contains(u"row 1"_s));
            fingerprints.insert(finding.fingerprint);
        }
        QCOMPARE(found, flaggedRows);
        QCOMPARE(foundSides, sides);
        QCOMPARE(fingerprints.size(), findings.size()); // every repeat can be ignored alone
    }

    void duplicateSegmentOnTheSample()
    {
        // Sample 001 repeats its headline as a headline row: not a duplicate paragraph.
        const ReadResult read = DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR) +
                                                      u"/001_19bb709d9f59f387.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.document->rows.at(3).kind, RowKind::Headline);
        QVERIFY(DocumentChecks::duplicateSegments(*read.document).isEmpty());
    }

    void repeatedSentence_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<QStringList>("flagged"); // "en:span" or "vi:span", in order

        const QString s = u"Hai bên nhất trí mở rộng quan hệ thương mại."_s;
        QTest::newRow("a Vietnamese sentence pasted twice, flagged on the second")
            << u"They agreed to expand trade. They met again today."_s
            << s + u" Họ gặp lại nhau hôm nay. "_s + s << QStringList{u"vi:"_s + s};
        QTest::newRow("an English sentence twice in a row, case and spaces aside")
            << u"The leaders agreed to expand trade ties.  THE LEADERS AGREED TO EXPAND TRADE "
               "TIES."_s
            << s << QStringList{u"en:THE LEADERS AGREED TO EXPAND TRADE TIES."_s};
        QTest::newRow("short sentences repeat by nature (under 5 words)")
            << u"Thank you very much. He smiled. Thank you very much."_s << s << QStringList();
        QTest::newRow("a headline row is no content, as for repeated paragraphs")
            << u"headline:The leaders agreed to expand trade ties. The leaders agreed to expand "
               "trade ties."_s
            << QString() << QStringList();
        QTest::newRow("distinct sentences are silent")
            << u"They agreed to expand trade. They met again today."_s
            << s + u" Họ gặp lại nhau hôm nay."_s << QStringList();
    }

    void repeatedSentence()
    {
        QFETCH(QString, english);
        QFETCH(QString, vietnamese);
        QFETCH(QStringList, flagged);
        Document document = *makeDocument({english + u'|' + vietnamese});
        const SentenceSplitter splitter;
        for (Paragraph& paragraph : document.paragraphs)
            paragraph.sentences = splitter.split(paragraph.text, paragraph.language);
        QStringList found;
        for (const Finding& f : DocumentChecks::repeatedSentences(document)) {
            QCOMPARE(f.kind, u"duplicate-segment"_s);
            QCOMPARE(f.severity, Severity::Warning);
            found.append(f.english ? u"en:"_s + f.english->text : u"vi:"_s + f.vietnamese->text);
        }
        QCOMPARE(found, flagged);
    }

    void nameVariant_data()
    {
        QTest::addColumn<QList<QStringList>>("documents"); // rows per document a.txt, b.txt…
        QTest::addColumn<QStringList>("expected");         // describeVariant() of each finding
        QTest::addColumn<QStringList>("suggestions");      // of each finding

        using Docs = QList<QStringList>;
        QTest::newRow("Tô Lâm and To Lam in English, across two documents")
            << Docs{{u"General Secretary Tô Lâm met Putin.|"_s},
                    {u"General Secretary To Lam met Putin.|"_s}}
            << QStringList{u"to-lam en: To Lam 1 [b.txt] | Tô Lâm 1 [a.txt]"_s}
            << QStringList{u"To Lam"_s}; // the glossary's English form
        QTest::newRow("Tô Lâm and To Lam in Vietnamese text")
            << Docs{{u"|Tổng Bí thư Tô Lâm đã hội đàm với ông Putin."_s},
                    {u"|Tổng Bí thư To Lam đã hội đàm với ông Putin."_s}}
            << QStringList{u"to-lam vi: To Lam 1 [b.txt] | Tô Lâm 1 [a.txt]"_s}
            << QStringList{u"Tô Lâm"_s};
        QTest::newRow("Việt Nam and Vietnam in English text")
            << Docs{{u"Trade between Việt Nam and Russia grew.|"_s,
                     u"Vietnam hopes for more investment.|"_s}}
            << QStringList{u"vietnam en: Vietnam 1 [a.txt] | Việt Nam 1 [a.txt]"_s}
            << QStringList{u"Vietnam"_s};
        QTest::newRow("counts and documents of each spelling")
            << Docs{{u"To Lam arrived. To Lam spoke.|"_s},
                    {u"Tô Lâm spoke.|"_s},
                    {u"To Lam left.|"_s}}
            << QStringList{u"to-lam en: To Lam 3 [a.txt c.txt] | Tô Lâm 1 [b.txt]"_s}
            << QStringList{u"To Lam"_s};
        QTest::newRow("the two languages are not compared with each other")
            << Docs{{u"General Secretary To Lam met Putin.|Tổng Bí thư Tô Lâm gặp ông Putin."_s}}
            << QStringList() << QStringList();
        QTest::newRow("a given name alone is not a spelling of the full name")
            << Docs{{u"General Secretary To Lam met Putin.|"_s, u"Lam said the visit mattered.|"_s,
                     u"Lâm thanked him.|"_s}}
            << QStringList() << QStringList();
        QTest::newRow("case differences are not variants")
            << Docs{{u"MOSCOW talks went well.|"_s, u"They met in Moscow on Saturday.|"_s}}
            << QStringList() << QStringList();
        QTest::newRow("a possessive is not a variant")
            << Docs{{u"Vietnam's economy grew.|"_s, u"Vietnam hopes for more.|"_s}} << QStringList()
            << QStringList();
        QTest::newRow("different names of one place are not spellings of one name")
            << Docs{{u"Russia and the Russian Federation signed.|"_s}} << QStringList()
            << QStringList();
        QTest::newRow("Hoa Kỳ / Hòa Kỳ and Mỹ / Mỷ: one finding per name, each its suggestion")
            << Docs{{u"The United States and Vietnam|Hoa Kỳ và Việt Nam"_s,
                     u"The United States said|Hoa Kỳ cho biết"_s,
                     u"The United States replied|Hòa Kỳ đáp lại"_s, u"The US economy|Kinh tế Mỹ"_s,
                     u"US troops|Quân đội Mỹ"_s, u"US officials|Các quan chức Mỷ"_s}}
            << QStringList{u"united-states vi: Hoa Kỳ 2 [a.txt] | Hòa Kỳ 1 [a.txt]"_s,
                           u"united-states vi: Mỹ 2 [a.txt] | Mỷ 1 [a.txt]"_s}
            << QStringList{u"Hoa Kỳ"_s, u"Mỹ"_s};
        QTest::newRow("hòa and hoà place one tone two ways: one spelling")
            << Docs{{u"The Republican Party won.|Đảng Cộng hòa thắng."_s,
                     u"The Republican Party lost.|Đảng Cộng hoà thua."_s}}
            << QStringList() << QStringList();
        QTest::newRow("a word that folds to a one-syllable name is not a spelling of it")
            << Docs{{u"Russia and Ukraine|Nga và Ukraine"_s, u"Russia said|Nga cho biết"_s,
                     u"Ivory Coast won.|Bờ Biển Ngà thắng."_s}}
            << QStringList() << QStringList();
        QTest::newRow("a name found by rule: no spelling seen once is suggested")
            << Docs{{u"President Hugo Chavez spoke.|"_s, u"President Hugo Chávez left.|"_s}}
            << QStringList{u"name:hugo chavez en: Hugo Chavez 1 [a.txt] | Hugo Chávez 1 [a.txt]"_s}
            << QStringList{QString()};
    }

    void nameVariant()
    {
        QFETCH(QList<QStringList>, documents);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, suggestions);

        QList<std::pair<DocumentPtr, EntitiesPtr>> input;
        for (qsizetype i = 0; i < documents.size(); ++i)
            input.append(analysed(makeDocument(documents.at(i), QDate(2025, 5, 11),
                                               QChar(char16_t(u'a' + i)) + u".txt"_s)));
        const QList<Finding> findings = DocumentChecks::nameVariants(input);
        QStringList described;
        QStringList suggested;
        for (const Finding& finding : findings) {
            QCOMPARE(finding.kind, u"name-variant"_s);
            QCOMPARE(finding.severity, Severity::Info);
            QCOMPARE(finding.row, -1);
            QVERIFY(!finding.english && !finding.vietnamese);
            QVERIFY2(
                finding.message.contains(u"is written %1 ways"_s.arg(finding.spellings.size())),
                qPrintable(finding.message));
            QVERIFY(!finding.path.isEmpty());
            described.append(describeVariant(finding));
            suggested.append(finding.suggestion);
        }
        QCOMPARE(described, expected);
        QCOMPARE(suggested, suggestions);
    }

    void nameVariantFingerprint()
    {
        const auto a = analysed(makeDocument({u"General Secretary Tô Lâm met Putin.|"_s},
                                             QDate(2025, 5, 11), u"dir/a.txt"_s));
        const auto b = analysed(makeDocument({u"General Secretary To Lam met Putin.|"_s},
                                             QDate(2025, 5, 11), u"other/b.txt"_s));
        const auto c = analysed(makeDocument({u"General Secretary TO LAM met Putin.|"_s},
                                             QDate(2025, 5, 11), u"c.txt"_s));
        const QList<Finding> ab = DocumentChecks::nameVariants({a, b});
        const QList<Finding> ba = DocumentChecks::nameVariants({b, a});
        QCOMPARE(ab.size(), 1);
        QCOMPARE(ba.size(), 1);
        QCOMPARE(ab.front().path, u"dir/a.txt"_s); // the first document naming it
        // Re-runs in another order, or with another casing of a spelling already seen, keep it.
        QCOMPARE(ba.front().fingerprint, ab.front().fingerprint);
        QCOMPARE(DocumentChecks::nameVariants({a, b, c}).front().fingerprint,
                 ab.front().fingerprint);
    }

    // The facade: row checks and document checks of one document, in row order.
    void consistencyCheckerOnTheSample()
    {
        const ReadResult read = DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR) +
                                                      u"/001_19bb709d9f59f387.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const auto entities =
            std::make_shared<const DocumentEntities>(recognizer->recognize(*read.document));
        const ConsistencyChecker checker(glossary);
        const QList<Finding> findings = checker.check(*read.document, *entities);
        QVERIFY(std::is_sorted(findings.cbegin(), findings.cend(),
                               [](const Finding& x, const Finding& y) { return x.row < y.row; }));
        QCOMPARE(ofKind(findings, u"title-holder"_s).size(), 10);
        QVERIFY(!ofKind(findings, u"name-mismatch"_s).isEmpty()); // from RowChecker
        QSet<QString> fingerprints;
        for (const Finding& finding : findings)
            fingerprints.insert(finding.fingerprint);
        QCOMPARE(fingerprints.size(), findings.size());

        // One document across itself: English To Lam only, so no variant in 001.
        const QList<Finding> across = ConsistencyChecker::checkAcross({{read.document, entities}});
        for (const Finding& finding : across)
            QVERIFY2(finding.entity != u"to-lam"_s, qPrintable(finding.message));
    }

    void consistencyCheckerAcrossTheSamples()
    {
        QList<std::pair<DocumentPtr, EntitiesPtr>> input;
        const QDir dir(QStringLiteral(SONGNGU_SAMPLES_DIR));
        for (const QString& name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            const ReadResult read = DocumentReader().read(dir.filePath(name));
            QVERIFY2(read.ok(), qPrintable(read.error));
            input.append(analysed(read.document));
        }
        QStringList variants;
        for (const Finding& finding : ConsistencyChecker::checkAcross(input))
            variants.append(finding.entity);
        // 000, 002 and 003 write Tô Lâm and Việt Nam in English; 001 and 004 To Lam and Vietnam.
        QVERIFY2(variants.contains(u"to-lam"_s), qPrintable(variants.join(u", "_s)));
        QVERIFY2(variants.contains(u"vietnam"_s), qPrintable(variants.join(u", "_s)));
        QVERIFY2(!variants.contains(u"russia"_s), qPrintable(variants.join(u", "_s)));
        QVERIFY2(!variants.contains(u"moscow"_s), qPrintable(variants.join(u", "_s)));
    }

    void decodingWarnsWhereBadBytesWereReplaced_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("row");       // 0-based; -1: no finding
        QTest::addColumn<QString>("line");  // in the message
        QTest::addColumn<QString>("count"); // in the message

        QByteArray article;
        for (int i = 0; i < 12; ++i)
            article +=
                u"Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga lần thứ %1.\n\n"
                "General Secretary To Lam held talks with the Russian President.\n\n"_s.arg(i + 1)
                    .toUtf8();
        const auto damaged = [&article](int line, const QByteArray& bad, int times) {
            QList<QByteArray> lines = article.split('\n');
            for (int i = 0; i < times; ++i)
                lines[line - 1].insert(4, bad);
            return lines.join('\n');
        };
        QTest::newRow("six stray bytes in the Vietnamese of the third pair: a warning on row 3")
            << damaged(9, "\xFF"_ba, 6) << 2 << u"line 9"_s << u"6 place"_s;
        QTest::newRow("a stray byte in the first English paragraph")
            << damaged(3, "\x80"_ba, 1) << 0 << u"line 3"_s << u"1 place"_s;
        QTest::newRow("a clean file has no decoding finding")
            << article << -1 << QString() << QString();
    }
    void decodingWarnsWhereBadBytesWereReplaced()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, row);
        QFETCH(QString, line);
        QFETCH(QString, count);
        const ReadResult read = DocumentReader().readBytes(bytes, u"damaged.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const auto [document, entities] = analysed(read.document);
        const QList<Finding> decoding =
            ofKind(ConsistencyChecker(glossary).check(*document, *entities), u"decoding"_s);
        if (row < 0) {
            QVERIFY(decoding.isEmpty());
            return;
        }
        QCOMPARE(decoding.size(), 1);
        const Finding& finding = decoding.front();
        QCOMPARE(finding.severity, Severity::Warning);
        QCOMPARE(finding.row, row);
        const std::optional<FindingSpan>& span =
            finding.english ? finding.english : finding.vietnamese;
        QVERIFY(span.has_value());
        QCOMPARE(span->text, QString(QChar(QChar::ReplacementCharacter)));
        QVERIFY2(finding.message.contains(line), qPrintable(finding.message));
        QVERIFY2(finding.message.contains(count), qPrintable(finding.message));
        QVERIFY(!finding.fingerprint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentChecks)
#include "tst_documentchecks.moc"
