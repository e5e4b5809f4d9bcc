// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/GlossaryModel.h"

#include "ui/view/EntityHighlights.h"

#include <algorithm>

namespace songngu {

GlossaryModel::GlossaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void GlossaryModel::setGlossaries(const Glossary& builtIn, const UserGlossary& user)
{
    beginResetModel();
    rows.clear();
    const QList<GlossaryEntry> builtInEntries = builtIn.entries();
    for (const GlossaryEntry& entry : builtInEntries)
        if (!user.entry(entry.id))
            rows.append({entry, Origin::BuiltIn, {}});
    for (const GlossaryEntry& entry : user.entries())
        rows.append({entry, builtIn.entry(entry.id) ? Origin::Override : Origin::User, {}});
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return a.entry.id < b.entry.id; });
    for (Row& row : rows) {
        // Every form and given name counts for the filter: "trong" finds Nguyễn Phú Trọng.
        const GlossaryEntry& entry = row.entry;
        const QStringList parts =
            QStringList{entry.id} + entry.english + entry.vietnamese + entry.givenNames;
        row.searchKey = folder.fold(parts.join(u' '));
    }
    endResetModel();
}

const GlossaryEntry* GlossaryModel::entryAt(int row) const
{
    return row >= 0 && row < rows.size() ? &rows.at(row).entry : nullptr;
}

GlossaryModel::Origin GlossaryModel::originAt(int row) const
{
    return row >= 0 && row < rows.size() ? rows.at(row).origin : Origin::BuiltIn;
}

int GlossaryModel::rowOfId(const QString& id) const
{
    const auto it =
        std::lower_bound(rows.cbegin(), rows.cend(), id,
                         [](const Row& row, const QString& key) { return row.entry.id < key; });
    return it != rows.cend() && it->entry.id == id ? int(it - rows.cbegin()) : -1;
}

int GlossaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows.size());
}

int GlossaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GlossaryModel::originName(Origin origin)
{
    switch (origin) {
    case Origin::BuiltIn:
        return tr("Built in");
    case Origin::User:
        return tr("Yours");
    case Origin::Override:
        return tr("Yours, over built-in");
    }
    return {};
}

QString GlossaryModel::displayText(const Row& row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.entry.id;
    case TypeColumn:
        return EntityHighlights::typeName(entityTypeCode(row.entry.type));
    case EnglishColumn:
        return row.entry.english.join(QStringLiteral("; "));
    case VietnameseColumn:
        return row.entry.vietnamese.join(QStringLiteral("; "));
    case OriginColumn:
        return originName(row.origin);
    }
    return {};
}

QVariant GlossaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == EnglishColumn)
            return row.entry.english.join(u'\n');
        if (index.column() == VietnameseColumn)
            return row.entry.vietnamese.join(u'\n');
        if (index.column() == OriginColumn && row.origin == Origin::Override)
            return tr("Your entry replaces the built-in one; deleting it restores the built-in "
                      "entry.");
        return {};
    case EntryIdRole:
        return row.entry.id;
    case OriginRole:
        return int(row.origin);
    case SearchKeyRole:
        return row.searchKey;
    case SortRole:
        return folder.fold(displayText(row, index.column()));
    }
    return {};
}

QVariant GlossaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TypeColumn:
        return tr("Type");
    case EnglishColumn:
        return tr("English");
    case VietnameseColumn:
        return tr("Vietnamese");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

} // namespace songngu
