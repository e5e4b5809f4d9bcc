#include "TextDecoder.h"

#include "TextFolder.h"
#include "VietnameseLetters.h"

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

DecodedText TextDecoder::decode(const QByteArray& bytes) const
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }

    QByteArrayView body(bytes);
    std::optional<QStringConverter::Encoding> encoding;
    if (body.startsWith("\xEF\xBB\xBF")) {
        encoding = QStringConverter::Utf8;
        result.encoding = QStringLiteral("UTF-8 (BOM)");
        body = body.sliced(3);
    } else if (body.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        result.encoding = QStringLiteral("UTF-16LE (BOM)");
        body = body.sliced(2);
    } else if (body.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        result.encoding = QStringLiteral("UTF-16BE (BOM)");
        body = body.sliced(2);
    } else if (looksBinary(bytes)) {
        result.error = tr("binary file (not text)");
        return result;
    }

    QString text;
    if (encoding && *encoding != QStringConverter::Utf8 && body.size() % 2 != 0) {
        result.error = tr("truncated %1 text (an odd number of bytes)").arg(result.encoding);
        return result;
    }
    if (encoding) {
        QStringDecoder decoder(*encoding, QStringConverter::Flag::Stateless);
        text = decoder.decode(body);
        if (decoder.hasError()) {
            result.error = tr("invalid %1 text").arg(result.encoding);
            return result;
        }
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = utf8.decode(body);
        result.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            QString error;
            text = decodeWindows1258(bytes, &error);
            if (!error.isEmpty()) {
                result.error = tr("cannot decode: %1").arg(error);
                return result;
            }
            result.encoding = QStringLiteral("Windows-1258");
        }
    }

    text = TextFolder::nfc(text);

    qsizetype letters = 0;
    qsizetype vietnamese = 0;
    for (const QChar ch : std::as_const(text)) {
        const char16_t c = ch.unicode();
        if (isControl(c)) {
            result.error = result.encoding == QLatin1String("Windows-1258")
                               ? tr("cannot decode: the text is neither UTF-8 nor Windows-1258")
                               : tr("binary file (control characters in the text)");
            return result;
        }
        if (ch.isLetter()) {
            ++letters;
            vietnamese += vietnamese::isDistinctiveLetter(c);
        }
    }
    if (result.encoding == QLatin1String("Windows-1258") &&
        (vietnamese == 0 || vietnamese * 50 < letters)) {
        // Any byte string decodes as a single-byte code page; without Vietnamese letters
        // the guess is not worth showing.
        result.error = tr("cannot decode: the text is not valid UTF-8 and does not read as "
                          "Vietnamese Windows-1258");
        return result;
    }
    if (text.trimmed().isEmpty()) {
        result.error = tr("the file contains only white space");
        return result;
    }
    result.text = std::move(text);
    return result;
}

} // namespace songngu
