// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace songngu {

// The settings the window keeps between runs. Stored as an INI file in the user's config
// folder (QStandardPaths, so tests in test mode never touch the real one); QSettings writes
// it through a temporary file and a rename, so a crash cannot leave it half-written.
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString& fileName);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

    QString lastFolder() const;
    void setLastFolder(const QString& folder);
    // Where the user last saved an export (report, aligned text, ignored findings); at first
    // their Documents folder, never the folder of what they opened (the bundled samples).
    QString saveFolder() const;
    void setSaveFolder(const QString& folder);
    QString savePath(const QString& fileName) const { return saveFolder() + u'/' + fileName; }

    static constexpr int maximumRecentFiles = 10;
    QStringList recentFiles() const;
    void addRecentFile(const QString& path); // most recent first, no duplicates
    void clearRecentFiles();

    QStringList sessionPaths() const; // what was open when the window closed
    void setSessionPaths(const QStringList& paths);

    int zoomPercent() const;
    void setZoomPercent(int percent);
    bool panesSwapped() const;
    void setPanesSwapped(bool swapped);
    bool highlightAllEntities() const;
    void setHighlightAllEntities(bool on);

    void sync() { settings.sync(); }
    QString fileName() const { return settings.fileName(); }

private:
    QSettings settings;
};

} // namespace songngu
