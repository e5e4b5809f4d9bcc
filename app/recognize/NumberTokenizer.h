// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to NumberRecognizer: its word lists, text as a list of words and digit runs, and
// digits read under either separator convention.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringView>

#include <cmath>
#include <initializer_list>

namespace songngu::numbers {

// What a word does in a spelled-out number, or around one.
enum class Role : quint8
{
    None,
    Unit,          // one..nine, một..chín
    Teen,          // ten..nineteen, mười
    Tens,          // twenty..ninety
    TensMarker,    // mươi: the unit before it times ten ("hai mươi" = 20)
    TailUnit,      // lăm, mốt, tư: units only after mươi / mười ("hai mươi lăm" = 25)
    Hundred,       // hundred, trăm; chục (ten): multiplies the unit before it
    Scale,         // thousand.., nghìn / ngàn, triệu, tỷ / tỉ
    Dozen,         // dozen
    Connector,     // "and" in "two hundred and five"; linh / lẻ in "một trăm linh năm"
    Article,       // "a" in "a million"
    OrdinalMarker, // thứ
    OrdinalOnly,   // nhất, nhì: numbers only after "thứ"
    First,         // đầu, of "đầu tiên"
    Percent,       // percent
    Per,           // per (cent)
    Cent,          // (per) cent
    Phan,          // phần (trăm)
    Plural,        // tens, hundreds, thousands..: a scale after digits, else an approximate count
    Approx,        // several, few, hàng, vài: an approximate count of the scale words after it
    Fraction,      // half, thirds, quarter: a denominator after a numerator
};

struct Word
{
    Role role = Role::None;
    double value = 0;
    bool ordinal = false; // "third", "twentieth"
};

// Lower-case word → entry. Keys view the language data's strings, so a table owns no text.
using WordTable = QHash<QStringView, Word>;

enum class Gap : quint8
{
    Start,  // first token
    Space,  // only white space since the previous token: the two read as one phrase
    Hyphen, // "twenty-five"
    Other,  // punctuation: a phrase never continues across it
};

enum class TokenType : quint8
{
    Word,
    Digits,       // "1,250", "2.5"; also the digits of "USD2"
    DigitsSuffix, // "80th", "20km", "1990s"
    Other,        // "G20", "5G7": codes, not amounts
};

struct Token
{
    int start = 0;
    int length = 0;
    int digitsLength = 0; // Digits and DigitsSuffix: digits and separators before any suffix
    TokenType type = TokenType::Other;
    Gap gap = Gap::Start; // between the previous token and this one
    bool capital = false;
    bool sentenceStart = false;
    const Word* word = nullptr; // Word tokens found in the table given to tokenize()
    int end() const { return start + length; }
};

// The word lists (resources/language/*/numbers.tsv and others), built once per NumberRecognizer.
struct Lexicon
{
    WordTable english;
    WordTable vietnamese;
    QSet<QStringView> weekdayBefore; // "vào thứ hai": "thứ" 2..7 after these is a weekday
    QSet<QStringView> weekdayAfter;  // "thứ hai tuần này": ... and before these
    QSet<QStringView> countNouns;    // "năm người": a noun after "năm" that makes it five
    // Lower case, looked up next to numbers only (containsLower()).
    QSet<QString> unitSuffixes;       // "20km": the number without its unit
    QSet<QString> ordinalSuffixes;    // "80th"
    QSet<QString> ordinalDeterminers; // "the first", "his second"
    QSet<QString> pronounBefore;      // "no one", "the other one": no count
    QSet<QString> pronounAfter;       // "one is", "one another": no count
    QSet<QString> idioms;             // "ba mẹ", "chín muồi": phrases that count nothing
    QSet<QString> decadeWords;        // "thập niên 80", "những năm 1990"
    QSet<QString> scaleCompounds;     // "tỷ lệ", "tỷ phú": no scale before these
    QSet<QString> currencyCodes;      // "USD2", "KSh 25.000"
    QHash<QString, double> scaleAbbreviations;        // "€15m", "$2 bn": after a currency only
    QHash<QString, std::pair<QString, double>> units; // "miles" → length, 1609.344 (metres)
    QSet<QString> unitFirstWords;                     // "square", "miles": where units start
    // Clock times (ClockTimeReader).
    QHash<QString, QString> timeCues; // "UTC" → "zone", "a.m." → "meridiem", "hrs" → "clock"
    QSet<QString> timeCuesBefore;     // "at 10.30", "lúc 6 giờ"
    QSet<QString> hourWords;          // "10 giờ 20"
    QSet<QString> dayParts;           // "10 giờ sáng"
};

Lexicon makeLexicon();

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Case-insensitive, for the few context words checked next to a number.
bool equalsAny(QStringView text, std::initializer_list<QStringView> words);

// Whether `words` (lower case) holds `text`, or `text` and `next` joined by a space, lower-cased:
// for the word lists checked next to a number. Short words are not copied.
bool containsLower(const QSet<QString>& words, QStringView text, QStringView next = {});

// Whether `c` is a currency sign: "$", "€", "£", "₫".
bool isCurrencySign(QChar c);

// Runs of letters and of ASCII digits; '.' and ',' between digits stay inside the run. Letters
// joined to an amount make a Digits token of the amount when they are a currency code ("USD2")
// or the amount is grouped in thousands ("KSh25,000", "$A130,000"). Words
// are looked up in `table` (none when null) with one hash lookup each, without allocating.
QList<Token> tokenize(QStringView text, const WordTable* table);

// Digits with thousands separators and a decimal part: mantissa / 10^decimals, so that
// "3.2 million" is 32 × 10^6 / 10, exactly 3200000.
struct ParsedDigits
{
    double mantissa = 0;
    int decimals = 0;
    // Read in the other language's convention: "3.2" or "100,000" in Vietnamese, "1.500" in
    // English. The reading is then a guess, however likely.
    bool foreign = false;
    double value(double scale = 1) const { return mantissa * scale / std::pow(10.0, decimals); }
};

// False when the separators fit no convention ("1,2" in English).
bool parseDigits(QStringView digits, bool decimalComma, ParsedDigits& parsed);

} // namespace songngu::numbers
