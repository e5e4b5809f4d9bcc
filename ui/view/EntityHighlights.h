// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/EntityRecognizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QPalette>
#include <QTextLayout>

namespace songngu {

// The entity mentions the paired view shows. Three levels, each stronger than the last: every
// mention washed in its type's colour (when "Highlight Entities" is on), every mention of the
// selected entity, and the current one of those, which next/previous step through. Hovering a
// mention lights it and the same entity's mentions in the other language of that row. It keeps
// the mentions indexed by paragraph and hands each pane the format ranges of a row; it neither
// recognises nor paints.
//
// Each type has a fixed hue, washed over the palette's base colour, so it reads on light and
// dark palettes alike while the text keeps the palette's text colour.
class EntityHighlights
{
    Q_DECLARE_TR_FUNCTIONS(songngu::EntityHighlights)
public:
    struct Span
    {
        int start = 0;
        int length = 0;
        int entity = -1;  // index into DocumentEntities::entities
        int mention = -1; // index into that entity's mentions
    };

    void setEntities(EntitiesPtr entities); // no selection, no hover
    bool clear();                           // true when there was something to clear
    const DocumentEntities* entities() const { return all.get(); }
    EntitiesPtr entitiesPtr() const { return all; }

    bool showAll() const { return everything; }
    bool setShowAll(bool on);

    int selected() const { return selectedEntity; }
    bool setSelected(int entity); // -1 (or out of range) for none; no current mention
    int currentMention() const { return current; }
    bool setCurrentMention(int mention); // index into the selected entity's mentions
    const EntityMention* currentMentionData() const;

    int hoverRow() const { return hoveredRow; }
    int hoverEntity() const { return hoveredEntity; }
    bool setHover(int row, int entity); // -1, -1 for none

    // The mention covering character `position` of the paragraph shown for `language` in `row`.
    std::optional<Span> spanAt(int row, Language language, int position) const;
    QList<Span> spans(int row, Language language) const;

    QList<QTextLayout::FormatRange> formats(int row, Language language,
                                            const QPalette& palette) const;

    // Entity types in the order the window lists them: "person", "title", "organisation",
    // "place", "agreement", "event", "date", "number".
    static QStringList typeCodes();
    static QString typeName(const QString& code);      // "Person", translated
    static QString typeGroupName(const QString& code); // "People", translated
    static QColor typeColour(const QString& code);     // the hue at full strength
    // The background of a mention of that type, `strength` 0..1 of the way from the base.
    static QColor typeWash(const QString& code, const QPalette& palette, qreal strength);

private:
    static qint64 key(int row, Language language) { return qint64(row) * 4 + int(language); }

    EntitiesPtr all;
    QHash<qint64, QList<Span>> byParagraph; // by start
    bool everything = true;
    int selectedEntity = -1;
    int current = -1;
    int hoveredRow = -1;
    int hoveredEntity = -1;
};

} // namespace songngu
