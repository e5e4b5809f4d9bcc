// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's outputs on the samples and on a pair of files, byte for byte as recorded in
// tests/data/golden/expected (cases.tsv says which). Guards refactoring: moving code must not
// change what the user gets. Regenerate with tests/data/golden/regenerate.sh when a change of
// output is intended.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString goldenDir = QStringLiteral(SONGNGU_TEST_DATA_DIR "/golden");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "line 12: expected «…» but got «…»", for the first line that differs.
QString firstDifference(const QByteArray& expected, const QByteArray& actual)
{
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        const QByteArray a = i < want.size() ? want.at(i) : QByteArray("<end>");
        const QByteArray b = i < got.size() ? got.at(i) : QByteArray("<end>");
        if (a != b)
            return QStringLiteral("line %1: expected «%2» but got «%3»")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.left(200)), QString::fromUtf8(b.left(200)));
    }
    return QString();
}

} // namespace

class GoldenOutputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const QDir samples(QStringLiteral(SONGNGU_SAMPLES_DIR));
        QStringList inputs;
        for (const QString& name : samples.entryList({QStringLiteral("*.txt")}, QDir::Files))
            inputs << samples.filePath(name);
        inputs << goldenDir + QStringLiteral("/visit.en.txt")
               << goldenDir + QStringLiteral("/visit.vi.txt");
        QCOMPARE(inputs.size(), 7);
        for (const QString& input : inputs)
            QVERIFY(QFile::copy(input, m_work.filePath(QFileInfo(input).fileName())));
    }

    void output_data()
    {
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("arguments");
        const QList<QByteArray> lines =
            readAll(goldenDir + QStringLiteral("/cases.tsv")).split('\n');
        for (const QByteArray& line : lines) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 3);
            const QString expected = QString::fromUtf8(fields.at(0));
            QTest::newRow(qPrintable(expected))
                << expected << fields.at(1).toInt()
                << QString::fromUtf8(fields.at(2)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }

    void output()
    {
        QFETCH(QString, expectedFile);
        QFETCH(int, exitCode);
        QFETCH(QStringList, arguments);

        QProcess process;
        process.setWorkingDirectory(m_work.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // No user data, no user settings, no translation: the output of a fresh installation.
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_work.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_work.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SONGNGU_BINARY), arguments);
        QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QByteArray actual = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), exitCode);

        const QByteArray expected =
            readAll(goldenDir + QStringLiteral("/expected/") + expectedFile);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(actual == expected, qPrintable(firstDifference(expected, actual)));
    }

private:
    QTemporaryDir m_work;
};

QTEST_GUILESS_MAIN(GoldenOutputTest)
#include "tst_goldenoutput.moc"
