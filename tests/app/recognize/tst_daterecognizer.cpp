// SPDX-License-Identifier: GPL-3.0-or-later
// DateRecognizer: English and Vietnamese dates in news text, resolved against the article date.
#include "io/DocumentReader.h"
#include "recognize/DateRecognizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;

namespace {

const QDate sunday(2025, 5, 11); // the date of sample 000; a Sunday

Language languageFor(const QString& code)
{
    return code == u"en"_s   ? Language::English
           : code == u"vi"_s ? Language::Vietnamese
                             : Language::Unknown;
}

DocumentPtr readSample(const QString& prefix)
{
    const QDir dir(QStringLiteral(SONGNGU_SAMPLES_DIR));
    const QStringList found = dir.entryList({prefix + u"_*.txt"_s}, QDir::Files);
    if (found.size() != 1)
        return nullptr;
    return DocumentReader().read(dir.filePath(found.front())).document;
}

} // namespace

class TestDateRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void ignores_data();
    void ignores();
    void mentionFields();
    void weekdayWritten_data();
    void weekdayWritten();
    void withoutArticleDate();
    void withoutArticleDateKeepingYearless_data();
    void withoutArticleDateKeepingYearless();
    void unknownLanguageTriesBoth();
    void sampleArticles_data();
    void sampleArticles();
    void throughput();

private:
    const DateRecognizer recognizer;
};

