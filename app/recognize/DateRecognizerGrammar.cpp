// SPDX-License-Identifier: GPL-3.0-or-later
// The combined expressions of DateRecognizer, one per language. Each alternative is one form of
// date; its named groups ("md_d2") tell interpret() what each part is. Month and weekday names
// and the cue words come from resources/language/.
#include "recognize/DateRecognizer.h"

#include "text/LanguageData.h"

#include <QHash>

#include <algorithm>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

// Group-name suffixes, in Role order.
constexpr std::array<const char16_t*, 11> roleSuffixes{
    u"_w", u"_d", u"_d2", u"_m", u"_m2", u"_y", u"_y2", u"_rel", u"_ry", u"_ngay", u"_d0"};

// Digits are written [0-9]: with Unicode properties on, \d is any script's digit and PCRE2 then
// tries every non-ASCII character as a possible start, several times slower on Vietnamese.
const QString year = uR"((?:1[5-9]|2[01])[0-9][0-9])"_s; // a plausible year, not a count
const QString iso =
    uR"((?<![0-9])(?<{A}_y>[0-9]{4})-(?<{A}_m>[0-9]{2})-(?<{A}_d>[0-9]{2})(?![0-9]))"_s;

// A name as a pattern: its words joined by any white space, the few special characters escaped.
QString namePattern(const QString& name)
{
    QString pattern;
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (!pattern.isEmpty())
            pattern += uR"(\s+)"_s;
        for (QChar c : word) {
            if (QStringView(uR"(\^$.|?*+()[]{}-/)").contains(c))
                pattern += u'\\';
            pattern += c;
        }
    }
    return pattern;
}

// "(?:A|B|…)": names sharing a first word share it, as in "thứ\s+(?:hai|ba|…)".
QString alternation(const QStringList& names)
{
    QStringList firsts;
    QHash<QString, QStringList> rests;
    for (const QString& name : names) {
        const qsizetype space = name.indexOf(u' ');
        const QString first = space < 0 ? name : name.first(space);
        if (!rests.contains(first))
            firsts.append(first);
        rests[first].append(space < 0 ? QString() : name.sliced(space + 1));
    }
    QStringList branches;
    for (const QString& first : std::as_const(firsts)) {
        const QStringList& after = rests.value(first);
        if (after.size() == 1 && after.front().isEmpty()) {
            branches.append(namePattern(first));
            continue;
        }
        QStringList tails;
        for (const QString& rest : after)
            if (!rest.isEmpty())
                tails.append(namePattern(rest));
        const QString tail = tails.size() == 1 ? tails.front() : u"(?:"_s + tails.join(u'|') + u')';
        // A name that is the first word alone ("Chủ" beside "Chủ nhật") makes the rest optional.
        branches.append(namePattern(first) + (tails.size() < after.size()
                                                  ? u"(?:\\s+"_s + tail + u")?"_s
                                                  : uR"(\s+)"_s + tail));
    }
    return u"(?:"_s + branches.join(u'|') + u')';
}

