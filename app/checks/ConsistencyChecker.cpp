// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/ConsistencyChecker.h"

#include <algorithm>

namespace songngu {

ConsistencyChecker::ConsistencyChecker(const Glossary& glossary)
    : rows(glossary), documentChecks(glossary)
{}

QList<Finding> ConsistencyChecker::check(const Document& document, const DocumentEntities& entities,
                                         WorkProgress* progress) const
{
    QList<Finding> findings = rows.check(document, entities, progress);
    if (progress && progress->isCancelled())
        return findings;
    findings.append(documentChecks.check(document, entities));
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.row < b.row; });
    // Two checks could meet the same text; an ignored fingerprint must name one finding.
    DocumentChecks::makeFingerprintsUnique(findings);
    return findings;
}

QList<Finding>
ConsistencyChecker::checkAcross(const QList<std::pair<DocumentPtr, EntitiesPtr>>& documents)
{
    return DocumentChecks::nameVariants(documents);
}

} // namespace songngu
