#include "Document.h"

#include <algorithm>

namespace songngu {

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Vietnamese:
        return QStringLiteral("vi");
    case Language::Unknown:
        break;
    }
    return {};
}

QString formatCode(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Dateline:
        return QStringLiteral("dateline");
    case DocumentFormat::Plain:
        return QStringLiteral("plain");
    case DocumentFormat::Interleaved:
        return QStringLiteral("interleaved");
    case DocumentFormat::Tmx:
        return QStringLiteral("tmx");
    case DocumentFormat::Aligned:
        return QStringLiteral("aligned");
    }
    return {};
}

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

} // namespace songngu
