// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/FormatRegistry.h"
#include "io/ReadContext.h"
#include "io/ReadResult.h"

#include <QCoreApplication>

namespace songngu {

// Reads one file (read-only: the file is never written) into a Document: checks the file, then
// hands its bytes to the reader the format table picks, or says why none reads it. One instance
// per thread: its readers keep their parsers.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(songngu::DocumentReader)

public:
    static constexpr qint64 maximumFileSize = 512LL * 1024 * 1024;

    explicit DocumentReader(ReadContext context = {},
                            FormatRegistry formats = FormatRegistry::standard());

    ReadResult read(const QString& path) const;
    // For text that did not come from a file (tests, benchmarks, pasted text).
    ReadResult readBytes(const QByteArray& bytes, const QString& path) const;

    const ReadContext& context() const { return readContext; }
    const FormatRegistry& formats() const { return registry; }

private:
    ReadContext readContext;
    FormatRegistry registry;
};

} // namespace songngu
