// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/FormatRegistry.h"

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
// Folders are walked recursively; hidden entries and files no reader in the format table reads
// by their name are skipped with a reason; each folder is entered once, so symbolic-link loops
// end.
class FileScanner
{
    Q_DECLARE_TR_FUNCTIONS(songngu::FileScanner)

public:
    explicit FileScanner(FormatRegistry formats = FormatRegistry::standard());

    // `stop`, when given, ends the walk early (a cancelled background load).
    ScanResult scan(const QStringList& paths, const std::atomic_bool* stop = nullptr) const;
    // Whether a folder scan reads a file of this name: a reader's extension, or none at all.
    bool readsFileName(const QString& fileName) const { return formats.readsName(fileName); }

private:
    void scanFolder(const QString& folder, ScanResult& result, QSet<QString>& visited, int depth,
                    const std::atomic_bool* stop) const;

    FormatRegistry formats;
};

} // namespace songngu
