// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/AlignmentModel.h"

namespace songngu {

AlignmentModel::AlignmentModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlignmentModel::setDocument(DocumentPtr document)
{
    beginResetModel();
    doc = std::move(document);
    endResetModel();
}

Language AlignmentModel::columnLanguage(int column)
{
    return column == EnglishColumn      ? Language::English
           : column == VietnameseColumn ? Language::Vietnamese
                                        : Language::Unknown;
}

int AlignmentModel::languageColumn(Language language)
{
    return language == Language::Vietnamese ? VietnameseColumn : EnglishColumn;
}

int AlignmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !doc ? 0 : int(doc->rows.size());
}

int AlignmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlignmentModel::data(const QModelIndex& index, int role) const
{
    if (!doc ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Language language = columnLanguage(index.column());
    const Paragraph* paragraph = doc->segment(index.row(), language);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return paragraph ? paragraph->text : QString();
    case RowKindRole:
        return int(doc->rows.at(index.row()).kind);
    case HasSegmentRole:
        return paragraph != nullptr;
    case LanguageRole:
        return int(language);
    case UncertainRole:
        return doc->rows.at(index.row()).isUncertain();
    default:
        return {};
    }
}

QVariant AlignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == EnglishColumn ? tr("English") : tr("Vietnamese");
}

} // namespace songngu
