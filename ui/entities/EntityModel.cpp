// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/EntityModel.h"

#include "ui/view/EntityHighlights.h"

#include <QSet>
#include <QTextDocument>

namespace songngu {

namespace {

// Internal ids: 0 for a group, group + 1 for an entity under it.
constexpr quintptr groupId = 0;

// How the entity is written in `language`: its display form, or for dates and numbers (whose
// display forms are values) the first mention, since "May 10" says more than "2025-05-10".
QString displayForm(const Entity& entity, Language language)
{
    if (entity.type == u"date" || entity.type == u"number") {
        for (const EntityMention& mention : entity.mentions)
            if (mention.language == language)
                return mention.text;
        return {};
    }
    return language == Language::English ? entity.english : entity.vietnamese;
}

} // namespace

EntityModel::EntityModel(QObject* parent) : QAbstractItemModel(parent) {}

void EntityModel::setEntities(EntitiesPtr entities)
{
    beginResetModel();
    all = std::move(entities);
    groups.clear();
    position.clear();
    searchKeys.clear();
    if (all) {
        const QStringList types = EntityHighlights::typeCodes();
        QList<Group> byType(types.size());
        position.resize(all->entities.size());
        searchKeys.resize(all->entities.size());
        for (int e = 0; e < all->entities.size(); ++e) {
            const Entity& entity = all->entities.at(e);
            const int type = types.indexOf(entity.type);
            if (type < 0)
                continue; // a type this window does not know how to show
            Group& group = byType[type];
            group.type = entity.type;
            group.entities.append(e);
            const int english = entity.mentionCount(Language::English);
            const int vietnamese = entity.mentionCount(Language::Vietnamese);
            group.englishMentions += english;
            group.vietnameseMentions += vietnamese;
            // Every spelling written counts for the filter: "Lam" finds To Lam.
            QSet<QString> spellings{entity.english, entity.vietnamese};
            for (const EntityMention& mention : entity.mentions)
                spellings.insert(mention.text);
            QString key = folder.fold(entity.id);
            for (const QString& spelling : std::as_const(spellings))
                key += u' ' + folder.fold(spelling);
            searchKeys[e] = key;
        }
        for (Group& group : byType) {
            if (group.entities.isEmpty())
                continue;
            for (int row = 0; row < group.entities.size(); ++row)
                position[group.entities.at(row)] = {int(groups.size()), row};
            groups.append(std::move(group));
        }
    }
    endResetModel();
}

int EntityModel::entityCount() const
{
    return all ? int(all->entities.size()) : 0;
}

QModelIndex EntityModel::indexOfEntity(int entity, int column) const
{
    if (entity < 0 || entity >= position.size() || searchKeys.at(entity).isEmpty())
        return {};
    const auto [group, row] = position.at(entity);
    return createIndex(row, column, quintptr(group) + 1);
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex EntityModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int EntityModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(groups.size());
    if (parent.internalId() == groupId && parent.column() == 0)
        return int(groups.at(parent.row()).entities.size());
    return 0;
}

int EntityModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant EntityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupId)
        return groupData(groups.at(index.row()), index.column(), role);
    const Group& group = groups.at(int(index.internalId() - 1));
    return entityData(group.entities.at(index.row()), index.column(), role);
}

QVariant EntityModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == EnglishColumn)
            return tr("%1 (%2)")
                .arg(EntityHighlights::typeGroupName(group.type))
                .arg(group.entities.size());
        if (column == EnglishCountColumn)
            return group.englishMentions;
        if (column == VietnameseCountColumn)
            return group.vietnameseMentions;
        return {};
    case Qt::DecorationRole:
        // The type's colour doubles as the legend entry.
        return column == EnglishColumn ? QVariant(EntityHighlights::typeColour(group.type))
                                       : QVariant();
    case Qt::ToolTipRole:
        return tr("%n entities", nullptr, int(group.entities.size())) + u'\n' +
               tr("Mentions: %1 in English, %2 in Vietnamese")
                   .arg(group.englishMentions)
                   .arg(group.vietnameseMentions);
    case EntityIndexRole:
        return -1;
    case TypeRole:
        return group.type;
    case SearchKeyRole:
        return folder.fold(EntityHighlights::typeGroupName(group.type));
    case SortRole:
        return EntityHighlights::typeCodes().indexOf(group.type);
    default:
        return {};
    }
}

QStringList EntityModel::offices(const Entity& entity) const
{
    const GlossaryEntry* person =
        glossary && entity.type == u"person" ? glossary->entry(entity.id) : nullptr;
    return person ? glossary->describeTerms(*person) : QStringList();
}

QVariant EntityModel::entityData(int e, int column, int role) const
{
    const Entity& entity = all->entities.at(e);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EnglishColumn:
            return displayForm(entity, Language::English);
        case VietnameseColumn:
            return displayForm(entity, Language::Vietnamese);
        case EnglishCountColumn:
            return entity.mentionCount(Language::English);
        case VietnameseCountColumn:
            return entity.mentionCount(Language::Vietnamese);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column >= EnglishCountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case Qt::ToolTipRole: {
        QString text = tr("%1: %2\nEnglish: %3 (%4)\nVietnamese: %5 (%6)")
                           .arg(EntityHighlights::typeName(entity.type), entity.id,
                                displayForm(entity, Language::English))
                           .arg(entity.mentionCount(Language::English))
                           .arg(displayForm(entity, Language::Vietnamese))
                           .arg(entity.mentionCount(Language::Vietnamese));
        if (const QStringList terms = offices(entity); !terms.isEmpty())
            text += u'\n' + tr("Offices:") + u'\n' + terms.join(u'\n');
        // Forms come from the document: never let a tooltip read them as markup.
        return Qt::convertFromPlainText(text);
    }
    case OfficesRole:
        return offices(entity);
    case EntityIndexRole:
        return e;
    case EntityIdRole:
        return entity.id;
    case TypeRole:
        return entity.type;
    case SearchKeyRole:
        return searchKeys.at(e);
    case SortRole:
        switch (column) {
        case EnglishColumn:
        case VietnameseColumn:
            if (entity.type == u"number")
                return entity.id.mid(entity.id.indexOf(u':') + 1).remove(u'%').toDouble();
            if (entity.type == u"date")
                return entity.id; // ISO values sort by time
            return folder.fold(column == EnglishColumn ? entity.english : entity.vietnamese);
        default:
            return entityData(e, column, Qt::DisplayRole); // counts sort as shown
        }
    default:
        return {};
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case EnglishColumn:
            return tr("English");
        case VietnameseColumn:
            return tr("Vietnamese");
        case EnglishCountColumn:
            return tr("EN", "mentions in English");
        case VietnameseCountColumn:
            return tr("VI", "mentions in Vietnamese");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == EnglishCountColumn)
            return tr("Mentions in the English text");
        if (section == VietnameseCountColumn)
            return tr("Mentions in the Vietnamese text");
    }
    return {};
}

} // namespace songngu
