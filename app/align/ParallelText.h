// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>

namespace songngu {

// One sentence of a source document: the unit rows are made of, so that a correction can move
// a single sentence to the neighbouring row.
struct TextUnit
{
    int paragraph = 0; // index into the source Document's paragraphs
    int start = 0;
    int length = 0;
    friend bool operator==(const TextUnit&, const TextUnit&) = default;
};

// A row of a parallel text: units [englishBegin, englishEnd) of the English side and
// [vietnameseBegin, vietnameseEnd) of the Vietnamese, either range possibly empty.
struct RowSpan
{
    int englishBegin = 0;
    int englishEnd = 0;
    int vietnameseBegin = 0;
    int vietnameseEnd = 0;
    double confidence = 1.0;

    int count(Language language) const
    {
        return language == Language::English ? englishEnd - englishBegin
                                             : vietnameseEnd - vietnameseBegin;
    }
    friend bool operator==(const RowSpan&, const RowSpan&) = default;
};

// An English text and a Vietnamese one (two files, or the two languages of one file) with the
// rows that pair their sentences: what the aligner proposes and the user corrects. The source
// documents are never changed; toDocument() builds the Document the window and the checks
// read. Rows cover both sides' units in order, without gaps or overlaps.
class ParallelText
{
public:
    ParallelText() = default;
    // Units are the sentences of the paragraphs of each side (see Document::paragraphsIn),
    // aligned at once. Anchors, per paragraph of each source document, are what identifies it
    // in both languages (entity ids); they are kept for realignFrom().
    ParallelText(DocumentPtr english, DocumentPtr vietnamese,
                 QList<QStringList> englishAnchors = {}, QList<QStringList> vietnameseAnchors = {});

    const DocumentPtr& english() const { return englishSource; }
    const DocumentPtr& vietnamese() const { return vietnameseSource; }
    const QList<TextUnit>& units(Language language) const;
    const QList<RowSpan>& rows() const { return spans; }
    // Rows must cover both sides in order; false (and no change) otherwise.
    bool setRows(const QList<RowSpan>& rows);
    // Units [first, last) of a side as plain text, paragraphs apart by QChar::LineSeparator.
    QString text(Language language, int first, int last) const;
    QStringList unitTexts(Language language, int first, int last) const;
    // The first unit of each paragraph of a side: where its paragraphs begin.
    QList<int> paragraphStarts(Language language) const;

    Document toDocument() const;

    // Corrections. Each returns false, changing nothing, where it does not apply.
    bool mergeWithNext(int row);
    // Splits a row where the aligner would, within it; the first half keeps `row`.
    bool split(int row);
    // The first unit of `language` in `row` joins the end of the row before.
    bool moveFirstUp(int row, Language language);
    // The last unit of `language` in `row` joins the start of the row after.
    bool moveLastDown(int row, Language language);
    // `row` gets an empty `language` side: that side's text moves down one row, and so on
    // until a row whose `language` side was empty takes it (or a new row at the end).
    bool insertEmpty(int row, Language language);
    // Aligns again, automatically, everything from `row` down.
    bool realignFrom(int row);

private:
    QList<RowSpan> alignUnits(int englishFrom, int vietnameseFrom) const;
    // text() that also gives each unit's place in the text it returns.
    QString text(Language language, int first, int last, QList<SentenceSpan>* sentences) const;

    DocumentPtr englishSource;
    DocumentPtr vietnameseSource;
    QList<TextUnit> englishUnits;
    QList<TextUnit> vietnameseUnits;
    QList<RowSpan> spans;
    QList<QStringList> englishAnchors; // by source paragraph
    QList<QStringList> vietnameseAnchors;
};

} // namespace songngu
