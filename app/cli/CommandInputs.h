// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "glossary/Glossary.h"
#include "io/ReadResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace songngu {

// What the commands that read documents share: the --format and --glossary options, the
// glossary they work with (built-in, the user's, then --glossary's), and their inputs (files
// and folders scanned, story.en.txt + story.vi.txt read as one document), every problem
// reported on the console as "songngu <command>: …" or "songngu: <path>: …".
class CommandInputs
{
    Q_DECLARE_TR_FUNCTIONS(songngu::CommandInputs)
public:
    using ExitCode = Command::ExitCode;

    struct Documents
    {
        QList<ReadResult> results; // the unreadable ones too, with their reason
        std::shared_ptr<const Glossary> glossary;
    };

    CommandInputs(const QString& command, const Console& console);

    // --format FORMAT, `defaultFormat` when not given.
    static QCommandLineOption formatOption(const QString& defaultFormat);
    static QCommandLineOption glossaryOption(); // --glossary FILE

    // The --format given when it is one of `formats`; reported as a usage error otherwise.
    std::optional<QString> format(const QCommandLineParser& parsed,
                                  const QStringList& formats) const;
    // The positional paths' documents, read with the glossary (and --glossary's file when the
    // command takes that option) as the anchors of pairs of files.
    OrExit<Documents> read(const QCommandLineParser& parsed) const;
    // The built-in glossary, the user's over it, then `extraFile` (songngu-glossary JSON, CSV or
    // TBX) when given.
    OrExit<std::shared_ptr<Glossary>> glossary(const QString& extraFile = {}) const;
    // Success when at least one document could be read, a usage error otherwise.
    static ExitCode exitCode(const QList<ReadResult>& results);

private:
    bool addFile(Glossary& glossary, const QString& file) const; // --glossary's entries

    QString command;
    QString prefix; // "songngu <command>: "
    const Console& console;
};

} // namespace songngu
