// SPDX-License-Identifier: GPL-3.0-or-later
// `songngu check` run in-process on the sample articles: the text lines, the JSON report scripts
// read, HTML, --glossary files and the user's ignored findings. Exit codes and usage errors are
// rows of tst_commandline's exitCodes().
#include "checks/IgnoredFindings.h"
#include "cli/CommandLine.h"
#include "support/CommandLineTestSupport.h"
#include "support/IsolatedUserData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using songngu::CommandLine;

using namespace songngu::testing;

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkSampleText();
    void checkEnglishOnly_data();
    void checkEnglishOnly();
    void checkJson();
    void checkHtml();
    void checkGlossary_data();
    void checkGlossary();
    void checkLeavesOutIgnoredFindings();

private:
    QString interleaved;
    QString missing;
};

void TestCheckCommand::initTestCase()
{
    QVERIFY(isolateUserData()); // never touch the user's glossary or ignored findings
    interleaved = samplePath(u"001"_s);
    QVERIFY2(!interleaved.isEmpty(), "sample 001 not found");
    missing = QDir::tempPath() + u"/songngu-no-such-dir/article.txt"_s;
    QVERIFY(!QFileInfo::exists(missing));
}
void TestCheckCommand::checkSampleText()
{
    const Run result = run({u"check"_s, interleaved});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    // One line per finding: "path:row: severity kind: message [suggestion]".
    const QRegularExpression line(u"^(.+):(\\d+): (error|warning|info) ([a-z-]+): (.+)$"_s);
    QList<int> nameMismatches;
    QList<int> missingDiacritics;
    for (const QString& text : result.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        QCOMPARE(match.captured(1), QDir::toNativeSeparators(interleaved));
        if (match.captured(4) == u"name-mismatch")
            nameMismatches.append(match.captured(2).toInt());
        if (match.captured(4) == u"missing-diacritics") {
            missingDiacritics.append(match.captured(2).toInt());
            QVERIFY2(text.endsWith(u"[Lương Cường]"_s), qPrintable(text));
        }
    }
    // Every pair whose Vietnamese names Trọng while the English names Lam.
    QCOMPARE(nameMismatches, QList<int>({3, 5, 7, 8, 10, 14, 15, 18, 20, 24}));
    QCOMPARE(missingDiacritics, QList<int>{11});
}

void TestCheckCommand::checkEnglishOnly_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& prefix : {u"000"_s, u"002"_s, u"003"_s, u"004"_s})
        QTest::newRow(qPrintable(prefix + u": English only, no error"_s)) << samplePath(prefix);
}

void TestCheckCommand::checkEnglishOnly()
{
    QFETCH(QString, path);
    QVERIFY(!path.isEmpty());
    const Run result = run({u"check"_s, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY2(!result.out.contains(u": error "_s), qPrintable(result.out));
}

void TestCheckCommand::checkJson()
{
    const Run result = run({u"check"_s, u"--format"_s, u"json"_s, missing, interleaved});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QDir::toNativeSeparators(missing)));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonArray documents = json.object().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 2);
    for (const QJsonValue& value : documents) {
        const QJsonObject document = value.toObject();
        for (const QString& key :
             {u"path"_s, u"format"_s, u"title"_s, u"date"_s, u"rows"_s, u"error"_s})
            QVERIFY2(document.contains(key), qPrintable(key));
    }
    const QJsonObject unread = documents.at(0).toObject();
    QCOMPARE(unread.value(u"path"_s).toString(), missing);
    QVERIFY(unread.value(u"error"_s).toString().contains(u"no such file"_s));
    const QJsonObject read = documents.at(1).toObject();
    QCOMPARE(read.value(u"path"_s).toString(), interleaved);
    QCOMPARE(read.value(u"format"_s).toString(), u"interleaved"_s);
    QCOMPARE(read.value(u"date"_s).toString(), u"2025-05-11"_s);
    QCOMPARE(read.value(u"rows"_s).toInt(), 25);
    QVERIFY(read.value(u"error"_s).isNull());

    const QJsonArray findings = json.object().value(u"findings"_s).toArray();
    QVERIFY(!findings.isEmpty());
    QJsonObject first;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const QString& key : {u"kind"_s, u"severity"_s, u"path"_s, u"row"_s, u"message"_s,
                                   u"suggestion"_s, u"fingerprint"_s, u"en"_s, u"vi"_s})
            QVERIFY2(finding.contains(key), qPrintable(key));
        QVERIFY(!finding.value(u"fingerprint"_s).toString().isEmpty());
        // Offsets count code points of the segment.
        for (const QString& side : {u"en"_s, u"vi"_s}) {
            if (finding.value(side).isNull())
                continue;
            const QJsonObject span = finding.value(side).toObject();
            const QList<uint> segment = span.value(u"segment"_s).toString().toUcs4();
            const int start = span.value(u"start"_s).toInt();
            const int end = span.value(u"end"_s).toInt();
            QVERIFY(0 <= start && start <= end && end <= segment.size());
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(segment.data()) + start,
                                       end - start),
                     span.value(u"text"_s).toString());
        }
        if (first.isEmpty() && finding.value(u"kind"_s).toString() == u"name-mismatch")
            first = finding;
    }
    // The issue's example: row 3 (1-based), To Lam against Nguyễn Phú Trọng.
    QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(first.value(u"path"_s).toString(), interleaved);
    QCOMPARE(first.value(u"row"_s).toInt(), 3);
    QCOMPARE(first.value(u"en"_s).toObject().value(u"text"_s).toString(), u"To Lam"_s);
    QCOMPARE(first.value(u"vi"_s).toObject().value(u"text"_s).toString(), u"Nguyễn Phú Trọng"_s);

    // Nothing readable: still the report's shape, exit 2.
    const Run none = run({u"check"_s, u"--format=json"_s, missing});
    QCOMPARE(none.exitCode, 2);
    const QJsonObject noneJson = QJsonDocument::fromJson(none.out.toUtf8()).object();
    QCOMPARE(noneJson.value(u"documents"_s).toArray().size(), 1);
    QVERIFY(noneJson.value(u"findings"_s).toArray().isEmpty());
}

