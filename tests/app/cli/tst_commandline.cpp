// SPDX-License-Identifier: GPL-3.0-or-later
// CommandLine run in-process: `songngu inspect`, `songngu entities`, --help, --version, exit codes
// and streams.
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

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isHeadless_data();
    void isHeadless();
    void exitCodes_data();
    void exitCodes();
    void version();
    void inspectText();
    void inspectJson();
    void inspectJsonListsErrors();
    void inspectFolder();
    void entitiesText();
    void entitiesJson();

private:
    QString interleaved;
    QString missing;
    QTemporaryDir scratch; // files the rows of exitCodes_data() name
};

void TestCommandLine::initTestCase()
{
    QVERIFY(isolateUserData()); // never touch the user's settings or caches
    interleaved = samplePath(u"001"_s);
    QVERIFY2(!interleaved.isEmpty(), "sample 001 not found");
    missing = QDir::tempPath() + u"/songngu-no-such-dir/article.txt"_s;
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCommandLine::isHeadless_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");

    QTest::newRow("no arguments opens the window") << QStringList() << false;
    QTest::newRow("files to open need the window") << QStringList{u"a.txt"_s, u"dir"_s} << false;
    QTest::newRow("--lang is a window option") << QStringList{u"--lang"_s, u"vi"_s} << false;
    QTest::newRow("inspect command") << QStringList{u"inspect"_s, u"a.txt"_s} << true;
    QTest::newRow("inspect with nothing after is still the command")
        << QStringList{u"inspect"_s} << true;
    QTest::newRow("--lang may come before the command")
        << QStringList{u"--lang"_s, u"vi"_s, u"inspect"_s, u"a.txt"_s} << true;
    QTest::newRow("a file named like the --lang value is not a command")
        << QStringList{u"--lang"_s, u"inspect"_s, u"a.txt"_s} << false;
    QTest::newRow("a command must come first") << QStringList{u"a.txt"_s, u"inspect"_s} << false;
    QTest::newRow("commands are case-sensitive") << QStringList{u"Inspect"_s} << false;
    QTest::newRow("entities command") << QStringList{u"entities"_s, u"a.txt"_s} << true;
    QTest::newRow("check command") << QStringList{u"check"_s, u"a.txt"_s} << true;
    QTest::newRow("--help") << QStringList{u"--help"_s} << true;
    QTest::newRow("-h") << QStringList{u"-h"_s} << true;
    QTest::newRow("--help-all") << QStringList{u"--help-all"_s} << true;
    QTest::newRow("--version") << QStringList{u"--version"_s} << true;
    QTest::newRow("-v") << QStringList{u"-v"_s} << true;
    QTest::newRow("--version after a window option")
        << QStringList{u"--lang"_s, u"en"_s, u"--version"_s} << true;
    QTest::newRow("after -- a file may be called --help")
        << QStringList{u"--"_s, u"--help"_s} << false;
}

