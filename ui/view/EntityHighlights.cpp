// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/EntityHighlights.h"

#include "ui/common/Colours.h"

#include <algorithm>

namespace songngu {

namespace {

constexpr qreal everyWash = 0.22;   // every mention, when all are highlighted
constexpr qreal selectedWash = 0.5; // every mention of the selected entity
constexpr qreal hoverWash = 0.62;   // the hovered mention and its counterparts
constexpr qreal currentWash = 0.9;  // the current mention of the selected entity

} // namespace

void EntityHighlights::setEntities(EntitiesPtr entities)
{
    all = std::move(entities);
    byParagraph.clear();
    selectedEntity = current = hoveredRow = hoveredEntity = -1;
    if (!all)
        return;
    for (int e = 0; e < all->entities.size(); ++e) {
        const QList<EntityMention>& mentions = all->entities.at(e).mentions;
        for (int m = 0; m < mentions.size(); ++m) {
            const EntityMention& mention = mentions.at(m);
            byParagraph[key(mention.row, mention.language)].append(
                Span{mention.start, mention.length, e, m});
        }
    }
    for (QList<Span>& spans : byParagraph)
        std::sort(spans.begin(), spans.end(),
                  [](const Span& a, const Span& b) { return a.start < b.start; });
}

bool EntityHighlights::clear()
{
    if (!all)
        return false;
    setEntities(nullptr);
    return true;
}

bool EntityHighlights::setShowAll(bool on)
{
    return std::exchange(everything, on) != on;
}

bool EntityHighlights::setSelected(int entity)
{
    if (!all || entity < 0 || entity >= all->entities.size())
        entity = -1;
    if (entity == selectedEntity)
        return false;
    selectedEntity = entity;
    current = -1;
    return true;
}

bool EntityHighlights::setCurrentMention(int mention)
{
    if (selectedEntity < 0 || mention < 0 ||
        mention >= all->entities.at(selectedEntity).mentions.size())
        mention = -1;
    return std::exchange(current, mention) != mention;
}

const EntityMention* EntityHighlights::currentMentionData() const
{
    if (selectedEntity < 0 || current < 0)
        return nullptr;
    return &all->entities.at(selectedEntity).mentions.at(current);
}

bool EntityHighlights::setHover(int row, int entity)
{
    if (!all || entity < 0 || entity >= all->entities.size())
        row = entity = -1;
    if (row == hoveredRow && entity == hoveredEntity)
        return false;
    hoveredRow = row;
    hoveredEntity = entity;
    return true;
}

QList<EntityHighlights::Span> EntityHighlights::spans(int row, Language language) const
{
    return byParagraph.value(key(row, language));
}

std::optional<EntityHighlights::Span> EntityHighlights::spanAt(int row, Language language,
                                                               int position) const
{
    const auto it = byParagraph.constFind(key(row, language));
    if (it == byParagraph.cend())
        return std::nullopt;
    for (const Span& span : it.value())
        if (position >= span.start && position < span.start + span.length)
            return span;
    return std::nullopt;
}

QList<QTextLayout::FormatRange> EntityHighlights::formats(int row, Language language,
                                                          const QPalette& palette) const
{
    QList<QTextLayout::FormatRange> ranges;
    const auto it = byParagraph.constFind(key(row, language));
    if (it == byParagraph.cend())
        return ranges;
    for (const Span& span : it.value()) {
        const bool isSelected = span.entity == selectedEntity;
        const bool isCurrent = isSelected && span.mention == current;
        const bool isHovered = row == hoveredRow && span.entity == hoveredEntity;
        if (!everything && !isSelected && !isHovered)
            continue;
        const QString& type = all->entities.at(span.entity).type;
        QTextLayout::FormatRange range;
        range.start = span.start;
        range.length = span.length;
        if (isCurrent) {
            const QColor background = colours::readableBackground(
                colours::blend(palette.color(QPalette::Base), typeColour(type), currentWash),
                palette);
            range.format.setBackground(background);
            range.format.setForeground(colours::readableText(background, palette));
        } else {
            const qreal strength = isHovered ? hoverWash : isSelected ? selectedWash : everyWash;
            range.format.setBackground(typeWash(type, palette, strength));
            range.format.setForeground(palette.color(QPalette::Text));
        }
        if (isHovered || isCurrent) {
            range.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            range.format.setUnderlineColor(typeColour(type));
        }
        ranges.append(range);
    }
    return ranges;
}

QStringList EntityHighlights::typeCodes()
{
    return {QStringLiteral("person"), QStringLiteral("title"),     QStringLiteral("organisation"),
            QStringLiteral("place"),  QStringLiteral("agreement"), QStringLiteral("event"),
            QStringLiteral("date"),   QStringLiteral("number")};
}

QString EntityHighlights::typeName(const QString& code)
{
    if (code == u"person")
        return tr("Person");
    if (code == u"title")
        return tr("Title");
    if (code == u"organisation")
        return tr("Organisation");
    if (code == u"place")
        return tr("Place");
    if (code == u"agreement")
        return tr("Agreement");
    if (code == u"event")
        return tr("Event");
    if (code == u"date")
        return tr("Date");
    if (code == u"number")
        return tr("Number");
    return code;
}

QString EntityHighlights::typeGroupName(const QString& code)
{
    if (code == u"person")
        return tr("People");
    if (code == u"title")
        return tr("Titles");
    if (code == u"organisation")
        return tr("Organisations");
    if (code == u"place")
        return tr("Places");
    if (code == u"agreement")
        return tr("Agreements");
    if (code == u"event")
        return tr("Events");
    if (code == u"date")
        return tr("Dates");
    if (code == u"number")
        return tr("Numbers");
    return code;
}

QColor EntityHighlights::typeColour(const QString& code)
{
    // Hues far enough apart to tell at a glance, and none the grey of an empty side.
    int hue = 0;
    if (code == u"title")
        return QColor::fromHsl(220, 50, 125).toRgb(); // slate: a muted cousin of people's blue
    if (code == u"person")
        hue = 210; // blue
    else if (code == u"organisation")
        hue = 275; // violet
    else if (code == u"place")
        hue = 130; // green
    else if (code == u"agreement")
        hue = 28; // orange
    else if (code == u"event")
        hue = 180; // teal
    else if (code == u"date")
        hue = 335; // pink
    else if (code == u"number")
        hue = 52; // yellow
    else
        return QColor(Qt::gray);
    return QColor::fromHsl(hue, 190, 120).toRgb();
}

QColor EntityHighlights::typeWash(const QString& code, const QPalette& palette, qreal strength)
{
    // On a dark base a strong wash of a light hue (green, yellow) would dim light text: back
    // off until the palette's text reads on it (WCAG AA).
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor wash = colours::blend(base, typeColour(code), strength);
    for (qreal s = strength; s > 0.1 && colours::contrast(wash, text) < 4.5; s -= 0.05)
        wash = colours::blend(base, typeColour(code), s);
    return wash;
}

} // namespace songngu