void TestDateRecognizer::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("article");
    QTest::addColumn<QStringList>("isos");
    QTest::addColumn<QStringList>("matched");

    const auto row = [](const char* name, const QString& text, const QString& language,
                        QDate article, const QStringList& isos, const QStringList& matched) {
        QTest::newRow(name) << text << language << article << isos << matched;
    };
    const QString en = u"en"_s;
    const QString vi = u"vi"_s;

    // English
    row("month day takes the article's year", u"in Moscow on May 10 (local time)"_s, en, sunday,
        {u"2025-05-10"_s}, {u"May 10"_s});
    row("day range with a hyphen", u"paid an official visit to Russia from May 8-11 where"_s, en,
        sunday, {u"2025-05-08/2025-05-11"_s}, {u"May 8-11"_s});
    row("range across months", u"from May 30 – June 2"_s, en, sunday, {u"2025-05-30/2025-06-02"_s},
        {u"May 30 – June 2"_s});
    row("range naming the month twice", u"May 8 to May 11, 2025"_s, en, sunday,
        {u"2025-05-08/2025-05-11"_s}, {u"May 8 to May 11, 2025"_s});
    row("ISO date", u"Updated 2025-05-11."_s, en, sunday, {u"2025-05-11"_s}, {u"2025-05-11"_s});
    row("month day year", u"on September 2, 1945 the"_s, en, sunday, {u"1945-09-02"_s},
        {u"September 2, 1945"_s});
    row("month day year, short", u"May 11, 2025"_s, en, sunday, {u"2025-05-11"_s},
        {u"May 11, 2025"_s});
    row("day month year", u"11 May 2025"_s, en, sunday, {u"2025-05-11"_s}, {u"11 May 2025"_s});
    row("weekday before a date is part of it", u"Sunday, 11 May 2025"_s, en, sunday,
        {u"2025-05-11"_s}, {u"Sunday, 11 May 2025"_s});
    row("ordinal day of month", u"on the 9th of May"_s, en, sunday, {u"2025-05-09"_s},
        {u"the 9th of May"_s});
    row("abbreviated month", u"Sept. 2, 1945"_s, en, sunday, {u"1945-09-02"_s},
        {u"Sept. 2, 1945"_s});
    row("month and year", u"state visit in June 2024."_s, en, sunday, {u"2024-06"_s},
        {u"June 2024"_s});
    row("anniversary span: the day and the year it counts to", u"(May 9, 1945 - 2025)"_s, en,
        sunday, {u"1945-05-09"_s, u"2025"_s}, {u"May 9, 1945"_s, u"2025"_s});
    row("a dash and a year before the day is no span", u"(2025 - May 9, 1945)"_s, en, sunday,
        {u"1945-05-09"_s}, {u"May 9, 1945"_s});
    row("two days joined by and", u"talks on May 9 and 10, in Moscow"_s, en, sunday,
        {u"2025-05-09"_s, u"2025-05-10"_s}, {u"May 9"_s, u"10"_s});
    row("numeric date, day first as Vietnamese sources write it", u"signed on 10/5/2025 in"_s, en,
        QDate(2025, 5, 12), {u"2025-05-10"_s}, {u"10/5/2025"_s});
    row("numeric date, month first when the day is over 12", u"on 5/13/2025"_s, en, sunday,
        {u"2025-05-13"_s}, {u"5/13/2025"_s});
    row("numeric date, the reading nearer the article date", u"on 5/10/2025"_s, en, sunday,
        {u"2025-05-10"_s}, {u"5/10/2025"_s});
    row("yesterday is the day before the article", u"Yesterday, the two sides"_s, en, sunday,
        {u"2025-05-10"_s}, {u"Yesterday"_s});
    row("tomorrow", u"will sign tomorrow."_s, en, sunday, {u"2025-05-12"_s}, {u"tomorrow"_s});
    row("coming day is nearer this year", u"National Day (September 2)."_s, en, sunday,
        {u"2025-09-02"_s}, {u"September 2"_s});
    row("December in January is last year's", u"on December 28"_s, en, QDate(2025, 1, 5),
        {u"2024-12-28"_s}, {u"December 28"_s});
    row("month after in, earlier this year", u"his visit to Việt Nam in January."_s, en, sunday,
        {u"2025-01"_s}, {u"January"_s});
    row("month after in, later month is last year's", u"elected in September"_s, en, sunday,
        {u"2024-09"_s}, {u"September"_s});
    row("the article's own month", u"since May"_s, en, sunday, {u"2025-05"_s}, {u"May"_s});
    row("month with this year", u"in January this year"_s, en, QDate(2025, 5, 9), {u"2025-01"_s},
        {u"January this year"_s});
    row("month with next year", u"by March next year"_s, en, sunday, {u"2026-03"_s},
        {u"March next year"_s});
    row("last month name", u"last May and last March"_s, en, sunday, {u"2024-05"_s, u"2025-03"_s},
        {u"last May"_s, u"last March"_s});
    row("next month name", u"next May"_s, en, sunday, {u"2026-05"_s}, {u"next May"_s});
    row("mid-month", u"until mid-March"_s, en, sunday, {u"2025-03"_s}, {u"March"_s});
    row("weekday before the article date", u"held talks on Saturday(local time)"_s, en, sunday,
        {u"2025-05-10"_s}, {u"Saturday"_s});
    row("weekday three days back", u"met on Thursday"_s, en, sunday, {u"2025-05-08"_s},
        {u"Thursday"_s});
    row("weekday of the article date", u"left Moscow on Sunday afternoon"_s, en, sunday,
        {u"2025-05-11"_s}, {u"Sunday"_s});
    row("last weekday is strictly before", u"last Sunday"_s, en, sunday, {u"2025-05-04"_s},
        {u"last Sunday"_s});
    row("next weekday is after", u"next Monday"_s, en, sunday, {u"2025-05-12"_s},
        {u"next Monday"_s});
    row("two days joined by to", u"from 30 April to 2 May"_s, en, sunday,
        {u"2025-04-30/2025-05-02"_s}, {u"30 April to 2 May"_s});
    row("year after mid-", u"until mid-2026"_s, en, sunday, {u"2026"_s}, {u"2026"_s});
    row("year after a cue", u"a high-income country by 2045."_s, en, sunday, {u"2045"_s},
        {u"2045"_s});
    row("year after the end of", u"20,000 stations by the end of 2026."_s, en, sunday, {u"2026"_s},
        {u"2026"_s});
    row("year after the first half of", u"in the first half of 2025"_s, en, sunday, {u"2025"_s},
        {u"2025"_s});
    row("year range with a dash", u"the 2021–2025 period"_s, en, sunday, {u"2021/2025"_s},
        {u"2021–2025"_s});
    row("year range with from/to", u"from 2021 to 2025"_s, en, sunday, {u"2021/2025"_s},
        {u"from 2021 to 2025"_s});
    row("several in one sentence",
        u"Russia (May 9, 1945 - 2025) and Việt Nam (April 30, 1975 - 2025) on Saturday"_s, en,
        sunday, {u"1945-05-09"_s, u"2025"_s, u"1975-04-30"_s, u"2025"_s, u"2025-05-10"_s},
        {u"May 9, 1945"_s, u"2025"_s, u"April 30, 1975"_s, u"2025"_s, u"Saturday"_s});

    // Vietnamese
    row("ngày N tháng M", u"ở Moscow vào ngày 10 tháng 5 (giờ địa phương)."_s, vi, sunday,
        {u"2025-05-10"_s}, {u"ngày 10 tháng 5"_s});
    row("capitalised Ngày", u"Ngày 9 tháng 5, hai bên"_s, vi, sunday, {u"2025-05-09"_s},
        {u"Ngày 9 tháng 5"_s});
    row("range từ ngày đến ngày", u"từ ngày 8 đến ngày 11 tháng 5 vừa qua"_s, vi, sunday,
        {u"2025-05-08/2025-05-11"_s}, {u"từ ngày 8 đến ngày 11 tháng 5"_s});
    row("full date in words", u"ngày 11 tháng 5 năm 2025"_s, vi, sunday, {u"2025-05-11"_s},
        {u"ngày 11 tháng 5 năm 2025"_s});
    row("mùng before a day", u"mùng 2 tháng 9"_s, vi, sunday, {u"2025-09-02"_s},
        {u"mùng 2 tháng 9"_s});
    row("month năm year", u"tháng 6 năm 2024"_s, vi, sunday, {u"2024-06"_s},
        {u"tháng 6 năm 2024"_s});
    row("month slash year", u"vào tháng 6/2024."_s, vi, sunday, {u"2024-06"_s},
        {u"tháng 6/2024"_s});
    row("month alone, earlier this year", u"trong tháng 1"_s, vi, sunday, {u"2025-01"_s},
        {u"tháng 1"_s});
    row("month alone, later month is last year's", u"hồi tháng 9"_s, vi, sunday, {u"2024-09"_s},
        {u"tháng 9"_s});
    row("month with năm ngoái", u"tháng 5 năm ngoái"_s, vi, sunday, {u"2024-05"_s},
        {u"tháng 5 năm ngoái"_s});
    row("numeric date is day first, and the year it counts to", u"(9/5/1945 - 2025)"_s, vi, sunday,
        {u"1945-05-09"_s, u"2025"_s}, {u"9/5/1945"_s, u"2025"_s});
    row("two days joined by và", u"Hội nghị diễn ra ngày 9 và 10/5 tại Hà Nội"_s, vi, sunday,
        {u"2025-05-09"_s, u"2025-05-10"_s}, {u"ngày 9"_s, u"10/5"_s});
    row("two days, ngày written twice", u"vào ngày 9 và ngày 10 tháng 5"_s, vi, sunday,
        {u"2025-05-09"_s, u"2025-05-10"_s}, {u"ngày 9"_s, u"ngày 10 tháng 5"_s});
    row("hôm nay is the article date", u"Hôm nay, hai bên ký kết"_s, vi, sunday, {u"2025-05-11"_s},
        {u"Hôm nay"_s});
    row("hôm qua is the day before", u"phát biểu hôm qua tại"_s, vi, sunday, {u"2025-05-10"_s},
        {u"hôm qua"_s});
    row("ngày mai is the day after", u"sẽ ký vào ngày mai."_s, vi, sunday, {u"2025-05-12"_s},
        {u"ngày mai"_s});
    row("ngày with numeric date", u"Hà Nội, ngày 11/5/2025"_s, vi, sunday, {u"2025-05-11"_s},
        {u"ngày 11/5/2025"_s});
    row("weekday before a dated day", u"Chủ nhật, ngày 11/5/2025"_s, vi, sunday, {u"2025-05-11"_s},
        {u"Chủ nhật, ngày 11/5/2025"_s});
    row("ngày with day/month", u"ngày 9/5, tại Quảng trường Đỏ"_s, vi, sunday, {u"2025-05-09"_s},
        {u"ngày 9/5"_s});
    row("time of day cues a day/month", u"sáng 10/5, Tổng Bí thư"_s, vi, sunday, {u"2025-05-10"_s},
        {u"10/5"_s});
    row("bracketed day/month after a weekday", u"hôm thứ Bảy (10/5)"_s, vi, sunday,
        {u"2025-05-10"_s, u"2025-05-10"_s}, {u"thứ Bảy"_s, u"10/5"_s});
    row("numeric day range", u"từ ngày 8-11/5"_s, vi, sunday, {u"2025-05-08/2025-05-11"_s},
        {u"từ ngày 8-11/5"_s});
    row("two dates joined by đến", u"từ ngày 30/4 đến ngày 2/5"_s, vi, sunday,
        {u"2025-04-30/2025-05-02"_s}, {u"từ ngày 30/4 đến ngày 2/5"_s});
    row("dashed day-month", u"ngày 2-9"_s, vi, sunday, {u"2025-09-02"_s}, {u"ngày 2-9"_s});
    row("năm year", u"trở thành nước thu nhập cao vào năm 2045."_s, vi, sunday, {u"2045"_s},
        {u"năm 2045"_s});
    row("year range từ năm đến năm", u"từ năm 2021 đến năm 2025"_s, vi, sunday, {u"2021/2025"_s},
        {u"từ năm 2021 đến năm 2025"_s});
    row("year range with a dash", u"giai đoạn 2021-2025"_s, vi, sunday, {u"2021/2025"_s},
        {u"2021-2025"_s});
    row("weekday after hôm", u"hôm thứ Năm"_s, vi, sunday, {u"2025-05-08"_s}, {u"thứ Năm"_s});
    row("weekday capitalised at sentence start", u"Thứ Năm, hai bên"_s, vi, sunday,
        {u"2025-05-08"_s}, {u"Thứ Năm"_s});
    row("capitalised Monday is not Thursday", u"Thứ Hai, hai bên"_s, vi, sunday, {u"2025-05-05"_s},
        {u"Thứ Hai"_s});
    row("lower-case weekday after vào", u"vào thứ năm"_s, vi, sunday, {u"2025-05-08"_s},
        {u"thứ năm"_s});
    row("numbered weekday after hôm", u"hôm thứ 7"_s, vi, sunday, {u"2025-05-10"_s}, {u"thứ 7"_s});
    row("Saturday", u"Moscow vào thứ Bảy."_s, vi, sunday, {u"2025-05-10"_s}, {u"thứ Bảy"_s});
    row("Sunday", u"rời Moscow chiều Chủ nhật"_s, vi, sunday, {u"2025-05-11"_s}, {u"Chủ nhật"_s});
    row("next week's weekday", u"thứ Hai tuần tới"_s, vi, sunday, {u"2025-05-12"_s},
        {u"thứ Hai tuần tới"_s});
    row("last week's weekday is in that week", u"tối thứ 7 tuần trước"_s, vi, sunday,
        {u"2025-05-03"_s}, {u"thứ 7 tuần trước"_s});
}

