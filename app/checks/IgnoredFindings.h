// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace songngu {

// The findings a user chose to ignore, by fingerprint, kept in the user's data folder as JSON:
//   {"format": "songngu-ignored-findings", "version": 1,
//    "findings": [{"fingerprint": "…", "kind": "…", "path": "…", "message": "…",
//                  "ignored": "2025-05-11T09:30:00Z"}, …]}
// Only the fingerprint matters to the program; kind, path, message and date are there so that a
// person reading (or sharing) the file knows what each one was. Saved atomically; a file that
// cannot be read is never written over (save() refuses until load() succeeds again), so that a
// hand edit gone wrong loses nothing.
class IgnoredFindings
{
    Q_DECLARE_TR_FUNCTIONS(songngu::IgnoredFindings)
public:
    struct Entry
    {
        QString fingerprint;
        QString kind;
        QString path;
        QString message;
        QDateTime ignored; // UTC
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    // <AppDataLocation>/ignored-findings.json
    static QString defaultPath();
    explicit IgnoredFindings(QString path = defaultPath());

    QString path() const { return filePath; }

    // Replaces the set with the file's. A missing file is an empty set; a bad file leaves the
    // set as it was, says why in `error` and blocks save() until a load() succeeds.
    bool load(QString* error = nullptr);
    // Writes atomically, creating the folder. Refuses after a failed load(), and when the file
    // on disk has become unreadable since: it is the user's to fix. Writes the set as it is:
    // load() first, or the file's entries are replaced.
    bool save(QString* error = nullptr) const;
    bool isBlocked() const { return blocked; } // the last load() failed

    bool isIgnored(const QString& fingerprint) const { return byFingerprint.contains(fingerprint); }
    // Adds `fingerprint` (or refreshes its note) with `forNote`'s kind, path and message.
    void ignore(const QString& fingerprint, const Finding& forNote);
    void ignore(const Finding& finding) { ignore(finding.fingerprint, finding); }
    bool unignore(const QString& fingerprint); // false when it was not ignored
    int size() const { return int(entryList.size()); }
    const QList<Entry>& entries() const { return entryList; } // in the order they were ignored
    // `findings` without the ignored ones.
    QList<Finding> filter(const QList<Finding>& findings) const;

    // To share with colleagues: the same JSON, written atomically to `path`.
    bool exportTo(const QString& path, QString* error = nullptr) const;
    // Adds the entries of `path` that are not ignored yet (`added` says how many); a bad file
    // adds nothing. Call save() to keep them.
    bool importFrom(const QString& path, int* added = nullptr, QString* error = nullptr);

    static QByteArray toJson(const QList<Entry>& entries);
    static bool fromJson(const QByteArray& json, QList<Entry>& entries, QString* error = nullptr);

private:
    static bool readFile(const QString& path, QList<Entry>& entries, QString* error);
    static bool fromObject(const QJsonObject& root, QList<Entry>& entries, QString* error);
    void rebuildIndex();

    QString filePath;
    QList<Entry> entryList;
    QHash<QString, qsizetype> byFingerprint; // → index into entryList
    bool blocked = false;
};

} // namespace songngu
