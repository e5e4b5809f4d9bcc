// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/NumberTokenizer.h"

#include "text/LanguageData.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace songngu::numbers {

namespace {

inline bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    // º and ª are letters to Unicode but degrees in "17º5": a number's end, as ° is.
    if (c == u'\u00BA' || c == u'\u00AA')
        return false;
    return QChar::isLetter(char32_t(c)) || QChar::isMark(char32_t(c));
}

// "25,000", "130.000.000": digits grouped in thousands by one kind of separator.
bool groupedInThousands(QStringView digits)
{
    qsizetype first = 0;
    while (first < digits.size() && isDigit(digits[first].unicode()))
        ++first;
    if (first < 1 || first > 3 || first == digits.size())
        return false;
    const QChar separator = digits[first];
    for (qsizetype k = first; k < digits.size(); k += 4)
        if (digits[k] != separator || k + 4 > digits.size() ||
            (k + 4 < digits.size() && !QStringView(u".,").contains(digits[k + 4])))
            return false;
    return true;
}

// Longer words are not looked up: the data files may hold none.
constexpr qsizetype longestWord = 12;

const Word* lookUp(QStringView word, const WordTable& table)
{
    std::array<char16_t, longestWord> folded;
    if (word.size() > qsizetype(folded.size()))
        return nullptr;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = word[k].unicode();
        folded[k] = c < 0x80 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c)
                             : char16_t(QChar::toLower(char32_t(c)));
    }
    const auto it = table.constFind(QStringView(folded.data(), word.size()));
    return it == table.cend() ? nullptr : &it.value();
}

bool startsSentence(QStringView gap)
{
    for (qsizetype k = gap.size(); k-- > 0;) {
        const char16_t c = gap[k].unicode();
        if (c == u'\n' || c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u':' ||
            c == u';')
            return true;
        if (!QChar::isSpace(c) && !QStringView(u"\"'“”‘’([«•").contains(QChar(c)))
            return false;
    }
    return false;
}

Role roleNamed(QStringView name)
{
    static const QHash<QStringView, Role> roles{
        {u"unit", Role::Unit},
        {u"teen", Role::Teen},
        {u"tens", Role::Tens},
        {u"tens-marker", Role::TensMarker},
        {u"tail-unit", Role::TailUnit},
        {u"hundred", Role::Hundred},
        {u"scale", Role::Scale},
        {u"dozen", Role::Dozen},
        {u"connector", Role::Connector},
        {u"article", Role::Article},
        {u"ordinal-marker", Role::OrdinalMarker},
        {u"ordinal-only", Role::OrdinalOnly},
        {u"first", Role::First},
        {u"percent", Role::Percent},
        {u"per", Role::Per},
        {u"cent", Role::Cent},
        {u"phan", Role::Phan},
        {u"plural", Role::Plural},
        {u"approx", Role::Approx},
        {u"fraction", Role::Fraction},
    };
    return roles.value(name, Role::None);
}

// A number-word table. Its keys view the language data's strings, which live as long as the
// process does.
WordTable wordTable(QStringView file)
{
    const LanguageData::Table& table = LanguageData::table(file);
    const int word = table.column(u"word");
    const int role = table.column(u"role");
    const int value = table.column(u"value");
    const int ordinal = table.column(u"ordinal");
    WordTable words;
    for (const QStringList& row : table.rows) {
        bool isNumber = false;
        const Word entry{roleNamed(row.at(role)), row.at(value).toDouble(&isNumber),
                         row.at(ordinal) == u"yes"};
        if (entry.role == Role::None || !isNumber || row.at(word) != row.at(word).toLower() ||
            row.at(word).size() > longestWord ||
            (row.at(ordinal) != u"yes" && row.at(ordinal) != u"no"))
            qFatal("Language data %s: \"%s\" needs a lower-case word of at most 12 letters, a "
                   "known role, a number and yes or no",
                   qUtf8Printable(LanguageData::resourcePath(file)),
                   qUtf8Printable(row.join(u'\t')));
        words.insert(row.at(word), entry);
    }
    return words;
}

QSet<QStringView> wordSet(QStringView file)
{
    const QStringList& words = LanguageData::words(file);
    return QSet<QStringView>(words.cbegin(), words.cend());
}

QSet<QString> lowerSet(QStringView file)
{
    QSet<QString> set;
    for (const QString& word : LanguageData::words(file))
        set.insert(word.toLower());
    return set;
}

