// SPDX-License-Identifier: GPL-3.0-or-later
// The name-spelling check: foreign names copied from one language into the other with a letter
// changed, dropped, added or swapped, in rows written like real news translations; and the
// differences that are no misspelling (English endings, glossary forms, Vietnamese forms and
// syllables, marks, short words). Also NameSpelling's parts on their own.
#include "checks/NameSpelling.h"
#include "checks/RowChecker.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "support/RowTestSupport.h"

#include <QTest>

#include <memory>

using namespace songngu;
using namespace songngu::test;
using namespace Qt::StringLiterals;

namespace {

// "English | Vietnamese" per row.
QList<RowText> rowsOf(const QStringList& lines)
{
    QList<RowText> rows;
    for (const QString& line : lines) {
        const qsizetype bar = line.indexOf(u'|');
        rows.append({line.left(bar).trimmed(), line.mid(bar + 1).trimmed()});
    }
    return rows;
}

QStringList spellingFindings(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        if (f.kind == u"name-spelling")
            out.append(describe(f));
    return out;
}

} // namespace

class TestSpellingCheck : public QObject
{
    Q_OBJECT

private:
    Glossary glossary;
    std::unique_ptr<EntityRecognizer> recognizer;
    std::unique_ptr<RowChecker> checker;

    QList<Finding> check(const QStringList& rows) const
    {
        const Document document = documentOf(rowsOf(rows), QDate(2007, 9, 9));
        return checker->check(document, recognizer->recognize(document));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
        recognizer = std::make_unique<EntityRecognizer>(glossary);
        checker = std::make_unique<RowChecker>(glossary);
    }

