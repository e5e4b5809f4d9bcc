// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextFolder.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace songngu {

// The pieces of the name-spelling check (RowCheckerSpelling.cpp), which compares the foreign
// names a translation copies: the words of a paragraph that can be such names, how far two
// spellings are apart, and the differences that are no misspelling (an English plural or
// demonym, a Vietnamese form). Stateless but for the folder passed in.
class NameSpelling
{
public:
    // A word as written: letters (with their marks) and apostrophes between letters, without a
    // possessive "'s" ("Johnson's" is Johnson). Hyphens, digits and other signs separate words.
    struct Word
    {
        int start = 0; // in the paragraph, UTF-16 code units
        int length = 0;
        QString text;
        QString folded;      // TextFolder::fold(), without apostrophes; "ł" is "l"
        bool marked = false; // has a letter with a Vietnamese vowel or tone mark
        QString before;      // the folded capitalised word one space before, if any: "mike" (Myers)
    };
    // How a written spelling differs from the other.
    enum class Edit
    {
        Replaced, // one letter differs: Harcick, Harvick
        Dropped,  // one letter missing: Johson, Johnson
        Added,    // one letter too many: Maisi, Masi
        Swapped,  // two letters next to each other swapped: Isarel, Israel
        Several   // two edits: Ahmandineja, Ahmadinejad
    };

    static constexpr int shortestName = 4; // letters; shorter words are never compared

    // The words of `text` that begin with a capital, in order.
    static QList<Word> capitalisedWords(QStringView text, const TextFolder& folder);
    // Every word of `text`, in order.
    static QList<Word> words(QStringView text, const TextFolder& folder);
    // The folded form of every word of `text`, whatever its case, in order (repeats kept).
    static QStringList foldedWords(QStringView text, const TextFolder& folder);
    // The distinct folded words of `text`, hyphenated words also joined: "Pu-tin" gives "pu",
    // "tin" and "putin", as a translation may write Putin.
    static QSet<QString> wordSet(QStringView text, const TextFolder& folder);
    // A capitalised word that can be a name copied from the other language: in Latin script, of
    // shortestName letters or more, and not a Vietnamese syllable ("Hoang", "Nguyen").
    static bool candidate(const Word& word);

    // Damerau–Levenshtein distance (optimal string alignment) of two folded spellings.
    static int distance(QStringView a, QStringView b);
    // The edits allowed between two spellings that are still one name misspelt: one for
    // names of up to 7 letters, two from 8 (counted on the shorter).
    static int allowedDistance(QStringView a, QStringView b);
    // How `written` differs from `other` (folded, distance 1 or 2).
    static Edit edit(QStringView written, QStringView other);

    // The two folded spellings differ only by endings of resources/language/en/name-endings.txt:
    // "israel" / "israeli", "kenya" / "kenyan", "olympic" / "olympics".
    static bool inflected(QStringView a, QStringView b);
    // One folded spelling is the other and an "s" or "es": "olympics", "myers".
    static bool plural(QStringView a, QStringView b);
    // The folded spellings inflected() relates `folded` to (plurals among them), for looking
    // them up: "israeli", "israels", "israeles" for "israel".
    static QStringList relatedForms(QStringView folded);
    // The Vietnamese spelling is the English one in Vietnamese letters: a "q" written "c" or "qu"
    // ("Irac", "Quatar" for Iraq, Qatar). Both folded.
    static bool vietnameseOrthography(QStringView english, QStringView vietnamese);
    // The Vietnamese spelling may be the English name rendered some other way, or misspelt
    // beyond one or two letters: "Matxcova" for Moscow, "Gruzia" for Georgia, "Kitô" for
    // Christ, "Keneday" for Kennedy; not "Raigad" for Singapore. Their consonants, with the
    // letters that spell one sound taken as one (c, k, q; s, x, z; f, ph; v, w), begin alike
    // and mostly agree in order. Both folded.
    static bool mayRender(QStringView vietnamese, QStringView english);
    // The marks of `vietnamese` stand for a letter of `english` typed as a Telex tone key
    // ("Denní" for "Dennis": "is" typed in Telex is "í"): a slip, not a Vietnamese form.
    static bool telexSlip(const Word& vietnamese, QStringView englishFolded);

private:
    static QList<Word> wordsOf(QStringView text, const TextFolder& folder, bool capitalisedOnly);
};

} // namespace songngu
