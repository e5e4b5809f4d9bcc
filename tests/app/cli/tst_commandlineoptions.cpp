// SPDX-License-Identifier: GPL-3.0-or-later
// The options CommandLine reads for everyone: the interface language wherever it stands, the
// window's options (checked before there is a display), and --help, --lang and unknown options
// the same for every command.
#include "cli/CommandLine.h"
#include "support/CommandLineTestSupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using songngu::CommandLine;

using namespace songngu::testing;

class TestCommandLineOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's glossary
    }

    void commandsAreTheFour()
    {
        QCOMPARE(CommandLine::commands(),
                 QStringList({u"inspect"_s, u"entities"_s, u"check"_s, u"align"_s}));
    }

    void requestedLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QStringList{u"inspect"_s, u"a.txt"_s} << QString();
        QTest::newRow("--lang vi before the command")
            << QStringList{u"--lang"_s, u"vi"_s, u"inspect"_s, u"a.txt"_s} << u"vi"_s;
        QTest::newRow("--lang=en after it")
            << QStringList{u"check"_s, u"--lang=en"_s, u"a.txt"_s} << u"en"_s;
        QTest::newRow("the window's --lang") << QStringList{u"--lang"_s, u"vi"_s} << u"vi"_s;
        QTest::newRow("--lang without its value") << QStringList{u"--lang"_s} << QString();
    }

    void requestedLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(CommandLine::requestedLanguage(arguments), language);
    }

    void windowOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("err");
        QTest::newRow("nothing: the window alone")
            << QStringList() << true << QString() << QStringList() << QString();
        QTest::newRow("files and folders to open")
            << QStringList{u"a.txt"_s, u"articles"_s} << true << QString()
            << QStringList{u"a.txt"_s, u"articles"_s} << QString();
        QTest::newRow("--lang vi with a file")
            << QStringList{u"--lang"_s, u"vi"_s, u"a.txt"_s} << true << u"vi"_s
            << QStringList{u"a.txt"_s} << QString();
        QTest::newRow("--lang=en")
            << QStringList{u"--lang=en"_s} << true << u"en"_s << QStringList() << QString();
        QTest::newRow("a language there is no interface in")
            << QStringList{u"--lang"_s, u"fr"_s} << false << QString() << QStringList()
            << u"songngu: unknown language 'fr' (use en or vi)\n"_s;
        QTest::newRow("a mistyped option")
            << QStringList{u"--bogus"_s} << false << QString() << QStringList()
            << u"songngu: Unknown option 'bogus'.\nTry 'songngu --help'.\n"_s;
    }

    void windowOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, accepted);
        QFETCH(QString, language);
        QFETCH(QStringList, paths);
        QFETCH(QString, err);
        QString written;
        QTextStream stream(&written);
        const std::optional<CommandLine::WindowOptions> options =
            CommandLine::windowOptions(arguments, stream);
        stream.flush();
        QCOMPARE(options.has_value(), accepted);
        QCOMPARE(written, err);
        if (options) {
            QCOMPARE(options->language, language);
            QCOMPARE(options->paths, paths);
        }
    }

    // What the dispatcher does for every command alike.
    void sharedOptions_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : CommandLine::commands())
            QTest::newRow(qPrintable(command)) << command;
    }

    void sharedOptions()
    {
        QFETCH(QString, command);
        const Run help = run({command, u"--help"_s});
        QCOMPARE(help.exitCode, int(CommandLine::Success));
        QVERIFY2(help.out.startsWith(u"Usage: songngu"_s), qPrintable(help.out));
        QVERIFY(help.err.isEmpty());
        // --lang is accepted by every command (applied before it runs): help still wins.
        QCOMPARE(run({command, u"--lang"_s, u"vi"_s, u"-h"_s}).out, help.out);
        const Run bogus = run({command, u"--bogus"_s});
        QCOMPARE(bogus.exitCode, int(CommandLine::UsageError));
        QVERIFY(bogus.out.isEmpty());
        QVERIFY2(bogus.err.startsWith(
                     u"songngu %1: Unknown option 'bogus'.\nUsage: songngu"_s.arg(command)),
                 qPrintable(bogus.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
