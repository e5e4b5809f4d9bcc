// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/NameSpelling.h"

#include "text/LanguageData.h"
#include "text/VietnameseLetters.h"
#include "text/VietnameseSpelling.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

bool isWordLetter(QChar c)
{
    return c.isLetter() || c.isMark();
}

// Where the words of `text` are: runs of letters and marks, with apostrophes between letters,
// less a final possessive "'s".
QList<std::pair<int, int>> wordSpans(QStringView text)
{
    QList<std::pair<int, int>> spans;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        if (!isWordLetter(text[i])) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < size && (isWordLetter(text[i]) ||
                            (isApostrophe(text[i]) && i + 1 < size && isWordLetter(text[i + 1]))))
            ++i;
        int end = i;
        if (end - start > 2 && isApostrophe(text[end - 2]) && text[end - 1].toLower() == u's')
            end -= 2;
        spans.append({start, end - start});
    }
    return spans;
}

// What comparing names needs beyond TextFolder::fold(): apostrophes dropped ("O’Hare", "O'Hare"
// and "OHare" are one spelling) and the Latin letters whose mark NFD does not split off.
QString tidy(QString folded)
{
    folded.removeIf([](QChar c) { return isApostrophe(c); });
    for (QChar& c : folded) {
        if (c == u'ł')
            c = u'l';
        else if (c == u'ø')
            c = u'o';
        else if (c == u'ı')
            c = u'i';
    }
    return folded;
}

int letterCount(QStringView text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }));
}

// The pairs of endings of en/name-endings.txt: ("", "i") for ">i".
const std::vector<std::pair<QString, QString>>& endings()
{
    static const std::vector<std::pair<QString, QString>> pairs = [] {
        std::vector<std::pair<QString, QString>> out;
        for (const QString& entry : LanguageData::words(u"en/name-endings.txt")) {
            const qsizetype arrow = entry.indexOf(u'>');
            if (arrow < 0 || entry.indexOf(u'>', arrow + 1) >= 0 || arrow + 1 == entry.size())
                qFatal("Language data %s: \"%s\" is not two endings separated by \">\"",
                       qUtf8Printable(LanguageData::resourcePath(u"en/name-endings.txt")),
                       qUtf8Printable(entry));
            out.emplace_back(entry.left(arrow), entry.mid(arrow + 1));
        }
        return out;
    }();
    return pairs;
}

} // namespace

QList<NameSpelling::Word> NameSpelling::capitalisedWords(QStringView text, const TextFolder& folder)
{
    return wordsOf(text, folder, true);
}

QList<NameSpelling::Word> NameSpelling::words(QStringView text, const TextFolder& folder)
{
    return wordsOf(text, folder, false);
}

QList<NameSpelling::Word> NameSpelling::wordsOf(QStringView text, const TextFolder& folder,
                                                bool capitalisedOnly)
{
    QList<Word> out;
    int previousEnd = -1; // of the word before, when capitalised
    for (const auto& [start, length] : wordSpans(text)) {
        if (capitalisedOnly && !text[start].isUpper()) {
            previousEnd = -1;
            continue;
        }
        Word word;
        word.start = start;
        word.length = length;
        word.text = text.mid(start, length).toString();
        word.folded = tidy(folder.fold(word.text));
        word.marked = std::any_of(word.text.cbegin(), word.text.cend(),
                                  [](QChar c) { return vietnamese::isMarkedLetter(c.unicode()); });
        if (previousEnd >= 0 && previousEnd + 1 == start && text[previousEnd] == u' ')
            word.before = out.back().folded;
        previousEnd = start + length;
        out.append(word);
    }
    return out;
}

QStringList NameSpelling::foldedWords(QStringView text, const TextFolder& folder)
{
    const QString folded = folder.fold(text);
    QStringList out;
    for (const auto& [start, length] : wordSpans(folded))
        out.append(tidy(folded.mid(start, length)));
    return out;
}

QSet<QString> NameSpelling::wordSet(QStringView text, const TextFolder& folder)
{
    const QStringList words = foldedWords(text, folder);
    QSet<QString> set(words.cbegin(), words.cend());
    if (text.contains(u'-'))
        for (const QString& word : foldedWords(text.toString().remove(u'-'), folder))
            set.insert(word);
    return set;
}

bool NameSpelling::candidate(const Word& word)
{
    if (letterCount(word.folded) < shortestName)
        return false;
    const bool latin = std::all_of(word.text.cbegin(), word.text.cend(), [](QChar c) {
        return !c.isLetter() || c.script() == QChar::Script_Latin;
    });
    return latin && !VietnameseSpelling::isSyllable(word.folded);
}

int NameSpelling::distance(QStringView a, QStringView b)
{
    // Three rows of the dynamic programme: two back for a swap of neighbours.
    const qsizetype n = b.size();
    QList<int> before(n + 1), previous(n + 1), current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[n];
}

int NameSpelling::allowedDistance(QStringView a, QStringView b)
{
    return std::min(letterCount(a), letterCount(b)) >= 8 ? 2 : 1;
}

