// SPDX-License-Identifier: GPL-3.0-or-later
// FileScanner and DocumentLoader: turning the files and folders a user opens into documents,
// with every file that is passed over or cannot be read accounted for.
#include "io/DocumentLoader.h"
#include "io/DocumentReader.h"
#include "io/FileScanner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace songngu;

namespace {

const QByteArray pngBytes = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06"_ba;
const QByteArray englishText = "The two leaders held talks in Moscow on Saturday.\n\n"
                               "They agreed to expand trade and investment ties.\n"_ba;
const QByteArray vietnameseText = u"Hai nhà lãnh đạo đã hội đàm tại Moscow.\n"_s.toUtf8();

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString reasonFor(const QList<FileProblem>& problems, const QString& path)
{
    for (const FileProblem& problem : problems)
        if (problem.path == path)
            return problem.reason;
    return {};
}

QList<ReadResult> collect(const QSignalSpy& spy)
{
    QList<ReadResult> all;
    for (const QList<QVariant>& arguments : spy)
        all += arguments.at(0).value<QList<ReadResult>>();
    return all;
}

} // namespace

class TestFileScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsFileName_data();
    void readsFileName();
    void walksFolderTree();
    void namedFilesAreReadWhateverTheirName();
    void missingPathIsUnreadable();
    void fifoIsNotReadButReported();
    void loaderReadsFolderTree();
    void loaderReadsSamples();
    void loaderServesRequestsInOrder();
    void loaderCanBeCancelledAndDestroyedWhileBusy();

private:
    QTemporaryDir tree;
    QString root;
};

void TestFileScanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or caches
    QVERIFY(tree.isValid());
    root = tree.path();
    QVERIFY(writeFile(root + u"/a.txt"_s, englishText));
    QVERIFY(writeFile(root + u"/b.md"_s, vietnameseText));
    QVERIFY(writeFile(root + u"/notes"_s, englishText)); // no extension: text by default
    QVERIFY(writeFile(root + u"/photo.png"_s, pngBytes));
    QVERIFY(writeFile(root + u"/.hidden.txt"_s, englishText));
    QVERIFY(writeFile(root + u"/.cache/inside.txt"_s, englishText));
    QVERIFY(writeFile(root + u"/sub/binary.txt"_s, pngBytes)); // a text name, binary content
    QVERIFY(writeFile(root + u"/sub/c.txt"_s, englishText));
    QVERIFY(writeFile(root + u"/sub/deeper/d.txt"_s, vietnameseText));
    // sub/loop → .. leads back to the root folder; selfloop.txt points at itself.
    QVERIFY(QFile::link(u".."_s, root + u"/sub/loop"_s));
    QCOMPARE(QFileInfo(root + u"/sub/loop"_s).canonicalFilePath(),
             QFileInfo(root).canonicalFilePath());
    QVERIFY(QFile::link(u"selfloop.txt"_s, root + u"/sub/selfloop.txt"_s));
}

void TestFileScanner::readsFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("text");
    QTest::newRow("articles are .txt") << u"article.txt"_s << true;
    QTest::newRow("suffix case does not matter") << u"ARTICLE.TXT"_s << true;
    QTest::newRow(".text is text") << u"a.text"_s << true;
    QTest::newRow("Markdown is text") << u"notes.md"_s << true;
    QTest::newRow("no suffix is taken as text") << u"README"_s << true;
    QTest::newRow("dots inside the name, .txt at the end") << u"2025.05.11.txt"_s << true;
    QTest::newRow("images are not") << u"photo.png"_s << false;
    QTest::newRow("word processor files are not") << u"article.docx"_s << false;
    QTest::newRow("archives are not") << u"corpus.tar.gz"_s << false;
}

void TestFileScanner::readsFileName()
{
    QFETCH(QString, name);
    QFETCH(bool, text);
    QCOMPARE(FileScanner().readsFileName(name), text);
}

void TestFileScanner::walksFolderTree()
{
    const ScanResult scan = FileScanner().scan({root});
    // Sorted by name per folder, files before subfolders; the loop is entered only once.
    QCOMPARE(scan.files, QStringList({root + u"/a.txt"_s, root + u"/b.md"_s, root + u"/notes"_s,
                                      root + u"/sub/binary.txt"_s, root + u"/sub/c.txt"_s,
                                      root + u"/sub/deeper/d.txt"_s}));
    QVERIFY(scan.unreadable.isEmpty());

    QCOMPARE(reasonFor(scan.skipped, root + u"/.hidden.txt"_s), u"hidden"_s);
    QCOMPARE(reasonFor(scan.skipped, root + u"/.cache"_s), u"hidden"_s);
    QVERIFY(reasonFor(scan.skipped, root + u"/.cache/inside.txt"_s).isEmpty()); // not entered
    QVERIFY2(reasonFor(scan.skipped, root + u"/photo.png"_s).contains(u"not a text file"_s),
             qPrintable(reasonFor(scan.skipped, root + u"/photo.png"_s)));
    QVERIFY2(reasonFor(scan.skipped, root + u"/sub/loop"_s).contains(u"loop"_s),
             qPrintable(reasonFor(scan.skipped, root + u"/sub/loop"_s)));
    QVERIFY(!reasonFor(scan.skipped, root + u"/sub/selfloop.txt"_s).isEmpty());
    QCOMPARE(scan.skipped.size(), 5);
}

