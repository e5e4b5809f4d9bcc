// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DocumentChecks.h"
#include "checks/Finding.h"
#include "checks/RowChecker.h"
#include "document/Document.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"

#include <QList>

#include <utility>

namespace songngu {

// The one entry point for the checks, shared by the window and `songngu check`: the row checks
// (RowChecker) and the document checks (DocumentChecks) of one document, and the checks across
// documents. `glossary` must outlive the checker. Not thread-safe: one instance per thread.
class ConsistencyChecker
{
public:
    explicit ConsistencyChecker(const Glossary& glossary);

    // Row checks + title-holder + duplicate-segment for one document, in row order (a row's row
    // checks before its document checks).
    // With `progress`, a step per row; an incomplete result once the work is cancelled.
    QList<Finding> check(const Document& document, const DocumentEntities& entities,
                         WorkProgress* progress = nullptr) const;
    // name-variant across the documents given (works for one document too).
    static QList<Finding> checkAcross(const QList<std::pair<DocumentPtr, EntitiesPtr>>& documents);

private:
    RowChecker rows;
    DocumentChecks documentChecks;
};

} // namespace songngu
