// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner as a whole: the words it compares, and anchors deciding what lengths cannot (its
// measured quality on real data is tst_alignmentquality's).
#include "align/SegmentAligner.h"

#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

class TestSegmentAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words()
    {
        QCOMPARE(SegmentAligner::words(u"Tô Lâm's visit, 2025."_s),
                 (QStringList{u"tô"_s, u"lâm"_s, u"s"_s, u"visit"_s, u"2025"_s}));
    }

    // Where lengths cannot tell which paragraph has no translation, anchors can: the entity
    // engine's ids, given per segment.
    void anchorsDecideWhatLengthsCannot_data()
    {
        QTest::addColumn<QList<QStringList>>("vietnameseAnchors");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the second is missing")
            << QList<QStringList>{{u"date:1945"_s}, {u"name:putin"_s}} << u"1-1 1-0 1-1"_s;
        QTest::newRow("the third is missing")
            << QList<QStringList>{{u"date:1945"_s}, {u"number:80"_s}} << u"1-1 1-1 1-0"_s;
    }
    void anchorsDecideWhatLengthsCannot()
    {
        QFETCH(QList<QStringList>, vietnameseAnchors);
        QFETCH(QString, expected);
        // Segments of equal length with nothing written alike: only the anchors differ.
        const QString text = QString(100, u'a');
        AlignmentOptions options;
        options.englishAnchors = {{u"date:1945"_s}, {u"number:80"_s}, {u"name:putin"_s}};
        options.vietnameseAnchors = vietnameseAnchors;
        const QList<Bead> beads =
            SegmentAligner().align({text, text, text}, {text, text}, options).beads;
        QStringList shapes;
        for (const Bead& bead : beads)
            shapes.append(u"%1-%2"_s.arg(bead.englishCount).arg(bead.vietnameseCount));
        QCOMPARE(shapes.join(u' '), expected);
    }
};

QTEST_GUILESS_MAIN(TestSegmentAligner)
#include "tst_segmentaligner.moc"
