// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/SentenceSplitter.h"

#include "text/LanguageData.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace songngu {

SentenceSplitter::SentenceSplitter()
{
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on ICU's English abbreviation suppressions (Mr., Dr., U.S., …).
    english.reset(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    status = U_ZERO_ERROR;
    vietnamese.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), status));
    abbreviations =
        LanguageData::words(u"vi/abbreviations.txt") + LanguageData::words(u"en/abbreviations.txt");
}

SentenceSplitter::~SentenceSplitter() = default;

bool SentenceSplitter::endsWithAbbreviation(QStringView sentence) const
{
    const QStringView trimmed = sentence.trimmed();
    for (const QString& abbreviation : abbreviations) {
        if (!trimmed.endsWith(abbreviation))
            continue;
        const qsizetype before = trimmed.size() - abbreviation.size() - 1;
        // Whole word only: "P." must not match the end of "TP." or "VNP.".
        if (before < 0 || !trimmed[before].isLetterOrNumber())
            return true;
    }
    return false;
}

QList<SentenceSpan> SentenceSplitter::split(QStringView text, Language language) const
{
    QList<SentenceSpan> spans;
    icu::BreakIterator* iterator =
        language == Language::Vietnamese ? vietnamese.get() : english.get();
    if (text.isEmpty())
        return spans;
    if (!iterator) {
        spans.append({0, int(text.size())});
        return spans;
    }
    UErrorCode status = U_ZERO_ERROR;
    // Iterate the paragraph in place: no copy into an icu::UnicodeString.
    UText* utext = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(text.utf16()),
                                    int64_t(text.size()), &status);
    iterator->setText(utext, status);
    int start = 0;
    for (int end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
        const QStringView sentence = text.sliced(start, end - start);
        if (end < text.size() && endsWithAbbreviation(sentence))
            continue;
        // Keep spans free of trailing white space so they can be shown and compared as is.
        int length = end - start;
        while (length > 0 && text[start + length - 1].isSpace())
            --length;
        if (length > 0)
            spans.append({start, length});
        start = end;
    }
    // Detach before the view's memory can go away.
    iterator->setText(icu::UnicodeString());
    utext_close(utext);
    return spans;
}

} // namespace songngu
