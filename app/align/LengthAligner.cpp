// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/LengthAligner.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
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

constexpr int tailSize = 4096;
constexpr double tailStep = 0.01;

// The cells of the band: row i holds columns [low[i], high[i]], so memory grows linearly with n
// times the band.
struct BandCells
{
    // Row i spans the path's columns from row i - 1 to row i + 1, and `width` more either side:
    // the path may run along a row (0-1 beads) before it goes down.
    BandCells(const std::vector<int>& path, int width, int m)
        : n(int(path.size()) - 1), m(m), low(n + 1), high(n + 1), best(n + 1), choice(n + 1)
    {
        for (int i = 0; i <= n; ++i) {
            const int before = path[std::max(i - 1, 0)];
            const int after = path[std::min(i + 1, n)];
            low[i] = std::max(0, std::min({before, path[i], after}) - width);
            high[i] = std::min(m, std::max({before, path[i], after}) + width);
        }
        // The path ends in the corner, however long a run of 0-1 beads it ends with.
        low[0] = 0;
        high[n] = m;
        for (int i = 0; i <= n; ++i) {
            const int columns = high[i] - low[i] + 1;
            best[i].assign(columns, infinite);
            choice[i].assign(columns, noShape);
        }
        best[0][0 - low[0]] = 0;
    }

    double at(int i, int j) const
    {
        if (i < 0 || j < low[i] || j > high[i])
            return infinite;
        return best[i][j - low[i]];
    }

    static constexpr unsigned char noShape = 0xff;
    const int n;
    const int m;
    std::vector<int> low;
    std::vector<int> high;
    std::vector<std::vector<double>> best;          // the cost of the best path into the cell
    std::vector<std::vector<unsigned char>> choice; // the shape of its last bead
};

// The bead of English [pi, i) and Vietnamese [pj, j): its length cost and the extra.
class BeadCost
{
public:
    BeadCost(const LengthAligner& aligner, const QList<int>& english, const QList<int>& vietnamese,
             const ExtraCost& extra)
        : aligner(aligner), extra(extra), englishPrefix(english.size() + 1, 0),
          vietnamesePrefix(vietnamese.size() + 1, 0)
    {
        for (qsizetype i = 0; i < english.size(); ++i)
            englishPrefix[i + 1] = englishPrefix[i] + english[i];
        for (qsizetype j = 0; j < vietnamese.size(); ++j)
            vietnamesePrefix[j + 1] = vietnamesePrefix[j] + vietnamese[j];
    }

    double operator()(int pi, int i, int pj, int j) const
    {
        const double total =
            aligner.cost(englishPrefix[i] - englishPrefix[pi],
                         vietnamesePrefix[j] - vietnamesePrefix[pj], i - pi, j - pj);
        return extra ? total + extra(pi, i, pj, j) : total;
    }

private:
    const LengthAligner& aligner;
    const ExtraCost& extra;
    std::vector<int> englishPrefix;
    std::vector<int> vietnamesePrefix;
};

// Every cell's best path from the top-left corner, row by row.
void fill(BandCells& cells, const BeadCost& beadCost)
{
    for (int i = 0; i <= cells.n; ++i) {
        for (int j = cells.low[i]; j <= cells.high[i]; ++j) {
            if (i == 0 && j == 0)
                continue;
            double bestHere = infinite;
            unsigned char bestShape = BandCells::noShape;
            for (std::size_t s = 0; s < std::size(shapes); ++s) {
                const int pi = i - shapes[s].english;
                const int pj = j - shapes[s].vietnamese;
                if (pi < 0 || pj < 0)
                    continue;
                const double before = cells.at(pi, pj);
                if (before == infinite)
                    continue;
                const double here = before + beadCost(pi, i, pj, j);
                if (here < bestHere) {
                    bestHere = here;
                    bestShape = static_cast<unsigned char>(s);
                }
            }
            cells.best[i][j - cells.low[i]] = bestHere;
            cells.choice[i][j - cells.low[i]] = bestShape;
        }
    }
}

// Confidence in the bead of shape `s` into cell (i, j): its margin over the next best way into
// the cell, as a probability.
double confidence(const BandCells& cells, const BeadCost& beadCost, int i, int j, unsigned char s)
{
    double second = infinite;
    for (std::size_t o = 0; o < std::size(shapes); ++o) {
        if (o == s)
            continue;
        const int oi = i - shapes[o].english;
        const int oj = j - shapes[o].vietnamese;
        if (oi < 0 || oj < 0 || cells.at(oi, oj) == infinite)
            continue;
        second = std::min(second, cells.at(oi, oj) + beadCost(oi, i, oj, j));
    }
    const double lead = second - cells.at(i, j);
    return second == infinite ? 1.0 : 1.0 / (1.0 + std::exp(-lead));
}

