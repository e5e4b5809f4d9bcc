// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/TextSearch.h"

#include "text/TextFolder.h"

#include <QHash>

#include <algorithm>

namespace songngu {

namespace {

constexpr char16_t notKnownYet = 0;
constexpr char16_t notSingle = 0xFFFF; // a noncharacter: never the fold of anything
constexpr qsizetype maxCachedClusters = 4096;

bool isCombining(char16_t c)
{
    if (c < 0x300) // nothing below the Combining Diacritical Marks block is a mark
        return false;
    switch (QChar::category(char32_t(c))) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

// TextFolder::fold() one character at a time, a character being a code point with the
// combining marks after it (so NFD "o" + U+0302 folds like NFC "ô"). ASCII is folded inline and
// every other code unit's fold is looked up in a table filled on first use: the transliterator
// runs once per distinct character, not once per character of a 10 MB document.
class TextSearch::Folder
{
public:
    // `text` folded into `out`; with `origins`, fills them as FoldedParagraph describes.
    void fold(QStringView text, QString& out, QList<int>* origins)
    {
        const qsizetype length = text.size();
        // Written through a pointer: appending character by character costs twice as much.
        // Room is kept for the rest of the input, one folded unit per unit: folding shortens
        // text or keeps its length, and the rare character that folds longer makes room first.
        out.resize(length);
        char16_t* data = reinterpret_cast<char16_t*>(out.data());
        qsizetype written = 0;
        bool identity = true; // every character so far folded to one at the same index
        for (qsizetype i = 0; i < length;) {
            const char16_t c = text[i].unicode();
            qsizetype end = i + 1;
            if (QChar::isHighSurrogate(c) && end < length && text[end].isLowSurrogate())
                ++end;
            while (end < length && isCombining(text[end].unicode()))
                ++end;
            const qsizetype before = written;
            if (end == i + 1 && c < 0x80) {
                data[written++] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
            } else if (const char16_t folded = end == i + 1 ? single(c) : notSingle;
                       folded != notSingle) {
                data[written++] = folded;
            } else {
                const QString many = cluster(text.sliced(i, end - i));
                const qsizetype needed = written + many.size() + (length - end);
                if (needed > out.size()) {
                    out.resize(needed);
                    data = reinterpret_cast<char16_t*>(out.data());
                }
                std::copy_n(reinterpret_cast<const char16_t*>(many.utf16()), many.size(),
                            data + written);
                written += many.size();
            }
            if (origins) {
                const qsizetype added = written - before;
                if (identity && (added != 1 || end != i + 1)) {
                    identity = false;
                    origins->reserve(length + 1);
                    for (qsizetype k = 0; k < before; ++k) // so far folded index = original
                        origins->append(int(k));
                }
                if (!identity)
                    origins->insert(origins->size(), added, int(i));
            }
            i = end;
        }
        out.truncate(written);
        if (origins && !identity)
            origins->append(int(length));
    }

private:
    // The fold of a lone code unit when it is one code unit, else notSingle.
    char16_t single(char16_t c)
    {
        if (singles.empty())
            singles.assign(0x10000, notKnownYet);
        char16_t& known = singles[c];
        if (known == notKnownYet) {
            const QString folded = folder.fold(QStringView(&c, 1));
            const bool one = folded.size() == 1 && folded.front().unicode() != notKnownYet;
            known = one ? folded.front().unicode() : notSingle;
        }
        return known;
    }

    QString cluster(QStringView text)
    {
        const QString key = text.toString();
        if (const auto found = clusters.constFind(key); found != clusters.cend())
            return found.value();
        if (clusters.size() >= maxCachedClusters)
            clusters.clear();
        return clusters.insert(key, folder.fold(text)).value();
    }

    TextFolder folder;
    std::vector<char16_t> singles; // indexed by code unit
    QHash<QString, QString> clusters;
};

TextSearch::TextSearch() : folder(std::make_unique<Folder>()) {}

TextSearch::~TextSearch() = default;

void TextSearch::setDocument(DocumentPtr document)
{
    if (document == doc)
        return;
    doc = std::move(document);
    folded.clear();
    folded.shrink_to_fit();
    indexed = false;
}

QString TextSearch::fold(QStringView text)
{
    QString out;
    folder->fold(text, out, nullptr);
    return out;
}

QList<TextMatch> TextSearch::findAll(QStringView query)
{
    QList<TextMatch> matches;
    if (!doc)
        return matches;
    const QString needle = fold(query);
    if (needle.isEmpty())
        return matches;
    buildIndex();
    for (int row = 0; row < doc->rows.size(); ++row) {
        collect(row, Language::English, needle, matches);
        collect(row, Language::Vietnamese, needle, matches);
    }
    return matches;
}

void TextSearch::buildIndex()
{
    if (indexed)
        return;
    folded.assign(size_t(doc->paragraphs.size()), {});
    for (size_t i = 0; i < folded.size(); ++i) {
        FoldedParagraph& paragraph = folded[i];
        folder->fold(doc->paragraphs.at(qsizetype(i)).text, paragraph.text, &paragraph.origins);
    }
    indexed = true;
}

void TextSearch::collect(int row, Language language, QStringView needle,
                         QList<TextMatch>& out) const
{
    const int index = doc->rows.at(row).paragraphIndex(language);
    if (index < 0 || size_t(index) >= folded.size())
        return;
    const FoldedParagraph& paragraph = folded[size_t(index)];
    const QStringView haystack(paragraph.text);
    const QList<int>& origins = paragraph.origins;
    int previousEnd = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0;
         at = haystack.indexOf(needle, at + needle.size())) {
        qsizetype start = at;
        qsizetype end = at + needle.size();
        if (!origins.isEmpty()) {
            // From the first character that produced the match to the end of the last one: the
            // start of the next original character, past any more folded from the last.
            const int last = origins.at(end - 1);
            qsizetype next = end;
            while (origins.at(next) == last) // the final entry (the length) always differs
                ++next;
            start = origins.at(at);
            end = origins.at(next);
            if (start < previousEnd) // two matches inside what one character folded to
                continue;
        }
        out.append(TextMatch{row, language, int(start), int(end - start)});
        previousEnd = int(end);
    }
}

} // namespace songngu
