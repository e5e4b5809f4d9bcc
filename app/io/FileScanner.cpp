// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FileScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace songngu {

namespace {
constexpr int maximumDepth = 64;
} // namespace

FileScanner::FileScanner(FormatRegistry formats) : formats(std::move(formats)) {}

ScanResult FileScanner::scan(const QStringList& paths, const std::atomic_bool* stop) const
{
    ScanResult result;
    QSet<QString> visited;
    for (const QString& path : paths) {
        if (stop && stop->load())
            break;
        const QFileInfo info(path);
        if (!info.exists()) {
            result.unreadable.append({path, tr("no such file or folder")});
        } else if (info.isDir()) {
            scanFolder(path, result, visited, 0, stop);
        } else if (!info.isFile()) {
            // A FIFO or device would block the reader or never end.
            result.unreadable.append({path, tr("not a regular file")});
        } else if (!info.isReadable()) {
            result.unreadable.append({path, tr("permission denied")});
        } else {
            // A file named explicitly is read whatever its name; its content decides.
            result.files.append(path);
        }
    }
    result.files.removeDuplicates();
    return result;
}

void FileScanner::scanFolder(const QString& folder, ScanResult& result, QSet<QString>& visited,
                             int depth, const std::atomic_bool* stop) const
{
    if (stop && stop->load())
        return;
    const QFileInfo folderInfo(folder);
    // Resource folders (":/samples") have no canonical path; their own path is unique.
    const QString canonical =
        folderInfo.canonicalFilePath().isEmpty() ? folder : folderInfo.canonicalFilePath();
    if (visited.contains(canonical)) {
        result.skipped.append({folder, tr("folder already read (symbolic link loop)")});
        return;
    }
    if (depth > maximumDepth) {
        result.skipped.append({folder, tr("folders nested too deeply")});
        return;
    }
    visited.insert(canonical);
    QDir dir(folder);
    if (!dir.isReadable()) {
        result.unreadable.append({folder, tr("cannot open folder")});
        return;
    }
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                          QDir::Name | QDir::DirsLast);
    for (const QFileInfo& entry : entries) {
        const QString path = entry.filePath();
        if (entry.fileName().startsWith(u'.')) {
            result.skipped.append({path, tr("hidden")});
        } else if (entry.isDir()) {
            scanFolder(path, result, visited, depth + 1, stop);
        } else if (!entry.isFile()) {
            result.skipped.append({path, tr("not a regular file")});
        } else if (!readsFileName(entry.fileName())) {
            const QString unsupported = formats.reasonByName(entry.fileName());
            result.skipped.append({path, unsupported.isEmpty()
                                             ? tr("not a text file (.%1)").arg(entry.suffix())
                                             : unsupported});
        } else {
            result.files.append(path);
        }
    }
}

} // namespace songngu
