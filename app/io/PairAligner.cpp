// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PairAligner.h"

#include "align/AlignmentCorrections.h"
#include "align/DocumentAligner.h"

#include <QDir>

namespace songngu {

ReadResult PairAligner::align(const DocumentPtr& english, const DocumentPtr& vietnamese,
                              const ReadContext& context)
{
    ReadResult result;
    result.path = english ? english->metadata.path : QString();
    if (!english || !vietnamese)
        return result;
    for (const auto& [document, language] :
         {std::pair(english, Language::English), std::pair(vietnamese, Language::Vietnamese)}) {
        if (document->paragraphsIn(language).isEmpty()) {
            result.error = language == Language::English
                               ? tr("%1 has no English paragraphs")
                                     .arg(QDir::toNativeSeparators(document->metadata.path))
                               : tr("%1 has no Vietnamese paragraphs")
                                     .arg(QDir::toNativeSeparators(document->metadata.path));
            return result;
        }
    }
    auto parallel = std::make_shared<ParallelText>(
        DocumentAligner(context.glossary.get()).parallel(english, vietnamese));
    // The user's corrections of these texts, if any. A file that cannot be used leaves the
    // aligner's rows; the window reports it when the user corrects the rows again.
    if (!context.correctionsFolder.isEmpty())
        AlignmentCorrections(context.correctionsFolder).restore(*parallel);
    result.document = std::make_shared<Document>(parallel->toDocument());
    result.parallel = std::move(parallel);
    return result;
}

QList<DocumentFormatName> PairAligner::documentFormats()
{
    return {{DocumentFormat::Aligned, QStringLiteral("aligned"), tr("Aligned")}};
}

} // namespace songngu
