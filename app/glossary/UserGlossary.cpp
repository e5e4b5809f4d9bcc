// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/UserGlossary.h"
#include "support/AtomicFile.h"
#include "support/JsonFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace songngu {

QString UserGlossary::defaultPath()
{
    return pathIn(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString UserGlossary::pathIn(const QString& dataFolder)
{
    return dataFolder + QStringLiteral("/glossary.json");
}

UserGlossary::UserGlossary(QString path) : filePath(std::move(path)) {}

bool UserGlossary::load(QString* error)
{
    const QString nativePath = QDir::toNativeSeparators(filePath);
    if (!QFileInfo::exists(filePath)) {
        entryList.clear();
        officeList.clear();
        return true;
    }
    const std::optional<QByteArray> json = JsonFile::read(filePath, error);
    if (!json)
        return false;
    // Glossary checks the whole file before taking any of it.
    Glossary parsed;
    QString reason;
    if (!parsed.loadJson(*json, &reason)) {
        if (error)
            *error = tr("%1: %2").arg(nativePath, reason);
        return false;
    }
    entryList = parsed.entries();
    officeList = parsed.offices();
    return true;
}

bool UserGlossary::save(QString* error) const
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    return AtomicFile::write(filePath, Glossary::toJson(entryList, officeList), error);
}

qsizetype UserGlossary::indexOf(const QString& id) const
{
    const auto it = std::lower_bound(
        entryList.cbegin(), entryList.cend(), id,
        [](const GlossaryEntry& entry, const QString& key) { return entry.id < key; });
    return it - entryList.cbegin();
}

const GlossaryEntry* UserGlossary::entry(const QString& id) const
{
    const qsizetype i = indexOf(id);
    return i < entryList.size() && entryList.at(i).id == id ? &entryList.at(i) : nullptr;
}

void UserGlossary::addOrReplace(const GlossaryEntry& entry)
{
    GlossaryEntry added = entry;
    if (added.id.isEmpty())
        added.id = Glossary::makeId(added);
    const qsizetype i = indexOf(added.id);
    if (i < entryList.size() && entryList.at(i).id == added.id)
        entryList[i] = added;
    else
        entryList.insert(i, added);
}

bool UserGlossary::remove(const QString& id)
{
    const qsizetype i = indexOf(id);
    if (i >= entryList.size() || entryList.at(i).id != id)
        return false;
    entryList.removeAt(i);
    return true;
}

void UserGlossary::applyTo(Glossary& glossary) const
{
    for (const Office& office : officeList)
        glossary.addOffice(office);
    for (const GlossaryEntry& entry : entryList)
        glossary.add(entry);
}

std::shared_ptr<Glossary> UserGlossary::overBuiltIn() const
{
    auto glossary = std::make_shared<Glossary>();
    glossary->loadBuiltIn(); // built into the executable: cannot be missing
    applyTo(*glossary);
    return glossary;
}

} // namespace songngu