// The beads of the best path, back from the bottom-right corner. `atEdge` is set when the band
// cannot join the corners or the path runs near its edge (but not where the band meets the
// grid's own edge): a wider band might do better.
QList<Bead> traceBack(const BandCells& cells, const BeadCost& beadCost, int width, bool& atEdge)
{
    QList<Bead> beads;
    const int edge = std::max(2, width / 8);
    int i = cells.n;
    int j = cells.m;
    while (i > 0 || j > 0) {
        const unsigned char s = cells.choice[i][j - cells.low[i]];
        if (s == BandCells::noShape) {
            atEdge = true;
            break;
        }
        const int pi = i - shapes[s].english;
        const int pj = j - shapes[s].vietnamese;
        Bead bead{pi, shapes[s].english, pj, shapes[s].vietnamese, 0, 0};
        bead.cost = cells.at(i, j) - cells.at(pi, pj);
        bead.confidence = confidence(cells, beadCost, i, j, s);
        beads.append(bead);
        if ((cells.low[i] > 0 && j - cells.low[i] < edge) ||
            (cells.high[i] < cells.m && cells.high[i] - j < edge))
            atEdge = true;
        i = pi;
        j = pj;
    }
    std::reverse(beads.begin(), beads.end());
    return beads;
}

} // namespace

LengthAligner::LengthAligner(LengthModel model, int band)
    : model(model), band(std::max(band, 4)), tail(tailSize)
{
    for (int k = 0; k < tailSize; ++k)
        tail[k] = -std::log(std::max(std::erfc(k * tailStep / std::sqrt(2.0)), 1e-300));
    shapeCost[0] = -std::log(model.oneToOne);
    shapeCost[1] = -std::log(model.oneToNone);
    shapeCost[2] = -std::log(model.twoToOne);
    shapeCost[3] = -std::log(model.twoToTwo);
}

double LengthAligner::negativeLogTail(double z) const
{
    const double x = std::abs(z) / tailStep;
    if (x >= tailSize - 1) // far out: the asymptote of the normal tail
        return z * z / 2 + std::log(std::abs(z) * std::sqrt(std::numbers::pi / 2));
    const int k = int(x);
    return tail[k] + (tail[k + 1] - tail[k]) * (x - k);
}

double LengthAligner::cost(int englishLength, int vietnameseLength, int englishCount,
                           int vietnameseCount) const
{
    if (englishCount == 0 || vietnameseCount == 0)
        return shapeCost[1];
    const double prior = englishCount + vietnameseCount == 3 ? shapeCost[2]
                         : englishCount == 2                 ? shapeCost[3]
                                                             : shapeCost[0];
    // Gale & Church's delta: how far the Vietnamese length is from what the English predicts,
    // in standard deviations (the mean of both lengths stands in for the English one, as in
    // their program, so that two empty segments are not a division by zero).
    const double mean = (englishLength + vietnameseLength / model.ratio) / 2.0;
    const double delta = (vietnameseLength - englishLength * model.ratio) /
                         std::sqrt(std::max(mean, 1.0) * model.variance);
    return prior + std::min(negativeLogTail(delta), -std::log(1e-12));
}

QList<Bead> LengthAligner::align(const QList<int>& english, const QList<int>& vietnamese) const
{
    return align(english, vietnamese, ExtraCost());
}

QList<Bead> LengthAligner::align(const QList<int>& english, const QList<int>& vietnamese,
                                 const ExtraCost& extra, const QList<Bead>& around) const
{
    const int n = int(english.size());
    const int m = int(vietnamese.size());
    if (n == 0 || m == 0) { // one side is empty: everything is one-sided
        QList<Bead> beads;
        for (int i = 0; i < n; ++i)
            beads.append({i, 1, 0, 0, cost(english[i], 0, 1, 0), 1.0});
        for (int j = 0; j < m; ++j)
            beads.append({0, 0, j, 1, cost(0, vietnamese[j], 0, 1), 1.0});
        return beads;
    }
    // The band starts around the diagonal. Where the best path in it runs along its edge (a
    // stretch on one side only, an untranslated page), the band is centred on that path and
    // widened: each round moves it further towards where the texts meet again.
    std::vector<int> path = pathOf(around, n, m);
    int width = band;
    for (;;) {
        bool atEdge = false;
        QList<Bead> beads = alignWithin(english, vietnamese, extra, path, width, atEdge);
        if (!atEdge || width >= std::max(n, m))
            return beads;
        path = pathOf(beads, n, m);
        width *= 2;
    }
}

std::vector<int> LengthAligner::pathOf(const QList<Bead>& beads, int n, int m)
{
    std::vector<int> path(n + 1, 0);
    if (beads.isEmpty()) { // the diagonal of the n x m grid, whatever its slope
        for (int i = 0; i <= n; ++i)
            path[i] = int(std::llround(double(i) * m / std::max(n, 1)));
        return path;
    }
    // Boundary i keeps the column the path arrived on: after a run of 0-1 beads along row i it
    // leaves further right, and the band row spans both (see alignWithin).
    for (const Bead& bead : beads)
        if (bead.englishCount > 0)
            for (int i = bead.englishFirst + 1; i <= bead.englishFirst + bead.englishCount; ++i)
                path[i] = bead.vietnameseFirst + bead.vietnameseCount;
    return path;
}

QList<Bead> LengthAligner::alignWithin(const QList<int>& english, const QList<int>& vietnamese,
                                       const ExtraCost& extra, const std::vector<int>& path,
                                       int width, bool& atEdge) const
{
    BandCells cells(path, width, int(vietnamese.size()));
    const BeadCost beadCost(*this, english, vietnamese, extra);
    fill(cells, beadCost);
    return traceBack(cells, beadCost, width, atEdge);
}

} // namespace songngu
