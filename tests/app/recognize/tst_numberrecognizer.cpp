// SPDX-License-Identifier: GPL-3.0-or-later
// NumberRecognizer: numbers in English and Vietnamese news text, compared by value — digits
// with either separator convention, scale and percent words, spelled-out numbers, ordinals —
// and the words that only look like numbers ("năm" = year, "thứ Hai" = Monday, "Ba Đình").
#include "io/DocumentReader.h"
#include "recognize/NumberRecognizer.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace songngu;

Q_DECLARE_METATYPE(songngu::Language)

namespace {

constexpr Language en = Language::English;
constexpr Language vi = Language::Vietnamese;

QChar kindCode(NumberMention::Kind kind)
{
    switch (kind) {
    case NumberMention::Kind::Cardinal:
        return u'C';
    case NumberMention::Kind::Ordinal:
        return u'O';
    case NumberMention::Kind::Percent:
        return u'P';
    case NumberMention::Kind::Time:
        return u'T';
    case NumberMention::Kind::Decade:
        return u'D';
    }
    return u'?';
}

// Values of the counts in a paragraph (years left out), sorted: a multiset to compare.
QList<double> countValues(const NumberRecognizer& recognizer, const QString& text,
                          Language language)
{
    QList<double> values;
    for (const NumberMention& mention : recognizer.find(text, language))
        if (!mention.looksLikeYear())
            values.append(mention.value);
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

class TestNumberRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void howRead_data();
    void howRead();
    void units_data();
    void units();
    void englishSeparators_data();
    void englishSeparators();
    void spansAreInsideTheText();
    void looksLikeYear();
    void sampleRowsAgree_data();
    void sampleRowsAgree();
    void throughput();

private:
    NumberRecognizer recognizer;
};

void TestNumberRecognizer::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("matched");
    QTest::addColumn<QString>("kinds"); // C cardinal, O ordinal, P percent, T time; one per mention

    using L = QList<double>;
    using S = QStringList;

