// SPDX-License-Identifier: GPL-3.0-or-later
// ReportWriter::toHtml(): one page a person can open safely from anywhere. The page and its
// repeated parts are templates (resources/report/report.html and fragments.html); everything
// that comes from a document (text, titles, paths, messages quoting names) is filled in as text,
// which HtmlTemplate escapes. The page loads nothing (no scripts, links, images or fonts) and its
// Content-Security-Policy forbids anything but its own inline style, should a future change let
// markup through.
#include "report/HtmlTemplate.h"
#include "report/ReportWriter.h"

#include "io/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

// Compiled into the engine (app/CMakeLists.txt): cannot be missing.
QString resourceText(const QString& path)
{
    QFile file(path);
    [[maybe_unused]] const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    return QString::fromUtf8(file.readAll());
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ReportWriter::tr("error");
    case Severity::Warning:
        return ReportWriter::tr("warning");
    case Severity::Info:
        return ReportWriter::tr("info");
    }
    return {};
}

struct Counts
{
    int bySeverity[3] = {0, 0, 0};
    int of(Severity severity) const { return bySeverity[int(severity)]; }
};

// The document a finding is about, or empty for one about several documents (a name spelled
// one way in one article and another way in another). The summary, the documents table and
// the findings under each document all go by this, so that their counts agree.
QString ownerOf(const Finding& finding)
{
    if (finding.row >= 0 || finding.spellings.isEmpty())
        return finding.path;
    QStringList documents;
    for (const Spelling& spelling : finding.spellings)
        documents += spelling.documents;
    documents.removeDuplicates();
    return documents.size() == 1 ? documents.front() : QString();
}

// One report page, filled in parts.
class HtmlReport
{
public:
    HtmlReport(const QList<ReadResult>& documents, const QList<Finding>& findings);
    QByteArray page() const;

private:
    HtmlMarkup fill(const QString& name, HtmlTemplate::Values values = {}) const;
    HtmlMarkup summary() const;
    HtmlMarkup kindRows() const;
    HtmlMarkup documentsTable() const;
    HtmlMarkup documentRow(const QString& path, const ReadResult* result) const;
    HtmlMarkup countCells(const Counts& counts) const;
    HtmlMarkup findingsSection() const;
    HtmlMarkup finding(const Finding& finding) const;
    HtmlMarkup spellingsTable(const Finding& finding) const;
    HtmlMarkup sidesTable(const Finding& finding) const;
    HtmlMarkup side(const Finding& finding, Language language) const;
    HtmlMarkup markedText(const FindingSpan& span) const;

    const QList<ReadResult>& documents;
    const QList<Finding>& findings;
    HtmlTemplate pageTemplate;
    QHash<QString, HtmlTemplate> fragments;
    QHash<QString, const Document*> documentByPath;
    QStringList owners; // documents first, in the order given, then any other finding's file
    QHash<QString, Counts> countsByOwner;                  // "" for findings across documents
    QHash<QString, QList<const Finding*>> findingsByOwner; // in the order given
    Counts total;
};

HtmlReport::HtmlReport(const QList<ReadResult>& documents, const QList<Finding>& findings)
    : documents(documents), findings(findings),
      pageTemplate(resourceText(u":/report/report.html"_s)),
      fragments(HtmlTemplate::templatesIn(resourceText(u":/report/fragments.html"_s)))
{
    for (const ReadResult& result : documents) {
        if (result.ok())
            documentByPath.insert(result.path, result.document.get());
        if (!owners.contains(result.path))
            owners.append(result.path);
    }
    for (const Finding& finding : findings) {
        const QString owner = ownerOf(finding);
        if (!owner.isEmpty() && !owners.contains(owner))
            owners.append(owner);
        ++countsByOwner[owner].bySeverity[int(finding.severity)];
        findingsByOwner[owner].append(&finding);
        ++total.bySeverity[int(finding.severity)];
    }
}

QByteArray HtmlReport::page() const
{
    return pageTemplate
        .fill({{u"lang", ReportWriter::tr("en", "the report's language code")},
               {u"title", ReportWriter::tr("Song Ngữ consistency report")},
               {u"summary", summary()},
               {u"documents", documentsTable()},
               {u"findings", findingsSection()}})
        .toString()
        .toUtf8();
}

HtmlMarkup HtmlReport::fill(const QString& name, HtmlTemplate::Values values) const
{
    const auto it = fragments.constFind(name);
    if (it == fragments.cend()) {
        qWarning("ReportWriter: no template %s", qUtf8Printable(name));
        return {};
    }
    return it->fill(values);
}

