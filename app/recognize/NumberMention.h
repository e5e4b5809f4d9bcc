// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace songngu {

// A number written in a paragraph, compared by value across a translation: "80th" and
// "80 năm", "two leaders" and "Hai nhà lãnh đạo", "3.2 million" and "3,2 triệu".
struct NumberMention
{
    enum class Kind
    {
        Cardinal, // "1,250", "hai nước", "5 triệu"
        Ordinal,  // "80th", "the third", "lần thứ 3", "đầu tiên"
        Percent,  // "25%", "25 percent", "25 phần trăm"
        Time,  // a time of day: "0920 UTC", "09:20", "16.50 hrs", "10 giờ 20"; value in minutes
        Decade // "the 1870's", "the '80s", "thập niên 1930", "những năm 80": its first year
    };

    int start = 0;  // offsets in the text given to find(), in UTF-16 code units
    int length = 0; // the whole phrase: "3.2 million", "thứ hai", "25 per cent"
    double value = 0;
    Kind kind = Kind::Cardinal;
    bool fromWords = false; // spelled out ("two", "hai mươi") rather than in digits
    // The factor of the scale words read with it: 1e6 for "3.2 million" and "3,2 triệu", 1 for
    // "3.2". value / scale is the figure as written.
    double scale = 1;
    // Read without a guess: digits in the language's own convention ("1.250" in Vietnamese,
    // "1,250" in English) with any scale written out after them. Not so "3.2 triệu" (the English
    // decimal point in Vietnamese), "€15m" (an abbreviated scale), "216 000" (groups split by a
    // space), "€280 (US$418) million" (a scale after a bracket) nor a number in words.
    bool certain = true;
    // An approximate quantity: "tens of thousands", "hàng nghìn", "two dozen", "vài trăm". It
    // stands for any count from `low` up to `high`; `value` is its nominal size (10000 for "tens
    // of thousands"), the same for the phrases of both languages that say it.
    bool approximate = false;
    double low = 0;
    double high = 0;
    // The unit of measure written after it ("miles", "km", "kilomet vuông"), lower case, its
    // dimension ("length", "area") and its size in the dimension's base unit; empty when none.
    QString unit;
    QString dimension;
    double unitSize = 0;
    // Another reading of the same writing, 0 when none: "3m passengers" is 3 million, "a 20m
    // wall" 20 metres; the comparison takes either.
    double alternative = 0;

    // Four plain digits from 1000 to 2199, as in "by 2045" / "vào năm 2045". Years and the
    // other parts of dates are left to the date recogniser; callers comparing counts skip them.
    bool looksLikeYear() const;

    friend bool operator==(const NumberMention&, const NumberMention&) = default;
};

} // namespace songngu