    // English digits: ',' groups thousands, '.' is the decimal point.
    QTest::newRow("en ordinal digits: 80th is ordinal 80")
        << u"the 80th anniversary of the Victory"_s << en << L{80} << S{u"80th"_s} << u"O"_s;
    QTest::newRow("en ordinal suffixes st nd rd")
        << u"the 1st, 2nd and 23rd rounds"_s << en << L{1, 2, 23}
        << S{u"1st"_s, u"2nd"_s, u"23rd"_s} << u"OOO"_s;
    QTest::newRow("en comma groups thousands")
        << u"1,250 delegates and 1,250,000 visitors"_s << en << L{1250, 1250000}
        << S{u"1,250"_s, u"1,250,000"_s} << u"CC"_s;
    QTest::newRow("en point is decimal")
        << u"grew 2.5 times"_s << en << L{2.5} << S{u"2.5"_s} << u"C"_s;
    QTest::newRow("en thousands and decimal together")
        << u"worth 1,250.75 dollars"_s << en << L{1250.75} << S{u"1,250.75"_s} << u"C"_s;
    QTest::newRow("en comma without thousands groups separates two numbers")
        << u"articles 1,2 apply"_s << en << L{1, 2} << S{u"1"_s, u"2"_s} << u"CC"_s;
    QTest::newRow("en several dots in thousands groups read as thousands anywhere")
        << u"1.250.000 people"_s << en << L{1250000} << S{u"1.250.000"_s} << u"C"_s;
    QTest::newRow("en lone dot before three digits ending in zero is a Vietnamese thousands mark")
        << u"1.500 people, 0.250 and 1.25 points"_s << en << L{1500, 0.25, 1.25}
        << S{u"1.500"_s, u"0.250"_s, u"1.25"_s} << u"CCC"_s;
    QTest::newRow("en sentence-final full stop is not a decimal point")
        << u"They met 3 times. Then 4."_s << en << L{3, 4} << S{u"3"_s, u"4"_s} << u"CC"_s;
    QTest::newRow("en scale word after a decimal")
        << u"3.2 million people"_s << en << L{3.2e6} << S{u"3.2 million"_s} << u"C"_s;
    QTest::newRow("en scale word after an integer and a currency code")
        << u"trade of USD2 billion, up from $1.5 billion"_s << en << L{2e9, 1.5e9}
        << S{u"2 billion"_s, u"1.5 billion"_s} << u"CC"_s;
    QTest::newRow("en percent sign")
        << u"growth of 7.5% and 8 %"_s << en << L{7.5, 8} << S{u"7.5%"_s, u"8 %"_s} << u"PP"_s;
    QTest::newRow("en percent words") << u"25 percent, 30 per cent"_s << en << L{25, 30}
                                      << S{u"25 percent"_s, u"30 per cent"_s} << u"PP"_s;
    QTest::newRow("en number word before a noun")
        << u"The two leaders agreed"_s << en << L{2} << S{u"two"_s} << u"C"_s;
    QTest::newRow("en number word at the start of a sentence")
        << u"Two leaders agreed."_s << en << L{2} << S{u"Two"_s} << u"C"_s;
    QTest::newRow("en compound number words")
        << u"two hundred and fifty thousand people"_s << en << L{250000}
        << S{u"two hundred and fifty thousand"_s} << u"C"_s;
    QTest::newRow("en hyphenated tens")
        << u"twenty-five countries"_s << en << L{25} << S{u"twenty-five"_s} << u"C"_s;
    QTest::newRow("en a million, a dozen")
        << u"a million people and a dozen ships"_s << en << L{1e6, 12}
        << S{u"a million"_s, u"a dozen"_s} << u"CC"_s;
    QTest::newRow("en and after a unit does not join two numbers")
        << u"two and three"_s << en << L{2, 3} << S{u"two"_s, u"three"_s} << u"CC"_s;
    QTest::newRow("en spelled-out percent")
        << u"five percent"_s << en << L{5} << S{u"five percent"_s} << u"P"_s;
    QTest::newRow("en no one, someone, the one, one another are not counts")
        << u"No one came; someone left, the one who stayed helped one another."_s << en << L{}
        << S{} << u""_s;
    QTest::newRow("en one as a pronoun is not a count")
        << u"the other one is red, a live one."_s << en << L{} << S{} << u""_s;
    QTest::newRow("en one before a noun is one")
        << u"in one month"_s << en << L{1} << S{u"one"_s} << u"C"_s;
    QTest::newRow("en one of the is one")
        << u"one of the largest"_s << en << L{1} << S{u"one"_s} << u"C"_s;
    QTest::newRow("en capitalised number word inside a sentence is a name")
        << u"aboard Air Force One"_s << en << L{} << S{} << u""_s;
    QTest::newRow("en ordinal words") << u"the third time in the twenty-first century"_s << en
                                      << L{3, 21} << S{u"third"_s, u"twenty-first"_s} << u"OO"_s;
    QTest::newRow("en second only after the")
        << u"the second visit, wait a second"_s << en << L{2} << S{u"second"_s} << u"O"_s;
    QTest::newRow("en first needs a determiner, not an adverb")
        << u"First, we met. It was my first visit, cool it first."_s << en << L{1} << S{u"first"_s}
        << u"O"_s;
    QTest::newRow("en fractions are not ordinals")
        << u"a third of the budget"_s << en << L{} << S{} << u""_s;
    QTest::newRow("en digits of an ISO date are reported")
        << u"on 2025-05-11"_s << en << L{2025, 5, 11} << S{u"2025"_s, u"05"_s, u"11"_s} << u"CCC"_s;
    QTest::newRow("en year alone is a cardinal")
        << u"by 2045"_s << en << L{2045} << S{u"2045"_s} << u"C"_s;
    QTest::newRow("en codes are no counts, decades are decades")
        << u"the G20 and 5G in the 1990s and the '80s"_s << en << L{1990, 80}
        << S{u"1990s"_s, u"80s"_s} << u"DD"_s;
    QTest::newRow("en units glued to digits")
        << u"a 20km road"_s << en << L{20} << S{u"20"_s} << u"C"_s;

