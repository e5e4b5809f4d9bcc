// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/ParallelText.h"
#include "align/SegmentAligner.h"
#include "document/Document.h"

#include <QStringList>

namespace songngu {

class Glossary;

// One row of an alignment of two texts: the English segments and the Vietnamese segments that
// translate each other (either side may be empty), and how sure the aligner is.
struct AlignedUnit
{
    QStringList english;
    QStringList vietnamese;
    double confidence = 1.0;
};

// Aligns the English paragraphs of one document with the Vietnamese paragraphs of another (or
// of the same one: an interleaved file whose marks are broken, a file of one language's
// paragraphs followed by the other's). Paragraphs first; for sentences, the sentences inside
// each paragraph pair. Anchors come from the entity engine when a glossary is given: names
// linked across the languages, dates and numbers by value.
class DocumentAligner
{
public:
    enum class Unit
    {
        Paragraph,
        Sentence
    };

    explicit DocumentAligner(const Glossary* glossary = nullptr) : glossary(glossary) {}

    // The rows the aligner proposes, for the window to show and the user to correct. The same
    // document twice aligns its English paragraphs with its Vietnamese ones.
    ParallelText parallel(const DocumentPtr& english, const DocumentPtr& vietnamese) const;
    QList<AlignedUnit> align(const DocumentPtr& english, const DocumentPtr& vietnamese,
                             Unit unit = Unit::Paragraph) const;
    // The rows of a parallel text, split into sentences inside each row for Unit::Sentence.
    static QList<AlignedUnit> units(const ParallelText& text, Unit unit);

private:
    // Per paragraph of `document`: the ids of the entities it mentions.
    QList<QStringList> anchors(const Document& document) const;

    const Glossary* glossary;
};

} // namespace songngu
