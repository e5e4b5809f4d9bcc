// SPDX-License-Identifier: GPL-3.0-or-later
// The IWSLT'15 English–Vietnamese gold pairs beside the repository (../shared/data), read as
// the alignment quality suite and the aligner benchmark use them, and how an alignment of them
// is scored.
#pragma once

#include "PrecisionRecall.h"
#include "SharedData.h"
#include "align/LengthAligner.h"

#include <QFile>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace songngu::testing {

inline QString iwsltFolder()
{
    return sharedDataPath(QStringLiteral("iwslt15-en-vi/"));
}

// The non-empty lines of one file ("tst2012.en", SharedData.h), with the Moses tokenisation
// undone so that lengths are those of ordinary text; empty when the data is absent.
inline QStringList iwsltLines(const QString& fileName)
{
    QStringList list = sharedDataLines(QStringLiteral("iwslt15-en-vi/") + fileName);
    list.removeIf([](const QString& line) { return line.isEmpty(); });
    for (QString& line : list) {
        line.replace(QStringLiteral("&apos;"), QStringLiteral("'"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        for (const char* mark : {" ,", " .", " ?", " !", " :", " ;"})
            line.replace(QLatin1String(mark), QLatin1String(mark + 1));
        line = line.normalized(QString::NormalizationForm_C);
    }
    return list;
}

// The links of `beads` (every English segment of a bead with every Vietnamese one) against
// `gold`, per Vietnamese segment the English segments it translates.
inline PrecisionRecall linkScore(const QList<Bead>& beads, const QList<QSet<int>>& gold)
{
    int found = 0;
    int correct = 0;
    int expected = 0;
    for (const QSet<int>& links : gold)
        expected += int(links.size());
    for (const Bead& bead : beads)
        for (int i = 0; i < bead.englishCount; ++i)
            for (int j = 0; j < bead.vietnameseCount; ++j) {
                ++found;
                correct += gold.at(bead.vietnameseFirst + j).contains(bead.englishFirst + i);
            }
    return PrecisionRecall::fromCounts(found, expected, correct);
}

} // namespace songngu::testing
