// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include <variant>

namespace songngu {

// Where a command writes: its output, and its messages (problems, usage errors).
struct Console
{
    QTextStream& out;
    QTextStream& err;
};

// One `songngu` command (inspect, entities, check, align). CommandLine finds it by name, parses
// its options together with the ones every command takes (--help, --lang), answers --help, and
// runs it on what was parsed.
class Command
{
public:
    // The process's exit status.
    enum ExitCode
    {
        Success = 0,
        Failure = 1,    // check: an error-severity finding; a glossary that cannot be loaded
        UsageError = 2, // a usage error, or no input could be read
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    // The command's own options; --help and --lang are added by CommandLine.
    virtual QList<QCommandLineOption> options() const = 0;
    virtual ExitCode run(const QCommandLineParser& parsed, const Console& console) const = 0;
};

// A step of a command: what it gives to go on with, or the exit code the command ends with (its
// messages already written).
template <typename T> using OrExit = std::variant<T, Command::ExitCode>;

} // namespace songngu
