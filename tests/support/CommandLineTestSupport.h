// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the command-line suites: runs CommandLine in-process and finds the samples.
#pragma once

#include "cli/CommandLine.h"

#include <QDir>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace songngu::testing {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QStringList& arguments)
{
    Run result;
    {
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode = CommandLine(out, err).run(arguments);
        out.flush();
        err.flush();
    }
    return result;
}

// The bundled sample whose file name starts with `prefix` ("001"), or empty.
inline QString samplePath(const QString& prefix)
{
    const QDir dir(QStringLiteral(SONGNGU_SAMPLES_DIR));
    const QStringList found = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    return found.size() == 1 ? dir.filePath(found.front()) : QString();
}

} // namespace songngu::testing
