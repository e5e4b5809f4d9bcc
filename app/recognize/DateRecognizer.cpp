// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/DateRecognizer.h"

#include "text/LanguageData.h"

#include <QHash>

#include <QStringList>

#include <algorithm>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool inWord(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The token just before `position`, past white space: a word ("in", "sáng"), a word and the
// hyphen joining it to the candidate ("mid-"), or one punctuation mark ("(").
QStringView tokenBefore(QStringView text, qsizetype position)
{
    qsizetype end = position;
    while (end > 0 && text[end - 1].isSpace())
        --end;
    if (end == 0)
        return {};
    qsizetype start = end;
    if (end == position && text[end - 1] == u'-')
        --start;
    while (start > 0 && inWord(text[start - 1]))
        --start;
    return text.sliced(start == end ? end - 1 : start, start == end ? 1 : end - start);
}

bool containsWord(const QStringList& words, QStringView word)
{
    return std::any_of(words.begin(), words.end(), [word](const QString& w) {
        return word.compare(w, Qt::CaseInsensitive) == 0;
    });
}

// 1 to 12, from "5", "May", "Sept.", "tháng Mười Hai" (as the expression matched it), or 0.
int monthNumber(QStringView name)
{
    if (!name.isEmpty() && name.front().isDigit())
        return name.toInt();
    static const QHash<QStringView, int> numbers = [] {
        QHash<QStringView, int> months; // views of the calendar, which lives as long as we do
        for (const LanguageData::Month& month : LanguageData::calendar().months) {
            months.insert(month.english, month.number);
            for (const QString& abbreviation : month.englishAbbreviations)
                months.insert(abbreviation, month.number);
        }
        return months;
    }();
    // Vietnamese names are matched in any case and spacing: looked up lower case, single spaces.
    static const QHash<QString, int> vietnamese = [] {
        QHash<QString, int> months;
        for (const LanguageData::Month& month : LanguageData::calendar().months)
            for (const QString& written : month.vietnamese)
                months.insert(written.toLower(), month.number);
        return months;
    }();
    if (const auto it = vietnamese.constFind(name.toString().toLower().simplified());
        it != vietnamese.cend())
        return it.value();
    return numbers.value(name.endsWith(u'.') ? name.chopped(1) : name);
}

// A weekday as the expressions matched it, for looking it up: lower case, single spaces.
QString weekdayKey(QStringView name)
{
    return name.toString().toLower().simplified();
}

// 1 (Monday) to 7 (Sunday), from "Saturday", "thứ Bảy", "thứ 7" or "Chủ nhật", or 0.
int weekdayNumber(QStringView name)
{
    static const QHash<QString, int> numbers = [] {
        QHash<QString, int> weekdays;
        for (const LanguageData::Weekday& day : LanguageData::calendar().weekdays)
            for (const QString& form :
                 QStringList{day.english, day.vietnamese} + day.vietnameseAlso)
                weekdays.insert(weekdayKey(form), day.number);
        return weekdays;
    }();
    return numbers.value(weekdayKey(name));
}

QStringView lastWord(QStringView words)
{
    qsizetype i = words.size();
    while (i > 0 && !words[i - 1].isSpace())
        --i;
    return words.sliced(i);
}

// -1 for "last", "năm ngoái", "tuần trước"; 1 for "next", "tới", "năm sau"; 0 for "this".
int direction(QStringView words)
{
    const QString w = words.toString().toLower();
    for (const auto* back : {u"last", u"ngoái", u"trước", u"qua"})
        if (w.contains(QStringView(back)))
            return -1;
    for (const auto* ahead : {u"next", u"tới", u"sau"})
        if (w.contains(QStringView(ahead)))
            return 1;
    return 0;
}

// The day/month nearest the article date, a year either side: news names recent and coming
// days alike ("the parade on May 9", "National Day (September 2)" in a May article).
QDate nearestDay(int month, int day, QDate article)
{
    QDate best;
    for (int year = article.year() - 1; year <= article.year() + 1; ++year) {
        const QDate candidate(year, month, day);
        if (candidate.isValid() &&
            (!best.isValid() || qAbs(article.daysTo(candidate)) < qAbs(article.daysTo(best))))
            best = candidate;
    }
    return best;
}

