// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/Language.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace songngu {

namespace numbers {
struct Lexicon;
}

// A number written in a paragraph, compared by value across a translation: "80th" and
// "80 năm", "two leaders" and "Hai nhà lãnh đạo", "3.2 million" and "3,2 triệu".
struct NumberMention
{
    enum class Kind
    {
        Cardinal, // "1,250", "hai nước", "5 triệu"
        Ordinal,  // "80th", "the third", "lần thứ 3", "đầu tiên"
        Percent   // "25%", "25 percent", "25 phần trăm"
    };

    int start = 0;  // offsets in the text given to find(), in UTF-16 code units
    int length = 0; // the whole phrase: "3.2 million", "thứ hai", "25 per cent"
    double value = 0;
    Kind kind = Kind::Cardinal;
    bool fromWords = false; // spelled out ("two", "hai mươi") rather than in digits

    // Four plain digits from 1000 to 2199, as in "by 2045" / "vào năm 2045". Years and the
    // other parts of dates are left to the date recogniser; callers comparing counts skip them.
    bool looksLikeYear() const;

    friend bool operator==(const NumberMention&, const NumberMention&) = default;
};

// Finds numbers in English or Vietnamese news text: digits with either separator convention,
// scale and percent words after them, spelled-out numbers and ordinals. Ambiguous words
// ("năm" = five or year, "thứ hai" = second or Monday, "Ba" in "Ba Đình") are skipped unless
// the context makes them a count. One pass over the text plus a hash lookup per short word.
// find() is const and the word lists are immutable: one instance may serve several threads.
// Text is expected in NFC, as Document paragraphs are.
class NumberRecognizer
{
public:
    NumberRecognizer();
    ~NumberRecognizer();

    // Mentions in text order. Language::Unknown: digits and '%' only, English separators.
    QList<NumberMention> find(QStringView text, Language language) const;

private:
    std::shared_ptr<const numbers::Lexicon> lexicon; // shared by copies: it is never modified
};

} // namespace songngu
