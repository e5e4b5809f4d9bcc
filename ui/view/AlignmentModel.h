// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QAbstractTableModel>

namespace songngu {

// The alignment table of one document as a model: one model row per aligned row, one column
// per language. Views (the paired view, tests) read the document only through this model.
class AlignmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EnglishColumn = 0,
        VietnameseColumn = 1,
        ColumnCount
    };

    enum Role
    {
        RowKindRole = Qt::UserRole + 1, // int(RowKind)
        HasSegmentRole,                 // bool: this side has a paragraph
        LanguageRole,                   // int(Language) of the column
        UncertainRole,                  // bool: the aligner is unsure of this row's pairing
    };

    explicit AlignmentModel(QObject* parent = nullptr);

    void setDocument(DocumentPtr document);
    DocumentPtr document() const { return doc; }

    static Language columnLanguage(int column);
    static int languageColumn(Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DocumentPtr doc;
};

} // namespace songngu
