// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/view/EntityHighlights.h"
#include "ui/view/FindingMarks.h"

#include <QObject>

namespace songngu {

// What the paired view marks on the text besides search matches: the document's entities (by
// type, the selected one and its current mention, the hovered one) and its findings (every
// one underlined, the current one washed). One source of truth for both panes and for the side
// panels: they change it here and follow its signals, and it never echoes a change back to
// whoever made it. Row numbers refer to the view's current rows; the view clears everything
// when they change.
class PaneAnnotations : public QObject
{
    Q_OBJECT
public:
    explicit PaneAnnotations(QObject* parent = nullptr);

    // Entities.
    void setEntities(EntitiesPtr entities); // no selection, no hover
    EntitiesPtr entities() const { return entityMarks.entitiesPtr(); }
    bool highlightsAllEntities() const { return entityMarks.showAll(); }
    void setHighlightAllEntities(bool on);
    int selectedEntity() const { return entityMarks.selected(); }
    void setSelectedEntity(int entity); // index into DocumentEntities::entities, -1 for none
    int currentMention() const { return entityMarks.currentMention(); }
    // Makes the selected entity's mention current and asks for it to be shown (reveal()).
    void setCurrentMention(int mention);
    // The next (direction 1) or previous (-1) mention of the selected entity in reading
    // order, wrapping at the ends; without a current mention, from row `fromRow`.
    void stepMention(int direction, int fromRow);
    int hoveredEntity() const { return entityMarks.hoverEntity(); }
    void hoverEntity(int row, int entity); // -1, -1 for none
    std::optional<EntityHighlights::Span> entitySpanAt(int row, Language language,
                                                       int position) const;

    // Findings.
    void setFindings(FindingsPtr findings); // no current finding
    FindingsPtr findings() const { return findingMarks.findings(); }
    void setIgnoredFindings(const QSet<QString>& fingerprints); // not marked
    int currentFinding() const { return findingMarks.current(); }
    // Makes the finding current and asks for its row and spans to be shown (reveal()).
    void setCurrentFinding(int finding);

    // Drops entities and findings: the rows they refer to are gone.
    void clear();

    // For the panes: the formats of a paragraph (entities under findings) and what a tooltip
    // at a character says (the findings there, then the entity).
    QList<QTextLayout::FormatRange> formats(int row, Language language,
                                            const QPalette& palette) const;
    QString toolTip(int row, Language language, int position) const;
    // The characters the tooltip at `position` is about (a finding's span, else a mention),
    // as start and length; {position, 1} when nothing is marked there.
    std::pair<int, int> toolTipRange(int row, Language language, int position) const;

Q_SIGNALS:
    void changed(); // something marked changed: repaint
    // Show characters [start, start + length) of the paragraph of `language` in `row` and make
    // the row current.
    void revealRequested(int row, songngu::Language language, int start, int length);
    void entitiesInvalidated();
    void selectedEntityChanged(int entity);
    void currentMentionChanged(int mention);
    void findingsInvalidated();
    void currentFindingChanged(int finding);

private:
    EntityHighlights entityMarks;
    FindingMarks findingMarks;
};

} // namespace songngu
