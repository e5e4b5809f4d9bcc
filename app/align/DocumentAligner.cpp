// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/DocumentAligner.h"

#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"

namespace songngu {

QList<QStringList> DocumentAligner::anchors(const Document& document) const
{
    QList<QStringList> byParagraph(document.paragraphs.size());
    if (!glossary)
        return byParagraph;
    const DocumentEntities found = EntityRecognizer(*glossary).recognize(document);
    for (const Entity& entity : found.entities) {
        for (const EntityMention& mention : entity.mentions) {
            if (mention.row < 0 || mention.row >= document.rows.size())
                continue;
            const int paragraph = document.rows.at(mention.row).paragraphIndex(mention.language);
            if (paragraph >= 0 && !byParagraph[paragraph].contains(entity.id))
                byParagraph[paragraph].append(entity.id);
        }
    }
    return byParagraph;
}

ParallelText DocumentAligner::parallel(const DocumentPtr& english,
                                       const DocumentPtr& vietnamese) const
{
    if (!english || !vietnamese)
        return {};
    QList<QStringList> englishAnchors = anchors(*english);
    QList<QStringList> vietnameseAnchors =
        english == vietnamese ? englishAnchors : anchors(*vietnamese);
    return ParallelText(english, vietnamese, std::move(englishAnchors),
                        std::move(vietnameseAnchors));
}

QList<AlignedUnit> DocumentAligner::align(const DocumentPtr& english, const DocumentPtr& vietnamese,
                                          Unit unit) const
{
    return units(parallel(english, vietnamese), unit);
}

QList<AlignedUnit> DocumentAligner::units(const ParallelText& text, Unit unit)
{
    QList<AlignedUnit> units;
    const SegmentAligner aligner;
    for (const RowSpan& row : text.rows()) {
        if (unit == Unit::Paragraph) {
            const auto pieces = [&](Language language, int first, int last) {
                return first == last ? QStringList()
                                     : text.text(language, first, last).split(QChar::LineSeparator);
            };
            units.append({pieces(Language::English, row.englishBegin, row.englishEnd),
                          pieces(Language::Vietnamese, row.vietnameseBegin, row.vietnameseEnd),
                          row.confidence});
            continue;
        }
        // The sentences inside the row, aligned on their own.
        const QStringList english =
            text.unitTexts(Language::English, row.englishBegin, row.englishEnd);
        const QStringList vietnamese =
            text.unitTexts(Language::Vietnamese, row.vietnameseBegin, row.vietnameseEnd);
        const auto trimmed = [](QStringList list) {
            for (QString& item : list)
                item = item.trimmed();
            return list;
        };
        for (const Bead& bead : aligner.align(english, vietnamese).beads)
            units.append({trimmed(english.mid(bead.englishFirst, bead.englishCount)),
                          trimmed(vietnamese.mid(bead.vietnameseFirst, bead.vietnameseCount)),
                          std::min(row.confidence, bead.confidence)});
    }
    return units;
}

} // namespace songngu