// "USD" in "USD2": letters before an amount.
bool isCurrency(QStringView letters)
{
    static const QSet<QString> codes = lowerSet(u"currency-codes.txt");
    return containsLower(codes, letters);
}

} // namespace

bool isCurrencySign(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

bool equalsAny(QStringView text, std::initializer_list<QStringView> words)
{
    for (QStringView word : words)
        if (text.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool containsLower(const QSet<QString>& words, QStringView text, QStringView next)
{
    QVarLengthArray<char16_t, 32> lower;
    for (QStringView part : {text, next}) {
        if (part.isEmpty())
            continue;
        if (!lower.isEmpty())
            lower.append(u' ');
        for (QChar c : part)
            lower.append(c.toLower().unicode());
    }
    return words.contains(
        QString::fromRawData(reinterpret_cast<const QChar*>(lower.constData()), lower.size()));
}

// Runs of letters and digits; '.' and ',' between digits stay inside a number.
QList<Token> tokenize(QStringView text, const WordTable* table)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    const qsizetype n = text.size();
    qsizetype previousEnd = -1;
    for (qsizetype i = 0; i < n;) {
        const bool digit = isDigit(text[i].unicode());
        if (!digit && !isWordChar(text[i].unicode())) {
            ++i;
            continue;
        }
        qsizetype j = i;
        qsizetype switchAt = -1; // where digits turn to letters or back
        int switches = 0;
        for (bool inDigits = digit; j < n; ++j) {
            const char16_t c = text[j].unicode();
            const bool d = isDigit(c);
            if (d || isWordChar(c)) {
                if (d != inDigits) {
                    ++switches;
                    switchAt = j;
                    inDigits = d;
                }
            } else if (!((c == u'.' || c == u',') && inDigits && (switches == 0 || !digit) &&
                         switches <= 1 && j + 1 < n && isDigit(text[j + 1].unicode()))) {
                break;
            }
        }
        Token token{int(i), int(j - i)};
        if (previousEnd < 0) {
            token.sentenceStart = true;
        } else {
            const QStringView gap = text.sliced(previousEnd, i - previousEnd);
            const bool spaces =
                std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); });
            token.gap = spaces                                                       ? Gap::Space
                        : gap.size() == 1 && (gap[0] == u'-' || gap[0] == u'\u2011') ? Gap::Hyphen
                                                                                     : Gap::Other;
            token.sentenceStart = startsSentence(gap);
        }
        if (switches == 0 && digit) {
            token.type = TokenType::Digits;
            token.digitsLength = token.length;
        } else if (switches == 0) {
            token.type = TokenType::Word;
            token.capital = QChar::isUpper(char32_t(text[i].unicode()));
            token.word = table ? lookUp(text.sliced(i, j - i), *table) : nullptr;
        } else if (switches == 1 && digit) {
            token.type = TokenType::DigitsSuffix;
            token.digitsLength = int(switchAt - i);
        } else if (switches == 1 && (isCurrency(text.sliced(i, switchAt - i)) ||
                                     groupedInThousands(text.sliced(switchAt, j - switchAt)))) {
            token.type = TokenType::Digits; // "USD2", "KSh25,000": a currency, then the amount
            token.start = int(switchAt);
            token.length = token.digitsLength = int(j - switchAt);
        }
        tokens.append(token);
        previousEnd = j;
        i = j;
    }
    return tokens;
}

