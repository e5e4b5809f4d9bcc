// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "document/Document.h"
#include "io/ReadResult.h"

#include <QByteArray>

namespace songngu {

class FormatRegistry;

// `songngu inspect [--format text|json] PATH...`: each document's metadata and aligned rows.
class InspectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QList<QCommandLineOption> options() const override;
    ExitCode run(const QCommandLineParser& parsed, const Console& console) const override;

private:
    static void printText(QTextStream& out, const Document& document,
                          const FormatRegistry& formats);
    static QByteArray toJson(const QList<ReadResult>& results, const FormatRegistry& formats);
};

} // namespace songngu