// Where a Vietnamese date can begin: a run of digits, or a word its forms start with. Checking
// this here and anchoring the expression there is several times faster than letting PCRE2 try
// each of the many "t", "n", "c", "h" and "m" of Vietnamese text. Expects NFC, as parsed text is.
qsizetype nextVietnameseStart(QStringView text, qsizetype from)
{
    static constexpr std::array<QStringView, 9> words{u"thứ",  u"chủ",  u"từ",    u"ngày", u"hôm",
                                                      u"mùng", u"mồng", u"tháng", u"năm"};
    for (qsizetype i = from; i < text.size(); ++i) {
        if (isDigit(text[i])) {
            if (i == 0 || !isDigit(text[i - 1]))
                return i;
            continue;
        }
        switch (text[i].unicode() | 0x20) { // ASCII lower case: the cheap test comes first
        case u't':
        case u'c':
        case u'n':
        case u'h':
        case u'm':
            break;
        default:
            continue;
        }
        if (i > 0 && inWord(text[i - 1]))
            continue;
        const QStringView rest = text.sliced(i);
        for (const QStringView word : words)
            if (rest.startsWith(word, Qt::CaseInsensitive) &&
                (rest.size() == word.size() || !inWord(rest[word.size()])))
                return i;
    }
    return -1;
}

// Two days joined into one range: "từ ngày 30/4 đến ngày 2/5", "from 30 April to 2 May".
bool joinRange(DateMention& previous, const DateMention& next, QStringView text)
{
    static const QStringList joiners{u"-"_s,  u"–"_s,     u"—"_s,    u"đến"_s,    u"tới"_s,
                                     u"to"_s, u"until"_s, u"till"_s, u"through"_s};
    const qsizetype end = previous.start + previous.length;
    if (previous.precision != DateMention::Precision::Day ||
        next.precision != DateMention::Precision::Day || previous.first != previous.last ||
        next.first != next.last || previous.yearless != next.yearless ||
        !containsWord(joiners, text.sliced(end, next.start - end).trimmed()) ||
        next.first <= previous.first || previous.first.daysTo(next.first) > 62)
        return false;
    previous.last = next.first;
    previous.length = next.start + next.length - previous.start;
    previous.relative = previous.relative || next.relative;
    return true;
}

// "(May 9, 1945 - 2025)": the year an anniversary counts to, after a dated day, is a date too.
std::optional<DateMention> yearAfterDash(QStringView text, const DateMention& previous)
{
    if (previous.relative || previous.yearless || previous.isRange())
        return std::nullopt;
    qsizetype at = previous.start + previous.length;
    auto skipSpaces = [&] {
        while (at < text.size() && text[at].isSpace())
            ++at;
    };
    skipSpaces();
    if (at >= text.size() || (text[at] != u'-' && text[at] != u'–' && text[at] != u'—'))
        return std::nullopt;
    ++at;
    skipSpaces();
    const qsizetype start = at;
    while (at < text.size() && at - start < 5 && isDigit(text[at]))
        ++at;
    const int year = text.sliced(start, at - start).toInt();
    if (at - start != 4 || year <= previous.first.year() || year - previous.first.year() > 100)
        return std::nullopt;
    DateMention mention;
    mention.start = int(start);
    mention.length = 4;
    mention.first = QDate(year, 1, 1);
    mention.last = QDate(year, 12, 31);
    mention.precision = DateMention::Precision::Year;
    return mention;
}

// "yesterday" and "tomorrow" (not "today": "today's Russia" is the present), found with a plain
// search: as an alternative of the English expression they halve its speed, being one of the
// few that start with a lower-case letter.
void findEnglishRelativeDays(QStringView text, QDate articleDate, QList<DateMention>& out,
                             qsizetype firstOwn)
{
    if (!articleDate.isValid())
        return;
    for (const auto& [rest, days] : {std::pair{u"esterday", -1}, std::pair{u"omorrow", 1}}) {
        for (qsizetype at = text.indexOf(rest); at >= 1; at = text.indexOf(rest, at + 1)) {
            const qsizetype start = at - 1;
            const qsizetype end = at + QStringView(rest).size();
            const QChar first = text[start];
            if ((first != (days < 0 ? u'y' : u't') && first != (days < 0 ? u'Y' : u'T')) ||
                (start > 0 && inWord(text[start - 1])) || (end < text.size() && inWord(text[end])))
                continue;
            DateMention mention;
            mention.start = int(start);
            mention.length = int(end - start);
            mention.first = mention.last = articleDate.addDays(days);
            mention.relative = true;
            const auto after = std::upper_bound(
                out.begin() + firstOwn, out.end(), mention.start,
                [](int position, const DateMention& m) { return position < m.start; });
            out.insert(after, mention);
        }
    }
}

