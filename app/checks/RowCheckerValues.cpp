// SPDX-License-Identifier: GPL-3.0-or-later
// RowChecker: numbers, dates and weekdays of a row, compared by value across the translation.
#include "checks/RowChecker.h"

#include <algorithm>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

// A day or days as comparable dates: in the year 2000 when either side has no year, so that
// "May 9" in an undated article matches "9/5/1945" by month and day.
std::pair<QDate, QDate> interval(const DateMention& date, bool withoutYear)
{
    if (!withoutYear)
        return {date.first, date.last};
    return {QDate(2000, date.first.month(), date.first.day()),
            QDate(2000, date.last.month(), date.last.day())};
}

bool isPercent(const QString& id) // "number:25%"
{
    return id.endsWith(u'%');
}

// Values of `theirs` not taken by a value of `mine` equal to them, then by one compatible with
// them, as multisets: leftovers of both sides, in reading order.
template <typename Equal, typename Compatible>
std::pair<QList<int>, QList<int>> leftovers(qsizetype mine, qsizetype theirs, Equal equal,
                                            Compatible compatible)
{
    QList<bool> takenMine(mine, false);
    QList<bool> takenTheirs(theirs, false);
    for (const bool strict : {true, false}) {
        for (qsizetype i = 0; i < mine; ++i) {
            for (qsizetype j = 0; j < theirs && !takenMine.at(i); ++j) {
                if (!takenTheirs.at(j) && (strict ? equal(i, j) : compatible(i, j))) {
                    takenMine[i] = true;
                    takenTheirs[j] = true;
                }
            }
        }
    }
    std::pair<QList<int>, QList<int>> left;
    for (qsizetype i = 0; i < mine; ++i)
        if (!takenMine.at(i))
            left.first.append(int(i));
    for (qsizetype j = 0; j < theirs; ++j)
        if (!takenTheirs.at(j))
            left.second.append(int(j));
    return left;
}

// "Thứ Bảy" at a sentence start: a suggestion keeps the capital of what it replaces.
QString likeWritten(QString suggestion, QStringView written)
{
    if (!written.isEmpty() && written.front().isUpper() && !suggestion.isEmpty())
        suggestion[0] = suggestion.at(0).toUpper();
    return suggestion;
}

} // namespace

QList<RowChecker::Value> RowChecker::valuesIn(const Row& row, Language language,
                                              const QString& type) const
{
    QList<Value> values;
    const Paragraph* paragraph = row.side(language);
    if (!paragraph)
        return values;
    const bool isDate = type == u"date";
    const QDate articleDate = row.document.metadata.date;
    // The recognisers again, for what the entities do not keep: weekdays, spelt-out numbers.
    const QList<DateMention> dateDetails =
        isDate ? dates.find(paragraph->text, language, articleDate,
                            articleDate.isValid() ? DateRecognizer::MissingYear::Skip
                                                  : DateRecognizer::MissingYear::Keep)
               : QList<DateMention>();
    const QList<NumberMention> numberDetails =
        isDate ? QList<NumberMention>() : numbers.find(paragraph->text, language);
    for (int index : row.entities.entitiesInRow(row.index)) {
        const Entity& entity = row.entities.entities.at(index);
        if (entity.type != type)
            continue;
        for (const EntityMention& m : row.mentionsOf(index, language)) {
            Value value{m, entity.id, std::nullopt, std::nullopt};
            for (const DateMention& d : dateDetails)
                if (d.start == m.start && d.length == m.length)
                    value.date = d;
            for (const NumberMention& n : numberDetails)
                if (n.start == m.start && n.length == m.length)
                    value.number = n;
            if (!isDate || value.date)
                values.append(value);
        }
    }
    std::sort(values.begin(), values.end(),
              [](const Value& a, const Value& b) { return a.mention.start < b.mention.start; });
    // "Friday (May 9)", "thứ Bảy, 10/5": a weekday alone just before a day is that day's.
    for (qsizetype i = 0; i + 1 < values.size(); ++i) {
        const Value& weekday = values.at(i);
        const Value& day = values.at(i + 1);
        if (!weekday.date || !weekday.date->weekdayOnly || !day.date || day.date->weekdayOnly ||
            day.date->precision != DateMention::Precision::Day || day.date->isRange())
            continue;
        const int end = weekday.mention.start + weekday.mention.length;
        const QStringView gap = QStringView(paragraph->text).mid(end, day.mention.start - end);
        if (gap.size() <= 3 && std::all_of(gap.begin(), gap.end(), [](QChar c) {
                return c.isSpace() || c == u',' || c == u'(';
            }))
            values[i].absorbed = true;
    }
    return values;
}

bool RowChecker::sameDate(const DateMention& a, const DateMention& b)
{
    const bool withoutYear = a.yearless || b.yearless;
    return interval(a, withoutYear) == interval(b, withoutYear);
}

bool RowChecker::compatibleDates(const DateMention& a, const DateMention& b)
{
    // One side less precise than the other: "tháng 5" for "May 10", "2025" for "June 2025".
    const bool withoutYear = a.yearless || b.yearless;
    const auto [firstA, lastA] = interval(a, withoutYear);
    const auto [firstB, lastB] = interval(b, withoutYear);
    return (firstA <= firstB && lastB <= lastA) || (firstB <= firstA && lastA <= lastB);
}

