// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/NumberTokenizer.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace songngu::numbers {

namespace {

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    return QChar::isLetter(char32_t(c)) || QChar::isMark(char32_t(c));
}

const Word* lookUp(QStringView word, const WordTable& table)
{
    std::array<char16_t, 12> folded; // longer than any number word: not looked up
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

void add(WordTable& table, std::initializer_list<QStringView> words, Role role, double first,
         double step = 1, bool ordinal = false)
{
    for (QStringView word : words) {
        table.insert(word, {role, first, ordinal});
        first += step;
    }
}

} // namespace

bool equalsAny(QStringView text, std::initializer_list<QStringView> words)
{
    for (QStringView word : words)
        if (text.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    return false;
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
            } else if (!((c == u'.' || c == u',') && inDigits && switches == 0 && j + 1 < n &&
                         isDigit(text[j + 1].unicode()))) {
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
        } else if (switches == 1 && equalsAny(text.sliced(i, switchAt - i),
                                              {u"usd", u"vnd", u"eur", u"gbp", u"jpy", u"cny"})) {
            token.type = TokenType::Digits; // "USD2": a currency code, then the amount
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
            return groupLength(0) <= 3;
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
    WordTable& en = t.english;
    add(en, {u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine"},
        Role::Unit, 1);
    add(en,
        {u"ten", u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen",
         u"seventeen", u"eighteen", u"nineteen"},
        Role::Teen, 10);
    add(en, {u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety"},
        Role::Tens, 20, 10);
    add(en,
        {u"first", u"second", u"third", u"fourth", u"fifth", u"sixth", u"seventh", u"eighth",
         u"ninth"},
        Role::Unit, 1, 1, true);
    add(en,
        {u"tenth", u"eleventh", u"twelfth", u"thirteenth", u"fourteenth", u"fifteenth",
         u"sixteenth", u"seventeenth", u"eighteenth", u"nineteenth"},
        Role::Teen, 10, 1, true);
    add(en,
        {u"twentieth", u"thirtieth", u"fortieth", u"fiftieth", u"sixtieth", u"seventieth",
         u"eightieth", u"ninetieth"},
        Role::Tens, 20, 10, true);
    add(en, {u"hundred"}, Role::Hundred, 100);
    add(en, {u"thousand"}, Role::Scale, 1e3);
    add(en, {u"million"}, Role::Scale, 1e6);
    add(en, {u"billion"}, Role::Scale, 1e9);
    add(en, {u"trillion"}, Role::Scale, 1e12);
    add(en, {u"dozen"}, Role::Dozen, 12);
    add(en, {u"and"}, Role::Connector, 0);
    add(en, {u"a"}, Role::Article, 1);
    add(en, {u"percent"}, Role::Percent, 0);
    add(en, {u"per"}, Role::Per, 0);
    add(en, {u"cent"}, Role::Cent, 0);

    WordTable& vi = t.vietnamese;
    add(vi, {u"một", u"hai", u"ba", u"bốn", u"năm", u"sáu", u"bảy", u"tám", u"chín"}, Role::Unit,
        1);
    add(vi, {u"bẩy"}, Role::Unit, 7);
    add(vi, {u"mười"}, Role::Teen, 10);
    add(vi, {u"mươi"}, Role::TensMarker, 10);
    add(vi, {u"mốt"}, Role::TailUnit, 1);
    add(vi, {u"tư"}, Role::TailUnit, 4);
    add(vi, {u"lăm", u"nhăm"}, Role::TailUnit, 5, 0);
    add(vi, {u"trăm"}, Role::Hundred, 100);
    add(vi, {u"nghìn", u"ngàn"}, Role::Scale, 1e3, 0);
    add(vi, {u"triệu"}, Role::Scale, 1e6);
    add(vi, {u"tỷ", u"tỉ"}, Role::Scale, 1e9, 0);
    add(vi, {u"linh", u"lẻ"}, Role::Connector, 0);
    add(vi, {u"thứ"}, Role::OrdinalMarker, 0);
    add(vi, {u"nhất", u"nhì"}, Role::OrdinalOnly, 1);
    add(vi, {u"đầu"}, Role::First, 1);
    add(vi, {u"phần"}, Role::Phan, 0);

    // Time words around a weekday: "vào thứ hai", "sáng thứ ba", "thứ tư tuần này".
    t.weekdayBefore = {u"vào",   u"ngày", u"sáng", u"chiều", u"tối",  u"trưa", u"đêm",
                       u"hôm",   u"từ",   u"đến",  u"tới",   u"các",  u"mỗi",  u"hàng",
                       u"sang",  u"qua",  u"là",   u"và",    u"hoặc", u"hay",  u"cả",
                       u"trước", u"sau",  u"nay",  u"này",   u"kia",  u"lúc",  u"trong",
                       u"thì",   u"rằng", u"đó",   u"ra",    u"mọi"};
    t.weekdayAfter = {u"tuần", u"ngày", u"hàng", u"này",   u"tới", u"trước", u"vừa", u"qua",
                      u"sau",  u"nay",  u"sáng", u"chiều", u"tối", u"đêm",   u"trưa"};
    // First syllables of counted nouns: "năm người", "năm dự án", "năm thỏa thuận".
    t.countNouns = {u"người", u"nước", u"quốc",  u"bên",   u"lần",   u"ngày",   u"năm",  u"tuần",
                    u"giờ",   u"phút", u"tỉnh",  u"thành", u"huyện", u"xã",     u"con",  u"chiếc",
                    u"cái",   u"bộ",   u"nhóm",  u"đoàn",  u"dự",    u"văn",    u"thỏa", u"thoả",
                    u"điểm",  u"mục",  u"nhiệm", u"lĩnh",  u"vị",    u"trường", u"công", u"doanh",
                    u"tàu",   u"máy",  u"tấn",   u"km",    u"nhà",   u"chuyến", u"loại", u"khu"};
    return t;
}

} // namespace songngu::numbers
