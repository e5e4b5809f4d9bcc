// SPDX-License-Identifier: GPL-3.0-or-later
// The IWSLT'15 English–Vietnamese gold pairs beside the repository (../shared/data), read as
// the aligner suites and benchmark use them.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace songngu::testing {

inline QString iwsltFolder()
{
    return QStringLiteral(SONGNGU_SHARED_DATA_DIR "/iwslt15-en-vi/");
}

// The lines of one file ("tst2012.en"), NFC, with the Moses tokenisation undone so that lengths
// are those of ordinary text; empty when the data is absent.
inline QStringList iwsltLines(const QString& fileName)
{
    QFile file(iwsltFolder() + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QStringList list = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : list) {
        line.replace(QStringLiteral("&apos;"), QStringLiteral("'"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        for (const char* mark : {" ,", " .", " ?", " !", " :", " ;"})
            line.replace(QLatin1String(mark), QLatin1String(mark + 1));
        line = line.normalized(QString::NormalizationForm_C);
    }
    return list;
}

} // namespace songngu::testing
