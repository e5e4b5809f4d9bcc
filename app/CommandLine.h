#pragma once

#include "DocumentReader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace songngu {

// The headless front end: `songngu inspect`, `--help`, `--version`. Writes to the streams it
// is given so that tests can run it in-process.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(songngu::CommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    CommandLine(QTextStream& out, QTextStream& err) : out(out), err(err) {}

    // True when `arguments` (without the program name) ask for headless work, so that no
    // display is needed: a command, --help or --version.
    static bool isHeadless(const QStringList& arguments);
    static QStringList commands();

    int run(const QStringList& arguments); // arguments without the program name

private:
    static qsizetype commandIndex(const QStringList& arguments); // -1: no command
    int inspect(const QStringList& arguments);
    void printUsage(QTextStream& stream) const;
    void printText(const Document& document);
    QByteArray toJson(const QList<ReadResult>& results) const;

    QTextStream& out;
    QTextStream& err;
};

} // namespace songngu