// Days from the article date: "hôm qua" -1, "ngày mai" +1, "hôm kia" -2, "ngày kia" +2.
int relativeDays(QStringView words)
{
    const QString w = words.toString().toLower();
    if (w == u"yesterday" || w.endsWith(u"qua"))
        return -1;
    if (w.endsWith(u"nay"))
        return 0;
    if (w.endsWith(u"kia"))
        return w.startsWith(u"hôm") ? -2 : 2;
    return 1; // "tomorrow", "ngày mai"
}

} // namespace

QString DateMention::iso() const
{
    const QString format = precision == Precision::Day ? yearless ? u"--MM-dd"_s : u"yyyy-MM-dd"_s
                           : precision == Precision::Month ? yearless ? u"--MM"_s : u"yyyy-MM"_s
                                                           : u"yyyy"_s;
    const QString from = first.toString(format);
    const QString to = last.toString(format);
    return from == to ? from : from + u'/' + to;
}

// An alternative's match in a text, its parts read by the roles of their groups. Each place*()
// gives the mention its dates, false when the match is no date after all.
struct DateRecognizer::Candidate
{
    const Alternative& alternative;
    const QRegularExpressionMatch& match;
    QStringView text;
    QDate articleDate;
    MissingYear missingYear;

    QStringView part(Role role) const
    {
        const int group = alternative.roles[role];
        return group < 0 ? QStringView() : match.capturedView(group);
    }
    bool has(Role role) const { return !part(role).isEmpty(); }

    bool isCued(QStringView before, bool leads, int weekday) const;
    bool placeDays(DateMention& mention) const;
    bool placeMonth(DateMention& mention, QStringView relativeWord) const;
    bool placeYears(DateMention& mention) const;
    bool placeWeekday(DateMention& mention, int weekday, QStringView relativeWord) const;
    bool placeRelativeDay(DateMention& mention) const;
};

// Whether what comes before the match, or the match itself, makes it a date.
bool DateRecognizer::Candidate::isCued(QStringView before, bool leads, int weekday) const
{
    if (leads)
        return true;
    // "(" cues a day only when the date closes the bracket: "thứ Bảy (10/5)".
    const qsizetype end = match.capturedEnd(alternative.group);
    if (containsWord(alternative.cues, before) &&
        (before != u"(" || (end < text.size() && text[end] == u')')))
        return true;
    // "by the end of 2026", "the first half of 2025": a part of a year or month before "of".
    static const QStringList& parts = LanguageData::words(u"en/date-period-words.txt");
    if (before == u"of" && !alternative.cues.isEmpty() &&
        containsWord(parts, tokenBefore(text, before.data() - text.data())))
        return true;
    switch (alternative.form) {
    case Form::DayMonth:
        return has(Ngay) || has(Weekday) || has(Year);
    case Form::Weekday:
        // Vietnamese "thứ hai" is also "second": a weekday needs a capital or a cue word.
        return weekday == 7 || lastWord(part(Weekday)).front().isUpper();
    default:
        return false;
    }
}

// A day of a month, or a range of days: "10/5/2025", "ngày 9 và 10/5", "December 30 - January 2".
bool DateRecognizer::Candidate::placeDays(DateMention& mention) const
{
    const QStringView yearText = part(Year);
    const int year = yearText.toInt();
    int month = monthNumber(part(Month));
    int day = part(Day).toInt();
    // "10/5/2025" is day first as Vietnamese sources write it, month first when the day
    // first reading is no date, and the reading nearer the article date when both are.
    if (alternative.form == Form::Numeric) {
        const QDate dayFirst(year, month, day);
        const QDate monthFirst(year, day, month);
        if (monthFirst.isValid() &&
            (!dayFirst.isValid() ||
             (articleDate.isValid() &&
              qAbs(articleDate.daysTo(monthFirst)) < qAbs(articleDate.daysTo(dayFirst)))))
            std::swap(day, month);
    }
    if (!yearText.isEmpty()) {
        mention.first = QDate(year, month, day);
    } else if (articleDate.isValid()) {
        mention.first = nearestDay(month, day, articleDate);
        mention.relative = true;
    } else if (missingYear == MissingYear::Keep) {
        mention.first = QDate(2000, month, day);
        mention.yearless = true;
    }
    mention.last = mention.first;
    // "ngày 9 và 10/5": findIn() makes two mentions; the first day must come first.
    if (has(Day0) && (part(Day0).toInt() >= day ||
                      !QDate(mention.first.year(), month, part(Day0).toInt()).isValid()))
        return false;
    if (!has(Day2))
        return true;
    const int month2 = has(Month2) ? monthNumber(part(Month2)) : month;
    mention.last = QDate(mention.first.year(), month2, part(Day2).toInt());
    if (mention.last.isValid() && mention.last < mention.first)
        mention.last = mention.last.addYears(1); // "December 30 - January 2"
    // A range runs forwards over a few weeks at most; "8-5" is not one.
    return mention.last.isValid() && mention.first < mention.last &&
           mention.first.daysTo(mention.last) <= 62;
}

