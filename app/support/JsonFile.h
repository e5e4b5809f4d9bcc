// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace songngu {

// The program's JSON files (saved corrections, ignored findings, glossaries): read whole,
// parsed, their root an object, or a reason a person can act on. Only regular files, and only up
// to a size: a folder, a device or a pipe picked by mistake is refused before it is opened (it
// could block the read for ever), a huge file before it is read. What the object holds is the
// caller's to check.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(songngu::JsonFile)
public:
    static constexpr qint64 defaultMaxSize = qint64(64) * 1024 * 1024;

    // The bytes of the file at `path`, for a caller that parses them itself; otherwise nothing,
    // and `error` names the file: "cannot open <path>: …", "<path> is too large (…)"…
    static std::optional<QByteArray> read(const QString& path, QString* error = nullptr,
                                          qint64 maxSize = defaultMaxSize);
    // The root object of the file at `path`; otherwise nothing, and `error` names the file as
    // read() does, or says "<path>: not JSON: … at offset N", "<path>: not a JSON object".
    static std::optional<QJsonObject> readObject(const QString& path, QString* error = nullptr,
                                                 qint64 maxSize = defaultMaxSize);
    // The root object of `json`; otherwise nothing, and `error` says why.
    static std::optional<QJsonObject> parseObject(const QByteArray& json, QString* error = nullptr);
};

} // namespace songngu