    // Vietnamese digits: '.' groups thousands, ',' is the decimal comma.
    QTest::newRow("vi dot groups thousands")
        << u"1.250 đại biểu"_s << vi << L{1250} << S{u"1.250"_s} << u"C"_s;
    QTest::newRow("vi decimal comma") << u"tăng 2,5 lần"_s << vi << L{2.5} << S{u"2,5"_s} << u"C"_s;
    QTest::newRow("vi millions with dots")
        << u"1.250.000 người"_s << vi << L{1250000} << S{u"1.250.000"_s} << u"C"_s;
    QTest::newRow("vi thousands and decimal together")
        << u"1.250,5 tấn"_s << vi << L{1250.5} << S{u"1.250,5"_s} << u"C"_s;
    QTest::newRow("vi comma before three digits ending in zero is an English thousands mark")
        << u"100,000 ngư dân"_s << vi << L{100000} << S{u"100,000"_s} << u"C"_s;
    QTest::newRow("vi comma before three other digits stays a decimal comma")
        << u"2,125 lần"_s << vi << L{2.125} << S{u"2,125"_s} << u"C"_s;
    QTest::newRow("vi lone dot without thousands group is an English decimal")
        << u"3.2 triệu"_s << vi << L{3.2e6} << S{u"3.2 triệu"_s} << u"C"_s;
    QTest::newRow("vi scale word after digits")
        << u"5 triệu người"_s << vi << L{5e6} << S{u"5 triệu"_s} << u"C"_s;
    QTest::newRow("vi scale word after a decimal comma")
        << u"1,5 tỷ USD"_s << vi << L{1.5e9} << S{u"1,5 tỷ"_s} << u"C"_s;
    QTest::newRow("vi chained scale words")
        << u"5 nghìn tỷ đồng"_s << vi << L{5e12} << S{u"5 nghìn tỷ"_s} << u"C"_s;
    QTest::newRow("vi tỷ lệ is a rate, not a billion")
        << u"5 tỷ lệ"_s << vi << L{5} << S{u"5"_s} << u"C"_s;
    QTest::newRow("vi một tỷ lệ is a rate") << u"chỉ một tỷ lệ nhỏ"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi decades are decades")
        << u"thập niên 80 và những năm 1990"_s << vi << L{80, 1990}
        << S{u"thập niên 80"_s, u"những năm 1990"_s} << u"DD"_s;
    QTest::newRow("vi percent sign and phần trăm")
        << u"tăng 7,5% và 25 phần trăm"_s << vi << L{7.5, 25} << S{u"7,5%"_s, u"25 phần trăm"_s}
        << u"PP"_s;
    QTest::newRow("vi hai nước") << u"giữa hai nước"_s << vi << L{2} << S{u"hai"_s} << u"C"_s;
    QTest::newRow("vi Hai at the start of a sentence")
        << u"Hai nhà lãnh đạo đã hội đàm."_s << vi << L{2} << S{u"Hai"_s} << u"C"_s;
    QTest::newRow("vi 80 năm is eighty years, năm is not five")
        << u"kỷ niệm 80 năm Chiến thắng"_s << vi << L{80} << S{u"80"_s} << u"C"_s;
    QTest::newRow("vi năm after digits is years even before a counted noun")
        << u"80 năm ngày Quốc khánh"_s << vi << L{80} << S{u"80"_s} << u"C"_s;
    QTest::newRow("en number word right after digits")
        << u"On May 10 two leaders met"_s << en << L{10, 2} << S{u"10"_s, u"two"_s} << u"CC"_s;
    QTest::newRow("vi năm 2045 marks a year")
        << u"thu nhập cao vào năm 2045."_s << vi << L{2045} << S{u"2045"_s} << u"C"_s;
    QTest::newRow("vi năm before a counted noun is five")
        << u"năm người bị thương"_s << vi << L{5} << S{u"năm"_s} << u"C"_s;
    QTest::newRow("vi năm nay is this year")
        << u"Năm nay kinh tế tăng trưởng"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi hai mươi năm is twenty years")
        << u"hai mươi năm qua"_s << vi << L{20} << S{u"hai mươi"_s} << u"C"_s;
    QTest::newRow("vi mười năm is ten years")
        << u"mười năm"_s << vi << L{10} << S{u"mười"_s} << u"C"_s;
    QTest::newRow("vi hai mươi lăm is 25")
        << u"hai mươi lăm nước"_s << vi << L{25} << S{u"hai mươi lăm"_s} << u"C"_s;
    QTest::newRow("vi một trăm linh năm is 105")
        << u"một trăm linh năm người"_s << vi << L{105} << S{u"một trăm linh năm"_s} << u"C"_s;
    QTest::newRow("vi năm before trăm is five")
        << u"ba nghìn năm trăm tấn"_s << vi << L{3500} << S{u"ba nghìn năm trăm"_s} << u"C"_s;
    QTest::newRow("vi mười một is 11")
        << u"mười một tỉnh"_s << vi << L{11} << S{u"mười một"_s} << u"C"_s;
    QTest::newRow("vi spelled-out millions")
        << u"hai triệu người"_s << vi << L{2e6} << S{u"hai triệu"_s} << u"C"_s;
    QTest::newRow("vi spelled-out percent")
        << u"mười phần trăm"_s << vi << L{10} << S{u"mười phần trăm"_s} << u"P"_s;
    QTest::newRow("vi một số is some") << u"một số nước"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi một as an article is not counted")
        << u"Putin là một người bạn lớn"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi một trong is one of")
        << u"một trong những nước"_s << vi << L{1} << S{u"một"_s} << u"C"_s;
    QTest::newRow("vi sentence-initial Một trong is one of")
        << u"Một trong những nước lớn"_s << vi << L{1} << S{u"Một"_s} << u"C"_s;
    QTest::newRow("vi một hoặc hai counts both, as one or two does")
        << u"một hoặc hai nước"_s << vi << L{1, 2} << S{u"một"_s, u"hai"_s} << u"CC"_s;
    QTest::newRow("vi bare một after chỉ is a, as only one is not counted")
        << u"chỉ một nước"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi một năm is a year") << u"hơn một năm qua"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi Ba inside a name") << u"tại quận Ba Đình"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi Ba Lan at the start of a sentence is Poland")
        << u"Ba Lan và Việt Nam"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi tháng ba is March, ba lê is ballet")
        << u"tháng ba năm nay, múa ba lê"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi ba nước is three") << u"ba nước"_s << vi << L{3} << S{u"ba"_s} << u"C"_s;
    QTest::newRow("vi cả hai is both") << u"cả hai nước"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi thứ Hai is Monday")
        << u"vào thứ Hai tuần trước"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi Thứ Năm is Thursday") << u"Thứ Năm tuần trước"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi lower-case thứ hai without a noun may be Monday")
        << u"vào thứ hai tuần trước"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi thứ 2 without a noun may be Monday")
        << u"vào thứ 2, ngày 12"_s << vi << L{12} << S{u"12"_s} << u"C"_s;
    QTest::newRow("vi lần thứ 3 is ordinal")
        << u"lần thứ 3"_s << vi << L{3} << S{u"thứ 3"_s} << u"O"_s;
    QTest::newRow("vi lần thứ hai is ordinal")
        << u"lần thứ hai"_s << vi << L{2} << S{u"thứ hai"_s} << u"O"_s;
    QTest::newRow("vi thứ ba after any noun is ordinal")
        << u"kỹ thuật thứ ba"_s << vi << L{3} << S{u"thứ ba"_s} << u"O"_s;
    QTest::newRow("vi thứ hai before tuần is Monday")
        << u"họp thứ hai tuần này"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi thứ 80 cannot be a weekday")
        << u"kỷ niệm thứ 80"_s << vi << L{80} << S{u"thứ 80"_s} << u"O"_s;
    QTest::newRow("vi thứ nhất is first")
        << u"Thứ nhất, hai bên"_s << vi << L{1, 2} << S{u"Thứ nhất"_s, u"hai"_s} << u"OC"_s;
    QTest::newRow("vi spelled-out ordinal tens")
        << u"vòng thứ hai mươi"_s << vi << L{20} << S{u"thứ hai mươi"_s} << u"O"_s;
    QTest::newRow("vi Thứ trưởng is a title")
        << u"Thứ trưởng Ngoại giao"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi đầu tiên is first")
        << u"lần đầu tiên"_s << vi << L{1} << S{u"đầu tiên"_s} << u"O"_s;
    QTest::newRow("vi lần đầu is first") << u"lần đầu gặp"_s << vi << L{1} << S{u"đầu"_s} << u"O"_s;
    QTest::newRow("vi Đầu tiên opening a sentence is an adverb")
        << u"Đầu tiên, hai bên"_s << vi << L{2} << S{u"hai"_s} << u"C"_s;
    QTest::newRow("vi nhất là is especially")
        << u"nhất là trong dịp này"_s << vi << L{} << S{} << u""_s;
    QTest::newRow("vi digits of a slash date are reported")
        << u"ngày 9/5/1945"_s << vi << L{9, 5, 1945} << S{u"9"_s, u"5"_s, u"1945"_s} << u"CCC"_s;

    // Real translations (Wikinews and its Vietnamese, the ALT corpus): what they write.
    // Times of day, in minutes after midnight as written: no count.
    QTest::newRow("en four-digit times before a time zone, with or without a leading zero")
        << u"at approximately 1020 BST (0920 UTC) Thursday"_s << en << L{620, 560}
        << S{u"1020"_s, u"0920"_s} << u"TT"_s;
    QTest::newRow("vi clock times with a colon")
        << u"vào khoảng 10:20 giờ BST (09:20 giờ UTC) hôm thứ năm"_s << vi << L{620, 560}
        << S{u"10:20"_s, u"09:20"_s} << u"TT"_s;
    QTest::newRow("en hh.mm before hrs, after at, before a zone")
        << u"at about 16.50 hrs, at 07.00 (01.30 UTC)"_s << en << L{1010, 420, 90}
        << S{u"16.50"_s, u"07.00"_s, u"01.30"_s} << u"TTT"_s;
    QTest::newRow("en a leading zero makes a time, a zone the other end of the range")
        << u"local time (0300 to 1200 UTC)"_s << en << L{180, 720} << S{u"0300"_s, u"1200"_s}
        << u"TT"_s;
    QTest::newRow("en colon times with AM and PM joined")
        << u"from 8:00AM to 5:00PM local time"_s << en << L{480, 300} << S{u"8:00AM"_s, u"5:00PM"_s}
        << u"TT"_s;
    QTest::newRow("en a bare hour before pm and a zone")
        << u"As of 2 pm EDT Wednesday"_s << en << L{120} << S{u"2"_s} << u"T"_s;
    QTest::newRow("vi giờ and phút make a clock time")
        << u"Vào khoảng 12 giờ 30 phút UTC/7 giờ 30 phút EST"_s << vi << L{750, 450}
        << S{u"12 giờ 30"_s, u"7 giờ 30"_s} << u"TT"_s;
    QTest::newRow("vi giờ after lúc or before a part of the day is a time")
        << u"lúc 7 giờ, 10 giờ sáng"_s << vi << L{420, 600} << S{u"7 giờ"_s, u"10 giờ"_s}
        << u"TT"_s;
    QTest::newRow("vi giờ alone counts hours")
        << u"trong vòng 48 giờ"_s << vi << L{48} << S{u"48"_s} << u"C"_s;
    QTest::newRow("en a percentage after at is no time")
        << u"Inflation stayed at 3.27 percent and 4.50%"_s << en << L{3.27, 4.5}
        << S{u"3.27 percent"_s, u"4.50%"_s} << u"PP"_s;
    QTest::newRow("en a decimal with two places and no time cue stays an amount")
        << u"it cost 10.30 dollars"_s << en << L{10.3} << S{u"10.30"_s} << u"C"_s;
    // Ordinals and the words around them.
    QTest::newRow("en an ordinal after a possessive")
        << u"Thessaloniki, Greece's second biggest city"_s << en << L{2} << S{u"second"_s}
        << u"O"_s;
    QTest::newRow("en no-one is a pronoun, two-thirds a fraction")
        << u"If no-one gets two-thirds majority"_s << en << L{} << S{} << u""_s;
    QTest::newRow("en fractions in words are no counts")
        << u"one-third of the incidents, a quarter of the votes, one fifth"_s << en << L{} << S{}
        << u""_s;
    QTest::newRow("vi fractions with phần are no counts, phần trăm is per cent")
        << u"hai phần ba số phiếu, một phần ba số vụ, mười phần trăm"_s << vi << L{10}
        << S{u"mười phần trăm"_s} << u"P"_s;
    QTest::newRow("vi thứ with units digit by digit")
        << u"ghi bàn ở phút thứ bốn hai"_s << vi << L{42} << S{u"thứ bốn hai"_s} << u"O"_s;
    // Spelled-out numbers as translators write them.
    QTest::newRow("vi a hyphen after mươi")
        << u"Hai mươi-lăm thợ mỏ, lịch sử sáu mươi-một năm"_s << vi << L{25, 61}
        << S{u"Hai mươi-lăm"_s, u"sáu mươi-một"_s} << u"CC"_s;
    QTest::newRow("vi mười năm before a counted noun is fifteen")
        << u"ít hơn mười năm phút"_s << vi << L{15} << S{u"mười năm"_s} << u"C"_s;
    QTest::newRow("en a hyphen before a scale word")
        << u"a \"one-in-five-million\" fluke"_s << en << L{1, 5e6} << S{u"one"_s, u"five-million"_s}
        << u"CC"_s;
    QTest::newRow("en percentage points are per cent")
        << u"by 12 percentage points"_s << en << L{12} << S{u"12 percentage"_s} << u"P"_s;
    // Decades and words made with a scale word.
    QTest::newRow("en decades with an apostrophe")
        << u"from the late 1870's to the 1930's, in his 60's"_s << en << L{1870, 1930, 60}
        << S{u"1870's"_s, u"1930's"_s, u"60's"_s} << u"DDD"_s;
    QTest::newRow("vi decades after thập niên and những năm")
        << u"từ cuối thập niên 1870 đến những năm 1930"_s << vi << L{1870, 1930}
        << S{u"thập niên 1870"_s, u"những năm 1930"_s} << u"DD"_s;
    QTest::newRow("en an s after digits that end in no 0 is no decade")
        << u"the 1995s"_s << en << L{} << S{} << u""_s;
    QTest::newRow("en billionaires are no billions")
        << u"79 billionaires"_s << en << L{79} << S{u"79"_s} << u"C"_s;
    QTest::newRow("vi tỷ phú and triệu phú are no scales")
        << u"79 tỷ phú và 5 triệu phú"_s << vi << L{79, 5} << S{u"79"_s, u"5"_s} << u"CC"_s;
    // Separators, read whole.
    QTest::newRow("en thousands groups split by a space")
        << u"at least 216 000 people lost their lives"_s << en << L{216000} << S{u"216 000"_s}
        << u"C"_s;
    QTest::newRow("vi a stray separator and space inside thousands groups")
        << u"là 62. 992.553 (52%) cho Obama"_s << vi << L{62992553, 52}
        << S{u"62. 992.553"_s, u"52%"_s} << u"CP"_s;
    QTest::newRow("en currency letters joined to an amount in thousands")
        << u"KSh25,000 (£193) and $A130,000"_s << en << L{25000, 193, 130000}
        << S{u"25,000"_s, u"193"_s, u"130,000"_s} << u"CCC"_s;
    QTest::newRow("vi a leading zero group is no thousands")
        << u"bởi 0.166 điểm"_s << vi << L{0.166} << S{u"0.166"_s} << u"C"_s;
    QTest::newRow("en a decimal comma before a percent sign")
        << u"with 24,1% and 11,3%"_s << en << L{24.1, 11.3} << S{u"24,1%"_s, u"11,3%"_s} << u"PP"_s;
    QTest::newRow("vi degrees written with º")
        << u"gần 17º5 'Bắc"_s << vi << L{17, 5} << S{u"17"_s, u"5"_s} << u"CC"_s;
    // Scales as real articles write them.
    QTest::newRow("en capitalised and plural scale words after digits")
        << u"$150 Million and $300 millions"_s << en << L{150e6, 300e6}
        << S{u"150 Million"_s, u"300 millions"_s} << u"CC"_s;
    QTest::newRow("en abbreviated scales after a currency sign")
        << u"at a cost of €15m (£13 m)"_s << en << L{15e6, 13e6} << S{u"15m"_s, u"13 m"_s}
        << u"CC"_s;
    QTest::newRow("en m without a currency is no million")
        << u"a 15 m wall"_s << en << L{15} << S{u"15"_s} << u"C"_s;
    QTest::newRow("en a scale after a bracket belongs to both amounts")
        << u"pledged €280 (US$418) million in aid"_s << en << L{280e6, 418e6}
        << S{u"280"_s, u"418"_s} << u"CC"_s;
    QTest::newRow("vi tá is a dozen, after digits too")
        << u"hơn 2 tá loại nước, hai tá trứng"_s << vi << L{24, 24} << S{u"2 tá"_s, u"hai tá"_s}
        << u"CC"_s;
    QTest::newRow("vi vạn and chục") << u"hai vạn người, ba chục nước"_s << vi << L{20000, 30}
                                     << S{u"hai vạn"_s, u"ba chục"_s} << u"CC"_s;
    // Approximate quantities: their nominal size.
    QTest::newRow("en tens of thousands, hundreds, several thousand, dozens")
        << u"tens of thousands of people, hundreds of homes, several thousand troops, dozens "
           "of ships"_s
        << en << L{1e4, 100, 1000, 12}
        << S{u"tens of thousands"_s, u"hundreds"_s, u"several thousand"_s, u"dozens"_s}
        << u"CCCC"_s;
    QTest::newRow("vi hàng chục nghìn, hàng trăm, vài nghìn")
        << u"hàng chục nghìn người, hàng trăm ngôi nhà, vài nghìn binh sĩ, hàng hóa"_s << vi
        << L{1e4, 100, 1000} << S{u"hàng chục nghìn"_s, u"hàng trăm"_s, u"vài nghìn"_s} << u"CCC"_s;
    QTest::newRow("unknown language: digits and percent only")
        << u"two 1,250 and 5%"_s << Language::Unknown << L{1250, 5} << S{u"1,250"_s, u"5%"_s}
        << u"CP"_s;
}

