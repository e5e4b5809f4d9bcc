// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace songngu {

namespace {
QString defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/songngu.ini");
}
} // namespace

AppSettings::AppSettings() : AppSettings(defaultFileName()) {}

AppSettings::AppSettings(const QString& fileName) : settings(fileName, QSettings::IniFormat) {}

QByteArray AppSettings::windowGeometry() const
{
    return settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray AppSettings::splitterState() const
{
    return settings.value(QStringLiteral("window/panes")).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray& state)
{
    settings.setValue(QStringLiteral("window/panes"), state);
}

QString AppSettings::lastFolder() const
{
    return settings.value(QStringLiteral("files/lastFolder")).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    settings.setValue(QStringLiteral("files/lastFolder"), folder);
}

QString AppSettings::saveFolder() const
{
    const QString saved = settings.value(QStringLiteral("files/saveFolder")).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void AppSettings::setSaveFolder(const QString& folder)
{
    settings.setValue(QStringLiteral("files/saveFolder"), folder);
}

QStringList AppSettings::recentFiles() const
{
    return settings.value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maximumRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("files/recent"), recent);
}

void AppSettings::clearRecentFiles()
{
    settings.remove(QStringLiteral("files/recent"));
}

QStringList AppSettings::sessionPaths() const
{
    return settings.value(QStringLiteral("session/paths")).toStringList();
}

void AppSettings::setSessionPaths(const QStringList& paths)
{
    settings.setValue(QStringLiteral("session/paths"), paths);
}

int AppSettings::zoomPercent() const
{
    return settings.value(QStringLiteral("view/zoom"), 100).toInt();
}

void AppSettings::setZoomPercent(int percent)
{
    settings.setValue(QStringLiteral("view/zoom"), percent);
}

bool AppSettings::panesSwapped() const
{
    return settings.value(QStringLiteral("view/swapped"), false).toBool();
}

void AppSettings::setPanesSwapped(bool swapped)
{
    settings.setValue(QStringLiteral("view/swapped"), swapped);
}

bool AppSettings::highlightAllEntities() const
{
    return settings.value(QStringLiteral("view/highlightEntities"), true).toBool();
}

void AppSettings::setHighlightAllEntities(bool on)
{
    settings.setValue(QStringLiteral("view/highlightEntities"), on);
}

} // namespace songngu