// Counts by kind and severity, kinds by the names the window gives them.
HtmlMarkup HtmlReport::summary() const
{
    const QString counts =
        ReportWriter::tr("%1; %2, %3, %4.", "documents; errors, warnings, notes")
            .arg(ReportWriter::tr("%n document(s)", nullptr, int(documents.size())),
                 ReportWriter::tr("%n error(s)", nullptr, total.of(Severity::Error)),
                 ReportWriter::tr("%n warning(s)", nullptr, total.of(Severity::Warning)),
                 ReportWriter::tr("%n note(s)", nullptr, total.of(Severity::Info)));
    return fill(u"summary"_s, {{u"counts", counts},
                               {u"summaryLabel", ReportWriter::tr("Summary")},
                               {u"kindLabel", ReportWriter::tr("Kind")},
                               {u"severityLabel", ReportWriter::tr("Severity")},
                               {u"findingsLabel", ReportWriter::tr("Findings")},
                               {u"kindRows", kindRows()},
                               {u"totalLabel", ReportWriter::tr("Total")},
                               {u"total", QString::number(findings.size())}});
}

// A row per kind: the most severe first, kinds in the order FindingKinds lists them, then any
// kind it does not know in the order met.
HtmlMarkup HtmlReport::kindRows() const
{
    QMap<std::pair<int, int>, int> countsByKind; // (-severity, kind's place) → findings
    const QStringList kinds = FindingKinds::all();
    QStringList unknownKinds;
    for (const Finding& finding : findings) {
        qsizetype place = kinds.indexOf(finding.kind);
        if (place < 0) {
            if (!unknownKinds.contains(finding.kind))
                unknownKinds.append(finding.kind);
            place = kinds.size() + unknownKinds.indexOf(finding.kind);
        }
        ++countsByKind[{-int(finding.severity), int(place)}];
    }
    const QStringList allKinds = kinds + unknownKinds;
    HtmlMarkup rows;
    for (auto it = countsByKind.cbegin(); it != countsByKind.cend(); ++it)
        rows += fill(u"kindRow"_s, {{u"kind", FindingKinds::name(allKinds.at(it.key().second))},
                                    {u"severity", severityLabel(Severity(-it.key().first))},
                                    {u"count", QString::number(it.value())}});
    return rows;
}

HtmlMarkup HtmlReport::countCells(const Counts& counts) const
{
    return fill(u"counts"_s, {{u"errors", QString::number(counts.of(Severity::Error))},
                              {u"warnings", QString::number(counts.of(Severity::Warning))},
                              {u"notes", QString::number(counts.of(Severity::Info))}});
}

// Each document's findings, then those across documents and the total: the rows add up to the
// summary above.
HtmlMarkup HtmlReport::documentsTable() const
{
    QHash<QString, const ReadResult*> resultByPath;
    for (const ReadResult& result : documents)
        resultByPath.insert(result.path, &result);
    HtmlMarkup rows;
    for (const QString& path : owners)
        rows += documentRow(path, resultByPath.value(path));
    if (countsByOwner.contains(QString()))
        rows += fill(u"acrossDocumentsRow"_s,
                     {{u"label", ReportWriter::tr("Across documents")},
                      {u"counts", countCells(countsByOwner.value(QString()))}});
    return fill(u"documents"_s, {{u"documentsLabel", ReportWriter::tr("Documents")},
                                 {u"fileLabel", ReportWriter::tr("File")},
                                 {u"titleLabel", ReportWriter::tr("Title")},
                                 {u"dateLabel", ReportWriter::tr("Date")},
                                 {u"formatLabel", ReportWriter::tr("Format")},
                                 {u"rowsLabel", ReportWriter::tr("Rows")},
                                 {u"errorsLabel", ReportWriter::tr("Errors")},
                                 {u"warningsLabel", ReportWriter::tr("Warnings")},
                                 {u"notesLabel", ReportWriter::tr("Notes")},
                                 {u"documentRows", rows},
                                 {u"totalLabel", ReportWriter::tr("Total")},
                                 {u"errors", QString::number(total.of(Severity::Error))},
                                 {u"warnings", QString::number(total.of(Severity::Warning))},
                                 {u"notes", QString::number(total.of(Severity::Info))}});
}

// `result` is null for a file that only findings name.
HtmlMarkup HtmlReport::documentRow(const QString& path, const ReadResult* result) const
{
    HtmlMarkup details;
    if (result && result->ok()) {
        const DocumentMetadata& m = result->document->metadata;
        details = fill(u"documentDetails"_s,
                       {{u"title", m.title},
                        {u"date", m.date.toString(Qt::ISODate)},
                        {u"format", FormatRegistry::standard().formatCode(m.format)},
                        {u"rows", QString::number(result->document->rows.size())}});
    } else {
        details = fill(
            u"documentNotRead"_s,
            {{u"error", result ? ReportWriter::tr("Not read: %1").arg(result->error) : QString()}});
    }
    return fill(u"documentRow"_s, {{u"file", QDir::toNativeSeparators(path)},
                                   {u"details", details},
                                   {u"counts", countCells(countsByOwner.value(path))}});
}

