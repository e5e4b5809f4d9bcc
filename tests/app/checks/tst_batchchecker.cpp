// SPDX-License-Identifier: GPL-3.0-or-later
// Background checking of a whole document list: every readable document is reported once, with
// the findings ConsistencyChecker gives it, and cancel() drops what is on its way.
#include "checks/BatchChecker.h"
#include "checks/ConsistencyChecker.h"
#include "entities/EntityRecognizer.h"
#include "io/DocumentReader.h"
#include "support/IsolatedUserData.h"

#include "support/AsyncTimeout.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace songngu;

namespace {

QList<DocumentPtr> samples()
{
    QList<DocumentPtr> documents;
    const QDir folder(QStringLiteral(SONGNGU_SAMPLES_DIR));
    const QStringList names = folder.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        if (const ReadResult read = DocumentReader().read(folder.filePath(name)); read.ok())
            documents.append(read.document);
    return documents;
}

QList<BatchChecker::Item> items(const QList<DocumentPtr>& documents)
{
    QList<BatchChecker::Item> list;
    for (const DocumentPtr& document : documents)
        list.append({document->metadata.path, document});
    return list;
}

// Sample 001 repeated into one long article of thousands of rows.
DocumentPtr longArticle(int copies)
{
    QFile file(QStringLiteral(SONGNGU_SAMPLES_DIR) + QStringLiteral("/001_19bb709d9f59f387.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray text = file.readAll();
    return DocumentReader()
        .readBytes(text.repeated(copies), QStringLiteral("/tmp/long.txt"))
        .document;
}

// The paths the checker reports, in the order they arrive.
void recordOrder(BatchChecker& checker, QStringList& order)
{
    QObject::connect(&checker, &BatchChecker::checked, &checker,
                     [&order](const QList<FindingSummary>& batch) {
                         for (const FindingSummary& summary : batch)
                             order.append(summary.path);
                     });
}

std::shared_ptr<const Glossary> builtIn()
{
    auto glossary = std::make_shared<Glossary>();
    glossary->loadBuiltIn();
    return glossary;
}

} // namespace

class TestBatchChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(testing::isolateUserData()); }

