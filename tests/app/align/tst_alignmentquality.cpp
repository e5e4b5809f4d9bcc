// SPDX-License-Identifier: GPL-3.0-or-later
// The measured quality of the aligner: link precision and recall on the IWSLT'15 gold pairs
// (../shared/data/iwslt15-en-vi, skipped when absent) with sentences deleted, merged and
// inserted on the Vietnamese side, for the whole aligner and for lengths alone.
#include "align/LengthAligner.h"
#include "align/SegmentAligner.h"
#include "support/IwsltData.h"
#include "support/PrecisionRecall.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;
using songngu::testing::PrecisionRecall;

namespace {

struct Corpus
{
    QStringList english;
    QStringList vietnamese;
    QList<QSet<int>> gold; // per Vietnamese line: the English lines it translates
};

// The gold pairs with the Vietnamese side damaged: `deleted` % of lines dropped, `merged` %
// joined with the next one, `inserted` % lines added that translate nothing (taken from
// `strangers`).
Corpus damaged(const QStringList& english, const QStringList& vietnamese,
               const QStringList& strangers, int deleted, int merged, int inserted, quint32 seed)
{
    QRandomGenerator random(seed);
    Corpus corpus;
    corpus.english = english;
    for (int k = 0; k < vietnamese.size(); ++k) {
        if (random.bounded(100) < inserted && !strangers.isEmpty()) {
            corpus.vietnamese.append(strangers.at(random.bounded(int(strangers.size()))));
            corpus.gold.append(QSet<int>());
        }
        const int roll = random.bounded(100);
        if (roll < deleted)
            continue;
        if (roll < deleted + merged && k + 1 < vietnamese.size()) {
            corpus.vietnamese.append(vietnamese.at(k) + u' ' + vietnamese.at(k + 1));
            corpus.gold.append(QSet<int>{k, k + 1});
            ++k;
            continue;
        }
        corpus.vietnamese.append(vietnamese.at(k));
        corpus.gold.append(QSet<int>{k});
    }
    return corpus;
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

class TestAlignmentQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentAligner_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("deleted");
        QTest::addColumn<int>("merged");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<double>("atLeast"); // F1
        QTest::newRow("tst2012, 5% deleted and 5% merged") << u"tst2012"_s << 5 << 5 << 0 << 0.98;
        QTest::newRow("tst2013, 5% deleted and 5% merged") << u"tst2013"_s << 5 << 5 << 0 << 0.98;
        QTest::newRow("tst2012, 5% inserted") << u"tst2012"_s << 0 << 0 << 5 << 0.98;
        QTest::newRow("tst2012, 10% of each") << u"tst2012"_s << 10 << 10 << 10 << 0.95;
    }
    void segmentAligner()
    {
        QFETCH(QString, set);
        QFETCH(int, deleted);
        QFETCH(int, merged);
        QFETCH(int, inserted);
        QFETCH(double, atLeast);
        const QStringList english = testing::iwsltLines(set + u".en"_s);
        const QStringList vietnamese = testing::iwsltLines(set + u".vi"_s);
        const QStringList strangers =
            testing::iwsltLines(set == u"tst2012"_s ? u"tst2013.vi"_s : u"tst2012.vi"_s);
        if (english.isEmpty() || english.size() != vietnamese.size())
            QSKIP("the IWSLT'15 data is not beside the repository");
        const Corpus corpus =
            damaged(english, vietnamese, strangers, deleted, merged, inserted, 20251123);
        const SegmentAlignment alignment =
            SegmentAligner().align(corpus.english, corpus.vietnamese);
        const PrecisionRecall found = testing::linkScore(alignment.beads, corpus.gold);
        qInfo("%s: %s", QTest::currentDataTag(), qPrintable(found.summary()));
        QVERIFY2(found.f1() >= atLeast, qPrintable(QString::number(found.f1())));
    }

    // A long stretch on one side only (an untranslated page of 300 sentences in the middle):
    // the aligner finds where the two texts meet again instead of pairing across it.
    void segmentAlignerResynchronisesAfterLongStretch()
    {
        const QStringList english = testing::iwsltLines(u"tst2012.en"_s);
        const QStringList vietnamese = testing::iwsltLines(u"tst2012.vi"_s);
        const QStringList strangers = testing::iwsltLines(u"tst2013.vi"_s);
        if (english.isEmpty() || english.size() != vietnamese.size() || strangers.size() < 300)
            QSKIP("the IWSLT'15 data is not beside the repository");
        Corpus corpus = damaged(english, vietnamese, strangers, 0, 0, 0, 1);
        const int middle = int(corpus.vietnamese.size()) / 2;
        for (int k = 0; k < 300; ++k) {
            corpus.vietnamese.insert(middle, strangers.at(k));
            corpus.gold.insert(middle, QSet<int>());
        }
        const SegmentAlignment alignment =
            SegmentAligner().align(corpus.english, corpus.vietnamese);
        const PrecisionRecall found = testing::linkScore(alignment.beads, corpus.gold);
        int oneSided = 0;
        for (const Bead& bead : alignment.beads)
            oneSided += bead.englishCount == 0 ? 1 : 0;
        qInfo("300 inserted: %s, %d 0-1 beads", qPrintable(found.summary()), oneSided);
        QVERIFY(found.f1() >= 0.98);
        QVERIFY(oneSided >= 290);
    }

    // With 5 % of the Vietnamese lines deleted, length alone already finds most links.
    void lengthAlignerWithDeletions()
    {
        const QStringList english = testing::iwsltLines(u"tst2012.en"_s);
        const QStringList vietnamese = testing::iwsltLines(u"tst2012.vi"_s);
        if (english.isEmpty() || english.size() != vietnamese.size())
            QSKIP("the IWSLT'15 data is not beside the repository");
        QRandomGenerator random(20251122);
        QList<int> englishLengths;
        QList<int> vietnameseLengths;
        QList<QSet<int>> gold; // per kept Vietnamese line, its English line
        for (int k = 0; k < english.size(); ++k) {
            englishLengths.append(int(english.at(k).size()));
            if (random.bounded(100) < 5)
                continue;
            vietnameseLengths.append(int(vietnamese.at(k).size()));
            gold.append(QSet<int>{k});
        }
        const QList<Bead> beads = LengthAligner().align(englishLengths, vietnameseLengths);
        QVERIFY(covers(beads, int(englishLengths.size()), int(vietnameseLengths.size())));
        const PrecisionRecall found = testing::linkScore(beads, gold);
        qInfo("5%% deletions: %s", qPrintable(found.summary()));
        QVERIFY(found.precision() >= 0.9);
        QVERIFY(found.recall() >= 0.9);
    }
};

QTEST_GUILESS_MAIN(TestAlignmentQuality)
#include "tst_alignmentquality.moc"
