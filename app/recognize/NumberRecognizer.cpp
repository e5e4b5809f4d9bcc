// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/NumberRecognizer.h"

#include "recognize/NumberTokenizer.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace songngu {

bool NumberMention::looksLikeYear() const
{
    return kind == Kind::Cardinal && !fromWords && length == 4 && value >= 1000 && value <= 2199 &&
           value == std::floor(value);
}

namespace {

using namespace numbers;

// A spelled-out number: tokens [start, end), its value, whether it ends in an ordinal word.
struct Composed
{
    qsizetype end = -1;
    double value = 0;
    bool ordinal = false;
};

// A number being read word by word: the whole so far, the group below the last scale word, and
// the role of the last word.
struct Composition
{
    double total = 0;
    double group = 0;
    double maxScale = 0;
    int lastUnit = 0;
    Role last = Role::None;

    bool lastIn(std::initializer_list<Role> roles) const
    {
        return std::find(roles.begin(), roles.end(), last) != roles.end();
    }
    // A scale word: false when nothing before it can take it.
    bool scale(double value)
    {
        if (value > maxScale) // "5 nghìn tỷ", "two hundred thousand": scales the whole
            total = (total + group) * value, maxScale = value;
        else if (group > 0) // "một tỷ hai trăm triệu": a smaller scale adds
            total += group * value;
        else
            return false;
        group = 0;
        return true;
    }
};

class Scanner
{
public:
    Scanner(QStringView text, const Lexicon& lexicon, Language language)
        : text(text), lexicon(lexicon), english(language == Language::English),
          vietnamese(language == Language::Vietnamese),
          tokens(tokenize(text, english      ? &lexicon.english
                                : vietnamese ? &lexicon.vietnamese
                                             : nullptr))
    {}

    QList<NumberMention> run()
    {
        for (qsizetype i = 0; i < tokens.size();) {
            const Token& t = tokens[i];
            if (t.type == TokenType::Digits || t.type == TokenType::DigitsSuffix)
                i = digits(i);
            else if (t.word)
                i = words(i);
            else
                ++i;
        }
        return found;
    }

private:
    QStringView text;
    const Lexicon& lexicon;
    const bool english;
    const bool vietnamese;
    const QList<Token> tokens;
    QList<NumberMention> found;

    void report(int start, int end, double value, NumberMention::Kind kind, bool fromWords)
    {
        found.append({start, end - start, value, kind, fromWords});
    }

    QStringView textOf(qsizetype i) const { return text.sliced(tokens[i].start, tokens[i].length); }

    // Token i when it is a word continuing the phrase before it (white space only between).
    const Word* wordAt(qsizetype i) const
    {
        if (i >= tokens.size() || tokens[i].gap != Gap::Space || !tokens[i].word)
            return nullptr;
        return tokens[i].word;
    }

    bool nextIs(qsizetype i, std::initializer_list<QStringView> words) const
    {
        return i < tokens.size() && tokens[i].gap == Gap::Space &&
               tokens[i].type == TokenType::Word && equalsAny(textOf(i), words);
    }

    bool previousIs(qsizetype i, std::initializer_list<QStringView> words) const
    {
        return i > 0 && tokens[i].gap == Gap::Space && equalsAny(textOf(i - 1), words);
    }

    // The same with a list of the language data (lower case).
    bool nextIn(qsizetype i, const QSet<QString>& words) const
    {
        return i < tokens.size() && tokens[i].gap == Gap::Space &&
               tokens[i].type == TokenType::Word && containsLower(words, textOf(i));
    }

    bool previousIn(qsizetype i, const QSet<QString>& words) const
    {
        return i > 0 && tokens[i].gap == Gap::Space && containsLower(words, textOf(i - 1));
    }

    bool neighbourIn(qsizetype i, const QSet<QStringView>& set) const
    {
        if (i < 0 || i >= tokens.size() || tokens[i].type != TokenType::Word)
            return false;
        const QString lower = textOf(i).toString().toLower(); // rare: only next to number words
        return set.contains(QStringView(lower));
    }

