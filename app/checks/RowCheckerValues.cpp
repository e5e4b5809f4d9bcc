// SPDX-License-Identifier: GPL-3.0-or-later
// RowChecker: numbers, dates and weekdays of a row, compared by value across the translation.
#include "checks/RowChecker.h"

#include "text/LanguageData.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

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
    QList<Value> english = valuesIn(row, Language::English, u"number"_s);
    QList<Value> vietnamese = valuesIn(row, Language::Vietnamese, u"number"_s);
    checkNumberFormats(row, english, vietnamese);
    const auto [leftEnglish, leftVietnamese] = leftovers(
        english.size(), vietnamese.size(),
        [&](qsizetype i, qsizetype j) {
            // "10 miles" and "10 km" have one value but say different lengths.
            return english.at(i).id == vietnamese.at(j).id &&
                   !(english.at(i).number && vietnamese.at(j).number &&
                     unitsDiffer(*english.at(i).number, *vietnamese.at(j).number));
        },
        [&](qsizetype i, qsizetype j) {
            if (!english.at(i).number || !vietnamese.at(j).number)
                return false;
            const NumberMention& a = *english.at(i).number;
            const NumberMention& b = *vietnamese.at(j).number;
            return overlap(a, b) || sameDecade(a, b) || converted(a, b) ||
                   (a.alternative != 0 && qFuzzyCompare(a.alternative, b.value)) ||
                   (b.alternative != 0 && qFuzzyCompare(b.alternative, a.value));
        });
    // A number on one side only is a rephrasing; one changed leaves a number on both sides,
    // of one kind, written alike or small: "100 students" and "hai đội" are two numbers.
    QList<bool> paired(leftVietnamese.size(), false);
    for (int i : leftEnglish) {
        const Value& e = english.at(i);
        for (qsizetype k = 0; k < leftVietnamese.size(); ++k) {
            const Value& v = vietnamese.at(leftVietnamese.at(k));
            if (paired.at(k) || !comparableNumbers(row, e, v))
                continue;
            paired[k] = true;
            addNumberMismatch(row, e, v);
            break;
        }
    }
}

// Units of one dimension and different sizes: "miles" and "km", "feet" and "m".
bool RowChecker::unitsDiffer(const NumberMention& a, const NumberMention& b)
{
    return !a.unit.isEmpty() && !b.unit.isEmpty() && a.dimension == b.dimension &&
           std::abs(a.unitSize - b.unitSize) > 0.1 * std::max(a.unitSize, b.unitSize);
}

// "10 miles" and "16 km", "150 feet" and "50m": the same measure once converted, within the
// rounding translators apply (a tenth).
bool RowChecker::converted(const NumberMention& a, const NumberMention& b)
{
    if (!unitsDiffer(a, b) || a.kind != b.kind)
        return false;
    const double first = a.value * a.unitSize;
    const double second = b.value * b.unitSize;
    return std::abs(first - second) <= 0.1 * std::max(first, second);
}

bool RowChecker::overlap(const NumberMention& a, const NumberMention& b)
{
    if ((!a.approximate && !b.approximate) || a.kind != b.kind)
        return false;
    // [low, high) for an approximate quantity: "tens of thousands" is not ten thousand.
    const auto low = [](const NumberMention& n) {
        return n.approximate ? n.low : n.value;
    };
    const auto below = [](const NumberMention& n, double value) {
        return n.approximate ? value < n.high : value <= n.value;
    };
    return below(b, low(a)) && below(a, low(b));
}

// "the '80s" and "thập niên 1980": a decade written without its century is any century's.
bool RowChecker::sameDecade(const NumberMention& a, const NumberMention& b)
{
    return a.kind == NumberMention::Kind::Decade && b.kind == NumberMention::Kind::Decade &&
           (a.value < 100 || b.value < 100) && std::fmod(a.value, 100) == std::fmod(b.value, 100);
}

bool RowChecker::comparableNumbers(const Row& row, const Value& e, const Value& v)
{
    if (!e.number || !v.number)
        return false;
    const NumberMention& a = *e.number;
    const NumberMention& b = *v.number;
    // "one", "một", "a" in words are mostly a pronoun or an article ("one friend", "một
    // người"), so they are compared only as counts out of a group on both sides: "One of the
    // two" and "Hai trong hai", not "one point" and "cấp bảy".
    const auto articleLike = [](const NumberMention& n) {
        return n.fromWords && n.value == 1 && n.kind == NumberMention::Kind::Cardinal;
    };
    if ((articleLike(a) || articleLike(b)) &&
        !(followedBy(row.english, e.mention, LanguageData::words(u"en/partitive-words.txt")) &&
          followedBy(row.vietnamese, v.mention, LanguageData::words(u"vi/partitive-words.txt"))))
        return false;
    // An ordinal is compared with ordinals only ("finishing second" / "một bậc"), save an
    // anniversary counted in years: "the 80th anniversary" / "80 năm".
    if (a.kind != b.kind &&
        !(a.kind == NumberMention::Kind::Ordinal && b.kind == NumberMention::Kind::Cardinal &&
          followedBy(row.vietnamese, v.mention, LanguageData::words(u"vi/anniversary-words.txt"))))
        return false;
    return a.fromWords == b.fromWords || (a.value < 20 && b.value < 20) || a.approximate ||
           b.approximate;
}