void RowChecker::checkNumbers(const Row& row) const
{
    const QList<Value> english = valuesIn(row, Language::English, u"number"_s);
    const QList<Value> vietnamese = valuesIn(row, Language::Vietnamese, u"number"_s);
    const auto [leftEnglish, leftVietnamese] = leftovers(
        english.size(), vietnamese.size(),
        [&](qsizetype i, qsizetype j) { return english.at(i).id == vietnamese.at(j).id; },
        [](qsizetype, qsizetype) { return false; });
    // A number on one side only is a rephrasing; one changed leaves a number on both sides,
    // written alike or small: "100 students" and "hai đội" are two numbers, not one changed.
    const auto inWords = [](const Value& value) {
        return value.number && value.number->fromWords;
    };
    const auto comparable = [&](const Value& e, const Value& v) {
        return isPercent(e.id) == isPercent(v.id) &&
               (inWords(e) == inWords(v) ||
                (e.number && v.number && e.number->value < 20 && v.number->value < 20));
    };
    QList<bool> paired(leftVietnamese.size(), false);
    for (int i : leftEnglish) {
        const Value& e = english.at(i);
        for (qsizetype k = 0; k < leftVietnamese.size(); ++k) {
            const Value& v = vietnamese.at(leftVietnamese.at(k));
            if (paired.at(k) || !comparable(e, v))
                continue;
            paired[k] = true;
            add(row, u"number-mismatch"_s, Severity::Error, span(row.english, e.mention),
                span(row.vietnamese, v.mention),
                tr("The English has %1 where the Vietnamese has %2.")
                    .arg(e.mention.text, v.mention.text),
                {}, e.id);
            break;
        }
    }
}

void RowChecker::checkDates(const Row& row, const QList<Value>& englishDates,
                            const QList<Value>& vietnameseDates) const
{
    const auto own = [](QList<Value> values) {
        values.removeIf([](const Value& v) { return v.absorbed; });
        return values;
    };
    const QList<Value> english = own(englishDates);
    const QList<Value> vietnamese = own(vietnameseDates);
    const auto [leftEnglish, leftVietnamese] = leftovers(
        english.size(), vietnamese.size(),
        [&](qsizetype i, qsizetype j) {
            return sameDate(*english.at(i).date, *vietnamese.at(j).date);
        },
        [&](qsizetype i, qsizetype j) {
            return compatibleDates(*english.at(i).date, *vietnamese.at(j).date);
        });
    // A date changed keeps its form: a year left over is no day changed ("by 2045" dropped,
    // "ngày 2/9" added, is a rephrasing).
    QList<bool> paired(leftVietnamese.size(), false);
    for (int i : leftEnglish) {
        const Value& e = english.at(i);
        qsizetype k = 0;
        while (k < leftVietnamese.size() &&
               (paired.at(k) ||
                vietnamese.at(leftVietnamese.at(k)).date->precision != e.date->precision))
            ++k;
        if (k == leftVietnamese.size())
            continue;
        paired[k] = true;
        const Value& v = vietnamese.at(leftVietnamese.at(k));
        // A weekday alone is the article date's; against another day the weekday is wrong.
        const bool weekday = e.date->weekdayOnly || v.date->weekdayOnly;
        add(row, weekday ? u"weekday-mismatch"_s : u"date-mismatch"_s,
            weekday ? Severity::Warning : Severity::Error, span(row.english, e.mention),
            span(row.vietnamese, v.mention),
            (weekday ? tr("The English has %1 (%2) where the Vietnamese has %3 (%4): the "
                          "weekdays differ.")
                     : tr("The English has %1 (%2) where the Vietnamese has %3 (%4)."))
                .arg(e.mention.text, e.date->iso(), v.mention.text, v.date->iso()),
            {}, e.id);
    }
}

void RowChecker::checkWeekdays(const Row& row, Language language, const QList<Value>& values) const
{
    const Paragraph* paragraph = row.side(language);
    const bool english = language == Language::English;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Value& value = values.at(i);
        const DateMention& date = *value.date;
        // The weekday and the day it is written with: in one mention, or a weekday alone
        // just before its day.
        const DateMention* day = &date;
        if (value.absorbed)
            day = &*values.at(i + 1).date;
        else if (date.weekdayOnly)
            continue;
        if (date.weekday == 0 || day->precision != DateMention::Precision::Day || day->isRange() ||
            day->yearless || day->first.dayOfWeek() == date.weekday)
            continue;
        const int actual = day->first.dayOfWeek();
        const QString written = value.mention.text;
        const QString suggestion = likeWritten(weekdayName(actual, language), written);
        const std::optional<FindingSpan> where = span(paragraph, value.mention);
        add(row, u"weekday-mismatch"_s, Severity::Warning, english ? where : std::nullopt,
            english ? std::nullopt : where,
            tr("%1: %2 is a %3, not a %4.")
                .arg(written, day->first.toString(Qt::ISODate), weekdayInMessage(actual),
                     weekdayInMessage(date.weekday)),
            suggestion, value.id);
    }
}

} // namespace songngu
