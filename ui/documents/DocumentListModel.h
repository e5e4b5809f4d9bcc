// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/BatchChecker.h"
#include "io/ReadResult.h"
#include "text/TextFolder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>

namespace songngu {

// Every file the user opened: read documents and files that could not be read, with why.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        // Next to the title, where a narrow list still shows them.
        ErrorsColumn,   // findings of error severity, not ignored; empty until checked
        WarningsColumn, // the same for warnings
        DateColumn,
        FormatColumn,
        LanguagesColumn,
        ColumnCount
    };
    enum Role
    {
        DocumentRole = Qt::UserRole + 1, // QVariant holding a DocumentPtr (null when unreadable)
        PathRole,                        // QString
        ErrorRole,                       // QString, empty when the document was read
        SearchKeyRole,    // QString: folded title, file name and place, for filtering
        SortRole,         // a value that sorts the column naturally
        ErrorCountRole,   // int: error findings not ignored; -1 until checked
        WarningCountRole, // int: the same for warnings
    };

    explicit DocumentListModel(QObject* parent = nullptr);

    // Adds results; a path listed already is replaced, so re-opening refreshes it.
    void addResults(const QList<ReadResult>& results);
    void removeEntry(int row);
    void clear();
    // Findings of documents (BatchChecker); counted without the ignored ones.
    void setFindingSummaries(const QList<FindingSummary>& summaries);
    void setIgnored(const QSet<QString>& fingerprints);

    int documentCount() const;
    int errorCount() const;
    int rowOfPath(const QString& path) const;
    DocumentPtr documentAt(int row) const;
    ReadResult resultAt(int row) const; // empty for rows out of range
    QString pathAt(int row) const;
    QStringList paths() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString searchText(const Document& document, const QString& fileName);
    static QString formatName(DocumentFormat format);
    static QString languagesText(const QList<Language>& languages);

private:
    struct Entry
    {
        ReadResult result;
        QString searchKey;
        QString sortKey;
        std::optional<QList<std::pair<Severity, QString>>> findings; // until checked: none
    };
    int countOf(const Entry& entry, Severity severity) const; // -1 until checked
    QString displayName(const Entry& entry) const;

    QList<Entry> entries;
    QHash<QString, int> rowByPath;
    QMap<DocumentFormat, QString> formatNames; // from the format table, for the Format column
    TextFolder folder;
    QSet<QString> ignored;
};

} // namespace songngu

Q_DECLARE_METATYPE(songngu::DocumentPtr)
