// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/EntityRecognizer.h"
#include "io/DocumentReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace songngu {

// The headless front end: `songngu inspect`, `songngu entities`, `songngu check`,
// `songngu align`, `--help`, `--version`. Writes to
// the streams it is given so that tests can run it in-process.
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
    // Parses a command's `options` with --help and --lang, reporting a usage error or printing
    // the help. Returns -1 when the command should go on, otherwise the exit code.
    int parseCommand(const QString& command, const QStringList& arguments,
                     QCommandLineParser& parser, const QList<QCommandLineOption>& options);
    // Parses a command's options and reads its inputs, reporting problems on err. Returns -1
    // when the command should go on with `results`, otherwise the exit code.
    // `formats` are the --format values the command takes (the first is the default); a command
    // given `glossaryFile` takes --glossary FILE too.
    int readInputs(const QString& command, const QStringList& arguments, QList<ReadResult>& results,
                   QString& format,
                   const QStringList& formats = {QStringLiteral("text"), QStringLiteral("json")},
                   QString* glossaryFile = nullptr,
                   std::shared_ptr<const Glossary>* glossary = nullptr);
    // The built-in glossary, the user's over it, then `extraFile` (songngu-glossary JSON, CSV
    // or TBX) when given. Returns -1 on success, otherwise the exit code (reported on err).
    int loadGlossary(const QString& command, Glossary& glossary, const QString& extraFile = {});
    int inspect(const QStringList& arguments);
    int entities(const QStringList& arguments);
    int check(const QStringList& arguments);
    int align(const QStringList& arguments); // in CommandLineAlign.cpp
    void printUsage(QTextStream& stream) const;
    void printText(const Document& document);
    QByteArray toJson(const QList<ReadResult>& results) const;
    void printEntities(const Document& document, const DocumentEntities& found);
    static QJsonObject entitiesToJson(const Document& document, const DocumentEntities& found);

    QTextStream& out;
    QTextStream& err;
};

} // namespace songngu
