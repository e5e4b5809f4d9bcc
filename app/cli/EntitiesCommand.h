// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "document/Document.h"
#include "entities/EntityRecognizer.h"

#include <QJsonObject>

namespace songngu {

// `songngu entities [--format text|json] PATH...`: each document's names, titles, dates and
// numbers with their mentions in both languages (JSON also: which person each title was written
// with).
class EntitiesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("entities"); }
    QList<QCommandLineOption> options() const override;
    ExitCode run(const QCommandLineParser& parsed, const Console& console) const override;

private:
    static void printText(QTextStream& out, const Document& document,
                          const DocumentEntities& found);
    static QJsonObject toJson(const Document& document, const DocumentEntities& found);
};

} // namespace songngu