    void flagged_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a letter replaced in the Vietnamese")
            << QStringList{u"The victory moved him closer to point leader Kevin Harvick. | Chiến "
                           "thắng đưa anh tiến gần hơn người dẫn điểm Kevin Harcick."_s}
            << QStringList{u"1 name-spelling [Harvick] [Harcick] → Harvick"_s};
        QTest::newRow("a letter dropped")
            << QStringList{u"Bush met al-Maliki in a palace once used by Saddam Hussein. | Bush "
                           "đã gặp al-Maliki tại một cung điện mà Sadam Hussein từng sử dụng."_s}
            << QStringList{u"1 name-spelling [Saddam] [Sadam] → Saddam"_s};
        QTest::newRow("the Vietnamese blamed though the English writes the word uncapitalised")
            << QStringList{u"Staff will work late. | Nhân viên sẽ làm việc muộn."_s,
                           u"The work went on. | Công việc tiếp tục."_s,
                           u"Kofi Annan will present the plan in New York. | Kofi Annan sẽ "
                           "trình bày kế hoạch tại New Work."_s}
            << QStringList{u"3 name-spelling [York] [Work] → York"_s};
        QTest::newRow("a letter added")
            << QStringList{u"Andrea Masi opened the scoring in the fourth minute. | Andrea Maisi "
                           "đã mở tỉ số ở phút thứ tư."_s}
            << QStringList{u"1 name-spelling [Masi] [Maisi] → Masi"_s};
        QTest::newRow("two letters swapped")
            << QStringList{u"Israel and the new Palestinian leader appeared to agree on a "
                           "ceasefire. | Isarel và lãnh đạo mới của Palestine có vẻ đã thống "
                           "nhất ngừng bắn."_s}
            << QStringList{u"1 name-spelling [Israel] [Isarel] → Israel"_s};
        QTest::newRow("two edits in a long name")
            << QStringList{u"Iranian President Mahmoud Ahmadinejad spoke. | Tổng thống Iran "
                           "Mahmoud Ahmandineja phát biểu."_s}
            << QStringList{u"1 name-spelling [Ahmadinejad] [Ahmandineja] → Ahmadinejad"_s};
        QTest::newRow("an acronym with two letters swapped")
            << QStringList{u"The NTSB is investigating the crash. | NTBS đang điều tra vụ tai "
                           "nạn."_s}
            << QStringList{u"1 name-spelling [NTSB] [NTBS] → NTSB"_s};
        QTest::newRow("a letter typed as a Telex tone")
            << QStringList{u"Coach Dennis Green resigned. | Huấn luyện viên Denní Green đã từ "
                           "chức."_s}
            << QStringList{u"1 name-spelling [Dennis] [Denní] → Dennis"_s};
        QTest::newRow("the English misspelt, the document spelling it as the Vietnamese does")
            << QStringList{u"Giuseppe Verdi wrote the opera. | Giuseppe Verdi viết vở opera."_s,
                           u"Guiseppe Verdi died in Milan. | Giuseppe Verdi qua đời ở Milan."_s}
            << QStringList{u"2 name-spelling [Guiseppe] [Giuseppe] → Giuseppe"_s};
        QTest::newRow("a plural ending dropped from the last word of a name")
            << QStringList{u"Texas broke up the no-hitter off reliever Mike Myers. | Texas phá "
                           "thế no-hit trước cầu thủ Mike Myer."_s}
            << QStringList{u"1 name-spelling [Myers] [Myer] → Myers"_s};
        QTest::newRow("each misspelt name of a row")
            << QStringList{u"Gordon, Kurt Busch, Matt Kenseth and Burton followed. | Gordon, Kurt "
                           "Busch, Matt Kensith và Burten theo sau."_s}
            << QStringList{u"1 name-spelling [Kenseth] [Kensith] → Kenseth"_s,
                           u"1 name-spelling [Burton] [Burten] → Burton"_s};
    }
    void flagged()
    {
        QFETCH(QStringList, rows);
        QFETCH(QStringList, expected);
        QCOMPARE(spellingFindings(check(rows)), expected);
    }

    void silent_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("the Vietnamese also writes the name exactly")
            << QStringList{u"Bush met al-Maliki in a palace once used by Saddam Hussein. | Bush "
                           "gặp al-Maliki tại cung điện Saddam Hussein từng dùng (Sadam)."_s};
        QTest::newRow("identical names")
            << QStringList{u"Jeff Gordon and Kurt Busch finished ahead of Jordan. | Jeff Gordon "
                           "và Kurt Busch về đích trước Jordan."_s};
        QTest::newRow("a difference only in marks")
            << QStringList{u"Jose Mourinho and Thomas Muller | José Mourinho và Thomas Müller"_s};
        QTest::newRow("a possessive")
            << QStringList{u"Johnson's victory and Harvick’s lead | Chiến thắng của Johnson và "
                           "vị trí dẫn đầu của Harvick"_s};
        QTest::newRow("demonyms against their countries")
            << QStringList{u"Israeli troops and Kenyan runners met American and Indonesian "
                           "officials. | Quân đội Israel và vận động viên Kenya gặp quan chức "
                           "America và Indonesia."_s};
        QTest::newRow("plurals of a name")
            << QStringList{u"Four Victorians won medals at the Olympics. | Bốn người Victoria "
                           "giành huy chương tại Olympic."_s};
        QTest::newRow("a capitalised Vietnamese syllable against an English name")
            << QStringList{u"The Government of China agreed. | Chính phủ Trung Quốc đồng ý."_s};
        QTest::newRow("a Vietnamese form with marks")
            << QStringList{u"US troops remain in Iraq. | Quân đội Mỹ vẫn ở Irắc."_s};
        QTest::newRow("a q in Vietnamese letters")
            << QStringList{u"US troops remain in Iraq and Qatar. | Quân đội Mỹ vẫn ở Irac và "
                           "Quatar."_s};
        QTest::newRow("apostrophes of another shape, or none")
            << QStringList{u"Flights from O’Hare to O'Fee | Các chuyến bay từ O'Hare đến OFee"_s};
        QTest::newRow("a letter whose mark does not fold")
            << QStringList{u"Tomasz Wesoły scored. | Tomasz Wesoly ghi bàn."_s};
        QTest::newRow("an ending Vietnamese adapts")
            << QStringList{u"The leaders of Bulgaria and Palestine met in Paris. | Lãnh đạo "
                           "Bulgari và Palestin gặp nhau tại Pari."_s};
        QTest::newRow("short words")
            << QStringList{u"Ban met Kim Jong-il in Pyongyang. | Bam gặp Kim Jong-un ở "
                           "Pyongyang."_s};
        QTest::newRow("two edits in a name under 8 letters")
            << QStringList{u"Mohamed spoke. | Muhamad phát biểu."_s};
        QTest::newRow("a name on both sides beside another close to it")
            << QStringList{u"Mark Burton and Marc Barton | Mark Burton và Marc Barton"_s};
        QTest::newRow("Vietnamese names without their marks in the English")
            << QStringList{u"Nguyen Phu Trong met Truong Tan Sang in Hanoi. | Nguyễn Phú Trọng "
                           "gặp Trương Tấn Sang tại Hà Nội."_s};
    }
    void silent()
    {
        QFETCH(QStringList, rows);
        QCOMPARE(spellingFindings(check(rows)), QStringList());
    }

    // A form the glossary gives is no misspelling: the same row is reported without the entry.
    void glossaryForms()
    {
        const QStringList rows{u"A helicopter heading towards Zembla crashed. | Một trực thăng "
                               "hướng đến Zemla đã rơi."_s};
        QCOMPARE(spellingFindings(check(rows)),
                 QStringList{u"1 name-spelling [Zembla] [Zemla] → Zembla"_s});
        Glossary withZembla;
        QVERIFY(withZembla.loadBuiltIn());
        GlossaryEntry zembla;
        zembla.id = u"zembla"_s;
        zembla.type = EntityType::Place;
        zembla.english = {u"Zembla"_s, u"Zemla"_s};
        zembla.vietnamese = {u"Zemla"_s};
        withZembla.add(zembla);
        const Document document = documentOf(rowsOf(rows), QDate(2007, 9, 9));
        const QList<Finding> findings =
            RowChecker(withZembla)
                .check(document, EntityRecognizer(withZembla).recognize(document));
        QCOMPARE(spellingFindings(findings), QStringList());
    }

    void findingFields()
    {
        const QList<Finding> findings =
            check({u"Kevin Harvick leads. | Kevin Harcick dẫn đầu."_s,
                   u"Guiseppe Verdi died. | Giuseppe Verdi qua đời."_s,
                   u"Giuseppe Verdi was born in 1813. | Giuseppe Verdi sinh năm 1813."_s});
        QCOMPARE(findings.size(), 2);
        const Finding& vietnamese = findings.at(0);
        QCOMPARE(vietnamese.kind, u"name-spelling"_s);
        QCOMPARE(vietnamese.severity, Severity::Warning);
        QCOMPARE(vietnamese.english, findingSpan(u"Kevin Harvick leads."_s, 6, 7));
        QCOMPARE(vietnamese.vietnamese, findingSpan(u"Kevin Harcick dẫn đầu."_s, 6, 7));
        QCOMPARE(vietnamese.message,
                 u"The Vietnamese writes Harcick where the English writes Harvick (one letter "
                 "differs)."_s);
        QCOMPARE(vietnamese.suggestion, u"Harvick"_s);
        const Finding& english = findings.at(1);
        QCOMPARE(english.message,
                 u"The English writes Guiseppe where the Vietnamese writes "
                 "Giuseppe (two letters swapped), as the English does elsewhere in "
                 "the document."_s);
        QCOMPARE(english.suggestion, u"Giuseppe"_s);
        QCOMPARE(FindingKinds::name(u"name-spelling"_s), u"Name spelling"_s);
        QVERIFY(FindingKinds::all().contains(u"name-spelling"_s));
    }

    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::addColumn<int>("edit"); // NameSpelling::Edit of a written as b
        QTest::newRow("replaced") << u"harcick"_s << u"harvick"_s << 1
                                  << int(NameSpelling::Edit::Replaced);
        QTest::newRow("dropped") << u"johson"_s << u"johnson"_s << 1
                                 << int(NameSpelling::Edit::Dropped);
        QTest::newRow("added") << u"maisi"_s << u"masi"_s << 1 << int(NameSpelling::Edit::Added);
        QTest::newRow("swapped neighbours count once")
            << u"isarel"_s << u"israel"_s << 1 << int(NameSpelling::Edit::Swapped);
        QTest::newRow("two edits")
            << u"ahmandineja"_s << u"ahmadinejad"_s << 2 << int(NameSpelling::Edit::Several);
        QTest::newRow("nothing in common")
            << u"abcd"_s << u"wxyz"_s << 4 << int(NameSpelling::Edit::Several);
    }
    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QFETCH(int, edit);
        QCOMPARE(NameSpelling::distance(a, b), distance);
        QCOMPARE(NameSpelling::distance(b, a), distance);
        QCOMPARE(int(NameSpelling::edit(a, b)), edit);
    }

    void allowedDistance()
    {
        QCOMPARE(NameSpelling::allowedDistance(u"harvick", u"harcick"), 1);
        QCOMPARE(NameSpelling::allowedDistance(u"kirkpatrick", u"kirkpatrict"), 2);
        QCOMPARE(NameSpelling::allowedDistance(u"johnson", u"johnsons"), 1); // the shorter counts
    }

    void inflected_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("inflected");
        QTest::newRow("demonym in i") << u"israeli"_s << u"israel"_s << true;
        QTest::newRow("demonym in n") << u"kenya"_s << u"kenyan"_s << true;
        QTest::newRow("demonym in ians") << u"argentina"_s << u"argentinians"_s << true;
        QTest::newRow("demonym of a country in s") << u"honduras"_s << u"honduran"_s << true;
        QTest::newRow("plural") << u"olympics"_s << u"olympic"_s << true;
        QTest::newRow("Vietnamese ia written i") << u"bulgaria"_s << u"bulgari"_s << true;
        QTest::newRow("a final letter dropped") << u"kirkpatrick"_s << u"kirkpatric"_s << false;
        QTest::newRow("n after a consonant") << u"emerson"_s << u"emerso"_s << false;
        QTest::newRow("a letter inside") << u"johnson"_s << u"johson"_s << false;
        QTest::newRow("too short a stem") << u"ab"_s << u"abs"_s << false;
        QTest::newRow("plural of a surname, still an ending") << u"myers"_s << u"myer"_s << true;
    }
    void inflected()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, inflected);
        QCOMPARE(NameSpelling::inflected(a, b), inflected);
    }

    // relatedForms() lists what inflected() accepts, for lookups in a word set.
    void relatedForms_data() { inflected_data(); }
    void relatedForms()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, inflected);
        QCOMPARE(NameSpelling::relatedForms(a).contains(b), inflected);
        QCOMPARE(NameSpelling::relatedForms(b).contains(a), inflected);
    }

    void mayRender_data()
    {
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<QString>("english");
        QTest::addColumn<bool>("renders");
        QTest::newRow("Russian form of Moscow") << u"matxcova"_s << u"moscow"_s << true;
        QTest::newRow("Russian form of Georgia") << u"gruzia"_s << u"georgia"_s << true;
        QTest::newRow("Vietnamese form of Christian") << u"kito"_s << u"christian"_s << true;
        QTest::newRow("Vietnamese q as c, vowel first") << u"irac"_s << u"iraq"_s << true;
        QTest::newRow("misspelt beyond two letters") << u"keneday"_s << u"kennedy"_s << true;
        QTest::newRow("another place") << u"raigad"_s << u"singapore"_s << false;
        QTest::newRow("another person") << u"aliyev"_s << u"jackson"_s << false;
        QTest::newRow("another country") << u"belarus"_s << u"japan"_s << false;
        QTest::newRow("same first letter, little else") << u"brown"_s << u"barrichello"_s << false;
    }
    void mayRender()
    {
        QFETCH(QString, vietnamese);
        QFETCH(QString, english);
        QFETCH(bool, renders);
        QCOMPARE(NameSpelling::mayRender(vietnamese, english), renders);
    }

    void vietnameseLetters_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<bool>("orthography"); // vietnameseOrthography()
        QTest::addColumn<bool>("telex");       // telexSlip()
        QTest::newRow("q written c") << u"Iraq"_s << u"Irac"_s << true << false;
        QTest::newRow("q written qu") << u"Qatar"_s << u"Quatar"_s << true << false;
        QTest::newRow("q written d, a typo") << u"Iraq"_s << u"Irad"_s << false << false;
        QTest::newRow("s typed as a Telex sắc") << u"Dennis"_s << u"Denní"_s << false << true;
        QTest::newRow("q written c, with marks") << u"Iraq"_s << u"Irắc"_s << true << false;
        QTest::newRow("an s dropped without a mark") << u"Myers"_s << u"Myer"_s << false << false;
    }
    void vietnameseLetters()
    {
        QFETCH(QString, english);
        QFETCH(QString, vietnamese);
        QFETCH(bool, orthography);
        QFETCH(bool, telex);
        TextFolder folder;
        const QList<NameSpelling::Word> e = NameSpelling::capitalisedWords(english, folder);
        const QList<NameSpelling::Word> v = NameSpelling::capitalisedWords(vietnamese, folder);
        QCOMPARE(e.size(), 1);
        QCOMPARE(v.size(), 1);
        QCOMPARE(NameSpelling::vietnameseOrthography(e.front().folded, v.front().folded),
                 orthography);
        QCOMPARE(NameSpelling::telexSlip(v.front(), e.front().folded), telex);
    }

    void capitalisedWords()
    {
        TextFolder folder;
        const QList<NameSpelling::Word> words = NameSpelling::capitalisedWords(
            u"Johnson's O'Brien, al-Maliki met Mike Myers in Hà Nội F1", folder);
        QStringList texts;
        for (const NameSpelling::Word& w : words)
            texts.append(w.text + u'/' + w.folded + u'/' + w.before +
                         (w.marked ? u"/marked"_s : QString()));
        QCOMPARE(texts, (QStringList{u"Johnson/johnson/"_s, u"O'Brien/obrien/"_s,
                                     u"Maliki/maliki/"_s, u"Mike/mike/"_s, u"Myers/myers/mike"_s,
                                     u"Hà/ha//marked"_s, u"Nội/noi/ha/marked"_s, u"F/f/noi"_s}));
        QCOMPARE(words.at(2).start, 22);
        QVERIFY(NameSpelling::candidate(words.at(0)));
        QVERIFY(NameSpelling::candidate(words.at(1)));  // the apostrophe is no letter: 6 letters
        QVERIFY(!NameSpelling::candidate(words.at(5))); // short, and a Vietnamese syllable
        QVERIFY(!NameSpelling::candidate(words.at(7)));
    }
};

QTEST_GUILESS_MAIN(TestSpellingCheck)
#include "tst_spellingcheck.moc"
