// SPDX-License-Identifier: GPL-3.0-or-later
// The length half of the aligner: Gale–Church costs, the beads it chooses, and its band (its
// measured quality on real data is tst_alignmentquality's).
#include "align/LengthAligner.h"

#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

QString shapes(const QList<Bead>& beads)
{
    QStringList list;
    for (const Bead& bead : beads)
        list.append(QStringLiteral("%1-%2").arg(bead.englishCount).arg(bead.vietnameseCount));
    return list.join(u' ');
}

// Every segment of both sides in exactly one bead, in order.
bool covers(const QList<Bead>& beads, int english, int vietnamese)
{
    int i = 0;
    int j = 0;
    for (const Bead& bead : beads) {
        if (bead.englishFirst != i || bead.vietnameseFirst != j)
            return false;
        i += bead.englishCount;
        j += bead.vietnameseCount;
    }
    return i == english && j == vietnamese;
}

} // namespace

class TestLengthAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costs_data()
    {
        QTest::addColumn<int>("english");
        QTest::addColumn<int>("vietnamese");
        QTest::addColumn<int>("englishCount");
        QTest::addColumn<int>("vietnameseCount");
        QTest::addColumn<double>("atMost");
        QTest::addColumn<double>("atLeast");
        QTest::newRow("equal lengths, one to one: cheap") << 100 << 100 << 1 << 1 << 0.5 << 0.0;
        QTest::newRow("twice as long: dear") << 100 << 200 << 1 << 1 << 1e9 << 6.0;
        QTest::newRow("one-sided: its prior only") << 100 << 0 << 1 << 0 << 4.7 << 4.5;
        QTest::newRow("two to one of matching length: between")
            << 200 << 200 << 2 << 1 << 3.0 << 2.0;
    }
    void costs()
    {
        QFETCH(int, english);
        QFETCH(int, vietnamese);
        QFETCH(int, englishCount);
        QFETCH(int, vietnameseCount);
        QFETCH(double, atMost);
        QFETCH(double, atLeast);
        const double cost =
            LengthAligner().cost(english, vietnamese, englishCount, vietnameseCount);
        QVERIFY2(cost <= atMost && cost >= atLeast, qPrintable(QString::number(cost)));
    }

    void beads_data()
    {
        QTest::addColumn<QList<int>>("english");
        QTest::addColumn<QList<int>>("vietnamese");
        QTest::addColumn<QString>("expected");
        QTest::newRow("matching lengths pair one to one")
            << QList<int>{120, 40, 300, 80} << QList<int>{125, 38, 290, 85} << "1-1 1-1 1-1 1-1";
        QTest::newRow("a Vietnamese sentence covering two English ones")
            << QList<int>{120, 60, 70, 200} << QList<int>{118, 135, 205} << "1-1 2-1 1-1";
        QTest::newRow("an English sentence split in two")
            << QList<int>{120, 260, 90} << QList<int>{115, 130, 125, 95} << "1-1 1-2 1-1";
        QTest::newRow("a paragraph left untranslated")
            << QList<int>{150, 400, 160, 90} << QList<int>{148, 158, 92} << "1-1 1-0 1-1 1-1";
        QTest::newRow("an empty side") << QList<int>{} << QList<int>{50, 60} << "0-1 0-1";
        QTest::newRow("nothing") << QList<int>{} << QList<int>{} << "";
    }
    void beads()
    {
        QFETCH(QList<int>, english);
        QFETCH(QList<int>, vietnamese);
        QFETCH(QString, expected);
        const QList<Bead> beads = LengthAligner().align(english, vietnamese);
        QCOMPARE(shapes(beads), expected);
        QVERIFY(covers(beads, int(english.size()), int(vietnamese.size())));
        for (const Bead& bead : beads)
            QVERIFY(bead.confidence >= 0.5 && bead.confidence <= 1.0);
    }

    // Sides of very different lengths are aligned, not refused, with a narrow band: the band
    // always reaches the corner, even when the path ends with a long run of 0-1 beads.
    void veryDifferentLengths_data()
    {
        QTest::addColumn<int>("englishCount");
        QTest::addColumn<int>("englishLength");
        QTest::addColumn<int>("vietnameseCount");
        QTest::addColumn<int>("vietnameseLength");
        QTest::newRow("three times as many English") << 3000 << 100 << 1000 << 300;
        QTest::newRow("two English paragraphs, two hundred Vietnamese") << 2 << 300 << 200 << 300;
        QTest::newRow("three against four hundred") << 3 << 300 << 400 << 120;
        QTest::newRow("ten against a thousand") << 10 << 200 << 1000 << 80;
        QTest::newRow("a thousand against one") << 1000 << 80 << 1 << 200;
    }
    void veryDifferentLengths()
    {
        QFETCH(int, englishCount);
        QFETCH(int, englishLength);
        QFETCH(int, vietnameseCount);
        QFETCH(int, vietnameseLength);
        const QList<int> english(englishCount, englishLength);
        const QList<int> vietnamese(vietnameseCount, vietnameseLength);
        const QList<Bead> beads = LengthAligner({}, 20).align(english, vietnamese);
        QVERIFY(covers(beads, englishCount, vietnameseCount));
    }
};

QTEST_GUILESS_MAIN(TestLengthAligner)
#include "tst_lengthaligner.moc"
