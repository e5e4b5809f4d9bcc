#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace songngu {

struct DecodedText
{
    QString text;     // NFC, line ends as in the source
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Windows-1258"
    QString error;    // non-empty when the bytes could not be read as text
    bool ok() const { return error.isEmpty(); }
};

// Turns a file's bytes into NFC text. UTF-8 (with or without BOM) and UTF-16 with BOM are
// read directly; bytes that are not valid UTF-8 are tried as legacy Vietnamese Windows-1258
// through ICU, and accepted only when the result reads as Vietnamese text.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(songngu::TextDecoder)

public:
    DecodedText decode(const QByteArray& bytes) const;

private:
    static bool looksBinary(const QByteArray& bytes);
    static QString decodeWindows1258(const QByteArray& bytes, QString* error);
};

} // namespace songngu
