// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the suites of what the app saves: reading and writing a file whole, and making
// writes into a folder fail, so that a test can check that a failed save leaves the old file.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace songngu::testing {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Creates the folder as needed.
inline bool writeAll(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// While it lives, writes into `folder` fail: the folder is read-only, or (`fullDisk`) files may
// not grow past `allowedBytes` — a full disk, which even root (who ignores permissions) runs
// into. Everything is restored when it goes. unavailable() says why the failure could not be
// arranged here (then skip the test).
class FailingWrites
{
public:
    FailingWrites(const QString& folder, bool fullDisk, qint64 allowedBytes)
        : folder(folder), permissions(QFileInfo(folder).permissions())
    {
        if (!fullDisk) {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
            if (QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly))
                why = QStringLiteral("the folder stays writable (running as root?)");
            return;
        }
#ifdef Q_OS_UNIX
        getrlimit(RLIMIT_FSIZE, &unlimited);
        oldHandler = signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead
        handlerSet = oldHandler != SIG_ERR;
        rlimit limit = unlimited;
        limit.rlim_cur = rlim_t(allowedBytes);
        limited = setrlimit(RLIMIT_FSIZE, &limit) == 0;
        if (!limited)
            why = QStringLiteral("cannot set a file size limit");
#else
        Q_UNUSED(allowedBytes)
        why = QStringLiteral("no file size limit to simulate a full disk");
#endif
    }
    ~FailingWrites()
    {
        QFile::setPermissions(folder, permissions);
#ifdef Q_OS_UNIX
        if (limited)
            setrlimit(RLIMIT_FSIZE, &unlimited);
        if (handlerSet)
            signal(SIGXFSZ, oldHandler);
#endif
    }
    FailingWrites(const FailingWrites&) = delete;
    FailingWrites& operator=(const FailingWrites&) = delete;

    QString unavailable() const
    {
        return why;
    }

private:
    QString folder;
    QFile::Permissions permissions;
    QString why;
#ifdef Q_OS_UNIX
    rlimit unlimited{};
    bool limited = false;
    bool handlerSet = false;
    void (*oldHandler)(int) = SIG_DFL;
#endif
};

} // namespace songngu::testing