void TestNumberRecognizer::find()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, matched);
    QFETCH(QString, kinds);

    const QList<NumberMention> mentions = recognizer.find(text, language);
    QList<double> foundValues;
    QStringList foundMatched;
    QString foundKinds;
    for (const NumberMention& mention : mentions) {
        foundValues.append(mention.value);
        foundMatched.append(text.mid(mention.start, mention.length));
        foundKinds.append(kindCode(mention.kind));
    }
    QCOMPARE(foundMatched, matched);
    QCOMPARE(foundKinds, kinds);
    QCOMPARE(foundValues.size(), values.size());
    for (qsizetype k = 0; k < values.size(); ++k)
        QVERIFY2(qFuzzyCompare(foundValues[k], values[k]),
                 qPrintable(u"%1: %2 != %3"_s.arg(foundMatched[k])
                                .arg(foundValues[k], 0, 'g', 17)
                                .arg(values[k], 0, 'g', 17)));
}

void TestNumberRecognizer::howRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::addColumn<bool>("certain");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("scale");

    QTest::newRow("en digits in English style with a scale word: certain")
        << u"NZ$9.3 million"_s << en << true << false << 0.0 << 0.0 << 1e6;
    QTest::newRow("vi digits in Vietnamese style: certain")
        << u"62.992.553 phiếu"_s << vi << true << false << 0.0 << 0.0 << 1.0;
    QTest::newRow("vi an English decimal point: a guess")
        << u"NZ$9.3 của họ"_s << vi << false << false << 0.0 << 0.0 << 1.0;
    QTest::newRow("vi an English thousands comma: a guess")
        << u"100,000 ngư dân"_s << vi << false << false << 0.0 << 0.0 << 1.0;
    QTest::newRow("en an abbreviated scale: a guess")
        << u"€15m"_s << en << false << false << 0.0 << 0.0 << 1e6;
    QTest::newRow("en groups split by a space: a guess")
        << u"216 000 people"_s << en << false << false << 0.0 << 0.0 << 1.0;
    QTest::newRow("en words: no certainty")
        << u"eleven horses"_s << en << false << false << 0.0 << 0.0 << 1.0;
    QTest::newRow("en tens of thousands: twenty to a hundred thousand")
        << u"tens of thousands"_s << en << false << true << 2e4 << 1e5 << 1.0;
    QTest::newRow("vi hàng nghìn: two to ten thousand")
        << u"hàng nghìn người"_s << vi << false << true << 2e3 << 1e4 << 1.0;
    QTest::newRow("en two dozen: about 24")
        << u"more than two dozen lenders"_s << en << false << true << 18.0 << 30.0 << 1.0;
    QTest::newRow("en a thousand: a round figure, up to ten times it")
        << u"a thousand ways"_s << en << false << true << 1e3 << 1e4 << 1.0;
}

