// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TextDecoder.h"

#include "text/TextFolder.h"
#include "text/VietnameseLetters.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

namespace songngu {

namespace {

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7f;
}
} // namespace

bool TextDecoder::looksBinary(const QByteArray& bytes)
{
    // A NUL byte never occurs in UTF-8 or legacy text; UTF-16 is only read with a BOM.
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 64 * 1024);
    return QByteArrayView(bytes.constData(), probe).contains('\0');
}

QString TextDecoder::decodeWindows1258(const QByteArray& bytes, QString* error)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-1258", &status),
                                                                 &ucnv_close);
    if (U_FAILURE(status)) {
        *error = tr("the Windows-1258 converter is not available (%1)")
                     .arg(QString::fromLatin1(u_errorName(status)));
        return {};
    }
    // Stop at the first byte that Windows-1258 leaves undefined instead of substituting.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    QString text(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(text.data()), int32_t(text.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status)) {
        *error = tr("the text is neither UTF-8 nor Windows-1258");
        return {};
    }
    text.truncate(length);
    // ICU maps the bytes Windows-1258 leaves undefined (0x81, 0x8A, 0x8D-0x90, …) to C1
    // controls instead of failing: treat them as undefined.
    if (std::any_of(text.cbegin(), text.cend(),
                    [](QChar c) { return c.unicode() >= 0x80 && c.unicode() <= 0x9F; })) {
        *error = tr("the text is neither UTF-8 nor Windows-1258");
        return {};
    }
    return text;
}

namespace {

// One step through UTF-8 by Unicode's table of well-formed byte sequences (3-7): `length` bytes
// from here form a character when `valid`; otherwise they are the maximal subpart of a broken
// sequence (at least one byte), replaced by one U+FFFD as the Unicode standard recommends.
struct Utf8Step
{
    int length = 1;
    bool valid = true;
};

Utf8Step utf8Step(QByteArrayView bytes, qsizetype i)
{
    const auto byteAt = [&](qsizetype k) {
        return i + k < bytes.size() ? uchar(bytes[i + k]) : 0;
    };
    const uchar lead = byteAt(0);
    if (lead < 0x80)
        return {};
    int length = 0;
    uchar low = 0x80; // the second byte's range, narrower after some leads
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : low;   // overlong
        high = lead == 0xED ? 0x9F : high; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : low;   // overlong
        high = lead == 0xF4 ? 0x8F : high; // beyond U+10FFFF
    } else {
        return {1, false};
    }
    for (int k = 1; k < length; ++k) {
        const uchar c = byteAt(k); // 0 past the end: not a continuation byte
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
            return {k, false};
    }
    return {length, true};
}

// The encoding a byte order mark names (UTF-8 without one), its name for people in `name`;
// `body` loses the mark.
QStringConverter::Encoding byBom(QByteArrayView& body, QString* name)
{
    const struct
    {
        const char* mark;
        QStringConverter::Encoding encoding;
        const char* name;
    } marks[] = {{"\xEF\xBB\xBF", QStringConverter::Utf8, "UTF-8 (BOM)"},
                 {"\xFF\xFE", QStringConverter::Utf16LE, "UTF-16LE (BOM)"},
                 {"\xFE\xFF", QStringConverter::Utf16BE, "UTF-16BE (BOM)"}};
    for (const auto& bom : marks) {
        if (body.startsWith(bom.mark)) {
            body = body.sliced(qstrlen(bom.mark));
            *name = QString::fromLatin1(bom.name);
            return bom.encoding;
        }
    }
    *name = QStringLiteral("UTF-8");
    return QStringConverter::Utf8;
}

} // namespace

