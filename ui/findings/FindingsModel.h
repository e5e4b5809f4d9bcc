// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DocumentAnalyzer.h"

#include <QAbstractTableModel>
#include <QSet>

namespace songngu {

// The findings of the shown document as a table: kind (with a severity icon), row, message.
// Ignored findings stay in the model, marked, so a filter can show them and "Unignore" can
// bring them back.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        RowColumn,
        MessageColumn,
        ColumnCount
    };

    enum Role
    {
        FindingIndexRole = Qt::UserRole + 1, // int: index into findings()
        KindRole,                            // QString: "name-mismatch"
        SeverityRole,                        // int(Severity)
        RowRole,                             // int: aligned row, 0-based; -1 for none
        FingerprintRole,                     // QString
        IgnoredRole,                         // bool
        SortRole,                            // severity, kind, row or message
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(FindingsPtr findings); // null: empty
    FindingsPtr findings() const { return all; }
    void setIgnored(const QSet<QString>& fingerprints);
    bool isIgnored(int finding) const;
    int count(Severity severity, bool ignored) const; // findings of that severity (not) ignored

    static QString kindName(const QString& kind); // "Name mismatch", translated
    static QStringList kinds();                   // every kind, in the order the checks run

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FindingsPtr all;
    QSet<QString> ignored;
};

} // namespace songngu
