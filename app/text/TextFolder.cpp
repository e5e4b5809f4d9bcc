// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TextFolder.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace songngu {

namespace {

// Compiling the rules costs milliseconds; a clone of the compiled one costs microseconds. Built
// once per process (thread-safe static), cloned per TextFolder: a transliterator is not
// thread-safe, a clone is its owner's alone.
const icu::Transliterator* foldRules()
{
    static const std::unique_ptr<icu::Transliterator> rules = [] {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        std::unique_ptr<icu::Transliterator> compiled(icu::Transliterator::createFromRules(
            icu::UnicodeString(u"songngu-fold"),
            icu::UnicodeString(u":: NFD; :: [:Nonspacing Mark:] Remove; :: NFC; đ > d; Đ > D;"),
            UTRANS_FORWARD, parseError, status));
        if (U_FAILURE(status))
            compiled.reset();
        return compiled;
    }();
    return rules.get();
}

} // namespace

TextFolder::TextFolder()
{
    if (const icu::Transliterator* rules = foldRules())
        transliterator.reset(rules->clone());
}

TextFolder::~TextFolder() = default;

QString TextFolder::stripMarks(QStringView text) const
{
    // ASCII has no marks: most English text and forms skip ICU.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toString();
    if (!transliterator) // ICU data missing: fall back to the same rule done by hand
    {
        QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
        QString out;
        out.reserve(decomposed.size());
        for (QChar c : std::as_const(decomposed)) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            out.append(c == u'đ' ? QChar(u'd') : c == u'Đ' ? QChar(u'D') : c);
        }
        return out.normalized(QString::NormalizationForm_C);
    }
    icu::UnicodeString buffer(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(buffer);
    return QString(reinterpret_cast<const QChar*>(buffer.getBuffer()), buffer.length());
}

QString TextFolder::nfc(QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || text.size() > std::numeric_limits<int32_t>::max())
        return text.toString().normalized(QString::NormalizationForm_C);
    // A read-only alias: no copy of text that is already NFC, as nearly all text is.
    const icu::UnicodeString source(false, reinterpret_cast<const UChar*>(text.utf16()),
                                    int32_t(text.size()));
    if (normalizer->isNormalized(source, status) && U_SUCCESS(status))
        return text.toString();
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    if (U_FAILURE(status))
        return text.toString().normalized(QString::NormalizationForm_C);
    return QString(reinterpret_cast<const QChar*>(normalized.getBuffer()), normalized.length());
}

QString TextFolder::fold(QStringView text) const
{
    return stripMarks(text).toCaseFolded();
}

} // namespace songngu