TextDecoder::Utf8Damage TextDecoder::readDamagedUtf8(QByteArrayView body)
{
    Utf8Damage damage;
    int line = 1;
    qsizetype chunk = 0; // start of the well-formed bytes not yet appended
    for (qsizetype i = 0; i < body.size();) {
        const char c = body[i];
        if (c == '\n' || (c == '\r' && (i + 1 == body.size() || body[i + 1] != '\n')))
            ++line;
        const Utf8Step step = utf8Step(body, i);
        if (step.valid) {
            damage.wellFormedNonAscii += step.length > 1 ? 1 : 0;
        } else {
            damage.text += QString::fromUtf8(body.sliced(chunk, i - chunk));
            damage.text += QChar(QChar::ReplacementCharacter);
            chunk = i + step.length;
            ++damage.invalid;
            if (damage.lines.size() < reportedLines &&
                (damage.lines.isEmpty() || damage.lines.back() != line))
                damage.lines.append(line);
        }
        i += step.length;
    }
    damage.text += QString::fromUtf8(body.sliced(chunk));
    const bool fewInvalid = damage.invalid * 100 <= body.size() * maximumInvalidPercent ||
                            damage.invalid <= toleratedInvalid;
    damage.readable =
        fewInvalid && damage.wellFormedNonAscii >= damage.invalid * minimumValidPerInvalid;
    return damage;
}

QString TextDecoder::checkedText(const QString& decoded, const QString& encoding, QString* error)
{
    QString text = TextFolder::nfc(decoded);
    const bool legacy = encoding == QLatin1String("Windows-1258");
    qsizetype letters = 0;
    qsizetype vietnamese = 0;
    for (const QChar ch : std::as_const(text)) {
        const char16_t c = ch.unicode();
        if (isControl(c)) {
            *error = legacy ? tr("cannot decode: the text is neither UTF-8 nor Windows-1258")
                            : tr("binary file (control characters in the text)");
            return {};
        }
        if (ch.isLetter()) {
            ++letters;
            vietnamese += vietnamese::isDistinctiveLetter(c);
        }
    }
    if (legacy && (vietnamese == 0 || vietnamese * 50 < letters)) {
        // Any byte string decodes as a single-byte code page; without Vietnamese letters
        // the guess is not worth showing.
        *error = tr("cannot decode: the text is not valid UTF-8 and does not read as "
                    "Vietnamese Windows-1258");
        return {};
    }
    if (text.trimmed().isEmpty()) {
        *error = tr("the file contains only white space");
        return {};
    }
    return text;
}

DecodedText TextDecoder::decode(const QByteArray& bytes) const
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }

    QByteArrayView body(bytes);
    const QStringConverter::Encoding encoding = byBom(body, &result.encoding);
    if (result.encoding == QLatin1String("UTF-8") && looksBinary(bytes)) {
        result.error = tr("binary file (not text)");
        return result;
    }

    if (encoding != QStringConverter::Utf8 && body.size() % 2 != 0) {
        result.error = tr("truncated %1 text (an odd number of bytes)").arg(result.encoding);
        return result;
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(body);
    if (decoder.hasError()) {
        const bool withBom = result.encoding != QLatin1String("UTF-8");
        Utf8Damage damage;
        if (encoding == QStringConverter::Utf8)
            damage = readDamagedUtf8(body);
        if (damage.readable) {
            text = std::move(damage.text);
            result.replaced = int(damage.invalid);
            result.replacedLines = std::move(damage.lines);
        } else if (withBom) {
            result.error = tr("invalid %1 text").arg(result.encoding);
            return result;
        } else if (damage.wellFormedNonAscii >= damage.invalid) {
            // Read as Windows-1258, well-formed UTF-8 would come out as mojibake.
            result.error = tr("cannot decode: the text is UTF-8 with too many invalid bytes "
                              "(%n invalid sequence(s))",
                              nullptr, int(damage.invalid));
            return result;
        } else {
            QString error;
            text = decodeWindows1258(bytes, &error);
            if (!error.isEmpty()) {
                result.error = tr("cannot decode: %1").arg(error);
                return result;
            }
            result.encoding = QStringLiteral("Windows-1258");
        }
    }
    result.text = checkedText(text, result.encoding, &result.error);
    if (!result.ok()) {
        result.replaced = 0;
        result.replacedLines.clear();
    }
    return result;
}

} // namespace songngu