void TestCommandLine::isHeadless()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(CommandLine::isHeadless(arguments), headless);
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outContains"); // empty: out must be empty
    QTest::addColumn<QString>("errContains"); // empty: err must be empty

    const QString sample = samplePath(u"001"_s);
    const QString gone = QDir::tempPath() + u"/songngu-no-such-dir/article.txt"_s;
    const QString gone2 = QDir::tempPath() + u"/songngu-no-such-dir/other.txt"_s;

    QTest::newRow("--help prints usage to out")
        << QStringList{u"--help"_s} << 0 << u"Usage: songngu"_s << QString();
    QTest::newRow("-h is --help") << QStringList{u"-h"_s} << 0 << u"Usage: songngu"_s << QString();
    QTest::newRow("inspect --help is help, not an error")
        << QStringList{u"inspect"_s, u"--help"_s} << 0 << u"inspect"_s << QString();
    QTest::newRow("no arguments: usage on err")
        << QStringList() << 2 << QString() << u"Usage: songngu"_s;
    QTest::newRow("unknown command: usage on err")
        << QStringList{u"frobnicate"_s} << 2 << QString() << u"Usage: songngu"_s;
    QTest::newRow("inspect without a path is a usage error")
        << QStringList{u"inspect"_s} << 2 << QString() << u"no file or folder given"_s;
    QTest::newRow("inspect with an unknown format")
        << QStringList{u"inspect"_s, u"--format"_s, u"xml"_s, sample} << 2 << QString()
        << u"unknown format 'xml'"_s;
    QTest::newRow("inspect with an unknown option")
        << QStringList{u"inspect"_s, u"--bogus"_s, sample} << 2 << QString() << u"bogus"_s;
    QTest::newRow("only unreadable inputs: exit 2, the reason on err")
        << QStringList{u"inspect"_s, gone, gone2} << 2 << QString()
        << QDir::toNativeSeparators(gone2) + u": no such file"_s;
    QTest::newRow("readable and missing: exit 0, document on out, error on err")
        << QStringList{u"inspect"_s, gone, sample} << 0 << u"(21 pairs)"_s
        << QDir::toNativeSeparators(gone) + u": no such file"_s;
    QTest::newRow("entities without a path is a usage error")
        << QStringList{u"entities"_s} << 2 << QString() << u"songngu entities: no file or folder"_s;
    QTest::newRow("entities with an unknown format")
        << QStringList{u"entities"_s, u"--format"_s, u"xml"_s, sample} << 2 << QString()
        << u"unknown format 'xml'"_s;
    QTest::newRow("entities with only unreadable inputs")
        << QStringList{u"entities"_s, gone} << 2 << QString()
        << QDir::toNativeSeparators(gone) + u": no such file"_s;
    QTest::newRow("entities --help is help")
        << QStringList{u"entities"_s, u"--help"_s} << 0 << u"entities"_s << QString();
    QTest::newRow("--format=json form is accepted")
        << QStringList{u"inspect"_s, u"--format=json"_s, sample} << 0 << u"\"pairs\": 21"_s
        << QString();
    QTest::newRow("check on sample 001: errors found, exit 1")
        << QStringList{u"check"_s, sample} << 1 << u": error name-mismatch: "_s << QString();
    QTest::newRow("check without a path is a usage error")
        << QStringList{u"check"_s} << 2 << QString() << u"songngu check: no file or folder"_s;
    QTest::newRow("check with an unknown format")
        << QStringList{u"check"_s, u"--format"_s, u"xml"_s, sample} << 2 << QString()
        << u"unknown format 'xml' (use text, json, csv, html)"_s;
    QTest::newRow("check with only a missing path: exit 2, the reason on err")
        << QStringList{u"check"_s, gone} << 2 << QString()
        << QDir::toNativeSeparators(gone) + u": no such file"_s;
    QTest::newRow("check with a missing path and sample 001: the sample's errors decide")
        << QStringList{u"check"_s, gone, sample} << 1 << u"name-mismatch"_s
        << QDir::toNativeSeparators(gone) + u": no such file"_s;
    QTest::newRow("check --help is help")
        << QStringList{u"check"_s, u"--help"_s} << 0 << u"songngu check"_s << QString();
    QTest::newRow("check --format csv writes CSV")
        << QStringList{u"check"_s, u"--format=csv"_s, sample} << 1
        << u"path,row,severity,kind,message"_s << QString();
    QTest::newRow("check with a --glossary file that is not there")
        << QStringList{u"check"_s, u"--glossary"_s, gone, sample} << 2 << QString()
        << u"cannot open "_s + QDir::toNativeSeparators(gone);
    // Formats not read yet are unreadable inputs with their reason, never articles of markup.
    const QString html = scratch.filePath(u"article.html"_s);
    const QString xliff = scratch.filePath(u"export.txt"_s);
    QVERIFY(scratch.isValid());
    for (const auto& [path, bytes] :
         {std::pair(html, "<!DOCTYPE html><html><body><p>To Lam</p></body></html>"_ba),
          std::pair(xliff, "<?xml version=\"1.0\"?><xliff version=\"1.2\"><file/></xliff>"_ba)}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    QTest::newRow("inspect article.html: not an article, the reason on err, exit 2")
        << QStringList{u"inspect"_s, html} << 2 << QString()
        << QDir::toNativeSeparators(html) + u": HTML pages are not supported yet"_s;
    QTest::newRow("check an XLIFF file saved as .txt: exit 2, the reason on err")
        << QStringList{u"check"_s, xliff} << 2 << QString()
        << QDir::toNativeSeparators(xliff) + u": XLIFF files are not supported yet"_s;
    QTest::newRow("check article.html with sample 001: the sample's errors decide")
        << QStringList{u"check"_s, html, sample} << 1 << u"name-mismatch"_s
        << u"HTML pages are not supported yet"_s;
    QTest::newRow("--glossary is check's option only")
        << QStringList{u"inspect"_s, u"--glossary"_s, gone, sample} << 2 << QString()
        << u"glossary"_s;
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outContains);
    QFETCH(QString, errContains);

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (outContains.isEmpty())
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    else
        QVERIFY2(result.out.contains(outContains), qPrintable(result.out));
    if (errContains.isEmpty())
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    else
        QVERIFY2(result.err.contains(errContains), qPrintable(result.err));
}

