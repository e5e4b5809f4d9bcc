// Background checking of a whole document list: every readable document is reported once, with
// the findings ConsistencyChecker gives it, and cancel() drops what is on its way.
#include "BatchChecker.h"
#include "ConsistencyChecker.h"
#include "DocumentReader.h"
#include "EntityRecognizer.h"

#include <QDir>
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

std::shared_ptr<const Glossary> builtIn()
{
    auto glossary = std::make_shared<Glossary>();
    glossary->load(Glossary::builtInPath());
    return glossary;
}

} // namespace

class TestBatchChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEveryDocumentWithItsFindings()
    {
        const QList<DocumentPtr> documents = samples();
        QCOMPARE(documents.size(), 5);
        const auto glossary = builtIn();
        BatchChecker checker;
        QSignalSpy checked(&checker, &BatchChecker::checked);
        QSignalSpy finished(&checker, &BatchChecker::finished);
        QSignalSpy variants(&checker, &BatchChecker::variantsFound);
        checker.check(documents, glossary);
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
        checker.check(samples(), builtIn());
        checker.check(samples(), builtIn());
        checker.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!checker.isBusy(), 30000);
        QTest::qWait(50);
        QCOMPARE(checked.count(), 0);
    }

    void destroyingWhileBusyStopsTheWorker()
    {
        auto checker = std::make_unique<BatchChecker>();
        checker->check(samples(), builtIn());
        checker.reset(); // must neither crash nor leak the thread (checked under ASan)
        QVERIFY(!checker);
    }
};

QTEST_GUILESS_MAIN(TestBatchChecker)
#include "tst_batchchecker.moc"