void TestFileScanner::namedFilesAreReadWhateverTheirName()
{
    const QString png = root + u"/photo.png"_s;
    const QString hidden = root + u"/.hidden.txt"_s;
    const QString sub = root + u"/sub/deeper"_s;
    // The same file named twice, and once more through its folder, is read once.
    const ScanResult scan = FileScanner().scan({png, hidden, png, sub, sub + u"/d.txt"_s});
    QCOMPARE(scan.files, QStringList({png, hidden, sub + u"/d.txt"_s}));
    QVERIFY(scan.unreadable.isEmpty());
}

void TestFileScanner::missingPathIsUnreadable()
{
    const QString missing = root + u"/no/such/article.txt"_s;
    const ScanResult scan = FileScanner().scan({missing, root + u"/a.txt"_s});
    QCOMPARE(scan.files, QStringList({root + u"/a.txt"_s}));
    QCOMPARE(scan.unreadable.size(), 1);
    QCOMPARE(scan.unreadable.front().path, missing);
    QVERIFY2(scan.unreadable.front().reason.contains(u"no such"_s),
             qPrintable(scan.unreadable.front().reason));
}

void TestFileScanner::fifoIsNotReadButReported()
{
    // Reading a FIFO would block the worker thread for good.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe.txt"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const ScanResult named = FileScanner().scan({fifo});
    QVERIFY(named.files.isEmpty());
    QCOMPARE(named.unreadable.size(), 1);
    QVERIFY(named.unreadable.front().reason.contains(u"regular"_s));
    const ScanResult walked = FileScanner().scan({dir.path()});
    QVERIFY(walked.files.isEmpty());
    QCOMPARE(walked.skipped.size(), 1);
    QCOMPARE(DocumentReader().read(fifo).ok(), false);
}

void TestFileScanner::loaderReadsFolderTree()
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
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
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

void TestFileScanner::loaderReadsSamples()
{
    DocumentLoader loader;
    QSignalSpy read(&loader, &DocumentLoader::documentsRead);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load({QStringLiteral(SONGNGU_SAMPLES_DIR)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const QList<ReadResult> results = collect(read);
    QCOMPARE(results.size(), 5);
    int pairs = 0;
    for (const ReadResult& result : results) {
        QVERIFY2(result.ok(), qPrintable(result.path + u": "_s + result.error));
        pairs += result.document->pairCount();
    }
    QCOMPARE(pairs, 21); // only the interleaved article is bilingual
}

void TestFileScanner::loaderServesRequestsInOrder()
{
    DocumentLoader loader;
    QSignalSpy read(&loader, &DocumentLoader::documentsRead);
    QSignalSpy finished(&loader, &DocumentLoader::finished);
    loader.load({QStringLiteral(SONGNGU_SAMPLES_DIR)});
    loader.load({root + u"/a.txt"_s});
    loader.load({});                      // nothing to do: no request, no signal
    loader.load({root + u"/gone.txt"_s}); // nothing readable: the error still arrives
    // finished() means idle: once, after the last queued request.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!loader.isBusy());
    const QList<ReadResult> results = collect(read);
    QCOMPARE(results.size(), 7);
    QCOMPARE(results.at(5).path, root + u"/a.txt"_s);
    QVERIFY(results.at(5).ok());
    QCOMPARE(results.at(6).path, root + u"/gone.txt"_s);
    QVERIFY(!results.at(6).ok());
}

void TestFileScanner::loaderCanBeCancelledAndDestroyedWhileBusy()
{
    {
        DocumentLoader loader;
        QSignalSpy read(&loader, &DocumentLoader::documentsRead);
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        loader.load({QStringLiteral(SONGNGU_SAMPLES_DIR)});
        loader.load({root}); // queued, then dropped by cancel()
        loader.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.isBusy());
        // Whatever the worker had read before cancel() is dropped on arrival.
        QCOMPARE(read.count(), 0);
    }
    // The destructor waits for the worker; no signal may reach a destroyed loader.
    auto* loader = new DocumentLoader;
    int batches = 0;
    connect(loader, &DocumentLoader::documentsRead, this, [&batches] { ++batches; });
    loader->load({QStringLiteral(SONGNGU_SAMPLES_DIR), root});
    QVERIFY(loader->isBusy());
    delete loader;
    QTest::qWait(50);
    QCOMPARE(batches, 0);
}

QTEST_GUILESS_MAIN(TestFileScanner)
#include "tst_filescanner.moc"
