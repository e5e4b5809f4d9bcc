// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/IgnoredFindings.h"
#include "support/AtomicFile.h"
#include "support/JsonFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace songngu {

namespace {

const QString formatName = QStringLiteral("songngu-ignored-findings");
constexpr int formatVersion = 1;

} // namespace

QString IgnoredFindings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/ignored-findings.json");
}

IgnoredFindings::IgnoredFindings(QString path) : filePath(std::move(path)) {}

QByteArray IgnoredFindings::toJson(const QList<Entry>& entries)
{
    QJsonArray findings;
    for (const Entry& entry : entries)
        findings.append(QJsonObject{
            {QStringLiteral("fingerprint"), entry.fingerprint},
            {QStringLiteral("kind"), entry.kind},
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("message"), entry.message},
            {QStringLiteral("ignored"),
             entry.ignored.isValid() ? QJsonValue(entry.ignored.toUTC().toString(Qt::ISODate))
                                     : QJsonValue()},
        });
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), formatName},
                                     {QStringLiteral("version"), formatVersion},
                                     {QStringLiteral("findings"), findings}})
        .toJson(QJsonDocument::Indented);
}

bool IgnoredFindings::fromJson(const QByteArray& json, QList<Entry>& entries, QString* error)
{
    const std::optional<QJsonObject> root = JsonFile::parseObject(json, error);
    return root && fromObject(*root, entries, error);
}

bool IgnoredFindings::fromObject(const QJsonObject& root, QList<Entry>& entries, QString* error)
{
    if (root.value(u"format").toString() != formatName) {
        if (error)
            *error = tr("not ignored findings (no \"format\": \"%1\")").arg(formatName);
        return false;
    }
    // A newer program's file may hold what this one would drop on saving.
    if (root.value(u"version").toInt(formatVersion) > formatVersion) {
        if (error)
            *error = tr("written by a newer version of Song Ngữ");
        return false;
    }
    if (!root.value(u"findings").isArray() && root.contains(u"findings")) {
        if (error)
            *error = tr("\"findings\" is not a list");
        return false;
    }
    QList<Entry> parsed;
    QSet<QString> seen;
    const QJsonArray findings = root.value(u"findings").toArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonObject object = findings.at(i).toObject();
        const QString fingerprint = object.value(u"fingerprint").toString().trimmed();
        if (fingerprint.isEmpty()) {
            if (error)
                *error = tr("finding %1 has no fingerprint").arg(i + 1);
            return false;
        }
        if (seen.contains(fingerprint))
            continue;
        seen.insert(fingerprint);
        parsed.append({fingerprint, object.value(u"kind").toString(),
                       object.value(u"path").toString(), object.value(u"message").toString(),
                       QDateTime::fromString(object.value(u"ignored").toString(), Qt::ISODate)});
    }
    entries = parsed;
    return true;
}

bool IgnoredFindings::readFile(const QString& path, QList<Entry>& entries, QString* error)
{
    const std::optional<QJsonObject> root = JsonFile::readObject(path, error);
    if (!root)
        return false;
    QString reason;
    if (!fromObject(*root, entries, &reason)) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

void IgnoredFindings::rebuildIndex()
{
    byFingerprint.clear();
    for (qsizetype i = 0; i < entryList.size(); ++i)
        byFingerprint.insert(entryList.at(i).fingerprint, i);
}

bool IgnoredFindings::load(QString* error)
{
    if (!QFileInfo::exists(filePath)) {
        entryList.clear();
        rebuildIndex();
        blocked = false;
        return true;
    }
    QList<Entry> loaded;
    if (!readFile(filePath, loaded, error)) {
        blocked = true;
        return false;
    }
    entryList = loaded;
    rebuildIndex();
    blocked = false;
    return true;
}

bool IgnoredFindings::save(QString* error) const
{
    const QString nativePath = QDir::toNativeSeparators(filePath);
    QList<Entry> onDisk;
    if (blocked || (QFileInfo::exists(filePath) && !readFile(filePath, onDisk, nullptr))) {
        if (error)
            *error = tr("%1 cannot be read; fix or remove it, then try again").arg(nativePath);
        return false;
    }
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    return AtomicFile::write(filePath, toJson(entryList), error);
}

void IgnoredFindings::ignore(const QString& fingerprint, const Finding& forNote)
{
    if (fingerprint.isEmpty())
        return;
    // Whole seconds: the file keeps no more, so a saved and reloaded entry compares equal.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const Entry entry{fingerprint, forNote.kind, forNote.path, forNote.message, now};
    if (const auto it = byFingerprint.constFind(fingerprint); it != byFingerprint.cend()) {
        entryList[*it] = entry;
        return;
    }
    byFingerprint.insert(fingerprint, entryList.size());
    entryList.append(entry);
}

bool IgnoredFindings::unignore(const QString& fingerprint)
{
    const auto it = byFingerprint.constFind(fingerprint);
    if (it == byFingerprint.cend())
        return false;
    entryList.removeAt(*it);
    rebuildIndex();
    return true;
}

QList<Finding> IgnoredFindings::filter(const QList<Finding>& findings) const
{
    QList<Finding> kept;
    kept.reserve(findings.size());
    for (const Finding& finding : findings)
        if (!isIgnored(finding.fingerprint))
            kept.append(finding);
    return kept;
}

bool IgnoredFindings::exportTo(const QString& path, QString* error) const
{
    return AtomicFile::write(path, toJson(entryList), error);
}

bool IgnoredFindings::importFrom(const QString& path, int* added, QString* error)
{
    if (added)
        *added = 0;
    QList<Entry> imported;
    if (!readFile(path, imported, error))
        return false;
    int count = 0;
    for (const Entry& entry : std::as_const(imported)) {
        if (byFingerprint.contains(entry.fingerprint))
            continue;
        byFingerprint.insert(entry.fingerprint, entryList.size());
        entryList.append(entry);
        ++count;
    }
    if (added)
        *added = count;
    return true;
}

} // namespace songngu
