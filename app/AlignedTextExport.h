#pragma once

#include "Document.h"
#include "TmxFile.h"

#include <QCoreApplication>
#include <QList>

namespace songngu {

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

    // One unit per row with text on either side (headlines and credits too: they are text).
    static QList<TranslationUnit> rowsOf(const Document& document);
    // `English<TAB>Vietnamese` per line; tabs and line breaks inside text become spaces, so a
    // row is always one line. Segments of a row are already joined by the caller.
    static QByteArray toTsv(const QList<TranslationUnit>& units);
    // A header line "en,vi", then one RFC 4180 record per unit.
    static QByteArray toCsv(const QList<TranslationUnit>& units);
    static QByteArray write(Format format, const QList<TranslationUnit>& units,
                            const QString& segtype = QStringLiteral("paragraph"));
    static Format formatFor(const QString& path); // by suffix: .tsv/.txt, .csv, else TMX
    // Atomically (QSaveFile); `error` says why not, for the user.
    static bool save(const QString& path, const Document& document, QString* error = nullptr);
};

} // namespace songngu
