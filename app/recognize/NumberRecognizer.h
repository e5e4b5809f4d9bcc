// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recognize/NumberMention.h"
#include "text/Language.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace songngu {

namespace numbers {
struct Lexicon;
}

// Finds numbers in English or Vietnamese news text: digits with either separator convention,
// scale and percent words after them, spelled-out numbers and ordinals. Ambiguous words
// ("năm" = five or year, "thứ hai" = second or Monday, "Ba" in "Ba Đình") are skipped unless
// the context makes them a count. Times of day ("0920 UTC", "10:20", "10 giờ 20") come out as
// times, decades ("the 1870's", "thập niên 1930") as decades, approximate quantities ("tens of
// thousands", "hàng nghìn") with their range; fractions ("two-thirds", "hai phần ba") are no
// counts.
// One pass over the text plus a hash lookup per short word.
// find() is const and the word lists are immutable: one instance may serve several threads.
// Text is expected in NFC, as Document paragraphs are.
class NumberRecognizer
{
public:
    NumberRecognizer();
    ~NumberRecognizer();

    // Mentions in text order. Language::Unknown: digits and '%' only, English separators.
    QList<NumberMention> find(QStringView text, Language language) const;

    // Whether `digits` ("1,986", "6.3", "19,600") are written in the English convention and
    // mean something else, or become a guess, read in the Vietnamese one (1.986 or 1986?).
    static bool englishSeparatorsOnly(QStringView digits);
    // The same digits with the Vietnamese separators: "1.986", "6,3".
    static QString vietnameseSeparators(QStringView digits);

private:
    std::shared_ptr<const numbers::Lexicon> lexicon; // shared by copies: it is never modified
};

} // namespace songngu
