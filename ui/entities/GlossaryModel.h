// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/UserGlossary.h"

#include <QAbstractTableModel>

namespace songngu {

// The glossary in effect as a table, one row per entry sorted by id: the built-in entries, the
// user's own, and the user's entries that override a built-in one (shown once, as the user's
// version). Origin tells them apart, since only the user's entries can be deleted.
class GlossaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        TypeColumn,
        EnglishColumn,
        VietnameseColumn,
        OriginColumn,
        ColumnCount
    };

    enum class Origin
    {
        BuiltIn,  // only in the built-in glossary
        User,     // only in the user's glossary
        Override, // the user's version of a built-in entry
    };

    enum Role
    {
        EntryIdRole = Qt::UserRole + 1, // QString: the entry's id
        OriginRole,                     // int: Origin
        SearchKeyRole,                  // QString: folded id, forms and given names
        SortRole,                       // folded display text
    };

    explicit GlossaryModel(QObject* parent = nullptr);

    // `builtIn` alone (no user entries applied) and the user's entries over it.
    void setGlossaries(const Glossary& builtIn, const UserGlossary& user);
    const GlossaryEntry* entryAt(int row) const;
    Origin originAt(int row) const;
    int rowOfId(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString originName(Origin origin); // translated

private:
    struct Row
    {
        GlossaryEntry entry;
        Origin origin = Origin::BuiltIn;
        QString searchKey;
    };
    QString displayText(const Row& row, int column) const;

    QList<Row> rows; // sorted by id
    TextFolder folder;
};

} // namespace songngu
