// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace songngu {

struct DecodedText
{
    QString text;     // NFC, line ends as in the source
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Windows-1258"
    QString error;    // non-empty when the bytes could not be read as text
    // UTF-8 read with a few invalid byte sequences, each replaced by U+FFFD: how many, and the
    // 1-based lines of the first few (at most TextDecoder::reportedLines).
    int replaced = 0;
    QList<int> replacedLines;
    bool ok() const { return error.isEmpty(); }
};

// Turns a file's bytes into NFC text. UTF-8 (with or without BOM) and UTF-16 with BOM are
// read directly. UTF-8 with a few stray bytes (a damaged copy, a bad paste) is read with each
// invalid sequence replaced by U+FFFD when the file is overwhelmingly UTF-8: at most 1% of its
// bytes (or tolerated count in a small file) are bad, and it has at least ten well-formed
// non-ASCII characters per bad sequence. Legacy Windows-1258 text almost never forms a valid
// UTF-8 multi-byte sequence, so that evidence keeps it from being taken for damaged UTF-8.
// Other bytes that are not valid UTF-8 are tried as legacy Vietnamese Windows-1258 through
// ICU, and accepted only when the result reads as Vietnamese text.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(songngu::TextDecoder)

public:
    static constexpr int maximumInvalidPercent = 1;
    static constexpr int toleratedInvalid = 2; // in any file, however small
    static constexpr int minimumValidPerInvalid = 10;
    static constexpr int reportedLines = 5;

    DecodedText decode(const QByteArray& bytes) const;

private:
    static bool looksBinary(const QByteArray& bytes);
    static QString decodeWindows1258(const QByteArray& bytes, QString* error);
    // `body` as UTF-8 with each invalid sequence replaced by U+FFFD; `readable` when it is
    // overwhelmingly UTF-8 (above).
    struct Utf8Damage
    {
        QString text;
        qsizetype invalid = 0;
        qsizetype wellFormedNonAscii = 0;
        QList<int> lines;
        bool readable = false;
    };
    static Utf8Damage readDamagedUtf8(QByteArrayView body);
    // NFC text, or an error when it is not article text (controls, blank, not Vietnamese).
    static QString checkedText(const QString& decoded, const QString& encoding, QString* error);
};

} // namespace songngu
