// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/SegmentAligner.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

namespace songngu {

namespace {

using Ids = std::vector<int>; // sorted, unique

Ids idsOf(const QStringList& words, QHash<QString, int>& table, bool grow)
{
    Ids ids;
    ids.reserve(words.size());
    for (const QString& word : words) {
        auto found = table.constFind(word);
        if (found != table.cend()) {
            ids.push_back(*found);
        } else if (grow) {
            const int id = int(table.size());
            table.insert(word, id);
            ids.push_back(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Numbers (separators dropped, so "1,250" and "1.250" agree) and words written with a capital
// or a digit inside a sentence ("Obama", "TED", "G20"): what both languages write alike.
QStringList writtenAlike(const QString& text)
{
    QStringList found;
    qsizetype k = 0;
    bool first = true;
    while (k < text.size()) {
        if (!text.at(k).isLetterOrNumber()) {
            ++k;
            continue;
        }
        const qsizetype start = k;
        bool digits = false;
        bool capital = false;
        QString key;
        while (k < text.size()) {
            const QChar c = text.at(k);
            if (c.isLetterOrNumber() || c.isMark()) {
                digits = digits || c.isDigit();
                capital = capital || c.isUpper();
                key.append(c.toLower());
                ++k;
            } else if ((c == u',' || c == u'.') && digits && k + 1 < text.size() &&
                       text.at(k + 1).isDigit()) {
                ++k; // a separator inside a number
            } else {
                break;
            }
        }
        if (digits || (capital && !first && k - start >= 2))
            found.append(key);
        first = false;
    }
    return found;
}

// The pairs of words the lexicon links, by English word: (Vietnamese word) lists.
struct LexicalTables
{
    std::vector<Ids> english;    // per English segment: its word ids
    std::vector<Ids> vietnamese; // per Vietnamese segment
};

// For English segment a and Vietnamese segment b: how many of a's words find a translation in
// b, and how many of b's words find one in a. Counted for a window of b's at once, from the
// lists of segments each Vietnamese word occurs in, when the aligner first asks about row a: it
// asks about the columns of its band in order, so the window starts a little before the first.
class PairEvidence
{
public:
    static constexpr int reach = 320; // columns per row counted at once

    PairEvidence(const AlignmentLexicon& lexicon, const LexicalTables& tables, int n, int m)
        : lexicon(lexicon), tables(tables), rows(n)
    {
        postings.resize(lexicon.vietnameseIds.size());
        for (int b = 0; b < m; ++b)
            for (int v : tables.vietnamese[b])
                postings[v].push_back(b);
        translatableEnglish.resize(n);
        for (int a = 0; a < n; ++a)
            for (int e : tables.english[a])
                translatableEnglish[a] += lexicon.englishToVietnamese[e].isEmpty() ? 0 : 1;
        translatableVietnamese.resize(m);
        for (int b = 0; b < m; ++b)
            for (int v : tables.vietnamese[b])
                translatableVietnamese[b] += lexicon.vietnameseToEnglish[v].isEmpty() ? 0 : 1;
    }

    int englishWords(int a) const { return translatableEnglish[a]; }
    int vietnameseWords(int b) const { return translatableVietnamese[b]; }

    // (words of a matched in b, words of b matched in a)
    std::pair<int, int> matched(int a, int b)
    {
        Row& row = rows[a];
        // A band widened in a later round asks about columns further left: count anew around
        // them, once. Only a band wider than the window makes rows count one by one.
        if (row.english.empty() || (row.refills < 2 && (b < row.first || b >= row.first + reach))) {
            fill(a, std::max(0, b - (row.english.empty() ? reach / 8 : reach / 2)), row);
            ++row.refills;
        }
        const int offset = b - row.first;
        if (offset >= 0 && offset < reach)
            return {row.english[offset], row.vietnamese[offset]};
        return count(a, b);
    }

private:
    struct Row
    {
        int first = 0; // the column of english[0] and vietnamese[0]
        int refills = 0;
        std::vector<quint16> english;
        std::vector<quint16> vietnamese;
    };

    void fill(int a, int from, Row& row) const
    {
        row.first = from;
        row.english.assign(reach, 0);
        row.vietnamese.assign(reach, 0);
        const int to = from + reach - 1;
        const auto within = [&](int v) {
            const std::vector<int>& list = postings[v];
            return std::pair(std::lower_bound(list.begin(), list.end(), from),
                             std::upper_bound(list.begin(), list.end(), to));
        };
        // English words: each counts once per column, however many of its translations are there.
        std::vector<int> stamp(reach, -1);
        std::vector<int> translations;
        for (int e : tables.english[a]) {
            for (int v : lexicon.englishToVietnamese[e]) {
                translations.push_back(v);
                for (auto [it, end] = within(v); it != end; ++it) {
                    if (stamp[*it - from] != e) {
                        stamp[*it - from] = e;
                        ++row.english[*it - from];
                    }
                }
            }
        }
        // Vietnamese words: each distinct translation present in a column counts once there.
        std::sort(translations.begin(), translations.end());
        translations.erase(std::unique(translations.begin(), translations.end()),
                           translations.end());
        for (int v : translations)
            for (auto [it, end] = within(v); it != end; ++it)
                ++row.vietnamese[*it - from];
    }

    std::pair<int, int> count(int a, int b) const
    {
        const Ids& theirs = tables.vietnamese[b];
        int english = 0;
        std::vector<int> vietnamese;
        for (int e : tables.english[a]) {
            bool found = false;
            for (int v : lexicon.englishToVietnamese[e]) {
                if (std::binary_search(theirs.begin(), theirs.end(), v)) {
                    found = true;
                    vietnamese.push_back(v);
                }
            }
            english += found ? 1 : 0;
        }
        std::sort(vietnamese.begin(), vietnamese.end());
        return {english,
                int(std::unique(vietnamese.begin(), vietnamese.end()) - vietnamese.begin())};
    }

    const AlignmentLexicon& lexicon;
    const LexicalTables& tables;
    std::vector<Row> rows;                  // filled when first asked about
    std::vector<std::vector<int>> postings; // by Vietnamese word: segments, ascending
    std::vector<int> translatableEnglish;
    std::vector<int> translatableVietnamese;
};

// The 1-1 beads a first pass is sure of, at most a sample of them: enough to learn from, and
// long texts stay fast.
QList<Bead> sureBeads(const QList<Bead>& beads)
{
    QList<Bead> sure;
    for (const Bead& bead : beads)
        if (bead.englishCount == 1 && bead.vietnameseCount == 1 && bead.confidence >= 0.8)
            sure.append(bead);
    constexpr int sample = 2500;
    if (sure.size() <= sample)
        return sure;
    QList<Bead> thinned;
    for (int k = 0; k < sample; ++k)
        thinned.append(sure.at(qsizetype(k) * sure.size() / sample));
    return thinned;
}

struct WordPair
{
    int english;
    int vietnamese;
    double dice;
};

// Word pairs that turn up together in the sure beads more than by chance, by Dice's coefficient.
std::vector<WordPair> wordPairs(const QList<Bead>& sure, const LexicalTables& tables,
                                qsizetype englishWords, qsizetype vietnameseWords)
{
    std::vector<int> englishCounts(englishWords, 0);
    std::vector<int> vietnameseCounts(vietnameseWords, 0);
    std::vector<quint64> together;
    for (const Bead& bead : sure) {
        const Ids& ours = tables.english[bead.englishFirst];
        const Ids& theirs = tables.vietnamese[bead.vietnameseFirst];
        for (int e : ours)
            ++englishCounts[e];
        for (int v : theirs)
            ++vietnameseCounts[v];
        // Long paragraphs: their many pairs each say little; and memory stays bounded.
        if (ours.size() * theirs.size() > 10000 || together.size() > 4000000)
            continue;
        for (int e : ours)
            for (int v : theirs)
                together.push_back(quint64(e) << 32 | quint64(v));
    }
    std::sort(together.begin(), together.end());
    std::vector<WordPair> pairs;
    for (size_t k = 0; k < together.size();) {
        size_t end = k;
        while (end < together.size() && together[end] == together[k])
            ++end;
        const int count = int(end - k);
        const int e = int(together[k] >> 32);
        const int v = int(together[k] & 0xffffffffu);
        const double dice = 2.0 * count / (englishCounts[e] + vietnameseCounts[v]);
        // Words in more than a fifth of the segments ("the", "của") match anything by chance.
        const bool frequent = englishCounts[e] > 0.2 * double(sure.size()) ||
                              vietnameseCounts[v] > 0.2 * double(sure.size());
        if (count >= 2 && dice >= 0.3 && !frequent)
            pairs.push_back({e, v, dice});
        k = end;
    }
    return pairs;
}

// Links the best pairs first, each word to a few partners at most, the lists sorted.
void linkBestPartners(std::vector<WordPair> pairs, AlignmentLexicon& lexicon)
{
    std::sort(pairs.begin(), pairs.end(),
              [](const WordPair& x, const WordPair& y) { return x.dice > y.dice; });
    constexpr int partners = 3;
    for (const WordPair& pair : pairs) {
        QList<int>& forward = lexicon.englishToVietnamese[pair.english];
        QList<int>& backward = lexicon.vietnameseToEnglish[pair.vietnamese];
        if (forward.size() >= partners || backward.size() >= partners)
            continue;
        forward.append(pair.vietnamese);
        backward.append(pair.english);
    }
    for (QList<int>& list : lexicon.englishToVietnamese)
        std::sort(list.begin(), list.end());
    for (QList<int>& list : lexicon.vietnameseToEnglish)
        std::sort(list.begin(), list.end());
}

// Of the English words with a translation in the lexicon, the share that find one in the
// segment `pairOf(k)` pairs them with, over k in [0, count).
template <typename PairOf>
double matchRate(const AlignmentLexicon& lexicon, const LexicalTables& tables, qsizetype count,
                 const PairOf& pairOf)
{
    qint64 words = 0;
    qint64 matched = 0;
    for (qsizetype k = 0; k < count; ++k) {
        const auto [a, b] = pairOf(k);
        const Ids& theirs = tables.vietnamese[b];
        for (int e : tables.english[a]) {
            const QList<int>& translations = lexicon.englishToVietnamese[e];
            if (translations.isEmpty())
                continue;
            ++words;
            matched += std::any_of(translations.begin(), translations.end(), [&](int v) {
                return std::binary_search(theirs.begin(), theirs.end(), v);
            });
        }
    }
    return words == 0 ? 0.0 : double(matched) / double(words);
}

// Dice's coefficient over the 1-1 beads a first pass is sure of: words that keep turning up
// together are translations. Frequent words pair with everything a little; the threshold and
// the few best partners per word keep the lexicon to the pairs that say something.
std::shared_ptr<AlignmentLexicon> learnLexicon(const QList<Bead>& beads,
                                               const LexicalTables& tables,
                                               const QHash<QString, int>& englishIds,
                                               const QHash<QString, int>& vietnameseIds)
{
    auto lexicon = std::make_shared<AlignmentLexicon>();
    lexicon->englishIds = englishIds;
    lexicon->vietnameseIds = vietnameseIds;
    lexicon->englishToVietnamese.resize(englishIds.size());
    lexicon->vietnameseToEnglish.resize(vietnameseIds.size());
    const QList<Bead> sure = sureBeads(beads);
    if (sure.size() < 4)
        return lexicon;
    linkBestPartners(wordPairs(sure, tables, englishIds.size(), vietnameseIds.size()), *lexicon);

    // The two rates: across the sure beads, and across segments paired at random.
    lexicon->trueRate = matchRate(*lexicon, tables, sure.size(), [&](qsizetype k) {
        return std::pair(sure.at(k).englishFirst, sure.at(k).vietnameseFirst);
    });
    lexicon->randomRate = matchRate(*lexicon, tables, sure.size(), [&](qsizetype k) {
        const Bead& other = sure.at((k + sure.size() / 2) % sure.size());
        return std::pair(sure.at(k).englishFirst, other.vietnameseFirst);
    });
    return lexicon;
}

QList<int> lengthsOf(const QStringList& texts)
{
    QList<int> lengths;
    lengths.reserve(texts.size());
    for (const QString& text : texts)
        lengths.append(int(text.size()));
    return lengths;
}

// Per segment, the ids of its anchors.
struct SharedAnchors
{
    std::vector<Ids> english;
    std::vector<Ids> vietnamese;
};

// Anchors as ids, keeping only those both sides have somewhere: one side's own capitals
// ("Biển Đông", a sentence's first word) say nothing about where its partner is.
SharedAnchors sharedAnchors(const QStringList& english, const QStringList& vietnamese,
                            const AlignmentOptions& options)
{
    const int n = int(english.size());
    const int m = int(vietnamese.size());
    std::vector<QStringList> ours(n);
    std::vector<QStringList> theirs(m);
    QSet<QString> englishSeen;
    for (int a = 0; a < n; ++a) {
        ours[a] = writtenAlike(english.at(a)) + options.englishAnchors.value(a);
        for (const QString& anchor : std::as_const(ours[a]))
            englishSeen.insert(anchor);
    }
    QSet<QString> shared;
    for (int b = 0; b < m; ++b) {
        theirs[b] = writtenAlike(vietnamese.at(b)) + options.vietnameseAnchors.value(b);
        for (const QString& anchor : std::as_const(theirs[b]))
            if (englishSeen.contains(anchor))
                shared.insert(anchor);
    }
    QHash<QString, int> anchorIds;
    for (const QString& anchor : std::as_const(shared))
        anchorIds.insert(anchor, int(anchorIds.size()));
    SharedAnchors anchors{std::vector<Ids>(n), std::vector<Ids>(m)};
    for (int a = 0; a < n; ++a)
        anchors.english[a] = idsOf(ours[a], anchorIds, false);
    for (int b = 0; b < m; ++b)
        anchors.vietnamese[b] = idsOf(theirs[b], anchorIds, false);
    return anchors;
}

// What a bead's shared and unmatched anchors cost (LengthAligner::anchorCost), and a prohibitive
// cost for a bead that joins a segment standing alone with its neighbour.
class AnchorCost
{
public:
    AnchorCost(const SharedAnchors& anchors, const AlignmentOptions& options,
               const LengthAligner& aligner)
        : anchors(anchors), options(options), aligner(aligner),
          someAlone(options.englishAlone.contains(true) || options.vietnameseAlone.contains(true))
    {}

    double operator()(int pi, int i, int pj, int j) const
    {
        if (someAlone && joinsAlone(pi, i, pj, j))
            return 1e6;
        if (i == pi || j == pj)
            return 0.0;
        // Each side's anchors as a set: one both English sentences of a 2-1 bead name counts
        // once, so repeating a name does not pay for merging. Counted without allocating: this
        // runs for most cells of the band.
        const Ids& english1 = anchors.english[pi];
        const Ids& english2 = i - pi == 2 ? anchors.english[pi + 1] : noAnchors;
        const Ids& vietnamese1 = anchors.vietnamese[pj];
        const Ids& vietnamese2 = j - pj == 2 ? anchors.vietnamese[pj + 1] : noAnchors;
        if ((english1.empty() && english2.empty()) || (vietnamese1.empty() && vietnamese2.empty()))
            return 0.0;
        const auto in = [](const Ids& ids, int anchor) {
            return std::binary_search(ids.begin(), ids.end(), anchor);
        };
        int ours = int(english1.size());
        int shared = 0;
        for (int anchor : english1)
            shared += in(vietnamese1, anchor) || in(vietnamese2, anchor) ? 1 : 0;
        for (int anchor : english2) {
            if (in(english1, anchor))
                continue;
            ++ours;
            shared += in(vietnamese1, anchor) || in(vietnamese2, anchor) ? 1 : 0;
        }
        int theirs = int(vietnamese1.size());
        for (int anchor : vietnamese2)
            theirs += in(vietnamese1, anchor) ? 0 : 1;
        const int unmatched = ours + theirs - 2 * shared;
        return aligner.anchorCost(shared, unmatched);
    }

private:
    bool joinsAlone(int pi, int i, int pj, int j) const
    {
        return (i - pi == 2 &&
                (options.englishAlone.value(pi) || options.englishAlone.value(pi + 1))) ||
               (j - pj == 2 &&
                (options.vietnameseAlone.value(pj) || options.vietnameseAlone.value(pj + 1)));
    }

    const SharedAnchors& anchors;
    const AlignmentOptions& options;
    const LengthAligner& aligner;
    const bool someAlone;
    const Ids noAnchors;
};

// What the lexicon says about a bead: the log-likelihood ratio, true bead against chance, of its
// words matched in the other side or not, damped by `weight` and negated into a cost.
class LexicalCost
{
public:
    LexicalCost(const AlignmentLexicon& lexicon, const LexicalTables& tables, int n, int m,
                double weight)
        : evidence(lexicon, tables, n, m), weight(weight)
    {
        // By how many segments the other side has: two segments match a word by chance about
        // twice as often, so merging neighbours does not buy evidence.
        const double pt = std::clamp(lexicon.trueRate, 0.02, 0.98);
        for (int k = 1; k <= 2; ++k) {
            const double chance = 1 - std::pow(1 - std::clamp(lexicon.randomRate, 0.01, 0.9), k);
            const double pf = std::min(chance, pt - 0.01);
            hit[k] = std::log(pt / pf);
            miss[k] = std::log((1 - pt) / (1 - pf)); // negative
        }
    }

    double operator()(int pi, int i, int pj, int j)
    {
        if (i == pi || j == pj)
            return 0.0;
        // Per segment, the words matched in either segment of the other side: the union of two
        // counts, estimated as if they were independent.
        const auto unite = [](double words, int first, int second) {
            return words == 0 ? 0.0 : first + second - first * double(second) / words;
        };
        double englishWords = 0;
        double vietnameseWords = 0;
        double englishMatched = 0;
        double vietnameseMatched = 0;
        for (int a = pi; a < i; ++a) {
            const double words = evidence.englishWords(a);
            const int first = evidence.matched(a, pj).first;
            const int second = j - pj == 2 ? evidence.matched(a, pj + 1).first : 0;
            englishWords += words;
            englishMatched += unite(words, first, second);
        }
        for (int b = pj; b < j; ++b) {
            const double words = evidence.vietnameseWords(b);
            const int first = evidence.matched(pi, b).second;
            const int second = i - pi == 2 ? evidence.matched(pi + 1, b).second : 0;
            vietnameseWords += words;
            vietnameseMatched += unite(words, first, second);
        }
        const int ours = j - pj; // segments the English words may find their translation in
        const int theirs = i - pi;
        const double logLikelihood =
            englishMatched * hit[ours] + (englishWords - englishMatched) * miss[ours] +
            vietnameseMatched * hit[theirs] + (vietnameseWords - vietnameseMatched) * miss[theirs];
        return -weight * logLikelihood;
    }

private:
    PairEvidence evidence;
    const double weight;
    double hit[3] = {0, 0, 0};
    double miss[3] = {0, 0, 0};
};

} // namespace

QStringList SegmentAligner::words(const QString& text)
{
    QStringList found;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            found.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        found.append(word);
    return found;
}

SegmentAlignment SegmentAligner::align(const QStringList& english, const QStringList& vietnamese,
                                       const AlignmentOptions& options) const
{
    const QList<int> englishLengths = lengthsOf(english);
    const QList<int> vietnameseLengths = lengthsOf(vietnamese);
    const LengthAligner aligner(options.model);
    const SharedAnchors anchors = sharedAnchors(english, vietnamese, options);
    const AnchorCost anchorCost(anchors, options, aligner);

    // Words, and the lexicon: given, or learnt from a first pass on lengths and anchors.
    QHash<QString, int> englishIds =
        options.lexicon ? options.lexicon->englishIds : QHash<QString, int>();
    QHash<QString, int> vietnameseIds =
        options.lexicon ? options.lexicon->vietnameseIds : QHash<QString, int>();
    const bool grow = !options.lexicon;
    LexicalTables tables;
    for (const QString& text : english)
        tables.english.push_back(idsOf(words(text), englishIds, grow));
    for (const QString& text : vietnamese)
        tables.vietnamese.push_back(idsOf(words(text), vietnameseIds, grow));

    SegmentAlignment result;
    result.lexicon = options.lexicon;
    QList<Bead> previous; // each pass starts its band around the path of the one before
    if (!result.lexicon) {
        const QList<Bead> first = aligner.align(englishLengths, vietnameseLengths, anchorCost);
        previous = first;
        result.lexicon = learnLexicon(first, tables, englishIds, vietnameseIds);
        if (!result.lexicon->isUseful()) {
            result.beads = first;
            return result;
        }
    }
    const AlignmentLexicon& lexicon = *result.lexicon;
    if (!lexicon.isUseful() || english.isEmpty() || vietnamese.isEmpty()) {
        result.beads = aligner.align(englishLengths, vietnameseLengths, anchorCost, previous);
        return result;
    }
    LexicalCost lexicalCost(lexicon, tables, int(english.size()), int(vietnamese.size()),
                            options.lexicalWeight);
    result.beads =
        aligner.align(englishLengths, vietnameseLengths, [&](int pi, int i, int pj, int j) {
            return anchorCost(pi, i, pj, j) + lexicalCost(pi, i, pj, j);
        });
    return result;
}

} // namespace songngu
