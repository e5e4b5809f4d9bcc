// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/LanguageDetector.h"

#include "text/VietnameseLetters.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace songngu {

namespace {

bool hasVietnameseMark(QStringView word)
{
    return std::any_of(word.begin(), word.end(),
                       [](QChar c) { return vietnamese::isMarkedLetter(c.unicode()); });
}

// Lower-case ASCII function words; only whole words are compared. string_views know their
// lengths, so most candidates are rejected on length alone (this runs on every word read).
using namespace std::string_view_literals;
constexpr std::array englishWords{
    u"the"sv,  u"and"sv,   u"of"sv,    u"to"sv,   u"in"sv,   u"is"sv,   u"was"sv,  u"that"sv,
    u"with"sv, u"for"sv,   u"on"sv,    u"at"sv,   u"by"sv,   u"from"sv, u"as"sv,   u"his"sv,
    u"he"sv,   u"it"sv,    u"are"sv,   u"were"sv, u"has"sv,  u"have"sv, u"this"sv, u"an"sv,
    u"its"sv,  u"their"sv, u"which"sv, u"be"sv,   u"will"sv, u"said"sv};
constexpr std::array vietnameseWords{
    u"cho"sv,   u"trong"sv, u"theo"sv, u"nhau"sv, u"anh"sv, u"em"sv,  u"con"sv,  u"tin"sv,
    u"ra"sv,    u"khi"sv,   u"hai"sv,  u"ba"sv,   u"bao"sv, u"cao"sv, u"sang"sv, u"sinh"sv,
    u"thanh"sv, u"thu"sv,   u"tham"sv, u"chi"sv,  u"ta"sv,  u"nay"sv};
constexpr qsizetype longestWord = 5;

// The word lower-cased into `buffer` when it is short ASCII, else an empty view.
std::u16string_view asciiLower(QStringView word, std::array<char16_t, longestWord>& buffer)
{
    if (word.size() > longestWord)
        return {};
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            buffer[i] = char16_t(c + 32);
        else if (c >= u'a' && c <= u'z')
            buffer[i] = c;
        else
            return {};
    }
    return {buffer.data(), size_t(word.size())};
}

bool contains(const auto& words, std::u16string_view word)
{
    return std::find(words.cbegin(), words.cend(), word) != words.cend();
}

} // namespace

Language LanguageDetector::detect(QStringView text) const
{
    int english = 0;
    int vietnamese = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < n && (text[i].isLetter() || text[i].isMark()))
            ++i;
        if (i == start)
            break;
        const QStringView word = text.sliced(start, i - start);
        // Scores are in half words. A capitalised marked word is mostly a name ("Tô Lâm",
        // "Việt Nam") that English news writes as well, so it counts half: otherwise an English
        // sentence naming three people reads as Unknown and takes the document's language.
        std::array<char16_t, longestWord> buffer;
        const std::u16string_view lower = asciiLower(word, buffer);
        if (lower.empty()) {
            if (hasVietnameseMark(word))
                vietnamese += word.front().isUpper() ? 1 : 2;
        } else if (contains(englishWords, lower)) {
            english += 2;
        } else if (contains(vietnameseWords, lower)) {
            vietnamese += 2;
        }
    }
    // Without a single telling word ("Hoang Long", "Thank you.") the language is not known
    // here; the parser decides from the file's conventions.
    if (english == 0 && vietnamese == 0)
        return Language::Unknown;
    // English names Vietnamese people and places, so it needs a clear majority of marked words.
    return vietnamese > english * 2 ? Language::Vietnamese
           : english >= vietnamese  ? Language::English
                                    : Language::Unknown;
}

} // namespace songngu
