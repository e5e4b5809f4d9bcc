// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/DocumentListModel.h"

#include "io/FormatRegistry.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>

namespace songngu {

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent)
{
    for (const DocumentFormatName& name : FormatRegistry::standard().documentFormats())
        formatNames.insert(name.format, name.displayName);
}

QString DocumentListModel::formatName(DocumentFormat format)
{
    return FormatRegistry::standard().formatDisplayName(format);
}

QString DocumentListModel::languagesText(const QList<Language>& languages)
{
    QStringList names;
    for (Language language : languages)
        names.append(language == Language::Vietnamese ? tr("Vietnamese") : tr("English"));
    return names.join(QStringLiteral(", "));
}

QString DocumentListModel::searchText(const Document& document, const QString& fileName)
{
    // What the filter looks at: what the list shows, plus the opening paragraph in each
    // language, where news names its people and places ("to lam" finds the article whose
    // headline only says "Party chief").
    QString text = document.metadata.title + u' ' + fileName + u' ' + document.metadata.place;
    for (Language language : {Language::English, Language::Vietnamese}) {
        for (int row = 0; row < document.rows.size(); ++row) {
            const RowKind kind = document.rows.at(row).kind;
            const Paragraph* paragraph = document.segment(row, language);
            if (paragraph && (kind == RowKind::Pair || kind == RowKind::OneSided)) {
                text += u' ' + paragraph->text.left(600);
                break;
            }
        }
    }
    return text;
}

void DocumentListModel::addResults(const QList<ReadResult>& results)
{
    QList<Entry> added;
    for (const ReadResult& result : results) {
        Entry entry{result, {}, {}};
        const QString name = QFileInfo(result.path).fileName();
        entry.sortKey = folder.fold(result.ok() ? result.document->metadata.title : name);
        entry.searchKey = folder.fold(result.ok() ? searchText(*result.document, name) : name);
        const auto existing = rowByPath.constFind(result.path);
        if (existing != rowByPath.cend()) {
            const int row = existing.value();
            entries[row] = std::move(entry);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            added.append(std::move(entry));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(entries.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Entry& entry : added) {
        rowByPath.insert(entry.result.path, int(entries.size()));
        entries.append(std::move(entry));
    }
    endInsertRows();
}

void DocumentListModel::removeEntry(int row)
{
    if (row < 0 || row >= entries.size())
        return;
    beginRemoveRows({}, row, row);
    entries.removeAt(row);
    rowByPath.clear();
    for (int i = 0; i < entries.size(); ++i)
        rowByPath.insert(entries.at(i).result.path, i);
    endRemoveRows();
}

void DocumentListModel::setFindingSummaries(const QList<FindingSummary>& summaries)
{
    for (const FindingSummary& summary : summaries) {
        const int row = rowByPath.value(summary.path, -1);
        if (row < 0)
            continue; // closed meanwhile
        QList<std::pair<Severity, QString>> findings;
        for (const Finding& finding : summary.findings)
            findings.append({finding.severity, finding.fingerprint});
        entries[row].findings = std::move(findings);
        Q_EMIT dataChanged(index(row, ErrorsColumn), index(row, WarningsColumn));
    }
}

void DocumentListModel::setIgnored(const QSet<QString>& fingerprints)
{
    ignored = fingerprints;
    if (!entries.isEmpty())
        Q_EMIT dataChanged(index(0, ErrorsColumn), index(rowCount() - 1, WarningsColumn));
}

int DocumentListModel::countOf(const Entry& entry, Severity severity) const
{
    if (!entry.findings)
        return -1;
    return int(std::count_if(entry.findings->cbegin(), entry.findings->cend(), [&](const auto& f) {
        return f.first == severity && !ignored.contains(f.second);
    }));
}

void DocumentListModel::clear()
{
    beginResetModel();
    entries.clear();
    rowByPath.clear();
    endResetModel();
}

int DocumentListModel::documentCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const Entry& e) { return e.result.ok(); }));
}

int DocumentListModel::errorCount() const
{
    return int(entries.size()) - documentCount();
}

int DocumentListModel::rowOfPath(const QString& path) const
{
    return rowByPath.value(path, -1);
}