// "1,250.5" (English), "1.250,5" (Vietnamese). Several separators of one kind, or thousands
// then a decimal separator, read the same in either language; a single one follows the
// language ("1.250" is 1250 in Vietnamese, 1.25 in English). False when the separators fit
// no convention ("1,2" in English): the caller then reports each group on its own.
bool parseDigits(QStringView s, bool decimalComma, ParsedDigits& parsed)
{
    QVarLengthArray<qsizetype, 8> seps;
    for (qsizetype k = 0; k < s.size(); ++k)
        if (!isDigit(s[k].unicode()))
            seps.append(k);
    const qsizetype n = seps.size();
    qsizetype decimalAt = s.size();
    if (n > 0) {
        const auto groupLength = [&](qsizetype g) {
            return (g < n ? seps[g] : s.size()) - (g == 0 ? 0 : seps[g - 1] + 1);
        };
        const auto thousands = [&](qsizetype groups) {
            for (qsizetype g = 1; g <= groups; ++g)
                if (groupLength(g) != 3)
                    return false;
            return groupLength(0) <= 3 && !(groupLength(0) == 1 && s[0] == u'0'); // not "0.166"
        };
        const QChar last = s[seps[n - 1]];
        for (qsizetype k = 1; k + 1 < n; ++k)
            if (s[seps[k]] != s[seps[0]])
                return false;
        if (n >= 2 && s[seps[n - 2]] != last) {
            if (!thousands(n - 1))
                return false;
            decimalAt = seps[n - 1];
        } else if (n >= 2) {
            if (!thousands(n))
                return false;
        } else if (last == (decimalComma ? u',' : u'.')) {
            // Translations keep the other convention: "100,000" in Vietnamese is a hundred
            // thousand, as news does not write decimals with trailing zeros.
            if (!thousands(1) || s[0] == u'0' || s.back() != u'0')
                decimalAt = seps[0];
        } else if (!thousands(1)) {
            if (last != u'.') // a lone '.' that is no thousands mark is a decimal point anywhere
                return false;
            decimalAt = seps[0];
        }
    }
    parsed = {};
    // The language's own convention: a decimal comma and thousands dots in Vietnamese.
    const QChar decimalMark = decimalComma ? u',' : u'.';
    for (qsizetype sep : seps)
        parsed.foreign |= (sep == decimalAt) != (s[sep] == decimalMark);
    for (qsizetype k = 0; k < s.size(); ++k) {
        if (!isDigit(s[k].unicode()))
            continue;
        parsed.mantissa = parsed.mantissa * 10 + (s[k].unicode() - u'0');
        parsed.decimals += k > decimalAt ? 1 : 0;
    }
    return true;
}

Lexicon makeLexicon()
{
    Lexicon t;
    t.english = wordTable(u"en/numbers.tsv");
    t.vietnamese = wordTable(u"vi/numbers.tsv");
    // Time words around a weekday: "vào thứ hai", "sáng thứ ba", "thứ tư tuần này".
    t.weekdayBefore = wordSet(u"vi/weekday-words-before.txt");
    t.weekdayAfter = wordSet(u"vi/weekday-words-after.txt");
    // First syllables of counted nouns: "năm người", "năm dự án", "năm thỏa thuận".
    t.countNouns = wordSet(u"vi/count-nouns.txt");
    t.unitSuffixes = lowerSet(u"unit-suffixes.txt");
    t.ordinalSuffixes = lowerSet(u"en/ordinal-suffixes.txt");
    t.ordinalDeterminers = lowerSet(u"en/ordinal-determiners.txt");
    t.pronounBefore = lowerSet(u"en/one-pronoun-before.txt");
    t.pronounAfter = lowerSet(u"en/one-pronoun-after.txt");
    t.idioms = lowerSet(u"vi/number-idioms.txt");
    t.decadeWords = lowerSet(u"vi/decade-words.txt");
    t.scaleCompounds = lowerSet(u"vi/scale-compounds.txt");
    t.currencyCodes = lowerSet(u"currency-codes.txt");
    const LanguageData::Table& abbreviations = LanguageData::table(u"scale-abbreviations.tsv");
    for (const QStringList& row : abbreviations.rows)
        t.scaleAbbreviations.insert(row.at(abbreviations.column(u"word")).toLower(),
                                    row.at(abbreviations.column(u"value")).toDouble());
    const LanguageData::Table& units = LanguageData::table(u"units.tsv");
    for (const QStringList& row : units.rows) {
        const QString word = row.at(units.column(u"word")).toLower();
        t.units.insert(
            word, {row.at(units.column(u"dimension")), row.at(units.column(u"factor")).toDouble()});
        t.unitFirstWords.insert(word.section(u' ', 0, 0));
    }
    const LanguageData::Table& cues = LanguageData::table(u"time-cues.tsv");
    for (const QStringList& row : cues.rows)
        t.timeCues.insert(row.at(cues.column(u"word")).toLower(), row.at(cues.column(u"kind")));
    t.timeCuesBefore = lowerSet(u"time-cues-before.txt");
    t.hourWords = lowerSet(u"vi/hour-words.txt");
    t.dayParts = lowerSet(u"vi/day-parts.txt");
    return t;
}

} // namespace songngu::numbers
