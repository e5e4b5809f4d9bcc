// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/Language.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace songngu {

// A date written in a text: characters [start, start + length) of the text searched, and the
// days it names, first to last inclusive. "May 10" is 2025-05-10..2025-05-10, "June 2024" is
// 2024-06-01..2024-06-30, "2045" the whole year, "May 8-11" 2025-05-08..2025-05-11.
struct DateMention
{
    enum class Precision
    {
        Day,
        Month,
        Year
    };

    int start = 0;
    int length = 0;
    QDate first;
    QDate last;
    Precision precision = Precision::Day;
    // The article date supplied part of it: a missing year, or the day of a weekday.
    bool relative = false;
    // No year was written and there was no article date to take it from (MissingYear::Keep):
    // `first` and `last` are in 2000 (a leap year) and iso() leaves the year out.
    bool yearless = false;
    // The weekday written with the date or as it, 1 (Monday) to 7 (Sunday), 0 when none is:
    // "Saturday, May 10" may contradict its day, which the checks of a translation report.
    int weekday = 0;
    bool weekdayOnly = false; // "on Thursday", "thứ Năm": the article date placed the day

    bool isRange() const { return iso().contains(u'/'); }
    // ISO 8601 at the mention's precision: "2025-05-10", "2024-06", "2045", or an interval
    // "2025-05-08/2025-05-11"; without a year "--05-10", "--06" (ISO 8601:2000).
    QString iso() const;
    friend bool operator==(const DateMention&, const DateMention&) = default;
};

// Finds dates in English or Vietnamese news text: "May 10", "May 8-11", "May 9 and 10" (two),
// "11 May 2025", "September 2, 1945", "(May 9, 1945 - 2025)" (two), "10/5/2025", "June 2024",
// "in January", "on Saturday", "yesterday", "2025-05-11"; "ngày 10 tháng 5", "từ ngày 8 đến ngày
// 11 tháng 5", "ngày 9 và 10/5" (two), "ngày 11/5/2025", "9/5/1945", "tháng 6/2024", "năm
// 2045", "thứ Năm", "Chủ nhật", "hôm nay", "hôm qua". Numbers that are not dates ("80 năm", "75
// years", "80th", a bare "8/11") are left alone. One combined, JIT-compiled expression per language
// finds the candidates; the article date resolves missing years and weekdays. Expects NFC text, as
// parsed paragraphs are. find() keeps no state; like the parser, use one instance per thread.
class DateRecognizer
{
public:
    // What to do with a day or month written without its year when there is no article date.
    enum class MissingYear
    {
        Skip, // not a date that can be placed: a date line must not be guessed
        Keep  // a yearless mention ("--05-09"): an undated article still names its days
    };

    DateRecognizer();

    // Mentions in `text` in order, not overlapping. `articleDate` gives missing years: a day
    // and month take the nearest such day (news names near events, past or coming); a month
    // alone is the latest one not after the article's month; a weekday is the latest such day
    // on or before the article date ("last"/"next" move it strictly before/after, "tuần
    // trước"/"tuần tới" into the previous/next Monday-first week; "hôm qua" is the day before).
    // Without an article date only fully written dates are found, and yearless days and months
    // if `missingYear` keeps them. Language::Unknown tries both languages.
    QList<DateMention> find(QStringView text, Language language, QDate articleDate,
                            MissingYear missingYear = MissingYear::Skip) const;

private:
    // The part a named group plays in its alternative: "md_d2" is the Day2 of form "md".
    enum Role
    {
        Weekday,
        Day,
        Day2,
        Month,
        Month2,
        Year,
        Year2,
        Relative,     // "tới", "tuần trước" after a weekday
        RelativeYear, // "this year", "năm ngoái" after a month
        Ngay,         // "ngày", "hôm", "mùng" written before the day
        Day0,         // the first day of two: "9" in "ngày 9 và 10/5", "May 9 and 10"
        RoleCount
    };
    enum class Form
    {
        DayMonth,  // a day (or day range) with a month, year optional
        MonthYear, // a month, year optional
        YearRange,
        Year,
        Weekday,
        Numeric,    // English "10/5/2025": day and month in either order
        RelativeDay // "yesterday", "hôm nay", "ngày mai"
    };
    // One form of date in a language's combined expression. What comes before a candidate
    // (a cue such as "in", "sáng", "(") is checked here rather than by lookbehinds in the
    // expression: they would make PCRE2 try every position instead of likely first characters.
    struct Alternative
    {
        QString name;
        Form form;
        QString pattern;       // "{A}" stands for the name
        QStringList cues{};    // words before it that make it a date ("in" January)
        QStringList leading{}; // words before it that belong to it ("last" May), cues too
        QStringList vetoes{};  // words before it that make it no date; so does a number
        bool needsCue = false;
        int group = -1; // the whole alternative's named group
        std::array<int, RoleCount> roles{};
    };
    struct Grammar
    {
        QRegularExpression expression;
        QList<Alternative> alternatives;
        bool anchored = false; // matched only where nextVietnameseStart() says a date can begin
    };

    struct Candidate; // an alternative's match, read (DateRecognizer.cpp)

    // Each language's forms of date (DateRecognizerGrammar.cpp).
    static QList<Alternative> englishAlternatives();
    static QList<Alternative> vietnameseAlternatives();
    // Joins the alternatives into one expression, `fragments` ("{M}" → month names) filled in.
    static Grammar compile(QList<Alternative> alternatives,
                           const QList<std::pair<QString, QString>>& fragments,
                           QRegularExpression::PatternOptions options);
    static std::optional<DateMention> interpret(const Alternative& alternative,
                                                const QRegularExpressionMatch& match,
                                                QStringView text, QDate articleDate,
                                                MissingYear missingYear);
    void findIn(const Grammar& grammar, QStringView text, QDate articleDate,
                MissingYear missingYear, QList<DateMention>& out) const;

    Grammar english;
    Grammar vietnamese;
};

} // namespace songngu
