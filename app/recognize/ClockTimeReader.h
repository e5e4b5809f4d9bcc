// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to NumberRecognizer: times of day among the tokens of a text.
#pragma once

#include "recognize/NumberTokenizer.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace songngu::numbers {

// Reads the times of day news writes with digits, so that they are not taken for counts:
// "09:20", "8:00AM", "0920 UTC", "1020 BST", "16.50 hrs", "at 10.30", "2 pm", "10 giờ 20",
// "6 giờ 30 phút", "10 giờ sáng", "lúc 7 giờ". A bare "0920" is a time (no count starts with
// 0); "1020" and "10.30" only before a time cue ("BST", "hrs", "local") or after "at" / "lúc";
// a bare hour only before a time zone or "a.m."; "48 giờ" alone is a count of hours.
class ClockTimeReader
{
public:
    struct Time
    {
        qsizetype next = 0; // the first token after the time
        int end = 0;        // its end in the text
        int minutes = 0;    // after midnight
    };

    ClockTimeReader(QStringView text, const QList<Token>& tokens, const Lexicon& lexicon);

    // The time that starts at token i (digits), or nullopt.
    std::optional<Time> at(qsizetype i) const;

private:
    QStringView text;
    const QList<Token>& tokens;
    const Lexicon& lexicon;

    // The kind of time cue written at text offset `from`, after at most two spaces ("zone",
    // "meridiem", "clock"), or an empty view.
    QStringView cueAt(int from) const;
    bool wordIn(qsizetype i, const QSet<QString>& words) const; // token i, in the list
    std::optional<Time> colon(qsizetype i, int hours) const;
    std::optional<Time> hourWord(qsizetype i, int hours) const;
};

} // namespace songngu::numbers
