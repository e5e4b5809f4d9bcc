// SPDX-License-Identifier: GPL-3.0-or-later
// NumberScanner: the pass over the tokens and the numbers written with digits.
#include "recognize/NumberScanner.h"

#include <algorithm>
#include <cmath>

namespace songngu::numbers {

bool Composition::scale(double value)
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

NumberScanner::NumberScanner(QStringView text, const Lexicon& lexicon, Language language)
    : text(text), lexicon(lexicon), english(language == Language::English),
      vietnamese(language == Language::Vietnamese),
      tokens(tokenize(text, english      ? &lexicon.english
                            : vietnamese ? &lexicon.vietnamese
                                         : nullptr)),
      times(text, tokens, lexicon)
{}

QList<NumberMention> NumberScanner::run()
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

void NumberScanner::report(int start, int end, double value, NumberMention::Kind kind,
                           bool fromWords)
{
    NumberMention mention{start, end - start, value, kind, fromWords};
    mention.certain = !fromWords;
    found.append(mention);
}

const Word* NumberScanner::wordAt(qsizetype i) const
{
    if (i >= tokens.size() || tokens[i].gap != Gap::Space || !tokens[i].word)
        return nullptr;
    return tokens[i].word;
}

bool NumberScanner::nextIs(qsizetype i, std::initializer_list<QStringView> words) const
{
    return i < tokens.size() && tokens[i].gap == Gap::Space && tokens[i].type == TokenType::Word &&
           equalsAny(textOf(i), words);
}

bool NumberScanner::previousIs(qsizetype i, std::initializer_list<QStringView> words) const
{
    return i > 0 && tokens[i].gap == Gap::Space && equalsAny(textOf(i - 1), words);
}

bool NumberScanner::nextIn(qsizetype i, const QSet<QString>& words) const
{
    return i < tokens.size() && tokens[i].gap == Gap::Space && tokens[i].type == TokenType::Word &&
           containsLower(words, textOf(i));
}

bool NumberScanner::previousIn(qsizetype i, const QSet<QString>& words) const
{
    return i > 0 && tokens[i].gap == Gap::Space && containsLower(words, textOf(i - 1));
}

bool NumberScanner::neighbourIn(qsizetype i, const QSet<QStringView>& set) const
{
    if (i < 0 || i >= tokens.size() || tokens[i].type != TokenType::Word)
        return false;
    const QString lower = textOf(i).toString().toLower(); // rare: only next to number words
    return set.contains(QStringView(lower));
}

bool NumberScanner::nextRoleIn(qsizetype j, std::initializer_list<Role> roles) const
{
    const Word* w = wordAt(j + 1);
    return w && std::find(roles.begin(), roles.end(), w->role) != roles.end();
}

// "%", "percent", "per cent", "phần trăm" after a number that ends at text offset `end`,
// token `next`: the offset after the percent mark (moving `next` past its words), or -1.
int NumberScanner::percentAfter(qsizetype& next, int end) const
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
    if (second &&
        ((first->role == Role::Per && second->role == Role::Cent) ||
         (first->role == Role::Phan && second->role == Role::Hundred && second->value == 100))) {
        next += 2;
        return tokens[next - 1].end();
    }
    return -1;
}

// "thập niên 80", "những năm 1990": decades, which English writes "the '80s", "the 1990s".
bool NumberScanner::decade(qsizetype i, double value) const
{
    if (!vietnamese || std::fmod(value, 10) != 0 || i < 2 || tokens[i].gap != Gap::Space ||
        tokens[i - 1].gap != Gap::Space)
        return false;
    return containsLower(lexicon.decadeWords, textOf(i - 2), textOf(i - 1));
}

// A decade written with its first year in `digits`, two or four of them ending in 0; anything
// else ("5s") is no number.
void NumberScanner::reportDecade(int start, int end, QStringView digits)
{
    if ((digits.size() != 2 && digits.size() != 4) || digits.back() != u'0' ||
        !std::all_of(digits.begin(), digits.end(), [](QChar c) { return isDigit(c.unicode()); }))
        return;
    report(start, end, digits.toInt(), NumberMention::Kind::Decade, false);
}

void NumberScanner::readUnit(qsizetype next, QStringView suffix)
{
    NumberMention& mention = found.back();
    const auto take = [&](const QString& word) {
        const auto it = lexicon.units.constFind(word);
        if (it == lexicon.units.cend())
            return false;
        mention.unit = word;
        mention.dimension = it->first;
        mention.unitSize = it->second;
        // "3m passengers", "70m a year": an abbreviated scale read as a unit, or the reverse
        if (const auto scale = lexicon.scaleAbbreviations.constFind(word);
            scale != lexicon.scaleAbbreviations.cend()) {
            mention.alternative = mention.value * scale.value();
            mention.certain = false;
        }
        return true;
    };
    if (!suffix.isEmpty()) {
        take(suffix.toString().toLower());
        return;
    }
    if (next >= tokens.size() || tokens[next].type != TokenType::Word ||
        (tokens[next].gap != Gap::Space && tokens[next].gap != Gap::Hyphen) ||
        !containsLower(lexicon.unitFirstWords, textOf(next)))
        return;
    // The longest unit of up to three words: "dặm hải lý", "square miles", "km".
    QStringList words{textOf(next).toString().toLower()};
    for (qsizetype k = next + 1; k < next + 3 && k < tokens.size() && tokens[k].gap == Gap::Space &&
                                 tokens[k].type == TokenType::Word;
         ++k)
        words.append(words.back() + u' ' + textOf(k).toString().toLower());
    for (qsizetype w = words.size(); w-- > 0;)
        if (take(words.at(w)))
            return;
}

