// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findings/FindingsModel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QTextDocument>

namespace songngu {

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(FindingsPtr findings)
{
    beginResetModel();
    all = std::move(findings);
    endResetModel();
}

void FindingsModel::setIgnored(const QSet<QString>& fingerprints)
{
    ignored = fingerprints;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool FindingsModel::isIgnored(int finding) const
{
    return all && finding >= 0 && finding < all->size() &&
           ignored.contains(all->at(finding).fingerprint);
}

int FindingsModel::count(Severity severity, bool countIgnored) const
{
    if (!all)
        return 0;
    return int(std::count_if(all->cbegin(), all->cend(), [&](const Finding& f) {
        return f.severity == severity && ignored.contains(f.fingerprint) == countIgnored;
    }));
}

QStringList FindingsModel::kinds()
{
    return FindingKinds::all();
}

QString FindingsModel::kindName(const QString& kind)
{
    return FindingKinds::name(kind);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !all ? 0 : int(all->size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding& finding = all->at(index.row());
    const bool isIgnoredFinding = ignored.contains(finding.fingerprint);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindName(finding.kind);
        case RowColumn:
            return finding.row >= 0 ? QVariant(finding.row + 1) : QVariant(QStringLiteral("—"));
        case MessageColumn:
            return finding.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != KindColumn)
            return {};
        switch (finding.severity) {
        case Severity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = finding.message;
        if (!finding.suggestion.isEmpty())
            tip += u'\n' + tr("Suggestion: %1").arg(finding.suggestion);
        if (isIgnoredFinding)
            tip += u'\n' + tr("Ignored");
        // Messages quote the document: never let a tooltip read them as markup.
        return Qt::convertFromPlainText(tip);
    }
    case Qt::ForegroundRole:
        return isIgnoredFinding ? QVariant(QApplication::palette().brush(QPalette::PlaceholderText))
                                : QVariant();
    case Qt::FontRole:
        if (isIgnoredFinding) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case FindingIndexRole:
        return index.row();
    case KindRole:
        return finding.kind;
    case SeverityRole:
        return int(finding.severity);
    case RowRole:
        return finding.row;
    case FingerprintRole:
        return finding.fingerprint;
    case IgnoredRole:
        return isIgnoredFinding;
    case SortRole:
        switch (index.column()) {
        case KindColumn: // most severe first, then by kind
            return (2 - int(finding.severity)) * 100 + int(kinds().indexOf(finding.kind));
        case RowColumn:
            return finding.row;
        default:
            return finding.message;
        }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Finding");
    case RowColumn:
        return tr("Row");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace songngu