void TestCommandLine::version()
{
    // SONGNGU_VERSION is the CMake project version, given to the engine and to this test alike.
    QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s)
                .match(QLatin1String(SONGNGU_VERSION))
                .hasMatch());
    for (const QString& option : {u"--version"_s, u"-v"_s}) {
        const Run result = run({option});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, u"songngu "_s + QLatin1String(SONGNGU_VERSION) + u'\n');
        QVERIFY(result.err.isEmpty());
    }
    QCOMPARE(run({u"--version"_s}).out, u"songngu 0.1.0\n"_s);
}

void TestCommandLine::inspectText()
{
    const Run result = run({u"inspect"_s, interleaved});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString& out = result.out;
    QVERIFY(out.startsWith(u"== "_s + QDir::toNativeSeparators(interleaved) + u'\n'));
    QVERIFY(out.contains(u"\ntitle:     Vietnamese Party chief holds talks with Russian President "
                         "in Moscow\n"_s));
    QVERIFY(out.contains(u"\ndate:      2025-05-11\n"_s));
    QVERIFY(out.contains(u"\nformat:    interleaved\n"_s));
    QVERIFY(out.contains(u"\nencoding:  UTF-8\n"_s));
    QVERIFY(out.contains(u"\nlanguages: en, vi\n"_s));
    QVERIFY(out.contains(u"\nrows:      25 (21 pairs)\n"_s));
    QVERIFY(out.contains(u"\n[1] headline\n  en: Vietnamese Party chief"_s));
    QVERIFY(out.contains(u"\n[3] pair\n  en: General Secretary"_s));
    QVERIFY(out.contains(u"\n  vi: Tổng Bí thư Đảng Cộng sản Việt Nam"_s));
    QVERIFY(out.contains(u"\n[25] boilerplate\n  en: View the original post here .\n"_s));
}

void TestCommandLine::inspectJson()
{
    const Run result = run({u"inspect"_s, u"--format"_s, u"json"_s, interleaved});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    QVERIFY(json.object().value(u"errors"_s).toArray().isEmpty());
    const QJsonArray documents = json.object().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 1);
    const QJsonObject document = documents.at(0).toObject();
    QCOMPARE(document.value(u"pairs"_s).toInt(), 21);
    QCOMPARE(document.value(u"format"_s).toString(), u"interleaved"_s);
    QCOMPARE(document.value(u"date"_s).toString(), u"2025-05-11"_s);
    QCOMPARE(document.value(u"path"_s).toString(), interleaved);
    QCOMPARE(document.value(u"languages"_s).toArray(), QJsonArray({u"en"_s, u"vi"_s}));
    QVERIFY(document.value(u"place"_s).toString().isEmpty());

    const QJsonArray rows = document.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 25);
    int pairs = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(u"kind"_s).toString() != u"pair")
            continue;
        ++pairs;
        for (const QString& side : {u"en"_s, u"vi"_s}) {
            const QJsonObject paragraph = row.value(side).toObject();
            const QString text = paragraph.value(u"text"_s).toString();
            const QJsonArray sentences = paragraph.value(u"sentences"_s).toArray();
            QVERIFY2(!text.isEmpty(), qPrintable(side));
            QVERIFY(paragraph.value(u"line"_s).toInt() > 0);
            QVERIFY(!sentences.isEmpty());
            QVERIFY(text.startsWith(sentences.first().toString()));
            QVERIFY(text.endsWith(sentences.last().toString()));
        }
    }
    QCOMPARE(pairs, 21);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(u"kind"_s).toString(), u"headline"_s);
    QCOMPARE(first.value(u"index"_s).toInt(), 1);
    QVERIFY(!first.contains(u"vi"_s)); // one-sided rows have no empty side in the JSON
}

void TestCommandLine::inspectJsonListsErrors()
{
    const Run result = run({u"inspect"_s, u"--format"_s, u"json"_s, missing, interleaved});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains(QDir::toNativeSeparators(missing)));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"documents"_s).toArray().size(), 1);
    const QJsonArray errors = json.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"path"_s).toString(), missing);
    QVERIFY(!errors.at(0).toObject().value(u"error"_s).toString().isEmpty());

    // Nothing readable: still valid JSON, so scripts can read the errors; exit status 2.
    const Run none = run({u"inspect"_s, u"--format"_s, u"json"_s, missing});
    QCOMPARE(none.exitCode, 2);
    const QJsonObject noneJson = QJsonDocument::fromJson(none.out.toUtf8()).object();
    QVERIFY(noneJson.value(u"documents"_s).toArray().isEmpty());
    QCOMPARE(noneJson.value(u"errors"_s).toArray().size(), 1);
}

