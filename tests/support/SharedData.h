// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation corpora beside the repository (../shared/data), read as text: one place for
// how a file of it becomes lines, for the suites and benchmarks that use them.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace songngu::testing {

// `relativePath` under ../shared/data ("alt-en-vi/dev.en").
inline QString sharedDataPath(const QString& relativePath)
{
    return QStringLiteral(SONGNGU_SHARED_DATA_DIR "/") + relativePath;
}

// The lines of a UTF-8 file under ../shared/data, without a BOM, CR LF ends or a final empty
// line, each in NFC; empty when the file is absent. Empty lines inside are kept: line numbers
// are what gold data is keyed by.
inline QStringList sharedDataLines(const QString& relativePath)
{
    QFile file(sharedDataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        line = line.normalized(QString::NormalizationForm_C);
    }
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace songngu::testing
