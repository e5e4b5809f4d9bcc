#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace songngu {

// One row of aligned text. Either side may be empty: a row whose translation is missing.
struct TranslationUnit
{
    QString english;
    QString vietnamese;
    friend bool operator==(const TranslationUnit&, const TranslationUnit&) = default;
};

// What the writer puts in <header> besides the fixed attributes (creationtool="Song Ngữ",
// datatype="plaintext", adminlang="en", srclang="en", o-tmf="songngu").
struct TmxHeader
{
    // TMX's block, paragraph, sentence or phrase; anything else is written as "paragraph".
    QString segtype = QStringLiteral("paragraph");
    QString creationToolVersion; // empty: this build's version (SONGNGU_VERSION)
    QDateTime creationDate;      // written as creationdate (UTC) when valid
};

struct TmxReadResult
{
    QList<TranslationUnit> units; // empty when there is an error
    QString segtype;              // the header's, as written ("" when it has none)
    QString error;                // why nothing was read, for the user
    int skipped = 0;              // <tu> elements with neither an English nor a Vietnamese <tuv>
    bool ok() const { return error.isEmpty(); }
};

// Aligned English–Vietnamese text to and from TMX 1.4b, the translation memory exchange format
// of Trados, memoQ, OmegaT, Okapi and the rest.
//
// Written: UTF-8 with an XML declaration, <!DOCTYPE tmx SYSTEM "tmx14.dtd">, <tmx version="1.4">,
// the header, then a <body> with one <tu> per unit, each with an "en" and a "vi" <tuv> in that
// order, an empty <seg> for a missing side (so that rows and their order round-trip). Characters
// XML 1.0 cannot carry become U+FFFD; a carriage return is written as &#13; so that it survives.
//
// Read, tolerantly, as other tools and older TMX versions write it: languages by primary subtag,
// case-insensitively ("EN-US", "en_GB", "vi-VN"), from xml:lang or TMX 1.1's lang; the first
// <tuv> of a language in a <tu> wins and other languages are ignored; a <seg>'s text is kept as
// written (whitespace included, not normalised), with <hi> text kept and the native codes of
// <bpt>, <ept>, <ph>, <it> and <ut> (and any <sub> within them) dropped. A <tu> with neither
// language is skipped and counted. The whole file must be well-formed and have at least one
// English and one Vietnamese <tuv>. No DTD or external entity is ever fetched: an entity the file
// does not define, or defines as another file's content, is an error.
class TmxFile
{
    Q_DECLARE_TR_FUNCTIONS(songngu::TmxFile)
public:
    static QByteArray write(const QList<TranslationUnit>& units, const TmxHeader& header = {});
    // Writes atomically with QSaveFile: a failed save leaves any old file as it was and no
    // partial file behind.
    static bool save(const QString& path, const QList<TranslationUnit>& units,
                     const TmxHeader& header = {}, QString* error = nullptr);

    static TmxReadResult read(const QByteArray& data);
    // Errors name the file. Files above maxFileSize are refused unread.
    static TmxReadResult readFile(const QString& path);

    static constexpr qint64 maxFileSize = 512 * 1024 * 1024;
};

} // namespace songngu
