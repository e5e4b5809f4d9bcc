// SPDX-License-Identifier: GPL-3.0-or-later
// The program's JSON files are read whole, only when they are regular files under the size
// limit, and only when their root is an object; every refusal names the file and says why.
#include "support/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

class TestJsonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readObject_data()
    {
        QTest::addColumn<QString>("name");        // in a fresh folder; "x/" makes a folder
        QTest::addColumn<QByteArray>("contents"); // null: nothing is made
        QTest::addColumn<qint64>("maxSize");
        QTest::addColumn<QString>("error"); // a part of it; empty: the file reads

        const qint64 noLimit = JsonFile::defaultMaxSize;
        const QByteArray valid = R"({"format": "songngu-test", "rows": [1, 2]})";
        QTest::newRow("a JSON object reads") << u"ok.json"_s << valid << noLimit << QString();
        QTest::newRow("exactly at the size limit still reads")
            << u"limit.json"_s << valid << qint64(valid.size()) << QString();
        QTest::newRow("a missing file cannot be opened")
            << u"missing.json"_s << QByteArray() << noLimit << u"cannot open"_s;
        QTest::newRow("a hand edit gone wrong is not JSON, with where")
            << u"broken.json"_s << QByteArray(R"({"format": "songngu-test", "rows": [)") << noLimit
            << u"offset"_s;
        QTest::newRow("an empty file is not JSON")
            << u"empty.json"_s << QByteArray("") << noLimit << u"not JSON"_s;
        QTest::newRow("a list is not an object")
            << u"list.json"_s << QByteArray("[1, 2]") << noLimit << u"not a JSON object"_s;
        QTest::newRow("one byte over the size limit is refused unread")
            << u"large.json"_s << valid << qint64(valid.size() - 1) << u"too large"_s;
        QTest::newRow("a folder is not a file")
            << u"folder.json/"_s << QByteArray() << noLimit << u"is not a file"_s;
    }
    void readObject()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(qint64, maxSize);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        if (name.endsWith(u'/'))
            QVERIFY(QDir().mkpath(path));
        if (!contents.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(contents), contents.size());
        }

        QString why = u"unchanged"_s;
        const std::optional<QJsonObject> root = JsonFile::readObject(path, &why, maxSize);
        if (error.isEmpty()) {
            QVERIFY2(root, qPrintable(why));
            QCOMPARE(root->value(u"format"_s).toString(), u"songngu-test"_s);
            QCOMPARE(root->value(u"rows"_s).toArray().size(), 2);
            QCOMPARE(why, u"unchanged"_s);
        } else {
            QVERIFY(!root);
            QVERIFY2(why.contains(error), qPrintable(why));
            const QString named =
                QDir::toNativeSeparators(dir.filePath(QString(name).remove(u'/')));
            QVERIFY2(why.contains(named), qPrintable(why)); // which file, for the person to fix
        }
    }

    // Not a regular file: refused before it is opened, which for a pipe would wait for a writer.
    void deviceIsNotAFile()
    {
        const QString device = u"/dev/null"_s;
        if (!QFileInfo::exists(device))
            QSKIP("no /dev/null here");
        QString why;
        QVERIFY(!JsonFile::readObject(device, &why));
        QVERIFY2(why.contains(u"is not a file"_s), qPrintable(why));
    }

    void parseObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // a part of it; empty: it parses

        QTest::newRow("an object") << QByteArray(R"({"a": 1})") << QString();
        QTest::newRow("an empty object") << QByteArray("{}") << QString();
        QTest::newRow("a truncated object") << QByteArray(R"({"a": )") << u"not JSON"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"not a JSON object"_s;
    }
    void parseObject()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        const std::optional<QJsonObject> root = JsonFile::parseObject(json, &why);
        QCOMPARE(bool(root), error.isEmpty());
        QVERIFY2(why.contains(error), qPrintable(why));
        if (!error.isEmpty())
            QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
