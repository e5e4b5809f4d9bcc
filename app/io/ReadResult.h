// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/ParallelText.h"
#include "document/Document.h"

#include <QString>

#include <memory>

namespace songngu {

// What reading one file (or pair of files) gave: the document, or why there is none.
struct ReadResult
{
    QString path;
    DocumentPtr document; // null when the file could not be read
    QString error;        // why, in words a user understands
    // For a document the aligner made from two texts (a pair of files, "Compare With…"): the
    // texts and the rows, which the user may correct. Null for a file read as it is.
    std::shared_ptr<const ParallelText> parallel;
    bool ok() const { return document != nullptr; }
};

} // namespace songngu