NameSpelling::Edit NameSpelling::edit(QStringView written, QStringView other)
{
    if (distance(written, other) > 1)
        return Edit::Several;
    if (written.size() != other.size())
        return written.size() < other.size() ? Edit::Dropped : Edit::Added;
    qsizetype i = 0;
    while (i < written.size() && written[i] == other[i])
        ++i;
    const bool swapped =
        i + 1 < written.size() && written[i] == other[i + 1] && written[i + 1] == other[i];
    return swapped ? Edit::Swapped : Edit::Replaced;
}

bool NameSpelling::inflected(QStringView a, QStringView b)
{
    constexpr qsizetype shortestStem = 3;
    const auto stems = [](QStringView x, QStringView y, const QString& xEnd, const QString& yEnd) {
        return x.endsWith(xEnd) && y.endsWith(yEnd) && x.size() - xEnd.size() >= shortestStem &&
               x.chopped(xEnd.size()) == y.chopped(yEnd.size());
    };
    const std::vector<std::pair<QString, QString>>& pairs = endings();
    return std::any_of(pairs.cbegin(), pairs.cend(), [&](const auto& pair) {
        return stems(a, b, pair.first, pair.second) || stems(b, a, pair.first, pair.second);
    });
}

bool NameSpelling::plural(QStringView a, QStringView b)
{
    const auto added = [](QStringView x, QStringView y) {
        return x.startsWith(y) && (x.sliced(y.size()) == u"s" || x.sliced(y.size()) == u"es");
    };
    return added(a, b) || added(b, a);
}

QStringList NameSpelling::relatedForms(QStringView folded)
{
    constexpr qsizetype shortestStem = 3; // as inflected()
    QStringList forms;
    const auto swap = [&](QStringView from, QStringView to) {
        if (folded.endsWith(from) && folded.size() - from.size() >= shortestStem)
            forms.append(folded.chopped(from.size()).toString() + to.toString());
    };
    for (const auto& [one, other] : endings()) {
        swap(one, other);
        swap(other, one);
    }
    forms.removeDuplicates();
    forms.removeAll(folded.toString());
    return forms;
}

namespace {

// The consonants of a folded word, one letter per sound class, doubles as one, h dropped: the
// key mayRender() compares ("moscow" → "mskv", "matxcova" → "mtskv").
QString skeleton(QStringView folded)
{
    QString out;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char16_t c = folded[i].unicode();
        if (u"aeiouyh'"_s.contains(QChar(c)) || !QChar(c).isLetter())
            continue;
        if (c == u'p' && i + 1 < folded.size() && folded[i + 1] == u'h')
            c = u'f';
        else if (c == u'c' || c == u'q')
            c = u'k';
        else if (c == u'x' || c == u'z')
            c = u's';
        else if (c == u'w')
            c = u'v';
        if (out.isEmpty() || out.back() != QChar(c))
            out.append(QChar(c));
    }
    return out;
}

int commonSubsequence(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1, 0);
    QList<int> current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] =
                a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace

bool NameSpelling::mayRender(QStringView vietnamese, QStringView english)
{
    if (vietnamese.isEmpty() || english.isEmpty())
        return false;
    const QString a = skeleton(vietnamese);
    const QString b = skeleton(english);
    const auto vowel = [](QChar c) {
        return u"aeiouy"_s.contains(c);
    };
    // Both begin with a vowel, or with consonants of one sound.
    const bool vowels = vowel(vietnamese.front()) && vowel(english.front());
    const bool consonants = !vowel(vietnamese.front()) && !vowel(english.front()) && !a.isEmpty() &&
                            !b.isEmpty() && a.front() == b.front();
    const qsizetype shorter = std::min(a.size(), b.size());
    // Most of the shorter skeleton's consonants in order: three in five.
    return (vowels || consonants) && shorter >= 2 &&
           qsizetype(5) * commonSubsequence(a, b) >= qsizetype(3) * shorter;
}

bool NameSpelling::vietnameseOrthography(QStringView english, QStringView vietnamese)
{
    // Vietnamese writes q only before u: "Irac" and "Quatar" are Iraq and Qatar in its letters.
    const auto qAsC = [](QStringView word) {
        return word.toString().replace(u"qu"_s, u"q"_s).replace(u'q', u'c');
    };
    return english.contains(u'q') && qAsC(english) == qAsC(vietnamese);
}

bool NameSpelling::telexSlip(const Word& vietnamese, QStringView englishFolded)
{
    // Telex types the tones as s (sắc), f (huyền), r (hỏi), x (ngã) and j (nặng).
    if (!vietnamese.marked || vietnamese.folded.size() + 1 != englishFolded.size())
        return false;
    for (qsizetype i = 0; i < englishFolded.size(); ++i) {
        if (!u"sfrxj"_s.contains(englishFolded[i]))
            continue;
        if (englishFolded.left(i) == QStringView(vietnamese.folded).left(i) &&
            englishFolded.mid(i + 1) == QStringView(vietnamese.folded).mid(i))
            return true;
    }
    return false;
}

} // namespace songngu
