// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace songngu {

// The two languages of a document, the vocabulary of every layer from sentence splitting up.
enum class Language
{
    Unknown,
    English,
    Vietnamese
};

// "en", "vi" or "" — stable identifiers used by the command line and JSON output.
QString languageCode(Language language);

struct SentenceSpan
{
    int start = 0;
    int length = 0;
    friend bool operator==(const SentenceSpan&, const SentenceSpan&) = default;
};

} // namespace songngu
