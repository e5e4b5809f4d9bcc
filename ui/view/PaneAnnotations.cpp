// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/PaneAnnotations.h"

#include <algorithm>

namespace songngu {

PaneAnnotations::PaneAnnotations(QObject* parent) : QObject(parent) {}

void PaneAnnotations::setEntities(EntitiesPtr entities)
{
    const bool hadSelection = entityMarks.selected() >= 0;
    entityMarks.setEntities(std::move(entities));
    Q_EMIT changed();
    if (hadSelection)
        Q_EMIT selectedEntityChanged(-1);
}

void PaneAnnotations::setHighlightAllEntities(bool on)
{
    if (entityMarks.setShowAll(on))
        Q_EMIT changed();
}

void PaneAnnotations::setSelectedEntity(int entity)
{
    if (!entityMarks.setSelected(entity))
        return;
    Q_EMIT changed();
    Q_EMIT selectedEntityChanged(entityMarks.selected());
    Q_EMIT currentMentionChanged(-1);
}

void PaneAnnotations::setCurrentMention(int mention)
{
    if (entityMarks.setCurrentMention(mention)) {
        Q_EMIT changed();
        Q_EMIT currentMentionChanged(entityMarks.currentMention());
    }
    if (const EntityMention* shown = entityMarks.currentMentionData())
        Q_EMIT revealRequested(shown->row, shown->language, shown->start, shown->length);
}

void PaneAnnotations::stepMention(int direction, int fromRow)
{
    const DocumentEntities* all = entityMarks.entities();
    const int entity = entityMarks.selected();
    if (!all || entity < 0)
        return;
    const QList<EntityMention>& mentions = all->entities.at(entity).mentions;
    if (mentions.isEmpty())
        return;
    const int count = int(mentions.size());
    int target = entityMarks.currentMention();
    if (target >= 0) {
        target = (target + direction + count) % count;
    } else {
        // Mentions are in reading order: start from where the reader is.
        const auto at =
            std::find_if(mentions.cbegin(), mentions.cend(),
                         [fromRow](const EntityMention& m) { return m.row >= fromRow; });
        target =
            at == mentions.cend() ? (direction > 0 ? 0 : count - 1) : int(at - mentions.cbegin());
        if (direction < 0 && at != mentions.cend() && at->row > fromRow)
            target = (target - 1 + count) % count;
    }
    setCurrentMention(target);
}

void PaneAnnotations::hoverEntity(int row, int entity)
{
    if (entityMarks.setHover(row, entity))
        Q_EMIT changed();
}

std::optional<EntityHighlights::Span> PaneAnnotations::entitySpanAt(int row, Language language,
                                                                    int position) const
{
    return entityMarks.spanAt(row, language, position);
}

void PaneAnnotations::setFindings(FindingsPtr findings)
{
    const bool hadCurrent = findingMarks.current() >= 0;
    findingMarks.setFindings(std::move(findings));
    Q_EMIT changed();
    if (hadCurrent)
        Q_EMIT currentFindingChanged(-1);
}

void PaneAnnotations::setIgnoredFindings(const QSet<QString>& fingerprints)
{
    findingMarks.setIgnored(fingerprints);
    Q_EMIT changed();
}

void PaneAnnotations::setCurrentFinding(int finding)
{
    if (findingMarks.setCurrent(finding)) {
        Q_EMIT changed();
        Q_EMIT currentFindingChanged(findingMarks.current());
    }
    if (findingMarks.current() < 0)
        return;
    const Finding& shown = findingMarks.findings()->at(findingMarks.current());
    if (shown.row < 0)
        return;
    // The Vietnamese span when there is one: that is the side an editor corrects.
    if (shown.vietnamese)
        Q_EMIT revealRequested(shown.row, Language::Vietnamese, shown.vietnamese->start,
                               shown.vietnamese->length);
    else if (shown.english)
        Q_EMIT revealRequested(shown.row, Language::English, shown.english->start,
                               shown.english->length);
}

void PaneAnnotations::clear()
{
    const bool hadSelection = entityMarks.selected() >= 0;
    const bool hadCurrent = findingMarks.current() >= 0;
    entityMarks.clear();
    findingMarks.clear();
    if (hadSelection)
        Q_EMIT selectedEntityChanged(-1);
    if (hadCurrent)
        Q_EMIT currentFindingChanged(-1);
    Q_EMIT entitiesInvalidated();
    Q_EMIT findingsInvalidated();
}

QList<QTextLayout::FormatRange> PaneAnnotations::formats(int row, Language language,
                                                         const QPalette& palette) const
{
    // The current mention goes over a selected finding's wash: stepping through mentions must
    // show where it is even inside the finding's span.
    QList<QTextLayout::FormatRange> entities = entityMarks.formats(row, language, palette);
    QList<QTextLayout::FormatRange> current;
    if (const EntityMention* mention = entityMarks.currentMentionData();
        mention && mention->row == row && mention->language == language) {
        const auto isCurrent = [mention](const QTextLayout::FormatRange& range) {
            return range.start == mention->start && range.length == mention->length;
        };
        std::copy_if(entities.cbegin(), entities.cend(), std::back_inserter(current), isCurrent);
        entities.removeIf(isCurrent);
    }
    return entities + findingMarks.formats(row, language, palette) + current;
}

std::pair<int, int> PaneAnnotations::toolTipRange(int row, Language language, int position) const
{
    const QList<int> here = findingMarks.findingsAt(row, language, position);
    if (!here.isEmpty()) {
        const Finding& finding = findingMarks.findings()->at(here.first());
        const std::optional<FindingSpan>& span =
            language == Language::English ? finding.english : finding.vietnamese;
        if (span)
            return {span->start, span->length};
    }
    if (const std::optional<EntityHighlights::Span> mention =
            entityMarks.spanAt(row, language, position))
        return {mention->start, mention->length};
    return {position, 1};
}

QString PaneAnnotations::toolTip(int row, Language language, int position) const
{
    QStringList lines;
    const FindingsPtr findings = findingMarks.findings();
    for (int f : findingMarks.findingsAt(row, language, position)) {
        const Finding& finding = findings->at(f);
        lines.append(finding.suggestion.isEmpty()
                         ? finding.message
                         : tr("%1 Suggestion: %2").arg(finding.message, finding.suggestion));
    }
    if (const std::optional<EntityHighlights::Span> span =
            entityMarks.spanAt(row, language, position)) {
        const Entity& entity = entityMarks.entities()->entities.at(span->entity);
        QString forms = entity.english;
        if (!entity.vietnamese.isEmpty() && entity.vietnamese != entity.english)
            forms +=
                forms.isEmpty() ? entity.vietnamese : QStringLiteral(" — ") + entity.vietnamese;
        lines.append(tr("%1: %2").arg(EntityHighlights::typeName(entity.type), forms));
    }
    return lines.join(u'\n');
}

} // namespace songngu