// A currency sign or code just before token i: "$9.3", "US$ 95", "KSh 25.000", "USD2".
bool NumberScanner::currencyBefore(qsizetype i) const
{
    qsizetype k = tokens[i].start;
    if (k > 0 && text[k - 1].isSpace())
        --k;
    if (k > 0 && isCurrencySign(text[k - 1]))
        return true;
    qsizetype w = k;
    while (w > 0 && text[w - 1].isLetter())
        --w;
    return w < k && containsLower(lexicon.currencyCodes, text.sliced(w, k - w));
}

// "216 000", "62. 992.553": thousands groups after a space, which some writers put between
// groups and others leave after a separator. Moves `next` and `end` past the groups joined.
bool NumberScanner::joinSpacedGroups(qsizetype& next, int& end, ParsedDigits& parsed) const
{
    const Token& t = tokens[next - 1];
    const QStringView first = text.sliced(t.start, t.digitsLength);
    const auto groups = [](QStringView digits) { // digits in thousands groups, or -1
        qsizetype count = 0;
        for (qsizetype k = digits.size(); k > 0; k -= 4, ++count)
            if (k < 3 || (k > 3 && !QStringView(u".,").contains(digits[k - 4])) ||
                !std::all_of(digits.begin() + k - 3, digits.begin() + k,
                             [](QChar c) { return isDigit(c.unicode()); }))
                return qsizetype(-1);
        return count;
    };
    if (t.type != TokenType::Digits || parsed.decimals != 0 || first.size() > 3 ||
        !std::all_of(first.begin(), first.end(), [](QChar c) { return isDigit(c.unicode()); }))
        return false;
    bool joined = false;
    while (next < tokens.size() && tokens[next].type == TokenType::Digits) {
        const Token& g = tokens[next];
        const QStringView gap = text.sliced(end, g.start - end);
        const QStringView digits = text.sliced(g.start, g.digitsLength);
        const bool spaced = gap.size() == 1 && gap[0].isSpace();
        // After a separator only when the group goes on in that separator: "62. 992.553".
        const bool afterSeparator = gap.size() == 2 && QStringView(u".,").contains(gap[0]) &&
                                    gap[1].isSpace() && digits.contains(gap[0]);
        const qsizetype count = groups(digits);
        if ((!spaced && !afterSeparator) || count < 1 ||
            (g.end() < text.size() && (isDigit(text[g.end()].unicode()) || text[g.end()] == u':')))
            break;
        for (QChar c : digits)
            if (isDigit(c.unicode()))
                parsed.mantissa = parsed.mantissa * 10 + (c.unicode() - u'0');
        end = g.end();
        ++next;
        joined = true;
    }
    return joined;
}

// "€280 (US$418) million": a scale word after a bracketed amount belongs to both amounts. The
// scale for the amount at token i, noting it for the amount in the bracket; 1 when none.
double NumberScanner::bracketScale(qsizetype i)
{
    if (const auto it = bracketScales.constFind(i); it != bracketScales.cend())
        return it.value();
    qsizetype k = tokens[i].end();
    while (k < text.size() && text[k].isSpace() && k - tokens[i].end() < 2)
        ++k;
    if (k >= text.size() || text[k] != u'(')
        return 1;
    qsizetype inner = i + 1;
    while (inner < tokens.size() && tokens[inner].type == TokenType::Word &&
           tokens[inner].end() - k < 6) // a currency code: "(US$418)"
        ++inner;
    if (inner + 1 >= tokens.size() || tokens[inner].type != TokenType::Digits ||
        tokens[inner].start - k > 6)
        return 1;
    const QStringView before = text.sliced(k + 1, tokens[inner].start - k - 1);
    if (std::any_of(before.begin(), before.end(), [](QChar c) { return c.isSpace(); }))
        return 1;
    const QStringView after =
        text.sliced(tokens[inner].end(), tokens[inner + 1].start - tokens[inner].end());
    const Word* scale = tokens[inner + 1].word;
    if (after.trimmed() != u")" || !scale || tokens[inner + 1].type != TokenType::Word ||
        (scale->role != Role::Scale && scale->role != Role::Plural))
        return 1;
    bracketScales.insert(inner, scale->value);
    return scale->value;
}

// "1,2" in English: each group is a number of its own.
void NumberScanner::splitGroups(const Token& t, QStringView number)
{
    ParsedDigits parsed;
    for (int from = 0, to = 0; from < number.size(); from = ++to) {
        while (to < number.size() && isDigit(number[to].unicode()))
            ++to;
        parseDigits(number.sliced(from, to - from), false, parsed);
        report(t.start + from, t.start + to, parsed.value(), {}, false);
    }
}

