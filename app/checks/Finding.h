// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace songngu {

enum class Severity
{
    Info,
    Warning,
    Error
};

QString severityCode(Severity severity);                    // "info", "warning", "error"
std::optional<Severity> severityFromCode(QStringView code); // severityCode()'s inverse

// Where a finding is in one language of its row: characters [start, start + length) of that
// side's paragraph (the whole paragraph is `segment`).
struct FindingSpan
{
    QString segment; // the whole paragraph, NFC
    int start = 0;   // in UTF-16 code units of `segment`
    int length = 0;
    QString text; // segment.mid(start, length)
    friend bool operator==(const FindingSpan&, const FindingSpan&) = default;
};

// One spelling of an entity, for name-variant findings: how often and where it is written.
struct Spelling
{
    QString text;
    int count = 0;
    QStringList documents; // paths, sorted
    friend bool operator==(const Spelling&, const Spelling&) = default;
};

// An inconsistency between the English and the Vietnamese of a document, or across documents.
struct Finding
{
    // Stable identifiers used in every output: "name-mismatch", "number-mismatch",
    // "number-format", "date-mismatch", "missing-diacritics", "name-spelling", "name-one-side",
    // "missing-translation", "misaligned", "untranslated", "weekday-mismatch", "title-holder",
    // "name-variant", "duplicate-segment", "decoding" (FindingKinds lists them).
    QString kind;
    Severity severity = Severity::Warning;
    QString path; // the document; for a name-variant across documents, the first of them
    int row = -1; // aligned row, 0-based; -1 when the finding is not about one row
    std::optional<FindingSpan> english;
    std::optional<FindingSpan> vietnamese;
    QString message;    // translated, plain text
    QString suggestion; // the expected name, the form with diacritics…; empty when none
    // Survives re-runs and edits elsewhere in the document: made from the kind, the file name
    // and the text involved (spans and their paragraphs), never from row numbers.
    QString fingerprint;
    QString entity;            // canonical entity id involved, when there is one ("to-lam")
    QList<Spelling> spellings; // name-variant only
    friend bool operator==(const Finding&, const Finding&) = default;
};

// The kinds of finding and their names for people, shared by the window, the reports and the
// command line (the ids stay in machine formats: JSON, CSV, fingerprints).
class FindingKinds
{
    Q_DECLARE_TR_FUNCTIONS(songngu::FindingKinds)
public:
    // Every kind, in the order the window sorts and filters them.
    static QStringList all();
    // "Name mismatch" for "name-mismatch", translated; an unknown id as it is.
    static QString name(const QString& kind);
};

// The fingerprint of a finding about `english` and/or `vietnamese` in the file at `path`:
// 16 hex digits of a SHA-1 over the kind, the file name (not its folder: moving a folder keeps
// the ignored findings) and the paragraphs and spans, plus `extra` (an entity id) when given.
// In a paragraph over 16K characters only the 256 characters each side of the span count.
QString findingFingerprint(const QString& kind, const QString& path,
                           const std::optional<FindingSpan>& english,
                           const std::optional<FindingSpan>& vietnamese, const QString& extra = {});

// The span of characters [start, start + length) of `segment`.
FindingSpan findingSpan(const QString& segment, int start, int length);

} // namespace songngu
