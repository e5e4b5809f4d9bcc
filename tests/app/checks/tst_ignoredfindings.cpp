// SPDX-License-Identifier: GPL-3.0-or-later
// Ignored findings: where they live, saving and loading them (atomically), never writing over a
// file that cannot be read, and sharing them by export and import.
#include "checks/IgnoredFindings.h"
#include "support/IsolatedUserData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/FailingWrites.h"

using namespace songngu;
using namespace songngu::testing;
using namespace Qt::StringLiterals;

namespace {

Finding finding(const QString& fingerprint, const QString& message = u"To Lam / Trọng"_s)
{
    Finding f;
    f.kind = u"name-mismatch"_s;
    f.severity = Severity::Error;
    f.path = u"/articles/001.txt"_s;
    f.row = 2;
    f.message = message;
    f.fingerprint = fingerprint;
    return f;
}

} // namespace

class TestIgnoredFindings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        QVERIFY(dir.isValid());
    }

    void defaultPathIsInTheDataFolder()
    {
        QCOMPARE(IgnoredFindings::defaultPath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     u"/ignored-findings.json"_s);
        QCOMPARE(IgnoredFindings().path(), IgnoredFindings::defaultPath());
    }

    void missingFileIsEmpty()
    {
        IgnoredFindings ignored(dir.filePath(u"none/ignored.json"_s));
        ignored.ignore(finding(u"aaaa"_s));
        QString error;
        QVERIFY2(ignored.load(&error), qPrintable(error));
        QCOMPARE(ignored.size(), 0);
        QVERIFY(!ignored.isBlocked());
    }

    void roundTrip()
    {
        const QString path = dir.filePath(u"round/ignored-findings.json"_s);
        IgnoredFindings ignored(path);
        ignored.ignore(finding(u"0123456789abcdef"_s, u"Nguyễn Phú Trọng ≠ To Lam"_s));
        ignored.ignore(u"fedcba9876543210"_s, finding(u"unused"_s));
        ignored.ignore(finding(u"0123456789abcdef"_s)); // again: still one entry
        QCOMPARE(ignored.size(), 2);
        QString error;
        QVERIFY2(ignored.save(&error), qPrintable(error)); // creates the folder

        IgnoredFindings loaded(path);
        QVERIFY2(loaded.load(&error), qPrintable(error));
        QCOMPARE(loaded.entries(), ignored.entries());
        QVERIFY(loaded.isIgnored(u"0123456789abcdef"_s));
        QVERIFY(loaded.isIgnored(u"fedcba9876543210"_s));
        QVERIFY(!loaded.isIgnored(u"unused"_s));
        const IgnoredFindings::Entry& entry = loaded.entries().front();
        QCOMPARE(entry.kind, u"name-mismatch"_s);
        QCOMPARE(entry.path, u"/articles/001.txt"_s);
        QVERIFY(entry.ignored.isValid());

        // A person reading the file sees what each fingerprint was.
        const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(json.value(u"format"_s).toString(), u"songngu-ignored-findings"_s);
        const QJsonObject first = json.value(u"findings"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"message"_s).toString(), u"To Lam / Trọng"_s);
        QVERIFY(!first.value(u"ignored"_s).toString().isEmpty());

        QVERIFY(loaded.unignore(u"0123456789abcdef"_s));
        QVERIFY(!loaded.unignore(u"0123456789abcdef"_s));
        QVERIFY(!loaded.isIgnored(u"0123456789abcdef"_s));
        QVERIFY(loaded.isIgnored(u"fedcba9876543210"_s));
        QVERIFY2(loaded.save(&error), qPrintable(error));
        IgnoredFindings again(path);
        QVERIFY(again.load());
        QCOMPARE(again.size(), 1);
    }

    void filterDropsIgnoredFindings()
    {
        IgnoredFindings ignored(dir.filePath(u"unused.json"_s));
        ignored.ignore(finding(u"b"_s));
        const QList<Finding> kept =
            ignored.filter({finding(u"a"_s), finding(u"b"_s), finding(u"c"_s)});
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).fingerprint, u"a"_s);
        QCOMPARE(kept.at(1).fingerprint, u"c"_s);
    }

    void badFileIsNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON (a hand edit gone wrong)")
            << QByteArray("{\"format\": \"songngu-ignored-findings\", \"findings\": [")
            << u"offset"_s;
        QTest::newRow("another program's JSON")
            << QByteArray("{\"format\": \"songngu-glossary\"}") << u"songngu-ignored-findings"_s;
        QTest::newRow("a finding without a fingerprint")
            << QByteArray("{\"format\": \"songngu-ignored-findings\", \"findings\": "
                          "[{\"kind\": \"name-mismatch\"}]}")
            << u"fingerprint"_s;
        QTest::newRow("a newer version whose fields this one would drop")
            << QByteArray("{\"format\": \"songngu-ignored-findings\", \"version\": 2, "
                          "\"findings\": []}")
            << u"newer"_s;
    }

    void badFileIsNeverOverwritten()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, why);
        const QString path =
            dir.filePath(u"bad/%1.json"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        QVERIFY(writeAll(path, contents));

        IgnoredFindings ignored(path);
        ignored.ignore(finding(u"kept-in-memory"_s));
        QString error;
        QVERIFY(!ignored.load(&error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(ignored.isBlocked());
        QVERIFY(ignored.isIgnored(u"kept-in-memory"_s)); // the set is left as it was

        ignored.ignore(finding(u"new"_s));
        QVERIFY(!ignored.save(&error));
        QVERIFY2(error.contains(u"fix or remove"_s), qPrintable(error));
        QCOMPARE(readAll(path), contents);

        // Fixed (here: removed) and loaded again, saving works.
        QVERIFY(QFile::remove(path));
        QVERIFY(ignored.load(&error));
        QVERIFY(!ignored.isBlocked());
        ignored.ignore(finding(u"new"_s));
        QVERIFY2(ignored.save(&error), qPrintable(error));
        QVERIFY(readAll(path).contains("new"));
    }

    void fileBrokenAfterLoadingIsNotOverwritten()
    {
        const QString path = dir.filePath(u"later/ignored.json"_s);
        IgnoredFindings ignored(path);
        QVERIFY(ignored.load());
        ignored.ignore(finding(u"x"_s));
        QVERIFY(ignored.save());
        QVERIFY(writeAll(path, "oops")); // edited by hand while the program runs
        ignored.ignore(finding(u"y"_s));
        QString error;
        QVERIFY(!ignored.save(&error));
        QCOMPARE(readAll(path), QByteArray("oops"));
    }

    void importMerges()
    {
        const QString mine = dir.filePath(u"merge/mine.json"_s);
        const QString shared = dir.filePath(u"merge/shared.json"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"merge"_s)));
        IgnoredFindings colleague(dir.filePath(u"merge/colleague.json"_s));
        colleague.ignore(finding(u"common"_s, u"colleague's note"_s));
        colleague.ignore(finding(u"theirs"_s));
        QString error;
        QVERIFY2(colleague.exportTo(shared, &error), qPrintable(error));

        IgnoredFindings ignored(mine);
        ignored.ignore(finding(u"common"_s, u"my note"_s));
        ignored.ignore(finding(u"mine"_s));
        int added = -1;
        QVERIFY2(ignored.importFrom(shared, &added, &error), qPrintable(error));
        QCOMPARE(added, 1);
        QCOMPARE(ignored.size(), 3);
        QVERIFY(ignored.isIgnored(u"theirs"_s));
        QCOMPARE(ignored.entries().front().message, u"my note"_s); // mine is kept

        QVERIFY2(ignored.importFrom(shared, &added, &error), qPrintable(error));
        QCOMPARE(added, 0); // importing twice adds nothing

        QVERIFY(writeAll(shared, "not json"));
        QVERIFY(!ignored.importFrom(shared, &added, &error));
        QCOMPARE(added, 0);
        QVERIFY2(error.contains(u"shared.json"_s), qPrintable(error));
        QCOMPARE(ignored.size(), 3);
        QVERIFY(!ignored.isBlocked()); // a bad import does not block saving our own file
        QVERIFY(!ignored.importFrom(dir.filePath(u"merge/missing.json"_s), &added, &error));
    }

    void failedSaveKeepsTheOldFile_data()
    {
        QTest::addColumn<bool>("readOnlyFolder"); // else a full disk
        QTest::newRow("read-only folder: no temporary file can be made") << true;
        QTest::newRow("full disk: writing the temporary file fails") << false;
    }

    void failedSaveKeepsTheOldFile()
    {
        QFETCH(bool, readOnlyFolder);
        const QString folder = dir.filePath(readOnlyFolder ? u"readonly"_s : u"full"_s);
        const QString path = folder + u"/ignored-findings.json"_s;
        IgnoredFindings ignored(path);
        ignored.ignore(finding(u"first"_s));
        QString error;
        QVERIFY2(ignored.save(&error), qPrintable(error));
        const QByteArray saved = readAll(path);
        QVERIFY(saved.contains("first"));
        for (int i = 0; i < 50; ++i) // a new file larger than the old one
            ignored.ignore(finding(u"second-%1"_s.arg(i)));

        const FailingWrites failing(folder, !readOnlyFolder, saved.size() + 16);
        if (!failing.unavailable().isEmpty())
            QSKIP(qPrintable(failing.unavailable()));

        QVERIFY(!ignored.save(&error));
        QVERIFY2(error.contains(u"ignored-findings.json"_s), qPrintable(error));
        QCOMPARE(readAll(path), saved); // neither replaced nor truncated
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"ignored-findings.json"_s});
    }
};

QTEST_GUILESS_MAIN(TestIgnoredFindings)
#include "tst_ignoredfindings.moc"