void TestDateRecognizer::finds()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QDate, article);
    QFETCH(QStringList, isos);
    QFETCH(QStringList, matched);

    QStringList foundIsos;
    QStringList foundTexts;
    for (const DateMention& mention : recognizer.find(text, languageFor(language), article)) {
        foundIsos.append(mention.iso());
        foundTexts.append(text.mid(mention.start, mention.length));
    }
    QCOMPARE(foundTexts, matched);
    QCOMPARE(foundIsos, isos);
}

void TestDateRecognizer::ignores_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    const auto row = [](const char* name, const QString& text, const QString& language) {
        QTest::newRow(name) << text << language;
    };
    row("years as a duration", u"over the past 75 years since"_s, u"en"_s);
    row("a count", u"The 2 leaders agreed"_s, u"en"_s);
    row("an ordinal", u"the 80th anniversary of the Victory"_s, u"en"_s);
    row("a time", u"at 10:30 on the dot"_s, u"en"_s);
    row("a fraction", u"won 8/11 of the seats"_s, u"en"_s);
    row("the verb may", u"they may 10 times refuse; it may rain"_s, u"en"_s);
    row("the verb march", u"troops march forward"_s, u"en"_s);
    row("a surname", u"Theresa May said"_s, u"en"_s);
    row("a year in a name needs a cue", u"the 1982 United Nations Convention"_s, u"en"_s);
    row("a count after of", u"a total of 2045 people"_s, u"en"_s);
    row("plural weekday", u"open on Sundays"_s, u"en"_s);
    row("counts that look like a year range", u"from 1500 to 2000 tonnes"_s, u"en"_s);
    row("years as a duration, vi", u"kỷ niệm 80 năm Chiến thắng, 75 năm thiết lập"_s, u"vi"_s);
    row("a fraction without ngày", u"giành 8/11 phiếu"_s, u"vi"_s);
    row("a time", u"lúc 10.30 sáng"_s, u"vi"_s);
    row("ordinal thứ hai", u"lần thứ hai, thứ năm là"_s, u"vi"_s);
    row("Thứ trưởng", u"Thứ trưởng Bộ Ngoại giao"_s, u"vi"_s);
    row("months as a duration", u"sau 6 tháng 10 ngày"_s, u"vi"_s);
    row("monthly amount", u"mỗi tháng 2 triệu đồng"_s, u"vi"_s);
    row("thirteenth-month salary", u"lương tháng 13"_s, u"vi"_s);
    row("August Revolution", u"Cách mạng tháng Tám"_s, u"vi"_s);
    row("day range running backwards", u"ngày 11-8/5"_s, u"vi"_s);
    row("invalid day", u"ngày 31/2/2025"_s, u"vi"_s);
    row("ngày nay is nowadays", u"nước Nga ngày nay"_s, u"vi"_s);
    row("today's Russia is the present", u"the former Soviet Union and today's Russia"_s, u"en"_s);
    row("a numeric day and month need a year", u"won 10/5 in the final"_s, u"en"_s);
    row("two days must run forwards", u"ngày 10 và 9/5"_s, u"vi"_s);
    row("no numeric date that is no day either way", u"on 13/13/2025"_s, u"en"_s);
}

