// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/Language.h"

#include <QStringList>
#include <QStringView>

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace songngu {

// Splits a paragraph into sentences with ICU's sentence BreakIterator, then re-joins breaks
// that follow an abbreviation ICU does not know ("TP. HCM", "v.v. Tổng", "Mr. Putin").
// Owns its iterators: one instance per thread.
class SentenceSplitter
{
public:
    SentenceSplitter();
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter&) = delete;
    SentenceSplitter& operator=(const SentenceSplitter&) = delete;

    QList<SentenceSpan> split(QStringView text, Language language) const;

private:
    bool endsWithAbbreviation(QStringView sentence) const;

    std::unique_ptr<icu::BreakIterator> english;
    std::unique_ptr<icu::BreakIterator> vietnamese;
    QStringList abbreviations; // with their final dot, compared case-sensitively (data files)
};

} // namespace songngu