void TestNumberRecognizer::howRead()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QFETCH(bool, certain);
    QFETCH(bool, approximate);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, scale);
    const QList<NumberMention> mentions = recognizer.find(text, language);
    QVERIFY2(!mentions.isEmpty(), qPrintable(text));
    const NumberMention& mention = mentions.front();
    QCOMPARE(mention.certain, certain);
    QCOMPARE(mention.approximate, approximate);
    QCOMPARE(mention.low, low);
    QCOMPARE(mention.high, high);
    QCOMPARE(mention.scale, scale);
}

void TestNumberRecognizer::units_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<double>("size");
    QTest::addColumn<double>("alternative");

    QTest::newRow("en two words") << u"They own 26 square miles of vacant lots."_s << en
                                  << u"square miles"_s << u"area"_s << 2589988.0 << 0.0;
    QTest::newRow("vi a unit and vuông") << u"Họ sở hữu 42 kilomet vuông đất."_s << vi
                                         << u"kilomet vuông"_s << u"area"_s << 1e6 << 0.0;
    QTest::newRow("vi three words, the longest first")
        << u"hành trình 600 dặm hải lý"_s << vi << u"dặm hải lý"_s << u"length"_s << 1852.0 << 0.0;
    QTest::newRow("en after a hyphen")
        << u"too many 8-inch heels"_s << en << u"inch"_s << u"length"_s << 0.0254 << 0.0;
    QTest::newRow("vi glued to the digits")
        << u"đôi giầy cao gót 20cm"_s << vi << u"cm"_s << u"length"_s << 0.01 << 0.0;
    QTest::newRow("en a number in words")
        << u"over two miles inland"_s << en << u"miles"_s << u"length"_s << 1609.344 << 0.0;
    QTest::newRow("en m without a currency: metres or millions")
        << u"as much as 3m passengers a month"_s << en << u"m"_s << u"length"_s << 1.0 << 3e6;
    QTest::newRow("en no unit") << u"five people"_s << en << QString() << QString() << 0.0 << 0.0;
}

