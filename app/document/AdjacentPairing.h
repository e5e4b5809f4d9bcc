// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

namespace songngu {

// The part a paragraph plays in an article; only content is translated.
enum class ParagraphRole
{
    Content,
    Headline,
    DateLine,
    Boilerplate
};

// Builds the row table of an article whose translation follows paragraph by paragraph (the
// interleaved format, marked or not): each content paragraph is paired with the next content
// paragraph in the other language. One strategy among the aligners the engine will have.
class AdjacentPairing
{
public:
    static QList<AlignedRow> rows(const QList<Paragraph>& paragraphs,
                                  const QList<ParagraphRole>& roles);

private:
    static RowKind kindOf(ParagraphRole role);
};

} // namespace songngu
