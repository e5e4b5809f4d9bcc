#pragma once

#include "Document.h"
#include "DocumentParser.h"
#include "TextDecoder.h"
#include <QCoreApplication>

namespace songngu {

struct ReadResult
{
    QString path;
    DocumentPtr document; // null when the file could not be read
    QString error;        // why, in words a user understands
    bool ok() const { return document != nullptr; }
};

// Reads one article file (read-only: the file is never written) into a Document.
// One instance per thread: it owns a parser.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(songngu::DocumentReader)

public:
    static constexpr qint64 maximumFileSize = 512LL * 1024 * 1024;

    ReadResult read(const QString& path) const;
    // For text that did not come from a file (tests, benchmarks, pasted text).
    ReadResult readBytes(const QByteArray& bytes, const QString& path) const;

private:
    TextDecoder decoder;
    DocumentParser parser;
};

} // namespace songngu