void TestCommandLine::inspectFolder()
{
    const Run result = run({u"inspect"_s, QStringLiteral(SONGNGU_SAMPLES_DIR)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(result.out.count(u"\n== "_s) + int(result.out.startsWith(u"== "_s)), 5);
    QCOMPARE(result.out.count(u"\nformat:    dateline\n"_s), 3);
    QCOMPARE(result.out.count(u"\nformat:    plain\n"_s), 1);
    QVERIFY(result.out.contains(u"\ncredit:    VNA/VNS\n"_s));
}

void TestCommandLine::entitiesText()
{
    const Run result = run({u"entities"_s, interleaved});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString& out = result.out;
    QVERIFY(out.startsWith(u"== "_s + QDir::toNativeSeparators(interleaved) + u'\n'));
    QVERIFY2(out.contains(u"\nperson to-lam: To Lam / Tô Lâm ("_s), qPrintable(out));
    QVERIFY(out.contains(u"\ndate date:2025-05-10: 2025-05-10 / 2025-05-10 ("_s));
    // Mention lines: 1-based row, language, [start, end) in the paragraph, the text.
    const QRegularExpression mention(u"\n  row 3 en (\\d+)-(\\d+): To Lam\n"_s);
    const QRegularExpressionMatch match = mention.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QCOMPARE(match.captured(2).toInt() - match.captured(1).toInt(), 6);
    QVERIFY(out.contains(u"\n  row 3 vi "_s));
}

void TestCommandLine::entitiesJson()
{
    const Run result = run({u"entities"_s, u"--format=json"_s, missing, interleaved});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains(QDir::toNativeSeparators(missing)));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray errors = json.object().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"path"_s).toString(), missing);

    const QJsonArray documents = json.object().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 1);
    const QJsonObject document = documents.at(0).toObject();
    QCOMPARE(document.value(u"path"_s).toString(), interleaved);
    const QJsonArray entities = document.value(u"entities"_s).toArray();
    QVERIFY(!entities.isEmpty());
    QJsonObject toLam;
    for (const QJsonValue& value : entities) {
        const QJsonObject entity = value.toObject();
        QVERIFY(!entity.value(u"id"_s).toString().isEmpty());
        QVERIFY(!entity.value(u"type"_s).toString().isEmpty());
        QVERIFY(entity.value(u"canonical"_s).isObject());
        QVERIFY(!entity.value(u"mentions"_s).toArray().isEmpty());
        if (entity.value(u"id"_s).toString() == u"to-lam")
            toLam = entity;
    }
    QCOMPARE(toLam.value(u"type"_s).toString(), u"person"_s);
    QCOMPARE(toLam.value(u"canonical"_s).toObject().value(u"en"_s).toString(), u"To Lam"_s);
    QCOMPARE(toLam.value(u"canonical"_s).toObject().value(u"vi"_s).toString(), u"Tô Lâm"_s);
    const QJsonObject first = toLam.value(u"mentions"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"row"_s).toInt(), 3); // 1-based, as in inspect
    QCOMPARE(first.value(u"language"_s).toString(), u"en"_s);
    QCOMPARE(first.value(u"text"_s).toString(), u"To Lam"_s);
    QCOMPARE(first.value(u"end"_s).toInt() - first.value(u"start"_s).toInt(), 6);

    // Titles with the person they were written with: the sample's row 3 in both languages.
    QStringList titled;
    for (const QJsonValue& value : document.value(u"titles"_s).toArray()) {
        const QJsonObject link = value.toObject();
        titled.append(u"%1 %2 %3 %4"_s.arg(link.value(u"row"_s).toInt())
                          .arg(link.value(u"language"_s).toString(),
                               link.value(u"title"_s).toString(),
                               link.value(u"person"_s).toString()));
    }
    QVERIFY2(titled.contains(u"3 en title:cpv-general-secretary to-lam"_s),
             qPrintable(titled.join(u"; "_s)));
    QVERIFY2(titled.contains(u"3 vi title:cpv-general-secretary nguyen-phu-trong"_s),
             qPrintable(titled.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