// English is matched case-sensitively: month and weekday names must be capitalised, so the verb
// "may" and the noun "march" are not dates. Abbreviations need a day or year after them.
QList<std::pair<QString, QString>> englishFragments()
{
    const LanguageData::Calendar& calendar = LanguageData::calendar();
    QStringList weekdays;
    for (const LanguageData::Weekday& weekday : calendar.weekdays)
        weekdays.append(weekday.english);
    QStringList months;
    QStringList fullMonths;
    for (const LanguageData::Month& month : calendar.months) {
        // Longest first, as "Sep(?:t(?:ember)?)?" would try them.
        QStringList forms = QStringList{month.english} + month.englishAbbreviations;
        std::stable_sort(forms.begin(), forms.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        months.append(forms);
        fullMonths.append(month.english);
    }
    return {{u"{WP}"_s, uR"((?:(?<{A}_w>{WD}),?\s+)?)"_s}, // "Sunday, " before a date
            {u"{WD}"_s, alternation(weekdays) + uR"((?!\p{L}))"_s},
            {u"{M}"_s, alternation(months) + uR"((?!\p{L})\.?)"_s},
            {u"{FM}"_s, alternation(fullMonths) + uR"((?!\p{L}))"_s},
            {u"{DE}"_s, uR"((?![0-9])(?:st|nd|rd|th)?(?!\p{L}))"_s}, // "10", "10th", not "10am"
            {u"{TO}"_s, uR"((?:\s*[-–—]\s*|\s+(?:to|until|till|through)\s+))"_s},
            {u"{EY}"_s, uR"((?:,?\s+(?<{A}_y>[0-9]{4})(?![0-9]))?)"_s}, // ", 2025"
            {u"{ISO}"_s, iso},
            {u"{Y}"_s, year}};
}

// Vietnamese is matched case-insensitively ("Ngày", "Thứ Năm", "thứ năm"). Day/month forms
// may start with "từ" and "ngày"/"hôm"/"mùng"; "ngày 8-11/5" and "ngày 8 đến ngày 11" are ranges.
QList<std::pair<QString, QString>> vietnameseFragments()
{
    QStringList weekdays;
    for (const LanguageData::Weekday& weekday : LanguageData::calendar().weekdays)
        for (const QString& name : QStringList{weekday.vietnamese} + weekday.vietnameseAlso)
            weekdays.append(name.toLower());
    // Longest first: "tháng mười hai" before "tháng mười".
    QStringList months;
    for (const LanguageData::Month& month : LanguageData::calendar().months)
        for (const QString& name : month.vietnamese)
            months.append(name.toLower());
    std::stable_sort(months.begin(), months.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return {{u"{WP}"_s, uR"((?:(?<{A}_w>{WD})\s*,?\s*)?)"_s}, // "Chủ nhật, " before a date
            {u"{WD}"_s, alternation(weekdays) + uR"((?![\p{L}\p{M}0-9]))"_s},
            {u"{VM}"_s, alternation(months) + uR"((?![\p{L}\p{M}0-9]))"_s},
            {u"{DAY}"_s,
             uR"((?:từ\s+)?(?:(?<{A}_ngay>(?:ngày\s+)?(?:mùng|mồng)|ngày|hôm)\s+)?)"_s
             uR"((?:(?<{A}_d0>[0-9]{1,2}),?\s+và\s+(?:ngày\s+)?)?)"_s // "ngày 9 và 10/5"
             uR"((?<![0-9.,/])(?<{A}_d>[0-9]{1,2}))"_s
             uR"((?:\s*(?:[-–]\s*|đến\s+(?:ngày\s+)?)(?<{A}_d2>[0-9]{1,2}))?)"_s},
            {u"{MY}"_s,
             uR"((?:\s*,?\s*năm\s+|[/.-])(?<{A}_y>[0-9]{4})(?![0-9]))"_s}, // " năm 2024", "/2024"
            {u"{ISO}"_s, iso},
            {u"{Y}"_s, year}};
}

// "(?<!những\s)(?<!các\s)": not after the first word of a decade phrase that ends in "năm"
// ("những năm 1930" is the 1930s).
QString notAfterDecadeWords()
{
    QString lookbehinds;
    for (const QString& phrase : LanguageData::words(u"vi/decade-words.txt")) {
        const QStringList words = phrase.split(u' ');
        if (words.size() == 2 && words.back() == u"năm")
            lookbehinds += uR"((?<!\b)"_s + namePattern(words.front()) + uR"(\s))"_s;
    }
    return lookbehinds;
}

} // namespace

// In each list, where two forms match at the same place the first listed wins: longer forms
// come first.
QList<DateRecognizer::Alternative> DateRecognizer::englishAlternatives()
{
    using F = Form;
    const QStringList relative{u"last"_s, u"next"_s, u"this"_s};
    const QStringList& monthCues = LanguageData::words(u"en/month-cues.txt");
    const QStringList& yearCues = LanguageData::words(u"en/year-cues.txt");
    return {
        {.name = u"iso"_s, .form = F::DayMonth, .pattern = uR"({WP}{ISO})"_s},
        // "10/5/2025": with its year, or it may be a fraction or a score
        {.name = u"nm"_s,
         .form = F::Numeric,
         .pattern = uR"({WP}(?<![0-9.,/])(?<{A}_d>[0-9]{1,2})/(?<{A}_m>[0-9]{1,2}))"
                    uR"(/(?<{A}_y>[0-9]{4})(?![0-9]|/[0-9]))"_s},
        // "May 10", "May 8-11", "Sunday, May 11, 2025", "May 30 - June 2", "May 9, 1945"
        {.name = u"md"_s,
         .form = F::DayMonth,
         .pattern = uR"({WP}\b(?<{A}_m>{M})\s+(?:(?<{A}_d0>[0-9]{1,2}){DE},?\s+and\s+)?)"
                    uR"((?<{A}_d>[0-9]{1,2}){DE})"
                    uR"((?:{TO}(?:(?<{A}_m2>{M})\s+)?(?<{A}_d2>[0-9]{1,2}){DE})?{EY})"_s},
        // "11 May 2025", "8-11 May", "the 9th of May"
        {.name = u"dm"_s,
         .form = F::DayMonth,
         .pattern = uR"({WP}(?<![\p{L}0-9.,])(?<{A}_d>[0-9]{1,2}){DE})"
                    uR"((?:{TO}(?<{A}_d2>[0-9]{1,2}){DE})?\s+(?:of\s+)?(?<{A}_m>{M}){EY})"_s,
         .leading = {u"the"_s}},
        {.name = u"my"_s, // "June 2024"
         .form = F::MonthYear,
         .pattern = uR"(\b(?<{A}_m>{M}),?\s+(?<{A}_y>[0-9]{4})(?![0-9]))"_s},
        // A month alone only after a cue: "in January", "by May", "last March".
        {.name = u"bm"_s,
         .form = F::MonthYear,
         .pattern = uR"(\b(?<{A}_m>{FM})(?:\s+(?<{A}_ry>this|last|next)\s+year\b)?)"_s,
         .cues = monthCues,
         .leading = relative,
         .needsCue = true},
        {.name = u"yr"_s, // "2021-2025"
         .form = F::YearRange,
         .pattern =
             uR"((?<![0-9.,/-])(?<{A}_y>{Y})\s*[-–—]\s*(?<{A}_y2>{Y})(?![0-9]|[.,/-][0-9]))"_s},
        {.name = u"yf"_s, // "from 2021 to 2025"
         .form = F::YearRange,
         .pattern = uR"((?<![0-9.,/-])(?<{A}_y>{Y})\s+(?:to|until|till)\s+(?<{A}_y2>{Y}))"
                    uR"((?![0-9]|[.,][0-9]))"_s,
         .leading = {u"from"_s},
         .needsCue = true},
        {.name = u"yt"_s, // "by 2045", "mid-2025"
         .form = F::Year,
         // not "the 1870's", "the 1930s": decades
         .pattern = uR"((?<![0-9.,/]|[0-9]-)(?<{A}_y>{Y})(?![0-9]|[.,][0-9]|['’]?s(?!\p{L})))"_s,
         .cues = yearCues,
         .needsCue = true},
        {.name = u"wd"_s,
         .form = F::Weekday,
         .pattern = uR"(\b(?<{A}_w>{WD}))"_s,
         .leading = relative}};
}

QList<DateRecognizer::Alternative> DateRecognizer::vietnameseAlternatives()
{
    using F = Form;
    // Numeric days need "ngày", a weekday, a year or one of these before them: "8/11" alone may
    // be a fraction. "thứ hai" is also the ordinal "second": a lone weekday needs a capital
    // ("thứ Hai") or a cue word.
    const QStringList& dayCues = LanguageData::words(u"vi/day-cues.txt");
    const QStringList& weekdayCues = LanguageData::words(u"vi/weekday-cues.txt");
    return {
        {.name = u"iso"_s, .form = F::DayMonth, .pattern = uR"({WP}{ISO})"_s},
        // "ngày 10 tháng 5", "từ ngày 8 đến ngày 11 tháng 5", "ngày 11 tháng 5 năm 2025"
        {.name = u"dt"_s,
         .form = F::DayMonth,
         .pattern = uR"({WP}{DAY}\s+tháng\s+(?<{A}_m>[0-9]{1,2})(?![0-9])(?:{MY})?)"_s,
         .cues = dayCues,
         .needsCue = true},
        // A month by name after a day: "ngày 18 tháng Mười", "mùng 7 tháng Ba năm 2005"
        {.name = u"dw"_s,
         .form = F::DayMonth,
         .pattern = uR"({WP}{DAY}\s+(?<{A}_m>{VM})(?:{MY})?)"_s,
         .cues = dayCues,
         .needsCue = true},
        // Day first: "ngày 11/5/2025", "9/5/1945", "sáng 10/5", "ngày 8-11/5"
        {.name = u"nd"_s,
         .form = F::DayMonth,
         .pattern = uR"({WP}{DAY}[/.-](?<{A}_m>[0-9]{1,2}))"
                    uR"((?:[/.-](?<{A}_y>[0-9]{4}))?(?![0-9]|[/.-][0-9]))"_s,
         .cues = dayCues,
         .needsCue = true},
        // "tháng 6", "tháng 6/2024", "tháng 6 năm 2024"; not "6 tháng", "mỗi tháng 2 triệu"
        {.name = u"mt"_s,
         .form = F::MonthYear,
         .pattern = uR"(\btháng\s+(?<{A}_m>[0-9]{1,2}))"
                    uR"((?![0-9]|[.,][0-9]|\s+(?:triệu|tỷ|tỉ|nghìn|ngàn|lần)))"
                    uR"((?:{MY}|\s+(?<{A}_ry>năm\s+(?:nay|ngoái|trước|tới|sau))(?!\p{L}))?)"_s,
         .vetoes = LanguageData::words(u"vi/month-vetoes.txt")},
        // A month by name alone only with its year: "tháng Tám năm 2011" ("tháng năm" is also
        // "months and years").
        {.name = u"mw"_s, .form = F::MonthYear, .pattern = uR"(\b(?<{A}_m>{VM}){MY})"_s},
        {.name = u"yf"_s, // "từ năm 2021 đến năm 2025"
         .form = F::YearRange,
         .pattern = uR"(\btừ\s+năm\s+(?<{A}_y>{Y})\s*(?:[-–]\s*|đến\s+(?:năm\s+)?))"
                    uR"((?<{A}_y2>{Y})(?![0-9]))"_s},
        {.name = u"yr"_s, // "năm 2021-2025", "giai đoạn 2021 - 2025"
         .form = F::YearRange,
         .pattern = uR"((?:\bnăm\s+)?(?<![0-9.,/-])(?<{A}_y>{Y})\s*[-–]\s*(?<{A}_y2>{Y}))"
                    uR"((?![0-9]|[.,/-][0-9]))"_s},
        {.name = u"yn"_s, // "năm 2045"; not a decade, "những năm 1930"
         .form = F::Year,
         .pattern = notAfterDecadeWords() + uR"(\bnăm\s+(?<{A}_y>[0-9]{4})(?![0-9]|[.,][0-9]))"_s},
        // Not "ngày nay" ("nowadays"), nor "hôm sau" (the day after the one told of).
        {.name = u"rd"_s,
         .form = F::RelativeDay,
         .pattern =
             uR"(\b(?<{A}_rel>hôm\s+(?:nay|qua|kia)|ngày\s+(?:mai|kia))(?![\p{L}\p{M}0-9]))"_s},
        {.name = u"wd"_s, // "thứ Năm", "Chủ nhật", "thứ Hai tuần tới"
         .form = F::Weekday,
         .pattern =
             uR"(\b(?<{A}_w>{WD})(?:\s+(?<{A}_rel>tới|tuần\s+(?:tới|sau|trước|qua))(?!\p{L}))?)"_s,
         .cues = weekdayCues,
         .needsCue = true}};
}

DateRecognizer::DateRecognizer()
    : english(compile(englishAlternatives(), englishFragments(),
                      QRegularExpression::UseUnicodePropertiesOption)),
      vietnamese(compile(vietnameseAlternatives(), vietnameseFragments(),
                         QRegularExpression::UseUnicodePropertiesOption |
                             QRegularExpression::CaseInsensitiveOption))
{
    vietnamese.anchored = true;
}

DateRecognizer::Grammar DateRecognizer::compile(QList<Alternative> alternatives,
                                                const QList<std::pair<QString, QString>>& fragments,
                                                QRegularExpression::PatternOptions options)
{
    QStringList branches;
    for (const Alternative& alternative : alternatives) {
        QString pattern = alternative.pattern;
        for (const auto& [placeholder, fragment] : fragments) // in order: {WP} holds {WD}
            pattern.replace(placeholder, fragment);
        branches.append(u"(?<"_s + alternative.name + u'>' +
                        pattern.replace(u"{A}"_s, alternative.name) + u')');
    }
    QRegularExpression expression(branches.join(u'|'), options);
    Q_ASSERT_X(expression.isValid(), "DateRecognizer", qPrintable(expression.errorString()));
    expression.optimize();
    const QStringList names = expression.namedCaptureGroups();
    for (Alternative& alternative : alternatives) {
        alternative.group = int(names.indexOf(alternative.name));
        for (int role = 0; role < RoleCount; ++role)
            alternative.roles[role] =
                int(names.indexOf(alternative.name + QString::fromUtf16(roleSuffixes[role])));
    }
    return {expression, alternatives};
}

} // namespace songngu
