// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Document.h"

#include <algorithm>

namespace songngu {

QString rowKindCode(RowKind kind)
{
    switch (kind) {
    case RowKind::Pair:
        return QStringLiteral("pair");
    case RowKind::Headline:
        return QStringLiteral("headline");
    case RowKind::DateLine:
        return QStringLiteral("date-line");
    case RowKind::Boilerplate:
        return QStringLiteral("boilerplate");
    case RowKind::OneSided:
        return QStringLiteral("one-sided");
    }
    return {};
}

const Paragraph* Document::segment(int row, Language language) const
{
    if (row < 0 || row >= rows.size())
        return nullptr;
    const int index = rows.at(row).paragraphIndex(language);
    return index >= 0 && index < paragraphs.size() ? &paragraphs.at(index) : nullptr;
}

int Document::pairCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const AlignedRow& row) { return row.kind == RowKind::Pair; }));
}

QList<int> Document::paragraphsIn(Language language) const
{
    const Language other = language == Language::English ? Language::Vietnamese : Language::English;
    bool hasOther = false;
    for (const Paragraph& paragraph : paragraphs)
        hasOther = hasOther || paragraph.language == other;
    QList<int> found;
    for (int p = 0; p < paragraphs.size(); ++p) {
        const Language detected = paragraphs.at(p).language;
        if (detected == language || (detected == Language::Unknown && !hasOther))
            found.append(p);
    }
    return found;
}

} // namespace songngu