void TestDateRecognizer::ignores()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const QList<DateMention> mentions = recognizer.find(text, languageFor(language), sunday);
    QStringList found;
    for (const DateMention& mention : mentions)
        found.append(text.mid(mention.start, mention.length) + u" → "_s + mention.iso());
    QCOMPARE(found, QStringList());
}

void TestDateRecognizer::mentionFields()
{
    const QString text = u"in June 2024, on May 8-11 and on Saturday, by 2045"_s;
    const QList<DateMention> m = recognizer.find(text, Language::English, sunday);
    QCOMPARE(m.size(), 4);
    QCOMPARE(m[0].precision, DateMention::Precision::Month);
    QCOMPARE(m[0].first, QDate(2024, 6, 1));
    QCOMPARE(m[0].last, QDate(2024, 6, 30));
    QVERIFY(!m[0].relative);
    QVERIFY(!m[0].isRange());
    QCOMPARE(m[1].precision, DateMention::Precision::Day);
    QCOMPARE(m[1].first, QDate(2025, 5, 8));
    QCOMPARE(m[1].last, QDate(2025, 5, 11));
    QVERIFY(m[1].relative);
    QVERIFY(m[1].isRange());
    QCOMPARE(m[2].first, m[2].last);
    QCOMPARE(m[2].first, QDate(2025, 5, 10));
    QCOMPARE(m[3].precision, DateMention::Precision::Year);
    QCOMPARE(m[3].first, QDate(2045, 1, 1));
    QCOMPARE(m[3].last, QDate(2045, 12, 31));
    QCOMPARE(text.mid(m[3].start, m[3].length), u"2045"_s);
}