bool RowChecker::followedBy(const Paragraph* paragraph, const EntityMention& m,
                            const QStringList& words)
{
    if (!paragraph)
        return false;
    const QStringView after = QStringView(paragraph->text).sliced(m.start + m.length).trimmed();
    qsizetype end = 0;
    while (end < after.size() && (after[end].isLetter() || after[end].isMark()))
        ++end;
    const QStringView word = after.first(end);
    return std::any_of(words.cbegin(), words.cend(), [word](const QString& w) {
        return word.compare(w, Qt::CaseInsensitive) == 0;
    });
}

// Error only when both numbers are read without a guess: digits in their language's convention,
// any scale written out. A number in words, an approximate quantity or a guessed reading makes
// a warning; the message says which.
void RowChecker::addNumberMismatch(const Row& row, const Value& e, const Value& v) const
{
    const NumberMention& a = *e.number;
    const NumberMention& b = *v.number;
    const auto shown = [](const NumberMention& n) {
        return n.approximate ? tr("%1 to %2").arg(n.low, 0, 'g', 15).arg(n.high, 0, 'g', 15)
                             : QString::number(n.value, 'g', 15);
    };
    const auto withUnit = [&shown](const NumberMention& n) {
        return n.unit.isEmpty() ? shown(n) : shown(n) + u' ' + n.unit;
    };
    // Certain: both read without a guess, in the same unit (or none) and scale context.
    const bool sameUnit = a.unit.isEmpty() == b.unit.isEmpty() &&
                          (a.unit.isEmpty() || (a.dimension == b.dimension && !unitsDiffer(a, b)));
    const bool certain = a.certain && b.certain && !a.approximate && !b.approximate && sameUnit;
    const bool sameFigure = !a.fromWords && !b.fromWords && a.scale != b.scale &&
                            qFuzzyCompare(a.value / a.scale, b.value / b.scale);
    QString why;
    if (a.approximate || b.approximate)
        why = tr("An approximate quantity (%1 against %2) that does not hold the other number.")
                  .arg(shown(a), shown(b));
    else if (unitsDiffer(a, b))
        why = tr("In different units: %1 %2 is about %3 %4.")
                  .arg(shown(a), a.unit, QString::number(a.value * a.unitSize / b.unitSize, 'g', 3),
                       b.unit);
    else if (!sameUnit)
        why = tr("In different units, or with a unit on one side only (%1 against %2).")
                  .arg(withUnit(a), withUnit(b));
    else if (sameFigure)
        why = tr("The same figure with another scale, or with a scale word left out (%1 against "
                 "%2).")
                  .arg(shown(a), shown(b));
    else if (a.fromWords || b.fromWords)
        why = tr("Read from a number in words (%1 against %2).").arg(shown(a), shown(b));
    else if (!certain)
        why = tr("Read with a guess (%1 against %2): a separator of the other language, an "
                 "abbreviated scale, a scale after a bracket or groups split by a space.")
                  .arg(shown(a), shown(b));
    else
        why = tr("Both are written in digits.");
    add(row, u"number-mismatch"_s, certain ? Severity::Error : Severity::Warning,
        span(row.english, e.mention), span(row.vietnamese, v.mention),
        tr("The English has %1 where the Vietnamese has %2.").arg(e.mention.text, v.mention.text) +
            u' ' + why,
        {}, e.id);
}

// Whether the number at `start` is a version ("version 2.0", "LSB 3.1"): a name, not a figure.
bool RowChecker::versionNumber(const QString& text, int start)
{
    qsizetype end = start;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype begin = end;
    while (begin > 0 && text.at(begin - 1).isLetterOrNumber())
        --begin;
    const QStringView word = QStringView(text).sliced(begin, end - begin);
    const auto capitals =
        std::count_if(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
    const QStringList& versionWords = LanguageData::words(u"en/version-words.txt");
    return capitals >= 2 ||
           std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }) ||
           std::any_of(versionWords.cbegin(), versionWords.cend(), [word](const QString& w) {
               return word.compare(w, Qt::CaseInsensitive) == 0;
           });
}

