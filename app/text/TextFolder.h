// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace songngu {

// Folds text for matching: "Tô Lâm", "TO LAM" and "to lam" all become "to lam".
// Uses ICU's "NFD; [:Nonspacing Mark:] Remove; NFC" plus đ→d / Đ→D (NFD leaves đ alone), then
// lower-cases. Each instance owns its transliterator: not for use from several threads at once.
class TextFolder
{
public:
    TextFolder();
    ~TextFolder();
    TextFolder(const TextFolder&) = delete;
    TextFolder& operator=(const TextFolder&) = delete;

    // Marks removed, đ→d, case kept.
    QString stripMarks(QStringView text) const;
    // stripMarks() and lower-cased: the key for case- and diacritic-insensitive matching.
    QString fold(QStringView text) const;
    // NFC in time linear in the text's length (QString::normalized is quadratic on a long
    // paragraph with many decomposed letters). Thread-safe.
    static QString nfc(QStringView text);

    // fold() of one UTF-16 unit alone, from a table built once per process: the folded unit,
    // `dropped` (a combining mark) or `complex` (more than one unit, or not in the table: fold()
    // the text instead). Thread-safe.
    static constexpr char16_t dropped = 0xFFFF;
    static constexpr char16_t complex = 0xFFFE;
    static constexpr char16_t tableSize = 0x2000;
    static char16_t foldUnit(char16_t unit);

private:
    std::unique_ptr<icu::Transliterator> transliterator;
};

} // namespace songngu
