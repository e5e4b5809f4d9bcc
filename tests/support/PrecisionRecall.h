// SPDX-License-Identifier: GPL-3.0-or-later
// Precision, recall and F1 from counts of true and false positives and false negatives, for the
// quality suites and the aligner benchmark, printed alike everywhere.
#pragma once

#include <QString>

namespace songngu::testing {

struct PrecisionRecall
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    // `correct` of `found` answers right, out of `expected` (links, rows).
    static PrecisionRecall fromCounts(int found, int expected, int correct)
    {
        return {correct, found - correct, expected - correct};
    }

    // Nothing found is no false alarm, nothing expected is nothing missed: both count as 1.
    double precision() const
    {
        const int found = truePositives + falsePositives;
        return found ? double(truePositives) / found : 1.0;
    }
    double recall() const
    {
        const int expected = truePositives + falseNegatives;
        return expected ? double(truePositives) / expected : 1.0;
    }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    PrecisionRecall& operator+=(const PrecisionRecall& other)
    {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        return *this;
    }

    // "precision 0.974, recall 0.991, F1 0.983"
    QString summary() const
    {
        return QString::asprintf("precision %.3f, recall %.3f, F1 %.3f", precision(), recall(),
                                 f1());
    }

    // A table of counts per kind: tableHeader() once, then a tableRow() per kind, aligned.
    static QString tableHeader(const QString& label)
    {
        return QString::asprintf("%-20s %5s %5s %5s %9s %7s %6s", qPrintable(label), "TP", "FP",
                                 "FN", "precision", "recall", "F1");
    }
    QString tableRow(const QString& label) const
    {
        return QString::asprintf("%-20s %5d %5d %5d %9.3f %7.3f %6.3f", qPrintable(label),
                                 truePositives, falsePositives, falseNegatives, precision(),
                                 recall(), f1());
    }
};

} // namespace songngu::testing
