// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

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
// Measured on the IWSLT'15 pairs (NFC, Moses tokenisation undone), the ratio is 1.04–1.07 and
// the variance 3.0–3.4; but real translations have heavier tails than a normal distribution,
// and a variance of 5 aligns those pairs best once sentences are deleted and merged.
struct LengthModel
{
    double ratio = 1.0;
    double variance = 5.0;
    double oneToOne = 0.89;
    double oneToNone = 0.0099;    // each of 1-0 and 0-1
    double twoToOne = 0.089;      // each of 2-1 and 1-2
    double twoToTwo = 0.002;      // Gale & Church's 0.011 merges two good 1-1 beads too often
    double sharedAnchor = 2.0;    // -log-odds per anchor both sides of a bead have
    double unmatchedAnchor = 0.5; // per anchor on one side only, when both sides have some
};

// What a bead of English [englishBegin, englishEnd) and Vietnamese [vietnameseBegin,
// vietnameseEnd) costs beyond its lengths (anchors, words): negative for evidence for it.
using ExtraCost =
    std::function<double(int englishBegin, int englishEnd, int vietnameseBegin, int vietnameseEnd)>;

// Aligns two lists of segments by dynamic programming over a band: memory grows with the length
// of the inputs times the band, not with their product. The band starts narrow around the
// diagonal; while the best path runs along its edge it is centred on that path, widened and the
// alignment redone, so that it re-synchronises after a long one-sided stretch.
class LengthAligner
{
public:
    explicit LengthAligner(LengthModel model = {}, int band = 64);

    // Lengths in characters (NFC). Beads cover both lists in order, without gaps.
    QList<Bead> align(const QList<int>& english, const QList<int>& vietnamese) const;
    // The general form: `extra` adds to each bead's length cost. The band starts around the
    // path of `around` (an earlier alignment of the same texts) when given, else the diagonal.
    QList<Bead> align(const QList<int>& english, const QList<int>& vietnamese,
                      const ExtraCost& extra, const QList<Bead>& around = {}) const;

    // What a bead's anchors add to its cost: each anchor both sides have lowers it, each one
    // only one side has raises it (callers count them only when both sides have some: a side
    // without any says nothing).
    double anchorCost(int shared, int unmatched) const
    {
        return -shared * model.sharedAnchor + unmatched * model.unmatchedAnchor;
    }

    // -log P(bead) for segments of these total lengths; lengthless 1-0 and 0-1 beads cost
    // their prior only.
    double cost(int englishLength, int vietnameseLength, int englishCount,
                int vietnameseCount) const;

private:
    // One pass with the band `width` either side of the diagonal; `atEdge` tells whether the
    // path found ran within a few cells of the band's edge (so a wider band might do better).
    QList<Bead> alignWithin(const QList<int>& english, const QList<int>& vietnamese,
                            const ExtraCost& extra, const std::vector<int>& path, int width,
                            bool& atEdge) const;
    // Per English boundary i (0..n), the Vietnamese boundary the beads reach it at (without
    // beads, the diagonal): what the band is centred on.
    static std::vector<int> pathOf(const QList<Bead>& beads, int n, int m);

    // -log P(|Z| >= |z|) for a standard normal Z, from a table: the aligner asks for it six
    // times per cell of its band, and erfc and log were most of its time.
    double negativeLogTail(double z) const;

    LengthModel model;
    int band;
    std::vector<double> tail;
    double shapeCost[4]; // -log prior of 1-1, 1-0 (and 0-1), 2-1 (and 1-2), 2-2
};

} // namespace songngu