void TestCheckCommand::checkHtml()
{
    const Run result = run({u"check"_s, u"--format"_s, u"html"_s, interleaved});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(result.out.contains(u"<mark>Nguyễn Phú Trọng</mark>"_s));
    QVERIFY(result.out.trimmed().endsWith(u"</html>"_s));
}

void TestCheckCommand::checkGlossary_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    // A person the built-in glossary does not know, with a term as Prime Minister in 2020: named
    // General Secretary in 2025, which only the --glossary entry lets the check see.
    QTest::newRow("CSV") << u"extra.csv"_s
                         << QByteArray("id,type,en,vi,given,vietnamese_name,offices\r\n"
                                       "nguyen-van-bao,person,Nguyen Van Bao,Nguyễn Văn Bảo,"
                                       "Bao|Bảo,true,vn-prime-minister 2020-01-01/2020-12-31\r\n");
    QTest::newRow("songngu-glossary JSON")
        << u"extra.json"_s
        << QByteArray(R"({"format": "songngu-glossary", "version": 1, "entries": [
            {"id": "nguyen-van-bao", "type": "person", "vietnamese": true,
             "en": ["Nguyen Van Bao"], "vi": ["Nguyễn Văn Bảo"], "given": ["Bao", "Bảo"],
             "offices": [{"office": "vn-prime-minister", "from": "2020-01-01",
                          "to": "2020-12-31"}]}]})");
}

void TestCheckCommand::checkGlossary()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString article = dir.filePath(u"article.txt"_s);
    const QString glossary = dir.filePath(name);
    for (const auto& [path, data] :
         {std::pair{article, QByteArray(" date 2025-05-11 HANOI — General Secretary Nguyen Van "
                                        "Bao met business leaders in Hanoi on Sunday.\n\n"
                                        "They discussed investment in many fields. — VNS\n")},
          std::pair{glossary, contents}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
    }

    const Run without = run({u"check"_s, article});
    QCOMPARE(without.exitCode, 0);
    QVERIFY2(!without.out.contains(u"title-holder"_s), qPrintable(without.out));

    const Run with = run({u"check"_s, u"--glossary"_s, glossary, article});
    QVERIFY2(with.err.isEmpty(), qPrintable(with.err));
    QCOMPARE(with.exitCode, 0); // a warning is not an error
    QVERIFY2(with.out.contains(u":1: warning title-holder: Nguyen Van Bao was not General "
                               "Secretary on 11 May 2025 (To Lam was). [To Lam]"_s),
             qPrintable(with.out));

    QFile broken(glossary);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate) && broken.write("{oops") == 5);
    broken.close();
    const Run bad = run({u"check"_s, u"--glossary"_s, glossary, article});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"cannot use the glossary"_s), qPrintable(bad.err));
}

void TestCheckCommand::checkLeavesOutIgnoredFindings()
{
    const QString path = songngu::IgnoredFindings::defaultPath();
    QVERIFY(!QFileInfo::exists(path));
    const auto removeFile = qScopeGuard([&] { QFile::remove(path); });
    const auto fingerprints = [this] {
        QStringList list;
        const Run result = run({u"check"_s, u"--format=json"_s, interleaved});
        const QJsonArray findings =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"findings"_s).toArray();
        for (const QJsonValue& value : findings)
            list.append(value.toObject().value(u"fingerprint"_s).toString());
        return list;
    };
    const QStringList before = fingerprints();
    QVERIFY(before.size() > 2);

    songngu::IgnoredFindings ignored;
    songngu::Finding note;
    note.kind = u"name-mismatch"_s;
    ignored.ignore(before.at(0), note);
    ignored.ignore(before.at(2), note);
    QString error;
    QVERIFY2(ignored.save(&error), qPrintable(error));

    QStringList expected = before;
    expected.removeAt(2);
    expected.removeAt(0);
    QCOMPARE(fingerprints(), expected); // the same findings, the same fingerprints, minus those

    // A broken file is reported and ignores nothing.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write("[") == 1);
    file.close();
    const Run result = run({u"check"_s, interleaved});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"ignored-findings.json"_s), qPrintable(result.err));
    QCOMPARE(fingerprints(), before);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_commandlinecheck.moc"