void TestNumberRecognizer::units()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QFETCH(QString, unit);
    QFETCH(QString, dimension);
    QFETCH(double, size);
    QFETCH(double, alternative);
    const QList<NumberMention> mentions = recognizer.find(text, language);
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.front().unit, unit);
    QCOMPARE(mentions.front().dimension, dimension);
    QCOMPARE(mentions.front().unitSize, size);
    QCOMPARE(mentions.front().alternative, alternative);
}

void TestNumberRecognizer::englishSeparators_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("englishOnly");
    QTest::addColumn<QString>("vietnamese");

    QTest::newRow("a thousands comma reads as a decimal in Vietnamese")
        << u"1,986"_s << true << u"1.986"_s;
    QTest::newRow("a decimal point") << u"6.3"_s << true << u"6,3"_s;
    QTest::newRow("a round thousands comma is a guess in Vietnamese")
        << u"19,600"_s << true << u"19.600"_s;
    QTest::newRow("thousands and a decimal point") << u"1,250.5"_s << true << u"1.250,5"_s;
    QTest::newRow("a leading zero and a decimal point") << u"0.166"_s << true << u"0,166"_s;
    QTest::newRow("Vietnamese thousands dots are no English style")
        << u"1.250.000"_s << false << u"1,250,000"_s;
    QTest::newRow("a decimal comma is no English style") << u"2,5"_s << false << u"2.5"_s;
    QTest::newRow("no separator") << u"100"_s << false << u"100"_s;
}

