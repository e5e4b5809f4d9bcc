// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the parser suites: parse text, and read a Document back as plain lists.
#pragma once

#include "io/DocumentReader.h"

#include <QDir>
#include <QStringList>

Q_DECLARE_METATYPE(songngu::DocumentFormat)

namespace songngu::test {

using namespace Qt::StringLiterals;

inline DocumentPtr parse(const QString& text)
{
    const ReadResult result = DocumentReader().readBytes(text.toUtf8(), u"test.txt"_s);
    return result.document;
}

inline QStringList texts(const Document& document)
{
    QStringList list;
    for (const Paragraph& paragraph : document.paragraphs)
        list.append(paragraph.text);
    return list;
}

inline QStringList kinds(const Document& document)
{
    QStringList list;
    for (const AlignedRow& row : document.rows)
        list.append(rowKindCode(row.kind));
    return list;
}

inline QStringList languageCodes(const QList<Language>& languages)
{
    QStringList list;
    for (Language language : languages)
        list.append(languageCode(language));
    return list;
}

// The bundled sample whose name starts with `prefix` ("001"), or "" when not exactly one.
inline QString sample(const QString& prefix)
{
    const QString dir = QStringLiteral(SONGNGU_SAMPLES_DIR);
    const QStringList found = QDir(dir).entryList({prefix + u"_*.txt"_s}, QDir::Files);
    return found.size() == 1 ? dir + u'/' + found.front() : QString();
}

inline const QString english1 = u"The two leaders held talks in Moscow on Saturday."_s;
inline const QString english2 = u"They agreed to expand trade and investment ties."_s;
inline const QString vietnamese1 = u"Hai nhà lãnh đạo đã hội đàm tại Moscow vào thứ Bảy."_s;
inline const QString vietnamese2 = u"Hai bên nhất trí mở rộng quan hệ thương mại và đầu tư."_s;

} // namespace songngu::test
