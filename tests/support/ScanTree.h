// SPDX-License-Identifier: GPL-3.0-or-later
// A folder tree with every case FileScanner and DocumentLoader tell apart, for both suites.
#pragma once

#include "io/FileScanner.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace songngu::testing {

inline const QByteArray pngBytes =
    QByteArrayLiteral("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06");
inline const QByteArray englishText = "The two leaders held talks in Moscow on Saturday.\n\n"
                                      "They agreed to expand trade and investment ties.\n";
inline const QByteArray vietnameseText =
    QStringLiteral("Hai nhà lãnh đạo đã hội đàm tại Moscow.\n").toUtf8();

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Under `root`: a.txt, b.md and notes (no extension) to read; photo.png (not text); .hidden.txt
// and .cache/inside.txt (hidden); sub/binary.txt (a text name, binary content); sub/c.txt and
// sub/deeper/d.txt further down; sub/loop → .. (back to the root) and sub/selfloop.txt (a link
// to itself). Returns what could not be made, empty when all is there.
inline QString writeScanTree(const QString& root)
{
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("/a.txt"), englishText},
        {QStringLiteral("/b.md"), vietnameseText},
        {QStringLiteral("/notes"), englishText},
        {QStringLiteral("/photo.png"), pngBytes},
        {QStringLiteral("/.hidden.txt"), englishText},
        {QStringLiteral("/.cache/inside.txt"), englishText},
        {QStringLiteral("/sub/binary.txt"), pngBytes},
        {QStringLiteral("/sub/c.txt"), englishText},
        {QStringLiteral("/sub/deeper/d.txt"), vietnameseText}};
    for (const auto& [name, bytes] : files)
        if (!writeFile(root + name, bytes))
            return QStringLiteral("cannot write ") + name;
    if (!QFile::link(QStringLiteral(".."), root + QStringLiteral("/sub/loop")))
        return QStringLiteral("cannot link sub/loop");
    if (QFileInfo(root + QStringLiteral("/sub/loop")).canonicalFilePath() !=
        QFileInfo(root).canonicalFilePath())
        return QStringLiteral("sub/loop does not lead back to the root");
    if (!QFile::link(QStringLiteral("selfloop.txt"), root + QStringLiteral("/sub/selfloop.txt")))
        return QStringLiteral("cannot link sub/selfloop.txt");
    return {};
}

inline QString reasonFor(const QList<FileProblem>& problems, const QString& path)
{
    for (const FileProblem& problem : problems)
        if (problem.path == path)
            return problem.reason;
    return {};
}

} // namespace songngu::testing