void TestNumberRecognizer::englishSeparators()
{
    QFETCH(QString, digits);
    QFETCH(bool, englishOnly);
    QFETCH(QString, vietnamese);
    QCOMPARE(NumberRecognizer::englishSeparatorsOnly(digits), englishOnly);
    QCOMPARE(NumberRecognizer::vietnameseSeparators(digits), vietnamese);
}

void TestNumberRecognizer::spansAreInsideTheText()
{
    const QString text = u"Hai nhà lãnh đạo, 80 năm, 1,5 tỷ, lần thứ 3, 25 phần trăm"_s;
    const QList<NumberMention> mentions = recognizer.find(text, vi);
    QCOMPARE(mentions.size(), 5);
    int previousEnd = 0;
    for (const NumberMention& mention : mentions) {
        QVERIFY(mention.start >= previousEnd);
        QVERIFY(mention.length > 0 && mention.start + mention.length <= text.size());
        previousEnd = mention.start + mention.length;
    }
    QVERIFY(mentions[0].fromWords);
    QVERIFY(!mentions[1].fromWords);
}

void TestNumberRecognizer::looksLikeYear()
{
    const QList<NumberMention> mentions =
        recognizer.find(u"in 2045, 2,045 people, 1,982 tons, the 1982 Convention, 3000"_s, en);
    QList<bool> years;
    for (const NumberMention& mention : mentions)
        years.append(mention.looksLikeYear());
    QCOMPARE(years, (QList<bool>{true, false, false, true, false}));
}

