#pragma once

#include "DocumentReader.h"
#include "TextFolder.h"

#include <QAbstractTableModel>
#include <QHash>

namespace songngu {

// Every file the user opened: read documents and files that could not be read, with why.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
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
        SearchKeyRole, // QString: folded title, file name and place, for filtering
        SortRole,      // a value that sorts the column naturally
    };

    explicit DocumentListModel(QObject* parent = nullptr);

    // Adds results; a path listed already is replaced, so re-opening refreshes it.
    void addResults(const QList<ReadResult>& results);
    void removeEntry(int row);
    void clear();

    int documentCount() const;
    int errorCount() const;
    int rowOfPath(const QString& path) const;
    DocumentPtr documentAt(int row) const;
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
    };
    QString displayName(const Entry& entry) const;

    QList<Entry> entries;
    QHash<QString, int> rowByPath;
    TextFolder folder;
};

} // namespace songngu

Q_DECLARE_METATYPE(songngu::DocumentPtr)
