// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a gold mention's text in a paragraph as a whole word, for the entity quality suites.
#pragma once

#include <QString>

namespace songngu::testing {

inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Start of the `occurrence`-th (1-based) whole-word occurrence of `needle` in `text`, or -1.
// Whole words, so that "Russia" is never found inside "Russian".
inline int findOccurrence(const QString& text, const QString& needle, int occurrence)
{
    int seen = 0;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        if ((at > 0 && isWordChar(text.at(at - 1))) ||
            (end < text.size() && isWordChar(text.at(end))))
            continue;
        if (++seen == occurrence)
            return int(at);
    }
    return -1;
}

} // namespace songngu::testing
