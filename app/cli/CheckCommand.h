// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace songngu {

// `songngu check [--format text|json|csv|html] [--glossary FILE] PATH...`: where the English and
// the Vietnamese disagree, and names spelt several ways across the documents, as a report; the
// findings the user ignored in the window left out. Exits with Failure on an error finding.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(songngu::CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QList<QCommandLineOption> options() const override;
    ExitCode run(const QCommandLineParser& parsed, const Console& console) const override;
};

} // namespace songngu
