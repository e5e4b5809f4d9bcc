// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/AdjacentPairing.h"

namespace songngu {

RowKind AdjacentPairing::kindOf(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Headline:
        return RowKind::Headline;
    case ParagraphRole::DateLine:
        return RowKind::DateLine;
    case ParagraphRole::Boilerplate:
        return RowKind::Boilerplate;
    case ParagraphRole::Content:
        break;
    }
    return RowKind::OneSided;
}

QList<AlignedRow> AdjacentPairing::rows(const QList<Paragraph>& paragraphs,
                                        const QList<ParagraphRole>& roles)
{
    QList<AlignedRow> rows;
    rows.reserve(paragraphs.size());
    bool english = false;
    bool vietnamese = false;
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (roles.at(i) == ParagraphRole::Content) {
            english |= paragraphs.at(i).language == Language::English;
            vietnamese |= paragraphs.at(i).language == Language::Vietnamese;
        }
    }
    if (!english || !vietnamese) { // one language: every paragraph is a row of its own
        for (int i = 0; i < paragraphs.size(); ++i)
            rows.append(AlignedRow::single(kindOf(roles.at(i)), paragraphs.at(i).language, i));
        return rows;
    }

    // A content paragraph waits for its translation. Headlines, date lines and boilerplate met
    // while it waits are placed before the pair, so they never split it.
    int pending = -1;
    auto flushPending = [&] {
        if (pending >= 0)
            rows.append(
                AlignedRow::single(RowKind::OneSided, paragraphs.at(pending).language, pending));
        pending = -1;
    };
    for (int i = 0; i < paragraphs.size(); ++i) {
        const Language language = paragraphs.at(i).language;
        if (roles.at(i) != ParagraphRole::Content) {
            rows.append(AlignedRow::single(kindOf(roles.at(i)), language, i));
        } else if (pending >= 0 && paragraphs.at(pending).language != language) {
            AlignedRow row;
            row.kind = RowKind::Pair;
            row.english = language == Language::English ? i : pending;
            row.vietnamese = language == Language::English ? pending : i;
            rows.append(row);
            pending = -1;
        } else {
            flushPending();
            pending = i;
        }
    }
    flushPending();
    return rows;
}

} // namespace songngu
