// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "text/TextFolder.h"

#include <QAbstractItemModel>

#include <memory>

namespace songngu {

// The entities of the shown document as a two-level tree: one group per entity type ("People",
// "Places", …, in EntityHighlights::typeCodes() order, only types that occur), under it the
// entities in order of first mention. Columns: the English form, the Vietnamese form and the
// number of mentions in each language (the tab spans group rows; their totals are in the
// tooltip).
class EntityModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        EnglishColumn,
        VietnameseColumn,
        EnglishCountColumn,
        VietnameseCountColumn,
        ColumnCount
    };

    enum Role
    {
        EntityIndexRole =
            Qt::UserRole + 1, // int: index into DocumentEntities::entities; -1 for groups
        EntityIdRole,         // QString: canonical id ("to-lam", "date:2025-05-10")
        TypeRole,             // QString: type code ("person")
        SearchKeyRole,        // QString: folded forms and mentions, for filtering
        SortRole,             // folded text, or the value of dates and numbers
        OfficesRole,          // QStringList: a person's terms of office (Glossary::describeTerms)
    };

    explicit EntityModel(QObject* parent = nullptr);

    void setEntities(EntitiesPtr entities); // null: empty
    // For the offices a person held, in the tooltip and OfficesRole.
    void setGlossary(std::shared_ptr<const Glossary> glossary)
    {
        this->glossary = std::move(glossary);
    }
    EntitiesPtr entities() const { return all; }

    QModelIndex indexOfEntity(int entity, int column = 0) const;
    int entityCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString type;
        QList<int> entities; // indexes into DocumentEntities::entities
        int englishMentions = 0;
        int vietnameseMentions = 0;
    };
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant entityData(int entity, int column, int role) const;
    QStringList offices(const Entity& entity) const;

    EntitiesPtr all;
    std::shared_ptr<const Glossary> glossary;
    QList<Group> groups;
    QList<QPair<int, int>> position; // per entity: group, row in group
    QStringList searchKeys;          // per entity
    TextFolder folder;
};

} // namespace songngu
