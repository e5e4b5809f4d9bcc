// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/Glossary.h"

#include <QCoreApplication>
#include <QList>

#include <QString>
#include <memory>

namespace songngu {

// The user's own glossary entries, kept in the user's data folder as `songngu-glossary` JSON
// (the built-in format) and applied over the built-in glossary: an entry with a built-in id
// replaces that entry, a new id adds one. Offices in the file are kept and applied too, so that
// a hand-edited file loses nothing when the program saves it again.
class UserGlossary
{
    Q_DECLARE_TR_FUNCTIONS(songngu::UserGlossary)
public:
    // <AppDataLocation>/glossary.json
    static QString defaultPath();
    static QString pathIn(const QString& dataFolder); // <dataFolder>/glossary.json
    explicit UserGlossary(QString path = defaultPath());

    QString path() const { return filePath; }

    // Replaces the entries with the file's. A missing file is an empty glossary, not an error;
    // a bad file leaves the entries unchanged and says why in `error`.
    bool load(QString* error = nullptr);
    // Writes atomically (QSaveFile), creating the folder: a failed save leaves the old file.
    bool save(QString* error = nullptr) const;

    const QList<GlossaryEntry>& entries() const { return entryList; } // sorted by id
    const QList<Office>& offices() const { return officeList; }       // sorted by id
    const GlossaryEntry* entry(const QString& id) const;
    // Adds `entry` or replaces the one with its id; an entry without an id gets Glossary::makeId().
    void addOrReplace(const GlossaryEntry& entry);
    bool remove(const QString& id); // false when there was no such entry
    void applyTo(Glossary& glossary) const;
    // The built-in glossary with these entries over it: the glossary in effect.
    std::shared_ptr<Glossary> overBuiltIn() const;

private:
    qsizetype indexOf(const QString& id) const; // insertion point when absent

    QString filePath;
    QList<GlossaryEntry> entryList;
    QList<Office> officeList;
};

} // namespace songngu
