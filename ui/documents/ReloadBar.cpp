// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/ReloadBar.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace songngu {

ReloadBar::ReloadBar(QWidget* parent)
    : QWidget(parent), label(new QLabel(this)), reload(new QPushButton(tr("&Reload"), this)),
      dismiss(new QPushButton(tr("Dismiss"), this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    label->setTextFormat(Qt::PlainText); // a file name is not markup
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::ToolTipText);
    reload->setToolTip(tr("Read the document again from its files (F5)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label, 1);
    layout->addWidget(reload);
    layout->addWidget(dismiss);
    connect(&watcher, &QFileSystemWatcher::fileChanged, this, &ReloadBar::onFileChanged);
    connect(reload, &QPushButton::clicked, this, [this] {
        for (const QString& file : std::as_const(shown))
            changed.remove(file);
        update();
        Q_EMIT reloadRequested();
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        for (const QString& file : std::as_const(shown))
            changed.remove(file);
        update();
    });
    setVisible(false);
}

void ReloadBar::watch(const QStringList& files)
{
    const QStringList watchedList = watcher.files();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    QStringList missing;
    for (const QString& file : files) {
        changed.remove(file); // just read: as it is on disk now
        if (!file.isEmpty() && !file.startsWith(u':') && !watched.contains(file))
            missing.append(file);
    }
    if (!missing.isEmpty())
        watcher.addPaths(missing);
    update();
}

void ReloadBar::setShownFiles(const QStringList& files)
{
    shown = files;
    update();
}

void ReloadBar::onFileChanged(const QString& file)
{
    changed.insert(file);
    // Editors save by writing a new file and renaming it over the old one, which ends the
    // watch: watch the new file under the same name.
    if (QFileInfo::exists(file) && !watcher.files().contains(file))
        watcher.addPath(file);
    else if (!QFileInfo::exists(file)) // replaced in two steps: watch again once it is back
        QTimer::singleShot(500, this, [this, file] {
            if (QFileInfo::exists(file) && !watcher.files().contains(file))
                watcher.addPath(file);
        });
    update();
}

void ReloadBar::update()
{
    QStringList names;
    for (const QString& file : std::as_const(shown))
        if (changed.contains(file))
            names.append(QFileInfo(file).fileName());
    if (names.isEmpty()) {
        setVisible(false);
        return;
    }
    label->setText(
        tr("%1 changed on disk since it was read.").arg(names.join(QStringLiteral(", "))));
    setVisible(true);
}

} // namespace songngu
