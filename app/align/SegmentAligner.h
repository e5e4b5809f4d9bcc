// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/LengthAligner.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace songngu {

// Which Vietnamese syllables translate which English words in one pair of texts, learnt from the
// pairs a first alignment is sure of (hunalign's idea, without its dictionary file): "country"
// goes with "nước", "we" with "chúng". With it, how many of a bead's words find their
// translation on the other side tells a true bead from a neighbour of the same length.
struct AlignmentLexicon
{
    QHash<QString, int> englishIds;
    QHash<QString, int> vietnameseIds;
    QList<QList<int>> englishToVietnamese; // by English id: Vietnamese ids, sorted
    QList<QList<int>> vietnameseToEnglish;
    // How often a translatable word finds a translation across a true bead, and across a
    // random pair of segments: the two rates make the evidence a log-likelihood ratio.
    double trueRate = 0;
    double randomRate = 0;

    bool isUseful() const { return trueRate > randomRate + 0.05; }
};

struct AlignmentOptions
{
    LengthModel model;
    // Per segment, what identifies it in both languages, from the entity engine (linked names,
    // dates and numbers by value, glossary terms). May be empty; the aligner adds numbers and
    // words both sides write alike (acronyms, foreign names) itself.
    QList<QStringList> englishAnchors;
    QList<QStringList> vietnameseAnchors;
    // Segments never joined with a neighbour of their own side (a headline, a date line, a
    // credit: they pair one to one or not at all). Empty: none.
    QList<bool> englishAlone;
    QList<bool> vietnameseAlone;
    // A lexicon learnt elsewhere (from the whole document when aligning the sentences of one
    // paragraph pair); without one, the aligner learns its own from a first pass.
    std::shared_ptr<const AlignmentLexicon> lexicon;
    double lexicalWeight = 0.5; // words are not independent evidence: damp their log-likelihood
};

struct SegmentAlignment
{
    QList<Bead> beads;
    std::shared_ptr<const AlignmentLexicon> lexicon;
};

// Aligns two lists of segments (paragraphs or sentences) of English and Vietnamese text: the
// Gale–Church length model, anchors both sides share, and a lexicon learnt from the texts
// themselves, combined in LengthAligner's banded dynamic programming.
class SegmentAligner
{
public:
    SegmentAlignment align(const QStringList& english, const QStringList& vietnamese,
                           const AlignmentOptions& options = {}) const;

    // Lower-case words of plain text, split at anything that is not a letter or a digit.
    static QStringList words(const QString& text);
};

} // namespace songngu
