// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace songngu {

// Every file Song Ngữ saves (glossary, corrections, ignored findings, exports, reports) is
// written through here, so that a failed write never leaves a half-written file behind.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(songngu::AtomicFile)

public:
    // Writes `data` with QSaveFile: a failed write leaves any old file as it was. On failure
    // `error` (when given) says why, naming the file.
    static bool write(const QString& path, const QByteArray& data, QString* error = nullptr);
};

} // namespace songngu
