#pragma once

#include <QList>

namespace songngu {

// One unit of an alignment: `englishCount` segments from `englishFirst` (0, 1 or 2) with
// `vietnameseCount` from `vietnameseFirst` (0, 1 or 2) — beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2.
struct Bead
{
    int englishFirst = 0;
    int englishCount = 0;
    int vietnameseFirst = 0;
    int vietnameseCount = 0;
    double cost = 0;       // -log probability under the length model
    double confidence = 0; // 0..1: how much likelier this bead is than the best other choice
    friend bool operator==(const Bead&, const Bead&) = default;
};

// The parameters of the length model (Gale & Church 1993): a Vietnamese segment has about
// `ratio` times the characters of its English one, with a variance of `variance` characters
// per English character; and the prior probability of each bead shape.
struct LengthModel
{
    double ratio = 1.0;
    double variance = 2.5;
    double oneToOne = 0.89;
    double oneToNone = 0.0099; // each of 1-0 and 0-1
    double twoToOne = 0.089;   // each of 2-1 and 1-2
    double twoToTwo = 0.011;
    double sharedAnchor = 2.0;    // -log-odds per anchor both sides of a bead have
    double unmatchedAnchor = 0.5; // per anchor on one side only, when both sides have some
};

// Aligns two lists of segments by their lengths alone, by dynamic programming over a band
// around the diagonal: memory grows with the length of the inputs times the band, not with
// their product. This is the length half of the aligner issue 5 asks for; anchors (shared
// names, numbers, dates) and re-synchronisation after long one-sided stretches are not in it.
class LengthAligner
{
public:
    explicit LengthAligner(LengthModel model = {}, int band = 200);

    // Lengths in characters (NFC). Beads cover both lists in order, without gaps.
    QList<Bead> align(const QList<int>& english, const QList<int>& vietnamese) const;
    // The same with anchors: per segment, what identifies it in either language (a number's
    // value, a date, a linked name, an acronym). A bead whose two sides share anchors costs
    // less, one whose sides have only different anchors more.
    QList<Bead> align(const QList<int>& english, const QList<int>& vietnamese,
                      const QList<QStringList>& englishAnchors,
                      const QList<QStringList>& vietnameseAnchors) const;

    // -log P(bead) for segments of these total lengths; lengthless 1-0 and 0-1 beads cost
    // their prior only.
    double cost(int englishLength, int vietnameseLength, int englishCount,
                int vietnameseCount) const;

private:
    LengthModel model;
    int band;
};

} // namespace songngu
