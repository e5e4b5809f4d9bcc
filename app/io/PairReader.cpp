// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PairReader.h"

#include "io/PairAligner.h"

#include <QFileInfo>

namespace songngu {

ReadResult PairReader::read(const QString& englishPath, const QString& vietnamesePath) const
{
    ReadResult english = files.read(englishPath);
    if (!english.ok())
        return english;
    ReadResult vietnamese = files.read(vietnamesePath);
    if (!vietnamese.ok()) {
        vietnamese.path = englishPath; // the pair is listed under its English file
        vietnamese.error = tr("%1: %2").arg(QFileInfo(vietnamesePath).fileName(), vietnamese.error);
        return vietnamese;
    }
    ReadResult result = PairAligner::align(english.document, vietnamese.document, files.context());
    result.path = englishPath;
    return result;
}

} // namespace songngu
