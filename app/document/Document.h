// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/Language.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace songngu {

// The kind of document; the names each goes by are in the format table (io/FormatRegistry).
enum class DocumentFormat
{
    Dateline,    // " date YYYY-MM-DD CITY — …" first line, closing credit such as "— VNS"
    Plain,       // paragraphs separated by blank lines
    Interleaved, // Vietnamese paragraphs marked "•", each followed by its English paragraph
    Tmx,         // a TMX translation memory: one row per translation unit
    Aligned,     // two texts (two files, or one's English and another's Vietnamese) aligned
};

// What an aligned row holds. Only Pair and OneSided rows are translation content.
enum class RowKind
{
    Pair,
    Headline,
    DateLine,
    Boilerplate,
    OneSided
};

QString rowKindCode(RowKind kind);

struct Paragraph
{
    QString text; // NFC, trimmed, list marks ("•") removed
    Language language = Language::Unknown;
    int line = 0; // 1-based line of the paragraph's first line in the source file
    QList<SentenceSpan> sentences;
};

// One row of the alignment table (KDiff3's Diff3Line): an optional paragraph per language.
struct AlignedRow
{
    RowKind kind = RowKind::OneSided;
    int english = -1;        // index into Document::paragraphs, or -1
    int vietnamese = -1;     // index into Document::paragraphs, or -1
    double confidence = 1.0; // how sure the aligner is of the pairing (1: from the file itself)

    // Below this the window marks the row for a person to check ("next uncertain row").
    static constexpr double uncertainBelow = 0.8;
    bool isUncertain() const { return confidence < uncertainBelow; }

    // A row with one paragraph, on the side of its language.
    static AlignedRow single(RowKind kind, Language language, int paragraph)
    {
        AlignedRow row;
        row.kind = kind;
        (language == Language::Vietnamese ? row.vietnamese : row.english) = paragraph;
        return row;
    }

    int paragraphIndex(Language language) const
    {
        return language == Language::English      ? english
               : language == Language::Vietnamese ? vietnamese
                                                  : -1;
    }
};

struct DocumentMetadata
{
    QString path;           // the file; the English file of a pair of files
    QString vietnamesePath; // the Vietnamese file of a pair of files, otherwise empty
    QString title;
    QDate date;
    QString place;  // dateline place, e.g. "MOSCOW"
    QString credit; // closing source credit, e.g. "VNS" or "VNA/VNS"
    DocumentFormat format = DocumentFormat::Plain;
    QString encoding; // e.g. "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "Windows-1258"
    QList<Language> languages;
    qint64 sizeBytes = 0;
    // UTF-8 read despite a few invalid byte sequences, each shown as U+FFFD: how many, and the
    // 1-based lines of the first few in the file (TextDecoder). For a pair of files, the sum,
    // and the lines of the file the first ones are in.
    int replacedSequences = 0;
    QList<int> replacedLines;
};

struct Document
{
    DocumentMetadata metadata;
    QList<Paragraph> paragraphs;
    QList<AlignedRow> rows;

    // The paragraph shown for `language` in `row`, or nullptr for an empty side.
    const Paragraph* segment(int row, Language language) const;
    int pairCount() const;
    // The paragraphs that count as `language`: those detected as it, and in a document of that
    // language alone those too short to tell (a one-word headline).
    QList<int> paragraphsIn(Language language) const;
};

using DocumentPtr = std::shared_ptr<const Document>;

} // namespace songngu
