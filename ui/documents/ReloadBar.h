// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;

namespace songngu {

// Watches the files of the open documents and, above the view, tells the user when the shown
// document's file changed on disk, with Reload and Dismiss. The app never writes the files it
// reads; another program did, and the user decides whether to read them again.
class ReloadBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReloadBar(QWidget* parent = nullptr);

    void watch(const QStringList& files);
    // The files of the document now shown; the bar shows when one of them changed.
    void setShownFiles(const QStringList& files);
    bool hasChanged(const QString& file) const { return changed.contains(file); }
    QPushButton* reloadButton() const { return reload; }

Q_SIGNALS:
    void reloadRequested(); // for the shown document; its files count as unchanged again

private:
    void onFileChanged(const QString& file);
    void update();

    QFileSystemWatcher watcher;
    QSet<QString> changed;
    QStringList shown;
    QLabel* label;
    QPushButton* reload;
    QPushButton* dismiss;
};

} // namespace songngu
