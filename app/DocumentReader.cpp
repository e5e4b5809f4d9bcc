#include "DocumentReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace songngu {

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
                           .arg(info.size() / (1024 * 1024))
                           .arg(maximumFileSize / (1024 * 1024));
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
        result.error = tr("too large (the limit is %1 MB)").arg(maximumFileSize / (1024 * 1024));
        return result;
    }
    return readBytes(bytes, path);
}

ReadResult DocumentReader::readBytes(const QByteArray& bytes, const QString& path) const
{
    ReadResult result;
    result.path = path;
    const DecodedText decoded = decoder.decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    auto document = std::make_shared<Document>(parser.parse(decoded.text));
    if (document->paragraphs.isEmpty()) {
        result.error = tr("no text found");
        return result;
    }
    document->metadata.path = path;
    document->metadata.encoding = decoded.encoding;
    document->metadata.sizeBytes = bytes.size();
    if (document->metadata.title.isEmpty())
        document->metadata.title = QFileInfo(path).completeBaseName();
    result.document = std::move(document);
    return result;
}

} // namespace songngu
