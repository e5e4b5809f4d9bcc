// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"
#include "io/ReadResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace songngu {

// Findings and the documents they are about, as a report: for scripts (JSON), spreadsheets
// (CSV), terminals (plain text) and people (HTML). `documents` are what was read, or why not
// (ReadResult); findings are matched to them by path. In every format rows are 1-based, as
// `songngu inspect` numbers them.
//
// JSON: {"documents": [{"path", "format", "title", "date" (ISO or null), "rows",
//                       "error" (null when read; format and title are null when not)}],
//        "findings": [{"kind", "severity", "path", "row" (null when about no one row), "message",
//                      "suggestion" (or null), "fingerprint", "entity" (when there is one),
//                      "en": {"segment", "start", "end", "text"} or null, "vi": the same,
//                      "spellings": [{"text", "count", "documents"}] (name-variant only)}],
//        "summary": {"error": N, "warning": N, "info": N}}
//   start and end count Unicode code points of `segment`, not UTF-16 units.
// CSV: RFC 4180 with a header row, UTF-8 with BOM and CRLF (spreadsheets take it as UTF-8),
//   offsets in code points as in JSON.
// Text: one line per finding, "path:row: severity kind: message [suggestion]".
// HTML: one self-contained page (inline CSS, no scripts, no external resources, a restrictive
//   Content-Security-Policy), all document text escaped; a summary by kind and severity, the
//   documents, then each finding with both languages of its row side by side and its spans
//   marked.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(songngu::ReportWriter)
public:
    enum class Format
    {
        Text,
        Json,
        Csv,
        Html
    };
    static std::optional<Format> formatFromName(QStringView name); // "text", "json", "csv", "html"
    static QString formatName(Format format);
    static Format formatFor(const QString& path); // by suffix; text when none matches

    static QByteArray toText(const QList<Finding>& findings);
    static QByteArray toJson(const QList<ReadResult>& documents, const QList<Finding>& findings);
    static QByteArray toCsv(const QList<Finding>& findings);
    static QByteArray toHtml(const QList<ReadResult>& documents, const QList<Finding>& findings);
    static QByteArray write(Format format, const QList<ReadResult>& documents,
                            const QList<Finding>& findings);
    // Writes the report atomically (a failed write leaves any old file as it was).
    static bool writeFile(const QString& path, Format format, const QList<ReadResult>& documents,
                          const QList<Finding>& findings, QString* error = nullptr);

    // The number of code points in text[0, utf16Offset).
    static int codePointOffset(QStringView text, int utf16Offset);
    // One RFC 4180 field, quoted when needed; text a spreadsheet would run as a formula gets a

private:
    static QString spellingsText(const Finding& finding); // "To Lam (2); Tô Lâm (4)"
};

} // namespace songngu
