// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TextFolder.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
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

// What stripMarks() makes of each UTF-16 unit below 0x2000, alone: itself, another single unit,
// nothing (a combining mark) or `complex` (anything else: ask ICU for the whole text). Filled
// once per process by the compiled rules themselves, for the blocks of Latin, Greek, Cyrillic and
// Vietnamese letters and of the combining marks, so that the per-unit result is the rules' own.
// Unit by unit is the same as the whole text here: NFD splits each letter alone, the marks go, and
// nothing left can recompose.
const std::array<char16_t, TextFolder::tableSize>& stripTable()
{
    static const std::array<char16_t, TextFolder::tableSize> table = [] {
        std::array<char16_t, TextFolder::tableSize> t{};
        t.fill(TextFolder::complex);
        for (char16_t u = 0; u < 0x80; ++u)
            t[u] = u;
        const icu::Transliterator* rules = foldRules();
        const std::unique_ptr<icu::Transliterator> own(rules ? rules->clone() : nullptr);
        if (!own)
            return t;
        constexpr std::pair<char16_t, char16_t> blocks[] = {
            {0x80, 0x250}, {0x300, 0x370}, {0x370, 0x530}, {0x1E00, 0x1F00}};
        for (const auto& [from, to] : blocks) {
            for (char16_t u = from; u < to; ++u) {
                icu::UnicodeString one{UChar(u)};
                own->transliterate(one);
                t[u] = one.isEmpty()       ? TextFolder::dropped
                       : one.length() == 1 ? char16_t(one.charAt(0))
                                           : TextFolder::complex;
            }
        }
        return t;
    }();
    return table;
}

} // namespace

char16_t TextFolder::foldUnit(char16_t unit)
{
    const char16_t stripped = unit < tableSize ? stripTable()[unit] : complex;
    if (stripped == dropped || stripped == complex)
        return stripped;
    const char16_t folded = QChar(stripped).toCaseFolded().unicode();
    return folded == dropped || folded == complex ? complex : folded;
}

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
    // Latin, Vietnamese, Greek and Cyrillic letters unit by unit, from the rules' own table.
    const std::array<char16_t, tableSize>& table = stripTable();
    QString out(text.size(), Qt::Uninitialized);
    qsizetype length = 0;
    bool simple = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char16_t stripped = u < tableSize ? table[u] : complex;
        if (stripped == complex) {
            simple = false;
            break;
        }
        if (stripped != dropped)
            out[length++] = QChar(stripped);
    }
    if (simple) {
        out.truncate(length);
        return out;
    }
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
