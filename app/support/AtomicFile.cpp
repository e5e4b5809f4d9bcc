// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/AtomicFile.h"

#include <QDir>
#include <QSaveFile>

namespace songngu {

bool AtomicFile::write(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    // Flushed before commit() because Qt 6.4's commit() ignores an error in its own final flush
    // (a full disk) and would rename a truncated file over the old one.
    // Without commit(), `file` removes its temporary file when destroyed.
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.flush() ||
        !file.commit()) {
        if (error)
            *error =
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace songngu