// A month, its year written or taken from the article date ("in January", "next May").
bool DateRecognizer::Candidate::placeMonth(DateMention& mention, QStringView relativeWord) const
{
    const QStringView yearText = part(Year);
    const int month = monthNumber(part(Month));
    int y = yearText.toInt();
    if (yearText.isEmpty() && !articleDate.isValid()) {
        if (missingYear == MissingYear::Skip)
            return false;
        y = 2000;
        mention.yearless = true;
    } else if (yearText.isEmpty()) {
        const int articleMonth = articleDate.month();
        const int towards = direction(relativeWord);
        y = articleDate.year();
        if (has(RelativeYear))
            y += direction(part(RelativeYear));
        else if (towards > 0)
            y += month > articleMonth ? 0 : 1;
        else if (towards < 0)
            y -= month < articleMonth ? 0 : 1;
        else if (relativeWord.isEmpty() && month > articleMonth)
            y -= 1; // "in January": the latest January not after the article's month
        mention.relative = true;
    }
    mention.first = QDate(y, month, 1);
    mention.last = mention.first.addMonths(1).addDays(-1);
    mention.precision = DateMention::Precision::Month;
    return true;
}

// A year, or a range of years.
bool DateRecognizer::Candidate::placeYears(DateMention& mention) const
{
    const int year = part(Year).toInt();
    const int lastYear = alternative.form == Form::Year ? year : part(Year2).toInt();
    // A range of years runs forwards, within a century: "from 1500 to 2000" is a count.
    if (year < 1000 || lastYear < year || lastYear - year > 100 ||
        (alternative.form == Form::YearRange && lastYear == year))
        return false;
    mention.first = QDate(year, 1, 1);
    mention.last = QDate(lastYear, 12, 31);
    mention.precision = DateMention::Precision::Year;
    return true;
}

// A weekday, placed by the article date: the latest such day on or before it, unless a word
// says otherwise ("last", "next", "tuần trước").
bool DateRecognizer::Candidate::placeWeekday(DateMention& mention, int weekday,
                                             QStringView relativeWord) const
{
    if (weekday < 1 || !articleDate.isValid())
        return false;
    const int towards = direction(relativeWord);
    int back = (articleDate.dayOfWeek() - weekday + 7) % 7;
    if (relativeWord.contains(u"tuần"_s, Qt::CaseInsensitive))
        // "thứ Bảy tuần trước": that day of the previous (Monday-first) week.
        back = articleDate.dayOfWeek() - weekday - 7 * towards;
    else if (towards < 0 && back == 0)
        back = 7;
    else if (towards > 0)
        back -= 7; // the first such day after the article date
    mention.first = mention.last = articleDate.addDays(-back);
    mention.relative = true;
    return true;
}

// "yesterday", "hôm nay", "ngày mai": days from the article date.
bool DateRecognizer::Candidate::placeRelativeDay(DateMention& mention) const
{
    if (!articleDate.isValid())
        return false;
    mention.first = mention.last = articleDate.addDays(relativeDays(part(Relative)));
    mention.relative = true;
    return true;
}

std::optional<DateMention> DateRecognizer::interpret(const Alternative& alternative,
                                                     const QRegularExpressionMatch& match,
                                                     QStringView text, QDate articleDate,
                                                     MissingYear missingYear)
{
    const Candidate candidate{alternative, match, text, articleDate, missingYear};
    DateMention mention;
    mention.start = int(match.capturedStart(alternative.group));
    mention.length = int(match.capturedLength(alternative.group));
    const QStringView before = tokenBefore(text, mention.start);
    if (containsWord(alternative.vetoes, before) ||
        (!alternative.vetoes.isEmpty() && !before.isEmpty() && before.front().isDigit()))
        return std::nullopt;
    const bool leads = containsWord(alternative.leading, before);
    const QStringView weekdayName = candidate.part(Weekday);
    const int weekday = weekdayName.isEmpty() ? 0 : weekdayNumber(weekdayName);
    if (alternative.needsCue && !candidate.isCued(before, leads, weekday))
        return std::nullopt;
    if (leads) {
        const qsizetype end = mention.start + mention.length;
        mention.start = int(before.data() - text.data());
        mention.length = int(end - mention.start);
    }
    const QStringView relativeWord = candidate.has(Relative) ? candidate.part(Relative)
                                     : leads                 ? before
                                                             : QStringView();
    bool placed = false;
    switch (alternative.form) {
    case Form::DayMonth:
    case Form::Numeric:
        placed = candidate.placeDays(mention);
        break;
    case Form::MonthYear:
        placed = candidate.placeMonth(mention, relativeWord);
        break;
    case Form::YearRange:
    case Form::Year:
        placed = candidate.placeYears(mention);
        break;
    case Form::Weekday:
        placed = candidate.placeWeekday(mention, weekday, relativeWord);
        break;
    case Form::RelativeDay:
        placed = candidate.placeRelativeDay(mention);
        break;
    }
    if (!placed || !mention.first.isValid() || !mention.last.isValid())
        return std::nullopt;
    mention.weekday = weekday;
    mention.weekdayOnly = alternative.form == Form::Weekday;
    return mention;
}