ReadResult DocumentListModel::resultAt(int row) const
{
    return row >= 0 && row < entries.size() ? entries.at(row).result : ReadResult();
}

DocumentPtr DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < entries.size() ? entries.at(row).result.document : nullptr;
}

QString DocumentListModel::pathAt(int row) const
{
    return row >= 0 && row < entries.size() ? entries.at(row).result.path : QString();
}

QStringList DocumentListModel::paths() const
{
    QStringList list;
    list.reserve(entries.size());
    for (const Entry& entry : entries) {
        list.append(entry.result.path);
        // Both files of a pair, so that they are paired again when reopened.
        if (entry.result.ok() && !entry.result.document->metadata.vietnamesePath.isEmpty() &&
            entry.result.document->metadata.path == entry.result.path)
            list.append(entry.result.document->metadata.vietnamesePath);
    }
    return list;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(entries.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::displayName(const Entry& entry) const
{
    return entry.result.ok() ? entry.result.document->metadata.title
                             : QFileInfo(entry.result.path).fileName();
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = entries.at(index.row());
    const DocumentPtr& document = entry.result.document;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (!document)
            return column == TitleColumn    ? displayName(entry)
                   : column == FormatColumn ? tr("Unreadable: %1").arg(entry.result.error)
                                            : QVariant();
        switch (column) {
        case TitleColumn:
            return document->metadata.title;
        case DateColumn:
            return document->metadata.date.isValid()
                       ? QLocale().toString(document->metadata.date, QLocale::ShortFormat)
                       : QString();
        case FormatColumn:
            return formatNames.value(document->metadata.format);
        case LanguagesColumn: {
            // Codes keep the column narrow; the tooltip and the Details panel spell them out.
            QStringList codes;
            for (Language language : document->metadata.languages)
                codes.append(languageCode(language).toUpper());
            return codes.join(QStringLiteral(" + "));
        }
        case ErrorsColumn:
        case WarningsColumn: {
            // Only what needs looking at: a zero would drown the counts that matter.
            const int count =
                countOf(entry, column == ErrorsColumn ? Severity::Error : Severity::Warning);
            return count > 0 ? QVariant(count) : QVariant();
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ErrorsColumn || column == WarningsColumn) {
            if (!document)
                return {};
            const int errors = countOf(entry, Severity::Error);
            return errors < 0 ? tr("Not checked yet")
                              : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                                    tr("%n warning(s)", nullptr, countOf(entry, Severity::Warning));
        }
        // Plain text only: a title must never be rendered as rich text.
        return (document
                    ? document->metadata.title + u'\n' +
                          languagesText(document->metadata.languages) + u'\n' + entry.result.path
                    : tr("%1\nCannot be read: %2").arg(entry.result.path, entry.result.error))
            .toHtmlEscaped()
            .replace(u'\n', QStringLiteral("<br>"));
    case Qt::DecorationRole:
        if (column == TitleColumn && !document)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case DocumentRole:
        return QVariant::fromValue(document);
    case PathRole:
        return entry.result.path;
    case ErrorRole:
        return entry.result.error;
    case SearchKeyRole:
        return entry.searchKey;
    case ErrorCountRole:
        return countOf(entry, Severity::Error);
    case WarningCountRole:
        return countOf(entry, Severity::Warning);
    case Qt::TextAlignmentRole:
        return column == ErrorsColumn || column == WarningsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        if (column == ErrorsColumn)
            return countOf(entry, Severity::Error);
        if (column == WarningsColumn)
            return countOf(entry, Severity::Warning);
        if (column == DateColumn)
            return document ? document->metadata.date : QDate();
        // Titles sort by their folded form, so "Đảng" sits among the D's whatever the locale.
        if (column == TitleColumn)
            return entry.sortKey;
        return data(index, Qt::DisplayRole).toString().toLower();
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The count columns are headed by their severity's icon: they stay narrow.
    if (section == ErrorsColumn || section == WarningsColumn) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(section == ErrorsColumn
                                                           ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return section == ErrorsColumn ? tr("Errors found by the checks")
                                           : tr("Warnings found by the checks");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case FormatColumn:
        return tr("Format");
    case LanguagesColumn:
        return tr("Languages");
    }
    return {};
}

} // namespace songngu