    // "%", "percent", "per cent", "phần trăm" after a number that ends at text offset `end`,
    // token `next`: the offset after the percent mark (moving `next` past its words), or -1.
    int percentAfter(qsizetype& next, int end) const
    {
        int k = end;
        while (k < text.size() && k - end < 2 && text[k].isSpace())
            ++k;
        if (k < text.size() && (text[k] == u'%' || text[k] == u'\uFF05'))
            return k + 1;
        const Word* first = wordAt(next);
        const Word* second = first ? wordAt(next + 1) : nullptr;
        if (first && first->role == Role::Percent)
            return tokens[next++].end();
        if (second && ((first->role == Role::Per && second->role == Role::Cent) ||
                       (first->role == Role::Phan && second->role == Role::Hundred))) {
            next += 2;
            return tokens[next - 1].end();
        }
        return -1;
    }

    // "thập niên 80", "những năm 1990": decades, which English writes "the '80s", "the 1990s".
    bool decade(qsizetype i, double value) const
    {
        if (!vietnamese || std::fmod(value, 10) != 0 || i < 2 || tokens[i].gap != Gap::Space ||
            tokens[i - 1].gap != Gap::Space)
            return false;
        return containsLower(lexicon.decadeWords, textOf(i - 2), textOf(i - 1));
    }

    qsizetype digits(qsizetype i)
    {
        const Token& t = tokens[i];
        ParsedDigits parsed;
        const QStringView number = text.sliced(t.start, t.digitsLength);
        if (!parseDigits(number, vietnamese, parsed)) {
            // "1,2" in English: each group is a number of its own.
            for (int from = 0, to = 0; from < number.size(); from = ++to) {
                while (to < number.size() && isDigit(number[to].unicode()))
                    ++to;
                parseDigits(number.sliced(from, to - from), false, parsed);
                report(t.start + from, t.start + to, parsed.value(), {}, false);
            }
            return i + 1;
        }
        if (t.type == TokenType::DigitsSuffix) {
            const QStringView suffix =
                text.sliced(t.start + t.digitsLength, t.length - t.digitsLength);
            if (english && parsed.decimals == 0 && containsLower(lexicon.ordinalSuffixes, suffix))
                report(t.start, t.end(), parsed.value(), NumberMention::Kind::Ordinal, false);
            else if (containsLower(lexicon.unitSuffixes, suffix))
                report(t.start, t.start + t.digitsLength, parsed.value(), {}, false);
            return i + 1; // "1990s", "5G": decades and codes are no counts
        }
        if (decade(i, parsed.value()))
            return i + 1;
        // Scale words multiply: "3.2 million", "1,5 tỷ", "5 nghìn tỷ" (each larger than the last).
        qsizetype next = i + 1;
        int end = t.end();
        double scale = 1;
        double lastScale = 0;
        for (const Word* w; (w = wordAt(next)) != nullptr; ++next) {
            if ((w->role != Role::Scale && w->role != Role::Hundred) || w->ordinal ||
                w->value <= lastScale || tokens[next].capital || nextIs(next + 1, {u"lệ"}))
                break; // "tỷ lệ" is "rate"
            scale *= w->value;
            lastScale = w->value;
            end = tokens[next].end();
        }
        NumberMention::Kind kind = NumberMention::Kind::Cardinal;
        if (const int percentEnd = percentAfter(next, end); percentEnd >= 0) {
            kind = NumberMention::Kind::Percent;
            end = percentEnd;
        }
        report(t.start, end, parsed.value(scale), kind, false);
        return next;
    }