    void reportsEveryDocumentWithItsFindings()
    {
        const QList<DocumentPtr> documents = samples();
        QCOMPARE(documents.size(), 5);
        const auto glossary = builtIn();
        BatchChecker checker;
        QSignalSpy checked(&checker, &BatchChecker::checked);
        QSignalSpy finished(&checker, &BatchChecker::finished);
        QSignalSpy variants(&checker, &BatchChecker::variantsFound);
        checker.check(items(documents), glossary);
        QVERIFY(finished.wait(30000));
        QMap<QString, FindingSummary> byPath;
        for (const QList<QVariant>& signal : checked)
            for (const FindingSummary& summary : signal.at(0).value<QList<FindingSummary>>())
                byPath.insert(summary.path, summary);
        QCOMPARE(byPath.size(), documents.size());
        // The same findings as checking each document here.
        const EntityRecognizer recognizer(*glossary);
        const ConsistencyChecker consistency(*glossary);
        for (const DocumentPtr& document : documents) {
            const QList<Finding> expected =
                consistency.check(*document, recognizer.recognize(*document));
            const FindingSummary summary = byPath.value(document->metadata.path);
            QCOMPARE(summary.findings.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i)
                QCOMPARE(summary.findings.at(i), expected.at(i));
        }
        QVERIFY(!checker.isBusy());

        // Then the names spelled several ways across the folder, as checkAcross finds them.
        QCOMPARE(variants.count(), 1);
        const QList<Finding> found = variants.at(0).at(0).value<QList<Finding>>();
        QList<std::pair<DocumentPtr, EntitiesPtr>> all;
        for (const DocumentPtr& document : documents)
            all.append({document,
                        std::make_shared<const DocumentEntities>(recognizer.recognize(*document))});
        const QList<Finding> expected = ConsistencyChecker::checkAcross(all);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(found.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(found.at(i).fingerprint, expected.at(i).fingerprint);
    }

    void cancelDropsEverything()
    {
        BatchChecker checker;
        QSignalSpy checked(&checker, &BatchChecker::checked);
        QSignalSpy finished(&checker, &BatchChecker::finished);
        checker.check(items(samples()), builtIn());
        checker.check(items(samples()), builtIn());
        checker.cancel();
        // finished() comes after every batch the workers posted: none is still on its way.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, testing::asyncTimeout);
        QVERIFY(!checker.isBusy());
        QCOMPARE(checked.count(), 0);

        // A later request is answered alone: a batch of the cancelled ones, or a second
        // finished() for them, would have arrived before its own finished().
        const DocumentPtr later = samples().front();
        checker.check(items({later}), builtIn());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, testing::asyncTimeout);
        QCOMPARE(checked.count(), 1);
        const auto batch = checked.at(0).at(0).value<QList<FindingSummary>>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.front().path, later->metadata.path);
    }

    // A comparison of two files is listed as "a ⇄ b": its findings are reported under that
    // name, not under its English file's (whose own entry has findings of its own).
    void reportsUnderTheListedPath()
    {
        const QList<DocumentPtr> documents = samples();
        BatchChecker checker;
        QSignalSpy checked(&checker, &BatchChecker::checked);
        QSignalSpy finished(&checker, &BatchChecker::finished);
        const QString listed =
            documents.at(0)->metadata.path + QStringLiteral(" ⇄ ") + documents.at(1)->metadata.path;
        checker.check({{listed, documents.at(1)}}, builtIn());
        QVERIFY(finished.wait(30000));
        QStringList paths;
        for (const QList<QVariant>& signal : checked)
            for (const FindingSummary& summary : signal.at(0).value<QList<FindingSummary>>())
                paths.append(summary.path);
        QCOMPARE(paths, QStringList{listed});
    }

    // One long document keeps one worker busy; the others are checked meanwhile.
    void aLongDocumentDoesNotHoldUpTheOthers()
    {
        BatchChecker checker;
        if (checker.workerLimit() < 2)
            QSKIP("one core: documents are checked one after another");
        const DocumentPtr slow = longArticle(200);
        QVERIFY(slow && slow->rows.size() > 2000);
        const QList<DocumentPtr> quick = samples();
        QStringList order;
        recordOrder(checker, order);
        QSignalSpy finished(&checker, &BatchChecker::finished);
        checker.check(items({slow}), builtIn());
        QTRY_VERIFY(checker.isBusy());
        checker.check(items(quick), builtIn());
        QVERIFY(finished.wait(120000));
        QCOMPARE(order.size(), quick.size() + 1);
        QCOMPARE(order.back(), slow->metadata.path);
    }

    // The shown document is checked next, however long the queue. One worker, so that results
    // arrive in the order they were checked.
    void prioritizedDocumentGoesNext()
    {
        BatchChecker checker(nullptr, 1);
        const QList<DocumentPtr> documents = samples();
        QList<BatchChecker::Item> queued;
        for (int i = 0; i < 200; ++i)
            queued.append(
                {QStringLiteral("/copy%1.txt").arg(i), documents.at(i % documents.size())});
        QStringList order;
        recordOrder(checker, order);
        QSignalSpy finished(&checker, &BatchChecker::finished);
        checker.check(queued, builtIn());
        const QString wanted = queued.back().path; // the last of 200 in the queue
        checker.prioritize(wanted);
        QVERIFY(finished.wait(120000));
        QCOMPARE(order.size(), queued.size());
        // Only what the worker had taken before prioritize() comes first.
        QVERIFY2(order.indexOf(wanted) < 10, qPrintable(QString::number(order.indexOf(wanted))));
    }

    void cancelStopsALongDocumentPartWay()
    {
        const DocumentPtr slow = longArticle(200);
        QVERIFY(slow);
        WorkProgress progress;
        progress.cancel();
        const DocumentEntities entities = EntityRecognizer(*builtIn()).recognize(*slow, &progress);
        QCOMPARE(progress.stepsDone(), 0);
        QVERIFY(std::all_of(entities.rows.cbegin(), entities.rows.cend(),
                            [](const QList<int>& row) { return row.isEmpty(); }));

        BatchChecker checker;
        QSignalSpy checked(&checker, &BatchChecker::checked);
        QSignalSpy finished(&checker, &BatchChecker::finished);
        checker.check(items({slow}), builtIn());
        QTRY_VERIFY(checker.isBusy());
        checker.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(checked.count(), 0);
    }

    void destroyingWhileBusyStopsTheWorker()
    {
        auto checker = std::make_unique<BatchChecker>();
        checker->check(items(samples()), builtIn());
        checker.reset(); // must neither crash nor leak the thread (checked under ASan)
        QVERIFY(!checker);
    }
};

QTEST_GUILESS_MAIN(TestBatchChecker)
#include "tst_batchchecker.moc"
