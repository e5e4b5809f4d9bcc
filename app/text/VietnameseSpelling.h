// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace songngu {

// What Vietnamese spelling allows, for telling a Vietnamese word from a foreign one and two
// spellings of one word from two words.
class VietnameseSpelling
{
public:
    // Whether `word` (one syllable, marks or not, any case) has the shape of a Vietnamese
    // syllable: an initial consonant, a vowel group and one of the finals c, ch, m, n, ng, nh, p,
    // t. "Lao", "My", "Nguyen" have it; "Nouvel", "Observateur", "Harvick", "Glasgow" do not.
    static bool isSyllable(QStringView word);

    // `text` with each syllable's tone mark taken off its vowel and written after the syllable,
    // NFC: "hòa" and "hoà" (two places for the same tone) give the same key, "hoa" and "hòa"
    // (two tones) do not. Vowel marks (â, ă, ê, ô, ơ, ư) stay where they are.
    static QString toneKey(QStringView text);
};

} // namespace songngu
