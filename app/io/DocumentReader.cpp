// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DocumentReader.h"

#include <QFile>
#include <QFileInfo>

namespace songngu {

DocumentReader::DocumentReader(ReadContext context, FormatRegistry formats)
    : readContext(std::move(context)), registry(std::move(formats))
{}

ReadResult DocumentReader::read(const QString& path) const
{
    ReadResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("no such file");
        return result;
    }
    if (info.isDir()) {
        result.error = tr("is a folder");
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("not a regular file");
        return result;
    }
    if (info.size() > maximumFileSize) {
        result.error = tr("too large (%1 MB; the limit is %2 MB)")
                           .arg(info.size() / (qint64(1024) * 1024))
                           .arg(maximumFileSize / (qint64(1024) * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot open: %1").arg(file.errorString());
        return result;
    }
    // Never more than the limit, even if the file grew since it was measured.
    const QByteArray bytes = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("cannot read: %1").arg(file.errorString());
        return result;
    }
    if (bytes.size() > maximumFileSize) {
        result.error =
            tr("too large (the limit is %1 MB)").arg(maximumFileSize / (qint64(1024) * 1024));
        return result;
    }
    return readBytes(bytes, path);
}

ReadResult DocumentReader::readBytes(const QByteArray& bytes, const QString& path) const
{
    // Markup and office formats are refused with a reason, never shown as an article.
    const FormatRegistry::Identified format = registry.identify(QFileInfo(path).fileName(), bytes);
    if (!format.reader) {
        ReadResult result;
        result.path = path;
        // Only a table without a reader of any text leaves a file without a reason.
        result.error = format.reason.isEmpty() ? tr("not a format Song Ngữ reads") : format.reason;
        return result;
    }
    return format.reader->read(bytes, path, readContext);
}

} // namespace songngu
