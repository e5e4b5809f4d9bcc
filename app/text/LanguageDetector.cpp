// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/LanguageDetector.h"

#include "text/LanguageData.h"
#include "text/VietnameseLetters.h"

#include <algorithm>
#include <vector>

namespace songngu {

namespace {

bool hasVietnameseMark(QStringView word)
{
    return std::any_of(word.begin(), word.end(),
                       [](QChar c) { return vietnamese::isMarkedLetter(c.unicode()); });
}

// A short ASCII word, lower-cased, packed into an integer: a byte a letter, the first in the
// lowest. Comparing two is one instruction, which matters as this runs on every word read.
using Packed = quint64;
constexpr qsizetype longestWord = sizeof(Packed); // letters; longer words are never looked up

// The word lower-cased and packed when it is short ASCII letters, else 0.
Packed packedLower(QStringView word)
{
    if (word.size() > longestWord)
        return 0;
    Packed packed = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        if (lower < u'a' || lower > u'z')
            return 0;
        packed |= Packed(lower) << (8 * i);
    }
    return packed;
}

// A detection word list, packed and sorted for binary search; built once per process.
std::vector<Packed> packedList(QStringView file)
{
    std::vector<Packed> packed;
    for (const QString& word : LanguageData::words(file)) {
        const Packed key = packedLower(word);
        if (key == 0 || word != word.toLower())
            qFatal("Language data %s: \"%s\" is not a lower-case ASCII word of at most %d letters",
                   qUtf8Printable(LanguageData::resourcePath(file)), qUtf8Printable(word),
                   int(longestWord));
        packed.push_back(key);
    }
    std::sort(packed.begin(), packed.end());
    return packed;
}

struct DetectionWords
{
    std::vector<Packed> english = packedList(u"en/detection-words.txt");
    std::vector<Packed> vietnamese = packedList(u"vi/detection-words.txt");
};

const DetectionWords& detectionWords()
{
    static const DetectionWords words;
    return words;
}

bool contains(const std::vector<Packed>& words, Packed word)
{
    return std::binary_search(words.cbegin(), words.cend(), word);
}

} // namespace

Language LanguageDetector::detect(QStringView text) const
{
    const DetectionWords& words = detectionWords();
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
        const Packed lower = packedLower(word);
        if (lower == 0) {
            if (hasVietnameseMark(word))
                vietnamese += word.front().isUpper() ? 1 : 2;
        } else if (contains(words.english, lower)) {
            english += 2;
        } else if (contains(words.vietnamese, lower)) {
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
