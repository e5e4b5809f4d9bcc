// SPDX-License-Identifier: GPL-3.0-or-later
// FileScanner: turning the files and folders a user opens into the files to read, with every
// file that is passed over or cannot be read accounted for.
#include "io/DocumentReader.h"
#include "io/FileScanner.h"
#include "support/IsolatedUserData.h"
#include "support/ScanTree.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace songngu;
using testing::reasonFor;

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

private:
    QTemporaryDir tree;
    QString root;
};

void TestFileScanner::initTestCase()
{
    QVERIFY(testing::isolateUserData());
    QVERIFY(tree.isValid());
    root = tree.path();
    const QString error = testing::writeScanTree(root);
    QVERIFY2(error.isEmpty(), qPrintable(error));
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

QTEST_GUILESS_MAIN(TestFileScanner)
#include "tst_filescanner.moc"