    Composed compose(qsizetype i) const;
    bool add(Composition& number, qsizetype j, const Word& w) const;
    bool unitFits(const Composition& number, qsizetype j, const Word& w) const;
    bool nextIn(qsizetype j, std::initializer_list<Role> roles) const
    {
        const Word* w = wordAt(j + 1);
        return w && std::find(roles.begin(), roles.end(), w->role) != roles.end();
    }
    bool startsCount(qsizetype i) const;
    bool singleWordCounts(qsizetype i, const Composed& composed) const;
    qsizetype words(qsizetype i);
    qsizetype ordinalAfterThu(qsizetype i);
};

// The longest run of number words from token i that reads as one number. Connectors ("and",
// "linh") and "a" count only once a number word follows them.
Composed Scanner::compose(qsizetype i) const
{
    Composition number;
    Composed best;
    for (qsizetype j = i; j < tokens.size() && tokens[j].word; ++j) {
        const Token& t = tokens[j];
        const Word& w = *t.word;
        const bool hyphen =
            t.gap == Gap::Hyphen && number.last == Role::Tens && w.role == Role::Unit;
        if (j > i && ((t.gap != Gap::Space && !hyphen) || t.capital))
            break;
        if (!add(number, j, w))
            break;
        number.last = w.role;
        if (w.role != Role::Connector && w.role != Role::Article)
            best = {j + 1, number.total + number.group, w.ordinal};
        if (w.ordinal)
            break;
    }
    return best;
}

// Adds word `w` (token j) to `number`; false when it does not continue it.
bool Scanner::add(Composition& number, qsizetype j, const Word& w) const
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
    case Role::Hundred: {
        const bool fits = number.lastIn({Role::Unit, Role::Teen, Role::Article}) &&
                          number.group > 0 && number.group < 100 && (english || number.group < 10);
        number.group *= 100;
        return fits;
    }
    case Role::Dozen:
        number.group *= 12;
        return number.lastIn({Role::Unit, Role::Teen, Role::Tens, Role::Article});
    case Role::Scale: // "một tỷ lệ" is "a rate"
        return !number.lastIn({Role::None, Role::Connector}) && !nextIs(j + 1, {u"lệ"}) &&
               number.scale(w.value);
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
bool Scanner::unitFits(const Composition& number, qsizetype j, const Word& w) const
{
    if (english)
        return number.lastIn({Role::None, Role::Tens, Role::Hundred, Role::Scale, Role::Connector});
    if (w.value == 5) // "năm" after a number is "year": "hai mươi năm", "trăm năm"
        return number.lastIn({Role::None, Role::Connector}) ||
               nextIn(j, {Role::TensMarker, Role::Hundred, Role::Scale});
    // "hai trăm ba" may mean 230 or 203: stop at 200 unless "mươi" follows.
    return number.lastIn({Role::None, Role::Teen, Role::TensMarker, Role::Connector}) ||
           (number.lastIn({Role::Hundred, Role::Scale}) &&
            nextIn(j, {Role::TensMarker, Role::Hundred, Role::Scale}));
}

bool Scanner::startsCount(qsizetype i) const
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

bool Scanner::singleWordCounts(qsizetype i, const Composed& composed) const
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

qsizetype Scanner::words(qsizetype i)
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
    return next;
}

// "lần thứ 3", "người thứ hai", "thứ nhất", "thứ 80". "thứ Hai" .. "thứ Bảy" are weekdays, and
// so may be "thứ 2" .. "thứ 7" and "thứ hai" .. "thứ bảy": those are ordinals only after a noun
// that is no time word. Weekdays are consumed so that their number is not reported as a count.
qsizetype Scanner::ordinalAfterThu(qsizetype i)
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

} // namespace

NumberRecognizer::NumberRecognizer()
    : lexicon(std::make_shared<numbers::Lexicon>(numbers::makeLexicon()))
{}

NumberRecognizer::~NumberRecognizer() = default;

QList<NumberMention> NumberRecognizer::find(QStringView text, Language language) const
{
    return Scanner(text, *lexicon, language).run();
}

} // namespace songngu
