// SPDX-License-Identifier: GPL-3.0-or-later
// Documents made from English–Vietnamese paragraph pairs, for the tests of the row checks.
#pragma once

#include "checks/Finding.h"
#include "document/Document.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace songngu::test {

// One row of a document: its kind, and the paragraph of each language (empty when none).
struct RowText
{
    QString english;
    QString vietnamese;
    RowKind kind = RowKind::Pair;
};

// A document of `rows`, as a parsed interleaved article would be: a pair per row with both
// paragraphs, a one-sided row (or the given kind) otherwise.
inline Document documentOf(const QList<RowText>& rows, QDate date,
                           const QString& path = QStringLiteral("test.txt"))
{
    Document document;
    document.metadata.path = path;
    document.metadata.date = date;
    document.metadata.format = DocumentFormat::Interleaved;
    bool english = false;
    bool vietnamese = false;
    for (const RowText& text : rows) {
        AlignedRow row;
        row.kind = text.kind;
        if (!text.english.isEmpty()) {
            row.english = int(document.paragraphs.size());
            document.paragraphs.append({text.english, Language::English, 0, {}});
            english = true;
        }
        if (!text.vietnamese.isEmpty()) {
            row.vietnamese = int(document.paragraphs.size());
            document.paragraphs.append({text.vietnamese, Language::Vietnamese, 0, {}});
            vietnamese = true;
        }
        if (row.kind == RowKind::Pair && (row.english < 0 || row.vietnamese < 0))
            row.kind = RowKind::OneSided;
        document.rows.append(row);
    }
    if (english)
        document.metadata.languages.append(Language::English);
    if (vietnamese)
        document.metadata.languages.append(Language::Vietnamese);
    return document;
}

// "row kind [English span] [Vietnamese span] → suggestion", rows counted from 1: what a test
// compares, readable when it fails.
inline QString describe(const Finding& finding)
{
    const auto text = [](const std::optional<FindingSpan>& span) {
        return span ? u'[' + span->text + u']' : QStringLiteral("-");
    };
    QString line = QString::number(finding.row + 1) + u' ' + finding.kind + u' ' +
                   text(finding.english) + u' ' + text(finding.vietnamese);
    if (!finding.suggestion.isEmpty())
        line += QStringLiteral(" → ") + finding.suggestion;
    return line;
}

inline QStringList describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings)
        lines.append(describe(finding));
    return lines;
}

} // namespace songngu::test