void TestDateRecognizer::weekdayWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("weekday"); // 1 Monday … 7 Sunday, 0 none written
    QTest::addColumn<bool>("weekdayOnly");
    QTest::addColumn<QDate>("day");
    QTest::newRow("a weekday that agrees with its date")
        << u"on Saturday, May 10, 2025"_s << u"en"_s << 6 << false << QDate(2025, 5, 10);
    QTest::newRow("a weekday kept even when it contradicts the date")
        << u"on Friday, May 10"_s << u"en"_s << 5 << false << QDate(2025, 5, 10);
    QTest::newRow("a weekday alone is placed by the article date")
        << u"met on Thursday"_s << u"en"_s << 4 << true << QDate(2025, 5, 8);
    QTest::newRow("no weekday written")
        << u"on May 10"_s << u"en"_s << 0 << false << QDate(2025, 5, 10);
    QTest::newRow("Vietnamese weekday before a date")
        << u"thứ Sáu, ngày 10/5/2025"_s << u"vi"_s << 5 << false << QDate(2025, 5, 10);
    QTest::newRow("Vietnamese weekday alone")
        << u"hôm thứ Năm"_s << u"vi"_s << 4 << true << QDate(2025, 5, 8);
    QTest::newRow("Vietnamese numbered weekday")
        << u"vào thứ 7"_s << u"vi"_s << 6 << true << QDate(2025, 5, 10);
}