// Digits with letters joined: "80th", "€15m", "20km", "1990s"; "5G" and other codes are no
// counts.
void NumberScanner::suffixed(qsizetype i, const ParsedDigits& parsed)
{
    const Token& t = tokens[i];
    const QString suffix =
        text.sliced(t.start + t.digitsLength, t.length - t.digitsLength).toString().toLower();
    if (english && parsed.decimals == 0 && lexicon.ordinalSuffixes.contains(suffix)) {
        report(t.start, t.end(), parsed.value(), NumberMention::Kind::Ordinal, false);
    } else if (lexicon.scaleAbbreviations.contains(suffix) && currencyBefore(i)) {
        const double scale = lexicon.scaleAbbreviations.value(suffix); // "€15m"
        report(t.start, t.end(), parsed.value(scale), {}, false);
        found.back().scale = scale;
        found.back().certain = false;
    } else if (lexicon.unitSuffixes.contains(suffix)) {
        report(t.start, t.start + t.digitsLength, parsed.value(), {}, false);
        readUnit(i + 1, suffix);
    } else if (suffix == u"s") {
        reportDecade(t.start, t.end(), text.sliced(t.start, t.digitsLength)); // "1990s", "80s"
    }
}

// The scale after the digits of token i, from token `next` on (moving `next` and `end` past
// its words): "3.2 million", "1,5 tỷ", "5 nghìn tỷ" (each larger than the last), "$300
// millions", "2 tá"; not "tỷ lệ" (rate) nor "tỷ phú" (billionaire). `guessed` when it is an
// abbreviation ("£13 m") or written after a bracket ("€280 (US$418) million").
double NumberScanner::scaleAfter(qsizetype i, qsizetype& next, int& end, bool& guessed)
{
    double scale = 1;
    double lastScale = 0;
    for (const Word* w; (w = wordAt(next)) != nullptr; ++next) {
        if ((w->role != Role::Scale && w->role != Role::Hundred && w->role != Role::Plural &&
             w->role != Role::Dozen) ||
            w->ordinal || w->value <= lastScale || nextIn(next + 1, lexicon.scaleCompounds))
            break;
        scale *= w->value;
        lastScale = w->value;
        end = tokens[next].end();
    }
    if (scale != 1)
        return scale;
    if (currencyBefore(i) && next < tokens.size() && tokens[next].gap == Gap::Space &&
        tokens[next].type == TokenType::Word) {
        const QString word = textOf(next).toString().toLower();
        if (const auto it = lexicon.scaleAbbreviations.constFind(word);
            it != lexicon.scaleAbbreviations.cend()) {
            end = tokens[next++].end();
            guessed = true;
            return it.value();
        }
    }
    scale = bracketScale(i);
    guessed = scale != 1;
    return scale;
}

qsizetype NumberScanner::digits(qsizetype i)
{
    const Token& t = tokens[i];
    if (const std::optional<ClockTimeReader::Time> time = times.at(i)) {
        report(t.start, time->end, time->minutes, NumberMention::Kind::Time, false);
        return time->next;
    }
    // "the 1870's", as "1870s" is.
    if (t.type == TokenType::Digits && i + 1 < tokens.size() && textOf(i + 1) == u"s" &&
        tokens[i + 1].start == t.end() + 1 && QStringView(u"'’").contains(text[t.end()])) {
        reportDecade(t.start, tokens[i + 1].end(), textOf(i));
        return i + 2;
    }
    ParsedDigits parsed;
    const QStringView number = text.sliced(t.start, t.digitsLength);
    if (!parseDigits(number, vietnamese, parsed)) {
        // "24,1%": a decimal comma before a percent sign, in English text too.
        qsizetype after = i + 1;
        if (!english || !parseDigits(number, true, parsed) || percentAfter(after, t.end()) < 0) {
            splitGroups(t, number);
            return i + 1;
        }
        parsed.foreign = true;
    }
    if (t.type == TokenType::DigitsSuffix) {
        suffixed(i, parsed);
        return i + 1;
    }
    if (decade(i, parsed.value())) {
        reportDecade(tokens[i - 2].start, t.end(), number); // "thập niên 1930"
        return i + 1;
    }
    qsizetype next = i + 1;
    int end = t.end();
    const bool spaced = joinSpacedGroups(next, end, parsed);
    bool guessedScale = false;
    const double scale = scaleAfter(i, next, end, guessedScale);
    NumberMention::Kind kind = NumberMention::Kind::Cardinal;
    if (const int percentEnd = percentAfter(next, end); percentEnd >= 0) {
        kind = NumberMention::Kind::Percent;
        end = percentEnd;
    }
    report(t.start, end, parsed.value(scale), kind, false);
    found.back().scale = scale;
    found.back().certain = !parsed.foreign && !spaced && !guessedScale;
    if (kind == NumberMention::Kind::Cardinal)
        readUnit(next);
    return next;
}

} // namespace songngu::numbers
