// SPDX-License-Identifier: GPL-3.0-or-later
// NumberScanner: numbers written in words, ordinals, approximate quantities and fractions.
#include "recognize/NumberScanner.h"

#include <algorithm>

namespace songngu::numbers {

// The longest run of number words from token i that reads as one number. Connectors ("and",
// "linh") and "a" count only once a number word follows them.
Composed NumberScanner::compose(qsizetype i) const
{
    Composition number;
    Composed best;
    for (qsizetype j = i; j < tokens.size() && tokens[j].word; ++j) {
        const Token& t = tokens[j];
        const Word& w = *t.word;
        // "twenty-five", "hai mươi-lăm", "five-million"
        const bool hyphen =
            t.gap == Gap::Hyphen &&
            ((number.last == Role::Tens && w.role == Role::Unit) ||
             (number.last == Role::TensMarker &&
              (w.role == Role::Unit || w.role == Role::TailUnit)) ||
             (english && number.lastIn({Role::Unit, Role::Teen, Role::Tens, Role::Hundred}) &&
              (w.role == Role::Scale || w.role == Role::Hundred)));
        if (j > i && ((t.gap != Gap::Space && !hyphen) || t.capital))
            break;
        if (!add(number, j, w))
            break;
        number.last = w.role;
        if (w.role != Role::Connector && w.role != Role::Article)
            best = {j + 1, number.total + number.group, w.ordinal, number.dozen};
        if (w.ordinal)
            break;
    }
    return best;
}

// Adds word `w` (token j) to `number`; false when it does not continue it.
bool NumberScanner::add(Composition& number, qsizetype j, const Word& w) const
{
    switch (w.role) {
    case Role::Unit: {
        const bool fits = unitFits(number, j, w);
        number.lastUnit = int(w.value);
        number.group += w.value;
        return fits;
    }
    case Role::Teen:
    case Role::Tens:
        number.group += w.value;
        return number.lastIn({Role::None, Role::Hundred, Role::Scale, Role::Connector});
    case Role::TensMarker: {
        const bool fits = number.last == Role::Unit && number.lastUnit >= 2 &&
                          int(number.group) % 100 == number.lastUnit;
        number.group += number.lastUnit * 9;
        return fits;
    }
    case Role::TailUnit:
        number.group += w.value;
        return number.last == Role::TensMarker || (number.last == Role::Teen && w.value == 5);
    case Role::Hundred: { // "hundred", "trăm"; "chục" (ten): "hai chục" is 20
        const bool fits = number.lastIn({Role::Unit, Role::Teen, Role::Article}) &&
                          number.group > 0 && number.group < 100 && (english || number.group < 10);
        number.group *= w.value;
        return fits;
    }
    case Role::Dozen:
        number.group *= 12;
        number.dozen = true;
        return number.lastIn({Role::Unit, Role::Teen, Role::Tens, Role::Article});
    case Role::Scale:
    case Role::Plural: // "một tỷ lệ" is "a rate", "hai tỷ phú" two billionaires
        return !number.lastIn({Role::None, Role::Connector}) &&
               !nextIn(j + 1, lexicon.scaleCompounds) && number.scale(w.value);
    case Role::Connector:
        return number.lastIn({Role::Hundred, Role::Scale});
    case Role::Article:
        number.group = 1;
        return number.last == Role::None;
    default:
        return false;
    }
}

// Whether a unit word (token j) continues `number`.
bool NumberScanner::unitFits(const Composition& number, qsizetype j, const Word& w) const
{
    if (english)
        return number.lastIn({Role::None, Role::Tens, Role::Hundred, Role::Scale, Role::Connector});
    if (w.value == 5) // "năm" after a number is "year": "hai mươi năm", "trăm năm"
        return number.lastIn({Role::None, Role::Connector}) ||
               nextRoleIn(j, {Role::TensMarker, Role::Hundred, Role::Scale}) ||
               // "mười năm phút" is fifteen minutes, as "mười lăm phút" is
               (number.last == Role::Teen && j + 1 < tokens.size() &&
                tokens[j + 1].gap == Gap::Space && neighbourIn(j + 1, lexicon.countNouns));
    // "hai trăm ba" may mean 230 or 203: stop at 200 unless "mươi" follows.
    return number.lastIn({Role::None, Role::Teen, Role::TensMarker, Role::Connector}) ||
           (number.lastIn({Role::Hundred, Role::Scale}) &&
            nextRoleIn(j, {Role::TensMarker, Role::Hundred, Role::Scale}));
}

bool NumberScanner::startsCount(qsizetype i) const
{
    const Token& t = tokens[i];
    if (t.capital && !t.sentenceStart) // "Ba Đình", "Formula One": names
        return false;
    if (vietnamese && t.capital && i + 1 < tokens.size() && tokens[i + 1].gap == Gap::Space &&
        tokens[i + 1].capital) // "Ba Lan", "Hai Bà Trưng" at the start of a sentence
        return false;
    // "80 năm ngày Quốc khánh": after digits "năm" is "years", whatever follows.
    if (vietnamese && t.word->value == 5 && t.gap == Gap::Space &&
        tokens[i - 1].type != TokenType::Word)
        return false;
    if (vietnamese && previousIs(i, {u"tháng"})) // "tháng ba" is March, a month's name
        return false;
    // "cả hai" is "both", which English does not count.
    return !(vietnamese && t.word->value == 2 && previousIs(i, {u"cả"}));
}

bool NumberScanner::singleWordCounts(qsizetype i, const Composed& composed) const
{
    const Word& w = *tokens[i].word;
    if (english && w.ordinal) {
        if (w.value <= 2) // not "a second", "First, ...", "cool down first"
            return previousIn(i, lexicon.ordinalDeterminers);
        // "a third", "one fifth": fractions
        return !previousIs(i, {u"a", u"one"}) &&
               !(i > 0 && tokens[i - 1].word && tokens[i - 1].word->role == Role::Unit);
    }
    if (english && composed.value == 1) { // "one" as a pronoun: "no one", "the other one is"
        if (nextIs(i + 1, {u"of"}))
            return true;
        const bool afterDeterminer =
            previousIn(i, lexicon.pronounBefore) ||
            (i > 0 && tokens[i].gap == Gap::Hyphen && // "no-one"
             containsLower(lexicon.pronounBefore, textOf(i - 1))) ||
            (i > 1 && tokens[i - 1].gap == Gap::Space && previousIs(i - 1, {u"a", u"the"}));
        return !afterDeterminer && i + 1 < tokens.size() && tokens[i + 1].gap != Gap::Other &&
               !nextIn(i + 1, lexicon.pronounAfter);
    }
    if (!vietnamese)
        return true;
    if (w.value == 1) // "một" is mostly "a": "một người bạn"; "một số" is "some"
        return nextIs(i + 1, {u"trong"}) || // "một trong" = "one of"
               (nextIs(i + 1, {u"hoặc", u"hay", u"đến", u"tới"}) && i + 2 < tokens.size() &&
                tokens[i + 2].word && tokens[i + 2].word->role == Role::Unit); // "một hoặc hai"
    if (w.value == 5) // "năm" is "year" unless a counted noun follows: "năm người"
        return tokens.size() > i + 1 && tokens[i + 1].gap == Gap::Space &&
               neighbourIn(i + 1, lexicon.countNouns);
    // "ba mẹ": father; "chín muồi": ripe; "tám chuyện": chat.
    return !(i + 1 < tokens.size() && tokens[i + 1].gap == Gap::Space &&
             tokens[i + 1].type == TokenType::Word &&
             containsLower(lexicon.idioms, textOf(i), textOf(i + 1)));
}

// The token after a fraction's denominator at token j, or -1: "two-thirds", "one fifth",
// "a quarter"; "hai phần ba" (but "phần trăm" is per cent).
qsizetype NumberScanner::fractionEnd(qsizetype j) const
{
    if (j >= tokens.size() || (tokens[j].gap != Gap::Space && tokens[j].gap != Gap::Hyphen))
        return -1;
    const Word* w = tokens[j].word;
    if (english && w &&
        (w->role == Role::Fraction ||
         (w->ordinal && w->value >= 3 && (w->role == Role::Unit || w->role == Role::Teen))))
        return j + 1;
    if (!vietnamese || !w || w->role != Role::Phan || j + 1 >= tokens.size() ||
        tokens[j + 1].gap != Gap::Space)
        return -1;
    const Token& denominator = tokens[j + 1];
    const bool number = denominator.type == TokenType::Digits ||
                        (denominator.word && (denominator.word->role == Role::Unit ||
                                              denominator.word->role == Role::Teen ||
                                              denominator.word->role == Role::TailUnit));
    return number ? j + 2 : -1;
}

// "tens of thousands", "hundreds", "dozens of", "several hundred", "a few thousand", "hàng
// chục nghìn", "vài trăm": between twice and ten times the product of the scale words.
qsizetype NumberScanner::approximate(qsizetype i)
{
    const Token& t = tokens[i];
    if (t.capital && !t.sentenceStart)
        return i + 1;
    qsizetype j = t.word->role == Role::Approx ? i + 1 : i;
    double product = 1;
    int end = -1;
    while (j < tokens.size() && tokens[j].word && (j == i || tokens[j].gap == Gap::Space)) {
        const Role role = tokens[j].word->role;
        if (role != Role::Plural && role != Role::Scale && role != Role::Hundred &&
            role != Role::Dozen)
            break;
        if (role == Role::Scale && nextIn(j + 1, lexicon.scaleCompounds))
            break;
        product *= role == Role::Dozen ? 12 : tokens[j].word->value;
        end = tokens[j].end();
        // "tens of thousands", "hundreds of millions"
        if (role == Role::Plural && english && nextIs(j + 1, {u"of"}) && j + 2 < tokens.size() &&
            tokens[j + 2].gap == Gap::Space && tokens[j + 2].word &&
            tokens[j + 2].word->role == Role::Plural)
            ++j;
        ++j;
    }
    if (end < 0)
        return i + 1;
    report(t.start, end, product, NumberMention::Kind::Cardinal, true);
    NumberMention& mention = found.back();
    mention.approximate = true;
    mention.low = 2 * product;
    mention.high = 10 * product;
    return j;
}

qsizetype NumberScanner::words(qsizetype i)
{
    const Token& t = tokens[i];
    switch (t.word->role) {
    case Role::OrdinalMarker:
        return vietnamese ? ordinalAfterThu(i) : i + 1;
    case Role::First:                                       // "đầu tiên", "lần đầu"
        if (nextIs(i + 1, {u"tiên"}) && !t.sentenceStart) { // "Đầu tiên, ...": "First, ..."
            report(t.start, tokens[i + 1].end(), 1, NumberMention::Kind::Ordinal, true);
            return i + 2;
        }
        if (previousIs(i, {u"lần"}))
            report(t.start, t.end(), 1, NumberMention::Kind::Ordinal, true);
        return i + 1;
    case Role::Plural:
    case Role::Approx:
        return approximate(i);
    case Role::Unit:
    case Role::Teen:
    case Role::Tens:
    case Role::Article:
        break;
    default:
        return i + 1;
    }
    if (!startsCount(i))
        return i + 1;
    const Composed composed = compose(i);
    // "two-thirds", "a quarter", "hai phần ba": no count.
    if (const qsizetype fraction = fractionEnd(composed.end < 0 ? i + 1 : composed.end);
        fraction > 0 && !composed.ordinal && composed.value < 100)
        return fraction;
    if (composed.end < 0 || (composed.end == i + 1 && !singleWordCounts(i, composed)))
        return i + 1;
    qsizetype next = composed.end;
    int end = tokens[next - 1].end();
    NumberMention::Kind kind =
        composed.ordinal ? NumberMention::Kind::Ordinal : NumberMention::Kind::Cardinal;
    if (const int percentEnd = composed.ordinal ? -1 : percentAfter(next, end); percentEnd >= 0) {
        kind = NumberMention::Kind::Percent;
        end = percentEnd;
    }
    report(t.start, end, composed.value, kind, true);
    if (kind == NumberMention::Kind::Cardinal)
        readUnit(next);
    NumberMention& mention = found.back();
    if (composed.dozen) { // "two dozen": about 24
        mention.approximate = true;
        mention.low = composed.value * 0.75;
        mention.high = composed.value * 1.25;
    } else if (t.word->role == Role::Article &&
               (tokens[composed.end - 1].word->role == Role::Hundred ||
                tokens[composed.end - 1].word->role == Role::Scale)) {
        // "a thousand ways", "a hundred million copies": often a round figure for "many"
        mention.approximate = true;
        mention.low = composed.value;
        mention.high = composed.value * 10;
    }
    return next;
}

// "lần thứ 3", "người thứ hai", "thứ nhất", "thứ 80". "thứ Hai" .. "thứ Bảy" are weekdays, and
// so may be "thứ 2" .. "thứ 7" and "thứ hai" .. "thứ bảy": those are ordinals only after a noun
// that is no time word. Weekdays are consumed so that their number is not reported as a count.
qsizetype NumberScanner::ordinalAfterThu(qsizetype i)
{
    const Token& thu = tokens[i];
    const qsizetype j = i + 1;
    if (j >= tokens.size() || tokens[j].gap != Gap::Space)
        return j;
    const Token& t = tokens[j];
    double value = 0;
    qsizetype end = j + 1;
    if (t.type == TokenType::Digits) {
        if (t.length > 9 || !std::all_of(textOf(j).begin(), textOf(j).end(),
                                         [](QChar c) { return isDigit(c.unicode()); }))
            return j;
        value = textOf(j).toInt();
    } else if (t.word && t.capital) {
        return end; // "thứ Hai": Monday
    } else if (t.word && (t.word->role == Role::OrdinalOnly ||
                          (t.word->role == Role::TailUnit && t.word->value == 4))) {
        value = t.word->value; // "thứ nhất", "thứ nhì", "thứ tư"
    } else if (t.word && (t.word->role == Role::Unit || t.word->role == Role::Teen)) {
        const Composed composed = compose(j);
        if (composed.end < 0)
            return j;
        value = composed.value;
        end = composed.end;
        // "phút thứ bốn hai": digit by digit, the 42nd (no weekday or count reads so).
        if (end == j + 1 && t.word->role == Role::Unit && wordAt(end) &&
            wordAt(end)->role == Role::Unit && !tokens[end].capital)
            value = value * 10 + wordAt(end++)->value;
    } else {
        return j; // "thứ trưởng", "mọi thứ"
    }
    // A noun before makes an ordinal ("lần thứ hai", "kỹ thuật thứ ba"); time words around,
    // a date after or no word before leave a weekday.
    if (value >= 2 && value <= 7 &&
        (thu.gap != Gap::Space || tokens[i - 1].type != TokenType::Word ||
         neighbourIn(i - 1, lexicon.weekdayBefore) || neighbourIn(end, lexicon.weekdayAfter) ||
         (end < tokens.size() && tokens[end].type == TokenType::Digits && // "thứ 2, 12/5"
          tokens[end].end() < text.size() && QStringView(u"/-").contains(text[tokens[end].end()]))))
        return end;
    if (thu.capital && !thu.sentenceStart)
        return end;
    report(thu.start, tokens[end - 1].end(), value, NumberMention::Kind::Ordinal,
           t.type == TokenType::Word);
    return end;
}

} // namespace songngu::numbers
