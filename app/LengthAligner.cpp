#include "LengthAligner.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace songngu {

namespace {

constexpr double infinite = std::numeric_limits<double>::infinity();

struct Shape
{
    int english;
    int vietnamese;
};
constexpr Shape shapes[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};

// P(|Z| >= |z|) for a standard normal Z.
double twoSidedTail(double z)
{
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

} // namespace

LengthAligner::LengthAligner(LengthModel model, int band) : model(model), band(std::max(band, 4)) {}

double LengthAligner::cost(int englishLength, int vietnameseLength, int englishCount,
                           int vietnameseCount) const
{
    double prior = model.oneToOne;
    if (englishCount == 0 || vietnameseCount == 0)
        return -std::log(model.oneToNone);
    if (englishCount + vietnameseCount == 3)
        prior = model.twoToOne;
    else if (englishCount == 2)
        prior = model.twoToTwo;
    // Gale & Church's delta: how far the Vietnamese length is from what the English predicts,
    // in standard deviations (the mean of both lengths stands in for the English one, as in
    // their program, so that two empty segments are not a division by zero).
    const double mean = (englishLength + vietnameseLength / model.ratio) / 2.0;
    const double delta = (vietnameseLength - englishLength * model.ratio) /
                         std::sqrt(std::max(mean, 1.0) * model.variance);
    const double probability = std::max(twoSidedTail(delta), 1e-12);
    return -std::log(prior) - std::log(probability);
}

QList<Bead> LengthAligner::align(const QList<int>& english, const QList<int>& vietnamese) const
{
    return align(english, vietnamese, {}, {});
}

QList<Bead> LengthAligner::align(const QList<int>& english, const QList<int>& vietnamese,
                                 const QList<QStringList>& englishAnchors,
                                 const QList<QStringList>& vietnameseAnchors) const
{
    const int n = int(english.size());
    const int m = int(vietnamese.size());
    QList<Bead> beads;
    if (n == 0 || m == 0) { // one side is empty: everything is one-sided
        for (int i = 0; i < n; ++i)
            beads.append({i, 1, 0, 0, cost(english[i], 0, 1, 0), 1.0});
        for (int j = 0; j < m; ++j)
            beads.append({0, 0, j, 1, cost(0, vietnamese[j], 0, 1), 1.0});
        return beads;
    }
    // The band follows the diagonal of the n x m grid, whatever its slope, so it always joins
    // both corners: two sides of very different lengths are aligned, not refused.
    const int width = band;
    const auto centre = [&](int i) {
        return int(std::llround(double(i) * m / n));
    };
    const auto low = [&](int i) {
        return std::max(0, centre(i) - width);
    };
    const auto high = [&](int i) {
        return std::min(m, centre(i) + width);
    };

    // Row i of the band holds columns [low(i), high(i)]: linear memory in n times the band.
    std::vector<std::vector<double>> best(n + 1);
    std::vector<std::vector<unsigned char>> choice(n + 1);
    for (int i = 0; i <= n; ++i) {
        const int columns = high(i) - low(i) + 1;
        best[i].assign(columns, infinite);
        choice[i].assign(columns, 0xff);
    }
    const auto at = [&](int i, int j) -> double {
        if (i < 0 || j < low(i) || j > high(i))
            return infinite;
        return best[i][j - low(i)];
    };
    best[0][0 - low(0)] = 0;
    std::vector<int> englishPrefix(n + 1, 0);
    std::vector<int> vietnamesePrefix(m + 1, 0);
    for (int i = 0; i < n; ++i)
        englishPrefix[i + 1] = englishPrefix[i] + english[i];
    for (int j = 0; j < m; ++j)
        vietnamesePrefix[j + 1] = vietnamesePrefix[j] + vietnamese[j];
    const bool anchored = englishAnchors.size() == n && vietnameseAnchors.size() == m;
    // The bead of English [pi, i) and Vietnamese [pj, j): its length cost and its anchors.
    const auto beadCost = [&](int pi, int i, int pj, int j) {
        double total = cost(englishPrefix[i] - englishPrefix[pi],
                            vietnamesePrefix[j] - vietnamesePrefix[pj], i - pi, j - pj);
        if (!anchored || i == pi || j == pj)
            return total;
        QStringList ours;
        QStringList theirs;
        for (int k = pi; k < i; ++k)
            ours += englishAnchors.at(k);
        for (int k = pj; k < j; ++k)
            theirs += vietnameseAnchors.at(k);
        if (ours.isEmpty() || theirs.isEmpty())
            return total;
        int shared = 0;
        for (const QString& anchor : std::as_const(ours))
            shared += theirs.contains(anchor) ? 1 : 0;
        const int unmatched = int(ours.size() + theirs.size()) - 2 * shared;
        return total - shared * model.sharedAnchor + unmatched * model.unmatchedAnchor;
    };

    for (int i = 0; i <= n; ++i) {
        for (int j = low(i); j <= high(i); ++j) {
            if (i == 0 && j == 0)
                continue;
            double bestHere = infinite;
            unsigned char bestShape = 0xff;
            for (unsigned char s = 0; s < std::size(shapes); ++s) {
                const int pi = i - shapes[s].english;
                const int pj = j - shapes[s].vietnamese;
                if (pi < 0 || pj < 0)
                    continue;
                const double before = at(pi, pj);
                if (before == infinite)
                    continue;
                const double here = before + beadCost(pi, i, pj, j);
                if (here < bestHere) {
                    bestHere = here;
                    bestShape = s;
                }
            }
            best[i][j - low(i)] = bestHere;
            choice[i][j - low(i)] = bestShape;
        }
    }

    // Back from the corner.
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
        const unsigned char s = choice[i][j - low(i)];
        if (s == 0xff)
            break; // cannot happen: the band reaches every cell on some path
        const int pi = i - shapes[s].english;
        const int pj = j - shapes[s].vietnamese;
        Bead bead{pi, shapes[s].english, pj, shapes[s].vietnamese, 0, 0};
        bead.cost = best[i][j - low(i)] - at(pi, pj);
        // Confidence: the margin over the next best way into this cell, as a probability.
        double second = infinite;
        for (unsigned char o = 0; o < std::size(shapes); ++o) {
            if (o == s)
                continue;
            const int oi = i - shapes[o].english;
            const int oj = j - shapes[o].vietnamese;
            if (oi < 0 || oj < 0 || at(oi, oj) == infinite)
                continue;
            second = std::min(second, at(oi, oj) + beadCost(oi, i, oj, j));
        }
        const double margin = second - best[i][j - low(i)];
        bead.confidence = second == infinite ? 1.0 : 1.0 / (1.0 + std::exp(-margin));
        beads.append(bead);
        i = pi;
        j = pj;
    }
    std::reverse(beads.begin(), beads.end());
    return beads;
}

} // namespace songngu
