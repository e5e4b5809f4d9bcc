// SPDX-License-Identifier: GPL-3.0-or-later
// Aligner benchmark: 10,000 English sentences against 10,000 Vietnamese ones (the IWSLT'15
// pairs repeated in shuffled order, 5 % of the Vietnamese deleted and 5 % merged, then
// sentences that translate nothing inserted up to 10,000, so the input is not the trivial
// diagonal). Prints time, peak memory and F1, and PASS/MISS against the
// targets; always exits 0 (it is not a test). Without the IWSLT data beside the repository it
// uses made-up sentences and prints no F1.

#include "../support/IwsltData.h"
#include "BenchSupport.h"
#include "align/SegmentAligner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace songngu;

namespace {

constexpr int sentences = 10000;
constexpr int runs = 3;
constexpr double timeTarget = 1.0;     // seconds
constexpr double memoryTarget = 100.0; // MB peak resident

void print(const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList pairsEnglish = testing::iwsltLines(QStringLiteral("tst2012.en")) +
                               testing::iwsltLines(QStringLiteral("tst2013.en"));
    QStringList pairsVietnamese = testing::iwsltLines(QStringLiteral("tst2012.vi")) +
                                  testing::iwsltLines(QStringLiteral("tst2013.vi"));
    const bool real = !pairsEnglish.isEmpty() && pairsEnglish.size() == pairsVietnamese.size();
    QRandomGenerator random(20251123);
    if (!real) { // made-up sentences of made-up words, translated word for word
        pairsEnglish.clear();
        pairsVietnamese.clear();
        for (int k = 0; k < 3000; ++k) {
            QString english;
            QString vietnamese;
            const int words = 4 + random.bounded(25);
            for (int w = 0; w < words; ++w) {
                const int word = random.bounded(5000);
                english += QStringLiteral("w%1 ").arg(word);
                vietnamese += QStringLiteral("t%1 x ").arg(word);
            }
            pairsEnglish.append(english.trimmed());
            pairsVietnamese.append(vietnamese.trimmed());
        }
    }
    QStringList english;
    QStringList vietnamese;
    QList<QSet<int>> gold;
    for (int k = 0; k < sentences; ++k) {
        const int pair = random.bounded(int(pairsEnglish.size()));
        english.append(pairsEnglish.at(pair));
        const int roll = random.bounded(100);
        if (roll < 5)
            continue;
        if (roll < 10 && !gold.isEmpty() && gold.last().contains(k - 1) &&
            gold.last().size() == 1) {
            vietnamese.last() += u' ' + pairsVietnamese.at(pair);
            gold.last().insert(k);
            continue;
        }
        vietnamese.append(pairsVietnamese.at(pair));
        gold.append(QSet<int>{k});
    }
    while (vietnamese.size() < sentences) { // up to 10,000 with sentences that translate nothing
        const int at = random.bounded(int(vietnamese.size()) + 1);
        vietnamese.insert(at, pairsVietnamese.at(random.bounded(int(pairsVietnamese.size()))));
        gold.insert(at, QSet<int>());
    }

    std::vector<double> times;
    SegmentAlignment alignment;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        alignment = SegmentAligner().align(english, vietnamese);
        times.push_back(timer.nsecsElapsed() / 1e9);
    }
    std::sort(times.begin(), times.end());
    const double seconds = times[times.size() / 2];
    const double peak = bench::peakResidentMemory().section(u' ', 0, 0).toDouble() / 1000.0;

    const testing::PrecisionRecall links = testing::linkScore(alignment.beads, gold);

    print(QStringLiteral("Aligner, %1 x %2 sentences (%3): median of %4 runs %5 s [%6 < %7 s]")
              .arg(english.size())
              .arg(vietnamese.size())
              .arg(real ? QStringLiteral("IWSLT'15 pairs, 5% deleted, 5% merged, 9% inserted")
                        : QStringLiteral("made-up sentences"))
              .arg(runs)
              .arg(seconds, 0, 'f', 2)
              .arg(seconds < timeTarget ? QStringLiteral("PASS") : QStringLiteral("MISS"))
              .arg(timeTarget));
    print(QStringLiteral("Peak memory %1 MB [%2 < %3 MB]")
              .arg(peak, 0, 'f', 0)
              .arg(peak < memoryTarget ? QStringLiteral("PASS") : QStringLiteral("MISS"))
              .arg(memoryTarget));
    if (real)
        print(QStringLiteral("Links: ") + links.summary());
    return 0;
}