// The paragraph with [start, start + length) marked.
HtmlMarkup HtmlReport::markedText(const FindingSpan& span) const
{
    const int size = int(span.segment.size());
    const int start = qBound(0, span.start, size);
    const int end = qBound(start, span.start + span.length, size);
    return fill(u"marked"_s, {{u"before", span.segment.left(start)},
                              {u"marked", span.segment.mid(start, end - start)},
                              {u"after", span.segment.mid(end)}});
}

HtmlMarkup HtmlReport::side(const Finding& finding, Language language) const
{
    const std::optional<FindingSpan>& span =
        language == Language::English ? finding.english : finding.vietnamese;
    if (span)
        return markedText(*span);
    if (const Document* document = documentByPath.value(finding.path))
        if (const Paragraph* paragraph = document->segment(finding.row, language))
            return HtmlMarkup::escaped(paragraph->text);
    return fill(u"nothing"_s, {{u"text", ReportWriter::tr("(nothing)")}});
}

HtmlMarkup HtmlReport::sidesTable(const Finding& finding) const
{
    return fill(u"sides"_s, {{u"englishLabel", ReportWriter::tr("English")},
                             {u"vietnameseLabel", ReportWriter::tr("Vietnamese")},
                             {u"english", side(finding, Language::English)},
                             {u"vietnamese", side(finding, Language::Vietnamese)}});
}

HtmlMarkup HtmlReport::spellingsTable(const Finding& finding) const
{
    HtmlMarkup rows;
    for (const Spelling& spelling : finding.spellings) {
        HtmlMarkup files;
        for (const QString& path : spelling.documents) {
            if (&path != &spelling.documents.front())
                files += fill(u"lineBreak"_s);
            files += HtmlMarkup::escaped(QDir::toNativeSeparators(path));
        }
        rows += fill(u"spellingRow"_s, {{u"spelling", spelling.text},
                                        {u"count", QString::number(spelling.count)},
                                        {u"documents", files}});
    }
    return fill(u"spellings"_s, {{u"spellingLabel", ReportWriter::tr("Spelling")},
                                 {u"mentionsLabel", ReportWriter::tr("Mentions")},
                                 {u"documentsLabel", ReportWriter::tr("Documents")},
                                 {u"spellingRows", rows}});
}

HtmlMarkup HtmlReport::finding(const Finding& finding) const
{
    HtmlMarkup details;
    if (!finding.spellings.isEmpty())
        details = spellingsTable(finding);
    else if (finding.row >= 0 || finding.english || finding.vietnamese)
        details = sidesTable(finding);
    return fill(
        u"finding"_s,
        {{u"severityCode", severityCode(finding.severity)},
         {u"severity", severityLabel(finding.severity)},
         {u"kind", FindingKinds::name(finding.kind)},
         {u"row",
          finding.row >= 0
              ? fill(u"findingRow"_s, {{u"row", ReportWriter::tr("row %1").arg(finding.row + 1)}})
              : HtmlMarkup()},
         {u"message", finding.message},
         {u"suggestion",
          finding.suggestion.isEmpty()
              ? HtmlMarkup()
              : fill(u"suggestion"_s,
                     {{u"text", ReportWriter::tr("Suggestion: %1").arg(finding.suggestion)}})},
         {u"details", details},
         {u"fingerprint",
          finding.fingerprint.isEmpty()
              ? HtmlMarkup()
              : fill(u"fingerprint"_s,
                     {{u"text", ReportWriter::tr("Fingerprint: %1").arg(finding.fingerprint)}})}});
}

// Findings by document, those about its rows first (in the order given), then those about
// several documents.
HtmlMarkup HtmlReport::findingsSection() const
{
    if (findings.isEmpty())
        return fill(u"noFindings"_s, {{u"text", ReportWriter::tr("No findings.")}});
    HtmlMarkup html;
    for (const QString& owner : owners + QStringList{QString()}) {
        const QList<const Finding*> owned = findingsByOwner.value(owner);
        if (owned.isEmpty())
            continue;
        html += fill(u"heading"_s, {{u"text", owner.isEmpty() ? ReportWriter::tr("Across documents")
                                                              : QDir::toNativeSeparators(owner)}});
        for (const bool aboutRow : {true, false})
            for (const Finding* f : owned)
                if ((f->row >= 0) == aboutRow)
                    html += finding(*f);
    }
    return html;
}

} // namespace

QByteArray ReportWriter::toHtml(const QList<ReadResult>& documents, const QList<Finding>& findings)
{
    return HtmlReport(documents, findings).page();
}

} // namespace songngu
