// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner as a whole: lengths, anchors and the lexicon it learns, measured on the IWSLT'15
// gold pairs with sentences deleted, merged and inserted on one side.
#include "align/SegmentAligner.h"
#include "support/IwsltData.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

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

struct Score
{
    double precision = 0;
    double recall = 0;
    double f1() const { return 2 * precision * recall / std::max(precision + recall, 1e-9); }
};

Score score(const QList<Bead>& beads, const QList<QSet<int>>& gold)
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
    return {double(correct) / std::max(found, 1), double(correct) / std::max(expected, 1)};
}

} // namespace

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

    void iwslt_data()
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
    void iwslt()
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
        const Score found = score(alignment.beads, corpus.gold);
        qInfo("%s: precision %.3f, recall %.3f, F1 %.3f", QTest::currentDataTag(), found.precision,
              found.recall, found.f1());
        QVERIFY2(found.f1() >= atLeast, qPrintable(QString::number(found.f1())));
    }

    // A long stretch on one side only (an untranslated page of 300 sentences in the middle):
    // the aligner finds where the two texts meet again instead of pairing across it.
    void resynchronisesAfterLongStretch()
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
        const Score found = score(alignment.beads, corpus.gold);
        int oneSided = 0;
        for (const Bead& bead : alignment.beads)
            oneSided += bead.englishCount == 0 ? 1 : 0;
        qInfo("300 inserted: precision %.3f, recall %.3f, %d 0-1 beads", found.precision,
              found.recall, oneSided);
        QVERIFY(found.f1() >= 0.98);
        QVERIFY(oneSided >= 290);
    }
};

QTEST_GUILESS_MAIN(TestSegmentAligner)
#include "tst_segmentaligner.moc"