void DateRecognizer::findIn(const Grammar& grammar, QStringView text, QDate articleDate,
                            MissingYear missingYear, QList<DateMention>& out) const
{
    const qsizetype firstOwn = out.size();
    qsizetype offset = 0;
    // PCRE2 would check the UTF-16 from the offset to the end on every call: check it once.
    const auto options = text.isValidUtf16() ? QRegularExpression::DontCheckSubjectStringMatchOption
                                             : QRegularExpression::NoMatchOption;
    while (offset < text.size()) {
        const qsizetype from = grammar.anchored ? nextVietnameseStart(text, offset) : offset;
        if (from < 0)
            break;
        const QRegularExpressionMatch match = grammar.expression.match(
            text, from, QRegularExpression::NormalMatch,
            grammar.anchored ? options | QRegularExpression::AnchorAtOffsetMatchOption : options);
        if (!match.hasMatch()) {
            if (!grammar.anchored)
                break;
            offset = from + 1;
            continue;
        }
        std::optional<DateMention> mention;
        const Alternative* matched = nullptr;
        for (const Alternative& alternative : grammar.alternatives) {
            if (match.capturedStart(alternative.group) >= 0) {
                matched = &alternative;
                mention = interpret(alternative, match, text, articleDate, missingYear);
                break;
            }
        }
        if (!mention) {
            // A candidate that is no date (no cue, invalid day): look again one character on.
            offset = match.capturedStart() + 1;
            continue;
        }
        offset = match.capturedEnd();
        if (const int day0 = matched->roles[Day0]; day0 >= 0 && match.capturedStart(day0) >= 0) {
            // "ngày 9 và 10/5", "May 9 and 10": two days, "ngày 9" and "10/5" (or "ngày 10/5").
            DateMention first = *mention;
            first.length = int(match.capturedEnd(day0) - first.start);
            first.first = first.last = QDate(mention->first.year(), mention->first.month(),
                                             match.capturedView(day0).toInt());
            qsizetype second = match.capturedStart(matched->roles[Day]);
            qsizetype before = second;
            while (before > 0 && text[before - 1].isSpace())
                --before;
            if (before >= 4 &&
                text.sliced(before - 4, 4).compare(u"ngày", Qt::CaseInsensitive) == 0)
                second = before - 4;
            mention->length -= int(second - mention->start);
            mention->start = int(second);
            out.append(first);
            out.append(*mention);
            continue;
        }
        if (out.size() <= firstOwn || !joinRange(out.back(), *mention, text))
            out.append(*mention);
        if (const std::optional<DateMention> until = yearAfterDash(text, out.back())) {
            out.append(*until);
            offset = until->start + until->length;
        }
    }
    if (!grammar.anchored)
        findEnglishRelativeDays(text, articleDate, out, firstOwn);
}

QList<DateMention> DateRecognizer::find(QStringView text, Language language, QDate articleDate,
                                        MissingYear missingYear) const
{
    QList<DateMention> mentions;
    if (language != Language::Vietnamese)
        findIn(english, text, articleDate, missingYear, mentions);
    if (language == Language::Unknown) {
        // Both grammars: keep the earlier (then longer) of overlapping mentions.
        QList<DateMention> more;
        findIn(vietnamese, text, articleDate, missingYear, more);
        mentions.append(more);
        std::sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) {
            return a.start != b.start ? a.start < b.start : a.length > b.length;
        });
        QList<DateMention> kept;
        for (const DateMention& mention : mentions)
            if (kept.isEmpty() || mention.start >= kept.back().start + kept.back().length)
                kept.append(mention);
        return kept;
    }
    if (language == Language::Vietnamese)
        findIn(vietnamese, text, articleDate, missingYear, mentions);
    return mentions;
}

} // namespace songngu
