// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace songngu {

// The front end of `songngu`: the one place that reads the arguments. It tells a command
// (inspect, entities, check, align: one Command each) from the window's files, handles --help,
// --version and --lang for all of them, parses each command's options and runs it. Writes to the
// streams it is given so that tests can run it in-process.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(songngu::CommandLine)
public:
    using ExitCode = Command::ExitCode;
    using enum Command::ExitCode;

    // What opening the window was asked for.
    struct WindowOptions
    {
        QString language;
        QStringList paths;
    };

    CommandLine(QTextStream& out, QTextStream& err);

    // True when `arguments` (without the program name) ask for headless work, so that no
    // display is needed: a command, --help or --version.
    static bool isHeadless(const QStringList& arguments);
    static QStringList commands();
    // The interface language asked for, "--lang vi" or "--lang=vi" wherever it stands; empty
    // when none. Translations are installed with it before anything is said.
    static QString requestedLanguage(const QStringList& arguments);
    // The window's options, checked before a display is needed: a mistyped option or an
    // unknown language is reported on `err` (nullopt).
    static std::optional<WindowOptions> windowOptions(const QStringList& arguments,
                                                      QTextStream& err);

    ExitCode run(const QStringList& arguments); // arguments without the program name

private:
    static std::vector<std::unique_ptr<Command>> all();
    static qsizetype commandIndex(const QStringList& arguments); // -1: no command
    static QCommandLineOption languageOption();
    static bool isHelp(const QString& argument);
    static bool isVersion(const QString& argument);
    ExitCode runCommand(const Command& command, const QStringList& arguments);

    Console console;
};

} // namespace songngu
