// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace songngu {

// One row of aligned text. Either side may be empty: a row whose translation is missing.
struct TranslationUnit
{
    QString english;
    QString vietnamese;
    // What the row is ("headline", "content"…), kept in the unit's <prop type="x-songngu-kind">
    // so that a re-opened export has the rows it had; empty: no such property.
    QString kind = {};
    friend bool operator==(const TranslationUnit&, const TranslationUnit&) = default;
};

// The document the units come from, kept in <header> as <prop type="x-songngu-title">,
// "x-songngu-date" (ISO 8601), "x-songngu-place" and "x-songngu-credit": TMX has no place for
// them, and without the date a re-opened export could not check who held which title. What is
// empty (or an invalid date) is not written; a file without them reads as all empty.
struct TmxDocumentProperties
{
    QString title;
    QDate date;
    QString place;
    QString credit;
    friend bool operator==(const TmxDocumentProperties&, const TmxDocumentProperties&) = default;
};

// What the writer puts in <header> besides the fixed attributes (creationtool="Song Ngữ",
// datatype="plaintext", adminlang="en", srclang="en", o-tmf="songngu").
struct TmxHeader
{
    // TMX's block, paragraph, sentence or phrase; anything else is written as "paragraph".
    QString segtype = QStringLiteral("paragraph");
    QString creationToolVersion; // empty: this build's version (SONGNGU_VERSION)
    QDateTime creationDate;      // written as creationdate (UTC) when valid
    TmxDocumentProperties document = {};
};

struct TmxReadResult
{
    QList<TranslationUnit> units;   // empty when there is an error
    QString segtype;                // the header's, as written ("" when it has none)
    TmxDocumentProperties document; // from the header's x-songngu properties, if any
    QString error;                  // why nothing was read, for the user
    int skipped = 0;                // <tu> elements with neither an English nor a Vietnamese <tuv>
    bool ok() const { return error.isEmpty(); }
};

// Aligned English–Vietnamese text to and from TMX 1.4b, the translation memory exchange format
// of Trados, memoQ, OmegaT, Okapi and the rest.
//
// Written: UTF-8 with an XML declaration, <!DOCTYPE tmx SYSTEM "tmx14.dtd">, <tmx version="1.4">,
// the header, then a <body> with one <tu> per unit, its kind property, then an "en" and a "vi"
// <tuv> in that order. A side that is missing has no <tuv> at all: an empty <seg> would be taken
// for a translation (an empty one) by translation tools. A unit with neither side is left out, as
// TMX wants a <tuv> in every <tu>. Characters XML 1.0 cannot carry become U+FFFD; a carriage
// return is written as &#13; so that it survives.
//
// Read, tolerantly, as other tools and older TMX versions write it: languages by primary subtag,
// case-insensitively ("EN-US", "en_GB", "vi-VN"), from xml:lang or TMX 1.1's lang; the first
// <tuv> of a language in a <tu> wins and other languages are ignored; a <seg>'s text is kept as
// written (whitespace included, not normalised), with <hi> text kept and the native codes of
// <bpt>, <ept>, <ph>, <it> and <ut> (and any <sub> within them) dropped. A <tu> with neither
// language is skipped and counted. The x-songngu properties are read from the <header> and each
// <tu> (the first of a type wins); other properties and notes are ignored. The whole file must
// be well-formed and have at least one English and one Vietnamese <tuv>. No DTD or external
// entity is ever fetched: an entity the file does not define, or defines as another file's
// content, is an error.
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

    static constexpr qint64 maxFileSize = qint64(512) * 1024 * 1024;
};

} // namespace songngu
