// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/DocumentReader.h"
#include "io/ReadResult.h"

#include <QCoreApplication>

namespace songngu {

// An English file and its Vietnamese translation (story.en.txt + story.vi.txt, FilePairing), each
// read by its format's reader, aligned into one document listed under the English file, with
// the corrections the reader's context restores.
class PairReader
{
    Q_DECLARE_TR_FUNCTIONS(songngu::PairReader)
public:
    explicit PairReader(const DocumentReader& files) : files(files) {}

    ReadResult read(const QString& englishPath, const QString& vietnamesePath) const;

private:
    const DocumentReader& files;
};

} // namespace songngu
