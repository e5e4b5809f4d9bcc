// SPDX-License-Identifier: GPL-3.0-or-later
// The IWSLT'15 English–Vietnamese gold pairs beside the repository (../shared/data), read as
// the alignment quality suite and the aligner benchmark use them, and how an alignment of them
// is scored.
#pragma once

#include "PrecisionRecall.h"
#include "align/LengthAligner.h"

#include <QFile>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace songngu::testing {

inline QString iwsltFolder()
{
    return QStringLiteral(SONGNGU_SHARED_DATA_DIR "/iwslt15-en-vi/");
}

// The lines of one file ("tst2012.en"), NFC, with the Moses tokenisation undone so that lengths
// are those of ordinary text; empty when the data is absent.
inline QStringList iwsltLines(const QString& fileName)
{
    QFile file(iwsltFolder() + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QStringList list = text.split(u'\n', Qt::SkipEmptyParts);
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
