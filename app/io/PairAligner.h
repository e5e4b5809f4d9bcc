// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "io/FormatReader.h"
#include "io/ReadContext.h"
#include "io/ReadResult.h"

#include <QCoreApplication>

namespace songngu {

// The English of one document with the Vietnamese of another (or of the same one) as one
// aligned document, the rows of which the user may correct: what a pair of files, "Compare
// With…" and a broken interleaving give. The context's glossary anchors the alignment; the
// user's corrections of these texts are restored when the context names their folder.
class PairAligner
{
    Q_DECLARE_TR_FUNCTIONS(songngu::PairAligner)
public:
    static ReadResult align(const DocumentPtr& english, const DocumentPtr& vietnamese,
                            const ReadContext& context = {});
    // The kind of document it makes (aligned), for the format table.
    static QList<DocumentFormatName> documentFormats();
};

} // namespace songngu