// Rows of the sample article where the translation is faithful: the counts agree by value.
void TestNumberRecognizer::sampleRowsAgree_data()
{
    QTest::addColumn<QString>("englishStart"); // how the row's English paragraph starts
    QTest::addColumn<QList<double>>("values");

    QTest::newRow("80th/50th/75th anniversaries = 80/50/75 năm, two countries = hai nước")
        << u"President Putin affirmed that General Secretary Lam's visit"_s
        << QList<double>{2, 50, 75, 80, 80};
    QTest::newRow("75 years = 75 năm, the two countries = hai nước")
        << u"He affirmed that the Russia-Vietnam relationship"_s << QList<double>{2, 75};
    QTest::newRow("two leaders = Hai nhà lãnh đạo, two countries/nations = hai nước/quốc gia")
        << u"The two leaders agreed to affirm"_s << QList<double>{2, 2, 2, 2};
    QTest::newRow("a great friend = một người bạn lớn: no count on either side")
        << u"General Secretary Lam affirmed that President Putin is a great friend"_s
        << QList<double>{};
    QTest::newRow("1982 UNCLOS is a year on both sides, 75th = 75 năm, two sides = Hai bên")
        << u"Emphasizing the great significance of the visit"_s << QList<double>{2, 2, 2, 75};
}

void TestNumberRecognizer::sampleRowsAgree()
{
    QFETCH(QString, englishStart);
    QFETCH(QList<double>, values);

    const QString path = QStringLiteral(SONGNGU_SAMPLES_DIR) + u"/001_19bb709d9f59f387.txt"_s;
    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document& document = *result.document;
    int matches = 0;
    for (qsizetype row = 0; row < document.rows.size(); ++row) {
        const Paragraph* english = document.segment(int(row), Language::English);
        const Paragraph* vietnamese = document.segment(int(row), Language::Vietnamese);
        if (document.rows[row].kind != RowKind::Pair || !english || !vietnamese ||
            !english->text.startsWith(englishStart))
            continue;
        ++matches;
        QCOMPARE(countValues(recognizer, english->text, en), values);
        QCOMPARE(countValues(recognizer, vietnamese->text, vi), values);
    }
    QCOMPARE(matches, 1);
}

// A rough figure for the README, no assertion: the sample article's paragraphs, repeated.
void TestNumberRecognizer::throughput()
{
    const QString path = QStringLiteral(SONGNGU_SAMPLES_DIR) + u"/001_19bb709d9f59f387.txt"_s;
    const ReadResult result = DocumentReader().read(path);
    QVERIFY(result.ok());
    constexpr int rounds = 200;
    qint64 bytes = 0;
    for (const Paragraph& paragraph : result.document->paragraphs)
        bytes += rounds * paragraph.text.toUtf8().size();
    qint64 mentions = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round)
        for (const Paragraph& paragraph : result.document->paragraphs)
            mentions += recognizer.find(paragraph.text, paragraph.language).size();
    const double seconds = std::max<qint64>(timer.nsecsElapsed(), 1) / 1e9;
    qInfo("NumberRecognizer: %.1f MB of paragraphs in %.0f ms, %.0f MB/s, %lld mentions",
          bytes / 1e6, seconds * 1e3, bytes / 1e6 / seconds, mentions);
    QVERIFY(mentions > 0);
}

QTEST_GUILESS_MAIN(TestNumberRecognizer)
#include "tst_numberrecognizer.moc"
