// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentLoader: the files and folders a user opens read on a worker thread, in order, each
// request answered once, with every file that is passed over or cannot be read accounted for.
#include "io/DocumentLoader.h"
#include "support/IsolatedUserData.h"
#include "support/ScanTree.h"

#include "support/AsyncTimeout.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;
using testing::reasonFor;

namespace {

QList<ReadResult> collect(const QSignalSpy& spy)
{
    QList<ReadResult> all;
    for (const QList<QVariant>& arguments : spy)
        all += arguments.at(0).value<QList<ReadResult>>();
    return all;
}

} // namespace

class TestDocumentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsFolderTree();
    void readsSamples();
    void servesRequestsInOrder();
    void cancelDropsWhatIsQueuedAndOnItsWay();
    void destroyingWhileBusyWaitsForTheWorker();

private:
    QTemporaryDir tree;
    QString root;
};

void TestDocumentLoader::initTestCase()
{
    QVERIFY(testing::isolateUserData()); // the loader reads the user's glossary
    QVERIFY(tree.isValid());
    root = tree.path();
    const QString error = testing::writeScanTree(root);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDocumentLoader::readsFolderTree()
{
    DocumentLoader loader;
    QSignalSpy started(&loader, &DocumentLoader::started);
    QSignalSpy read(&loader, &DocumentLoader::documentsRead);
    QSignalSpy skipped(&loader, &DocumentLoader::filesSkipped);
    QSignalSpy progress(&loader, &DocumentLoader::progress);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    const QString missing = root + u"/missing.txt"_s;

    loader.load({root, missing});
    QVERIFY(loader.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, testing::asyncTimeout);
    QVERIFY(!loader.isBusy());
    QCOMPARE(started.count(), 1);

    const QList<ReadResult> results = collect(read);
    QCOMPARE(results.size(), 7); // six files found plus the missing one
    QStringList documents;
    QMap<QString, QString> errors;
    for (const ReadResult& result : results) {
        if (result.ok())
            documents.append(result.document->metadata.path);
        else
            errors.insert(result.path, result.error);
    }
    documents.sort();
    QCOMPARE(documents, QStringList({root + u"/a.txt"_s, root + u"/b.md"_s, root + u"/notes"_s,
                                     root + u"/sub/c.txt"_s, root + u"/sub/deeper/d.txt"_s}));
    // The binary file fails alone and does not stop the files after it.
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.value(root + u"/sub/binary.txt"_s).contains(u"binary"_s),
             qPrintable(errors.value(root + u"/sub/binary.txt"_s)));
    QVERIFY2(errors.value(missing).contains(u"no such"_s), qPrintable(errors.value(missing)));

    QCOMPARE(skipped.count(), 1);
    const auto passedOver = skipped.at(0).at(0).value<QList<FileProblem>>();
    QCOMPARE(reasonFor(passedOver, root + u"/.hidden.txt"_s), u"hidden"_s);
    QVERIFY(reasonFor(passedOver, root + u"/sub/loop"_s).contains(u"loop"_s));

    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toInt(), 6);
    QCOMPARE(progress.last().at(1).toInt(), 6);
}

void TestDocumentLoader::readsSamples()
{
    DocumentLoader loader;
    QSignalSpy read(&loader, &DocumentLoader::documentsRead);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load({QStringLiteral(SONGNGU_SAMPLES_DIR)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, testing::asyncTimeout);
    const QList<ReadResult> results = collect(read);
    QCOMPARE(results.size(), 5);
    int pairs = 0;
    for (const ReadResult& result : results) {
        QVERIFY2(result.ok(), qPrintable(result.path + u": "_s + result.error));
        pairs += result.document->pairCount();
    }
    QCOMPARE(pairs, 21); // only the interleaved article is bilingual
}

void TestDocumentLoader::servesRequestsInOrder()
{
    DocumentLoader loader;
    QSignalSpy read(&loader, &DocumentLoader::documentsRead);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load({QStringLiteral(SONGNGU_SAMPLES_DIR)});
    loader.load({root + u"/a.txt"_s});
    loader.load({});                      // nothing to do: no request, no signal
    loader.load({root + u"/gone.txt"_s}); // nothing readable: the error still arrives
    // finished() means idle: once, after the last queued request.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, testing::asyncTimeout);
    QVERIFY(!loader.isBusy());
    const QList<ReadResult> results = collect(read);
    QCOMPARE(results.size(), 7);
    QCOMPARE(results.at(5).path, root + u"/a.txt"_s);
    QVERIFY(results.at(5).ok());
    QCOMPARE(results.at(6).path, root + u"/gone.txt"_s);
    QVERIFY(!results.at(6).ok());

    // A later request's finished() comes after everything the loader posted before it: had the
    // first requests given a second finished(), it would arrive before c.txt does.
    loader.load({root + u"/sub/c.txt"_s});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, testing::asyncTimeout);
    const QList<ReadResult> all = collect(read);
    QCOMPARE(all.size(), 8);
    QCOMPARE(all.last().path, root + u"/sub/c.txt"_s);
}

void TestDocumentLoader::cancelDropsWhatIsQueuedAndOnItsWay()
{
    DocumentLoader loader;
    QSignalSpy read(&loader, &DocumentLoader::documentsRead);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load({QStringLiteral(SONGNGU_SAMPLES_DIR)});
    loader.load({root}); // queued, then dropped by cancel()
    loader.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, testing::asyncTimeout);
    QVERIFY(!loader.isBusy());
    // Whatever the worker had read before cancel() is dropped on arrival.
    QCOMPARE(read.count(), 0);

    // A request after cancel() is answered alone: nothing of the cancelled ones arrives before
    // its finished(), nor a second finished() for them.
    loader.load({root + u"/a.txt"_s});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, testing::asyncTimeout);
    const QList<ReadResult> results = collect(read);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.front().path, root + u"/a.txt"_s);
}

// The destructor waits for the worker; no signal may reach a destroyed loader.
void TestDocumentLoader::destroyingWhileBusyWaitsForTheWorker()
{
    auto* loader = new DocumentLoader;
    int batches = 0;
    connect(loader, &DocumentLoader::documentsRead, this, [&batches] { ++batches; });
    loader->load({QStringLiteral(SONGNGU_SAMPLES_DIR), root});
    QVERIFY(loader->isBusy());
    delete loader;
    // The worker has stopped, so everything it posted is queued by now: deliver all of it.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(batches, 0);
}

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