// Numbers written with the same digits and separators on both sides ("1,986" and "1,986") are
// one number, whatever each language's convention reads in them: they are taken out of the
// comparison. Where the English convention makes them mean something else in Vietnamese
// ("1,986 người" is 1.986 people), a note gives the Vietnamese form.
namespace {

// "62. 992.553", "216 000": a whole number in digits whose groups a space splits (a stray
// space, or the grouping of another convention), as Vietnamese writes it ("62.992.553"); empty
// when it is not one.
QString spacedGroupsFixed(const NumberMention& number, const QString& written)
{
    static const QRegularExpression spaced(u"[0-9][.,]?\\s+[0-9]{3}"_s);
    if (number.fromWords || number.scale != 1 || number.kind != NumberMention::Kind::Cardinal ||
        number.value >= 1e15 || number.value != std::floor(number.value) ||
        !spaced.match(written).hasMatch())
        return {};
    QString digits = QString::number(qint64(number.value));
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u'.');
    return digits;
}

} // namespace

void RowChecker::checkSpacedNumbers(const Row& row, const QList<Value>& english,
                                    const QList<Value>& vietnamese) const
{
    for (const Value& vi : vietnamese) {
        if (!vi.number)
            continue;
        const QString fixed = spacedGroupsFixed(*vi.number, vi.mention.text);
        const auto same = std::find_if(english.begin(), english.end(),
                                       [&](const Value& en) { return en.id == vi.id; });
        if (fixed.isEmpty() || same == english.end())
            continue;
        add(row, u"number-format"_s, Severity::Info, span(row.english, same->mention),
            span(row.vietnamese, vi.mention),
            tr("%1 has a space between its groups of digits; Vietnamese writes it %2.")
                .arg(vi.mention.text, fixed),
            fixed, same->id);
    }
}

void RowChecker::checkNumberFormats(const Row& row, QList<Value>& english,
                                    QList<Value>& vietnamese) const
{
    checkSpacedNumbers(row, english, vietnamese);
    static const QRegularExpression digits(u"[0-9](?:[0-9.,]*[0-9])?"_s);
    const auto written = [](const Value& value) {
        if (!value.number || value.number->fromWords)
            return QRegularExpressionMatch();
        QRegularExpressionMatch match = digits.match(value.mention.text);
        const QString found = match.captured();
        return found.contains(u'.') || found.contains(u',') ? match : QRegularExpressionMatch();
    };
    for (qsizetype j = 0; j < vietnamese.size();) {
        const QRegularExpressionMatch vi = written(vietnamese.at(j));
        qsizetype i = 0;
        while (vi.hasMatch() && i < english.size() &&
               !(written(english.at(i)).captured() == vi.captured() &&
                 english.at(i).number->scale == vietnamese.at(j).number->scale &&
                 english.at(i).number->kind == vietnamese.at(j).number->kind))
            ++i;
        if (!vi.hasMatch() || i == english.size()) {
            ++j;
            continue;
        }
        if (NumberRecognizer::englishSeparatorsOnly(vi.captured()) &&
            !versionNumber(row.english->text, english.at(i).mention.start)) {
            const EntityMention& em = english.at(i).mention;
            const EntityMention& vm = vietnamese.at(j).mention;
            const int englishStart = int(written(english.at(i)).capturedStart());
            const QString suggestion = NumberRecognizer::vietnameseSeparators(vi.captured());
            add(row, u"number-format"_s, Severity::Info,
                findingSpan(row.english->text, em.start + englishStart, int(vi.capturedLength())),
                findingSpan(row.vietnamese->text, vm.start + int(vi.capturedStart()),
                            int(vi.capturedLength())),
                tr("%1 is written with the English separators, as in the English; Vietnamese "
                   "writes it %2.")
                    .arg(vi.captured(), suggestion),
                suggestion, english.at(i).id);
        }
        english.removeAt(i);
        vietnamese.removeAt(j);
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
    // A year left over that the other side writes as a plain number is that year: "their 2010
    // figures" / "số liệu năm 2010".
    const auto yearWritten = [](const Value& value, const Paragraph* other) {
        if (value.date->precision != DateMention::Precision::Year || !other)
            return false;
        const QString year = QString::number(value.date->first.year());
        const QRegularExpression plain(u"(?<![0-9.,])"_s + year + u"(?![0-9])"_s);
        return plain.match(other->text).hasMatch();
    };
    QList<bool> paired(leftVietnamese.size(), false);
    for (qsizetype k = 0; k < leftVietnamese.size(); ++k)
        paired[k] = yearWritten(vietnamese.at(leftVietnamese.at(k)), row.english);
    // A date changed keeps its form: a year left over is no day changed ("by 2045" dropped,
    // "ngày 2/9" added, is a rephrasing).
    for (int i : leftEnglish) {
        if (yearWritten(english.at(i), row.vietnamese))
            continue;
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