void TestDateRecognizer::weekdayWritten()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(int, weekday);
    QFETCH(bool, weekdayOnly);
    QFETCH(QDate, day);
    const QList<DateMention> m = recognizer.find(text, languageFor(language), sunday);
    QCOMPARE(m.size(), 1);
    QCOMPARE(m[0].weekday, weekday);
    QCOMPARE(m[0].weekdayOnly, weekdayOnly);
    QCOMPARE(m[0].first, day);
}

void TestDateRecognizer::withoutArticleDate()
{
    // Only dates written in full can be placed without the article's date.
    const QString text = u"on May 10, on Saturday, in January, on May 11, 2025 and in June 2024"_s;
    QStringList isos;
    for (const DateMention& mention : recognizer.find(text, Language::English, QDate()))
        isos.append(mention.iso());
    QCOMPARE(isos, QStringList({u"2025-05-11"_s, u"2024-06"_s}));
}

void TestDateRecognizer::withoutArticleDateKeepingYearless_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("isos");
    QTest::newRow("day and month: no year in the value")
        << u"in Moscow on May 9 (local time)"_s << u"en"_s << QStringList{u"--05-09"_s};
    QTest::newRow("the same day in Vietnamese, for linking")
        << u"vào ngày 9 tháng 5"_s << u"vi"_s << QStringList{u"--05-09"_s};
    QTest::newRow("a range") << u"from May 8-11"_s << u"en"_s << QStringList{u"--05-08/--05-11"_s};
    QTest::newRow("a month after a cue") << u"in January"_s << u"en"_s << QStringList{u"--01"_s};
    QTest::newRow("a full date keeps its year")
        << u"on May 11, 2025"_s << u"en"_s << QStringList{u"2025-05-11"_s};
    QTest::newRow("a weekday cannot be placed") << u"on Saturday"_s << u"en"_s << QStringList();
    QTest::newRow("hôm nay cannot be placed") << u"hôm nay"_s << u"vi"_s << QStringList();
}

void TestDateRecognizer::withoutArticleDateKeepingYearless()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QStringList, isos);
    QStringList found;
    for (const DateMention& mention :
         recognizer.find(text, languageFor(language), QDate(), DateRecognizer::MissingYear::Keep)) {
        found.append(mention.iso());
        QCOMPARE(mention.yearless, !mention.iso().front().isDigit());
    }
    QCOMPARE(found, isos);
}

void TestDateRecognizer::unknownLanguageTriesBoth()
{
    const QString text = u"May 10 / ngày 10 tháng 5 / 2025-05-11"_s;
    QStringList isos;
    for (const DateMention& mention : recognizer.find(text, Language::Unknown, sunday))
        isos.append(mention.iso());
    QCOMPARE(isos, QStringList({u"2025-05-10"_s, u"2025-05-10"_s, u"2025-05-11"_s}));
}

