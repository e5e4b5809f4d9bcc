// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace songngu {

namespace {

std::nullopt_t fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

// At most `cap` bytes, in pieces: QIODevice::read(cap) allocates `cap` at once, which costs more
// than the read itself when the limit is megabytes and the file a few kilobytes.
QByteArray readCapped(QIODevice& device, qint64 cap)
{
    constexpr qint64 piece = qint64(256) * 1024;
    QByteArray out;
    while (out.size() < cap) {
        const QByteArray part = device.read(std::min(piece, cap - out.size()));
        if (part.isEmpty())
            break;
        out += part;
    }
    return out;
}

} // namespace

std::optional<QByteArray> JsonFile::read(const QString& path, QString* error, qint64 maxSize)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(error, tr("%1 is not a file").arg(nativePath));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("cannot open %1: %2").arg(nativePath, file.errorString()));
    // Checked again after reading: the file may grow in between.
    const QByteArray json = file.size() > maxSize ? QByteArray() : readCapped(file, maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(error, tr("cannot read %1: %2").arg(nativePath, file.errorString()));
    const qint64 size = std::max(file.size(), qint64(json.size()));
    if (size > maxSize) {
        constexpr qint64 megabyte = qint64(1024) * 1024;
        return fail(error, tr("%1 is too large (%2 MB; the limit is %3 MB)")
                               .arg(nativePath)
                               .arg((size + megabyte - 1) / megabyte)
                               .arg(maxSize / megabyte));
    }
    return json;
}

std::optional<QJsonObject> JsonFile::readObject(const QString& path, QString* error, qint64 maxSize)
{
    const std::optional<QByteArray> json = read(path, error, maxSize);
    if (!json)
        return std::nullopt;
    QString why;
    std::optional<QJsonObject> root = parseObject(*json, &why);
    if (!root)
        return fail(error, tr("%1: %2").arg(QDir::toNativeSeparators(path), why));
    return root;
}

std::optional<QJsonObject> JsonFile::parseObject(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return fail(
            error,
            tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(error, tr("not a JSON object"));
    return document.object();
}

} // namespace songngu
