// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/DocumentAligner.h"
#include "cli/Command.h"
#include "document/Document.h"

#include <QCoreApplication>

#include <utility>

namespace songngu {

// `songngu align [--unit paragraph|sentence] [--format tsv|json|tmx] EN_FILE VI_FILE` (or one
// bilingual file): the aligner on the command line, one row per line. Given the Vietnamese file
// first, it says so and swaps them.
class AlignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(songngu::AlignCommand)
public:
    QString name() const override { return QStringLiteral("align"); }
    QList<QCommandLineOption> options() const override;
    ExitCode run(const QCommandLineParser& parsed, const Console& console) const override;

private:
    // The English document and the Vietnamese one (the same for a bilingual file).
    static OrExit<std::pair<DocumentPtr, DocumentPtr>> readTexts(const QStringList& files,
                                                                 const Console& console);
    static void write(QTextStream& out, const QList<AlignedUnit>& units, const QString& format,
                      const QString& unitName, const Document& english, const Document& vietnamese);
};

} // namespace songngu