void TestDateRecognizer::sampleArticles_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("expected"); // "matched text → iso", each must be found

    QTest::newRow("000 English, Saturday and May 9")
        << u"000"_s
        << QStringList{u"Saturday → 2025-05-10"_s, u"May 9 → 2025-05-09"_s,
                       u"April 30 → 2025-04-30"_s, u"September 2 → 2025-09-02"_s, u"2045 → 2045"_s};
    QTest::newRow("001 interleaved, ngày 10 tháng 5 and May 10")
        << u"001"_s
        << QStringList{u"ngày 10 tháng 5 → 2025-05-10"_s, u"ngày 9 tháng 5 → 2025-05-09"_s,
                       u"May 10 → 2025-05-10"_s, u"May 9 → 2025-05-09"_s};
    QTest::newRow("002 dated May 9, Thursday and January")
        << u"002"_s
        << QStringList{u"Thursday → 2025-05-08"_s, u"January → 2025-01"_s,
                       u"June 2024 → 2024-06"_s};
    QTest::newRow("003 range and lifespans")
        << u"003"_s
        << QStringList{u"Sunday → 2025-05-11"_s, u"May 8-11 → 2025-05-08/2025-05-11"_s,
                       u"May 9, 1945 → 1945-05-09"_s, u"April 30, 1975 → 1975-04-30"_s,
                       u"September 2, 1945 → 1945-09-02"_s};
}

void TestDateRecognizer::sampleArticles()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, expected);
    const DocumentPtr document = readSample(sample);
    QVERIFY2(document, "sample not found or unreadable");
    QStringList found;
    for (const Paragraph& paragraph : document->paragraphs) {
        for (const DateMention& mention :
             recognizer.find(paragraph.text, paragraph.language, document->metadata.date))
            found.append(paragraph.text.mid(mention.start, mention.length) + u" → "_s +
                         mention.iso());
    }
    qDebug().noquote() << sample << found.join(u" | "_s);
    for (const QString& one : expected)
        QVERIFY2(found.contains(one), qPrintable(one));
    // Nothing in these articles is an ordinal or a count read as a date.
    for (const QString& one : found)
        QVERIFY2(!one.startsWith(u"80"_s) && !one.startsWith(u"75"_s), qPrintable(one));
}

void TestDateRecognizer::throughput()
{
    // About 2 MB of the sample articles' paragraphs, searched paragraph by paragraph as the
    // application would. Reports a figure; never fails on time.
    QList<std::pair<Paragraph, QDate>> paragraphs;
    for (const QString& prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        const DocumentPtr document = readSample(prefix);
        QVERIFY(document);
        for (const Paragraph& paragraph : document->paragraphs)
            paragraphs.append({paragraph, document->metadata.date});
    }
    qint64 bytes = 0;
    for (const auto& [paragraph, date] : paragraphs)
        bytes += paragraph.text.toUtf8().size();
    const int rounds = int(2'000'000 / qMax<qint64>(1, bytes)) + 1;
    // The best of three passes: a figure for the README, not a measurement of the machine's load.
    double best = 0;
    qsizetype mentions = 0;
    for (int pass = 0; pass < 3; ++pass) {
        QElapsedTimer timer;
        timer.start();
        mentions = 0;
        for (int round = 0; round < rounds; ++round)
            for (const auto& [paragraph, date] : paragraphs)
                mentions += recognizer.find(paragraph.text, paragraph.language, date).size();
        best = qMax(best,
                    double(bytes) * rounds / 1e6 / (qMax<qint64>(1, timer.nsecsElapsed()) / 1e9));
    }
    qInfo("DateRecognizer: %.1f MB of sample paragraphs, best of 3: %.0f MB/s, %lld mentions",
          double(bytes) * rounds / 1e6, best, qlonglong(mentions));
    QVERIFY(mentions > 0);
}

QTEST_GUILESS_MAIN(TestDateRecognizer)
#include "tst_daterecognizer.moc"
