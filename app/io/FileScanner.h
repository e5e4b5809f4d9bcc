// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

#include <atomic>

#include <QSet>
#include <QString>
#include <QStringList>

namespace songngu {

struct FileProblem
{
    QString path;
    QString reason;
};

struct ScanResult
{
    QStringList files;             // to be read, in a stable order (sorted per folder)
    QList<FileProblem> unreadable; // paths the user named that cannot be read at all
    QList<FileProblem> skipped;    // found in folders but passed over on purpose
};

// Expands the files and folders a user opened into the list of article files to read.
// Folders are walked recursively; hidden entries and files that are not text by their name
// are skipped with a reason; each folder is entered once, so symbolic-link loops end.
class FileScanner
{
    Q_DECLARE_TR_FUNCTIONS(songngu::FileScanner)

public:
    // `stop`, when given, ends the walk early (a cancelled background load).
    ScanResult scan(const QStringList& paths, const std::atomic_bool* stop = nullptr) const;
    static bool isTextFileName(const QString& fileName);

private:
    void scanFolder(const QString& folder, ScanResult& result, QSet<QString>& visited, int depth,
                    const std::atomic_bool* stop) const;
};

} // namespace songngu
