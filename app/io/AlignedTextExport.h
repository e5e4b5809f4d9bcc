// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "io/TmxFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace songngu {

// What becomes of a row with one language only (a headline, a date line, a paragraph left
// untranslated): a unit with that side alone, or nothing, for a memory of translations only.
enum class OneSidedRows
{
    Kept,
    LeftOut
};

// Outside the class: a default argument `= {}` cannot use a nested struct's initialisers.
struct AlignedTextExportOptions
{
    OneSidedRows oneSidedRows = OneSidedRows::Kept;
    QDateTime creationDate = {}; // TMX's creationdate; none written when invalid
};

// Aligned text for other tools: the rows of a document as English–Vietnamese pairs, written as
// TMX 1.4b (translation memories), tab-separated text (scripts) or CSV (spreadsheets).
class AlignedTextExport
{
    Q_DECLARE_TR_FUNCTIONS(songngu::AlignedTextExport)
public:
    enum class Format
    {
        Tmx,
        Tsv,
        Csv
    };

    using OneSidedRows = songngu::OneSidedRows;
    using Options = AlignedTextExportOptions;

    // One unit per row with text on either side (headlines and credits too: they are text),
    // each with its kind (kindCode).
    static QList<TranslationUnit> rowsOf(const Document& document,
                                         OneSidedRows oneSidedRows = OneSidedRows::Kept);
    // `English<TAB>Vietnamese` per line; tabs and line breaks inside text become spaces, so a
    // row is always one line. Segments of a row are already joined by the caller.
    static QByteArray toTsv(const QList<TranslationUnit>& units);
    // A header line "en,vi", then one RFC 4180 record per unit.
    static QByteArray toCsv(const QList<TranslationUnit>& units);
    static QByteArray write(Format format, const QList<TranslationUnit>& units,
                            const QString& segtype = QStringLiteral("paragraph"));
    // The document's rows; as TMX with its title, date, place and credit in the header too, so
    // that TmxReader gives the same document back.
    static QByteArray write(Format format, const Document& document, const Options& options = {});
    static Format formatFor(const QString& path); // by suffix: .tsv/.txt, .csv, else TMX
    // Atomically (QSaveFile); `error` says why not, for the user.
    static bool save(const QString& path, const Document& document, const Options& options = {},
                     QString* error = nullptr);

    // A row's kind in a unit: "headline", "date-line", "boilerplate", or "content" for a
    // translation with or without its other side (which side there is says which).
    static QString kindCode(RowKind kind);
    // The row a unit of `kind` is (an unknown or missing kind is content, as in other tools'
    // memories): content is a pair when both sides have text, else one-sided.
    static RowKind rowKindOf(const QString& kind, bool bothSides);
};

} // namespace songngu
