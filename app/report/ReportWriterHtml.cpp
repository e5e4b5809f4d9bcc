// SPDX-License-Identifier: GPL-3.0-or-later
// ReportWriter::toHtml(): one page a person can open safely from anywhere. Everything that comes
// from a document (text, titles, paths, messages quoting names) goes through toHtmlEscaped(),
// the page loads nothing (no scripts, links, images or fonts) and its Content-Security-Policy
// forbids anything but its own inline style, should a future change let markup through.
#include "report/ReportWriter.h"

#include "io/FormatRegistry.h"

#include <QDir>
#include <QHash>
#include <QMap>

namespace songngu {

namespace {

const char* const styleSheet = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 80em;
       padding: 0 1em; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; word-break: break-all; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
.number { text-align: right; }
.finding { border-left: 4px solid #888; margin: 1em 0; padding: .2em .8em; }
.finding.error { border-color: #c62828; } .finding.warning { border-color: #e08b00; }
.finding.info { border-color: #1565c0; }
.head { font-weight: 600; margin: .3em 0; }
.severity { text-transform: uppercase; font-size: .8em; letter-spacing: .05em; }
.sides { width: 100%; table-layout: fixed; } .sides td { white-space: pre-wrap; }
.none { color: #888; font-style: italic; }
mark { background: #ffe066; color: #000; padding: 0 .1em; }
@media (prefers-color-scheme: dark) {
  body { color: #e8e8e8; background: #1e1e1e; } th, td { border-color: #555; }
  mark { background: #8a6d00; color: #fff; }
}
)";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The paragraph with [start, start + length) marked; both pieces escaped separately.
QString markedText(const FindingSpan& span)
{
    const int size = int(span.segment.size());
    const int start = qBound(0, span.start, size);
    const int end = qBound(start, span.start + span.length, size);
    return escaped(span.segment.left(start)) + QStringLiteral("<mark>") +
           escaped(span.segment.mid(start, end - start)) + QStringLiteral("</mark>") +
           escaped(span.segment.mid(end));
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

// One report page, written in parts.
class HtmlReport
{
public:
    HtmlReport(const QList<ReadResult>& documents, const QList<Finding>& findings);
    QString page() const;

private:
    QString header() const;
    QString summary() const;
    QString documentsTable() const;
    QString countCells(const Counts& counts) const;
    QString findingsSection() const;
    QString finding(const Finding& finding) const;
    QString side(const Finding& finding, Language language) const;

    const QList<ReadResult>& documents;
    const QList<Finding>& findings;
    QHash<QString, const Document*> documentByPath;
    QStringList owners; // documents first, in the order given, then any other finding's file
    QHash<QString, Counts> countsByOwner;                  // "" for findings across documents
    QHash<QString, QList<const Finding*>> findingsByOwner; // in the order given
    Counts total;
};

HtmlReport::HtmlReport(const QList<ReadResult>& documents, const QList<Finding>& findings)
    : documents(documents), findings(findings)
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

QString HtmlReport::page() const
{
    QString html = header() + summary() + documentsTable() + findingsSection();
    if (findings.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(ReportWriter::tr("No findings.")));
    return html + QStringLiteral("</body>\n</html>\n");
}

QString HtmlReport::header() const
{
    const QString title = ReportWriter::tr("Song Ngữ consistency report");
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
               "<meta name=\"referrer\" content=\"no-referrer\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n<h1>%2</h1>\n")
        .arg(escaped(ReportWriter::tr("en", "the report's language code")), escaped(title),
             QString::fromUtf8(styleSheet));
}

// Counts by kind and severity, kinds by the names the window gives them.
QString HtmlReport::summary() const
{
    QString html =
        QStringLiteral("<p>%1</p>\n")
            .arg(escaped(
                ReportWriter::tr("%1; %2, %3, %4.", "documents; errors, warnings, notes")
                    .arg(ReportWriter::tr("%n document(s)", nullptr, int(documents.size())),
                         ReportWriter::tr("%n error(s)", nullptr, total.of(Severity::Error)),
                         ReportWriter::tr("%n warning(s)", nullptr, total.of(Severity::Warning)),
                         ReportWriter::tr("%n note(s)", nullptr, total.of(Severity::Info)))));
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
    html += QStringLiteral("<h2>%1</h2>\n<table class=\"summary\">\n<tr><th>%2</th><th>%3</th>"
                           "<th>%4</th></tr>\n")
                .arg(escaped(ReportWriter::tr("Summary")), escaped(ReportWriter::tr("Kind")),
                     escaped(ReportWriter::tr("Severity")), escaped(ReportWriter::tr("Findings")));
    for (auto it = countsByKind.cbegin(); it != countsByKind.cend(); ++it)
        html += QStringLiteral("<tr><td class=\"kind\">%1</td><td>%2</td>"
                               "<td class=\"number\">%3</td></tr>\n")
                    .arg(escaped(FindingKinds::name(allKinds.at(it.key().second))),
                         escaped(severityLabel(Severity(-it.key().first))),
                         QString::number(it.value()));
    html += QStringLiteral("<tr><th colspan=\"2\">%1</th><th class=\"number\">%2</th></tr>\n"
                           "</table>\n")
                .arg(escaped(ReportWriter::tr("Total")), QString::number(findings.size()));
    return html;
}

QString HtmlReport::countCells(const Counts& counts) const
{
    return QStringLiteral("<td class=\"number errors\">%1</td><td class=\"number warnings\">%2"
                          "</td><td class=\"number notes\">%3</td></tr>\n")
        .arg(QString::number(counts.of(Severity::Error)),
             QString::number(counts.of(Severity::Warning)),
             QString::number(counts.of(Severity::Info)));
}

// Each document's findings, then those across documents and the total: the rows add up to the
// summary above.
QString HtmlReport::documentsTable() const
{
    QString html =
        QStringLiteral("<h2>%1</h2>\n<table class=\"documents\">\n<tr><th>%2</th><th>%3</th>"
                       "<th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th>"
                       "</tr>\n")
            .arg(escaped(ReportWriter::tr("Documents")), escaped(ReportWriter::tr("File")),
                 escaped(ReportWriter::tr("Title")), escaped(ReportWriter::tr("Date")),
                 escaped(ReportWriter::tr("Format")), escaped(ReportWriter::tr("Rows")),
                 escaped(ReportWriter::tr("Errors")), escaped(ReportWriter::tr("Warnings")),
                 escaped(ReportWriter::tr("Notes")));
    QHash<QString, const ReadResult*> resultByPath;
    for (const ReadResult& result : documents)
        resultByPath.insert(result.path, &result);
    const FormatRegistry formats = FormatRegistry::standard();
    for (const QString& path : owners) {
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(QDir::toNativeSeparators(path)));
        const ReadResult* result = resultByPath.value(path);
        if (result && result->ok()) {
            const DocumentMetadata& m = result->document->metadata;
            html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td class=\"number\">%4</td>")
                        .arg(escaped(m.title), escaped(m.date.toString(Qt::ISODate)),
                             escaped(formats.formatCode(m.format)),
                             QString::number(result->document->rows.size()));
        } else {
            html += QStringLiteral("<td colspan=\"4\" class=\"none\">%1</td>")
                        .arg(result ? escaped(ReportWriter::tr("Not read: %1").arg(result->error))
                                    : QString());
        }
        html += countCells(countsByOwner.value(path));
    }
    if (countsByOwner.contains(QString()))
        html += QStringLiteral("<tr><td colspan=\"5\">%1</td>")
                    .arg(escaped(ReportWriter::tr("Across documents"))) +
                countCells(countsByOwner.value(QString()));
    html +=
        QStringLiteral("<tr><th colspan=\"5\">%1</th>").arg(escaped(ReportWriter::tr("Total"))) +
        countCells(total)
            .replace(QStringLiteral("<td"), QStringLiteral("<th"))
            .replace(QStringLiteral("</td>"), QStringLiteral("</th>"));
    return html + QStringLiteral("</table>\n");
}

QString HtmlReport::side(const Finding& finding, Language language) const
{
    const std::optional<FindingSpan>& span =
        language == Language::English ? finding.english : finding.vietnamese;
    if (span)
        return markedText(*span);
    if (const Document* document = documentByPath.value(finding.path))
        if (const Paragraph* paragraph = document->segment(finding.row, language))
            return escaped(paragraph->text);
    return QStringLiteral("<span class=\"none\">%1</span>")
        .arg(escaped(ReportWriter::tr("(nothing)")));
}

QString HtmlReport::finding(const Finding& finding) const
{
    QString html =
        QStringLiteral("<div class=\"finding %1\">\n<p class=\"head\"><span "
                       "class=\"severity\">%2</span> <span class=\"kind\">%3</span>")
            .arg(severityCode(finding.severity), escaped(severityLabel(finding.severity)),
                 escaped(FindingKinds::name(finding.kind)));
    if (finding.row >= 0)
        html +=
            QStringLiteral(" · %1").arg(escaped(ReportWriter::tr("row %1").arg(finding.row + 1)));
    html += QStringLiteral("</p>\n<p class=\"message\">%1</p>\n").arg(escaped(finding.message));
    if (!finding.suggestion.isEmpty())
        html += QStringLiteral("<p class=\"suggestion\">%1</p>\n")
                    .arg(escaped(ReportWriter::tr("Suggestion: %1").arg(finding.suggestion)));
    if (!finding.spellings.isEmpty()) {
        html +=
            QStringLiteral("<table class=\"spellings\">\n<tr><th>%1</th><th>%2</th>"
                           "<th>%3</th></tr>\n")
                .arg(escaped(ReportWriter::tr("Spelling")), escaped(ReportWriter::tr("Mentions")),
                     escaped(ReportWriter::tr("Documents")));
        for (const Spelling& spelling : finding.spellings) {
            QStringList files;
            for (const QString& path : spelling.documents)
                files.append(escaped(QDir::toNativeSeparators(path)));
            html += QStringLiteral("<tr><td>%1</td><td class=\"number\">%2</td><td>%3</td>"
                                   "</tr>\n")
                        .arg(escaped(spelling.text), QString::number(spelling.count),
                             files.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</table>\n");
    } else if (finding.row >= 0 || finding.english || finding.vietnamese) {
        html +=
            QStringLiteral("<table class=\"sides\">\n<tr><th>%1</th><th>%2</th></tr>\n"
                           "<tr><td lang=\"en\">%3</td><td lang=\"vi\">%4</td></tr>\n"
                           "</table>\n")
                .arg(escaped(ReportWriter::tr("English")), escaped(ReportWriter::tr("Vietnamese")),
                     side(finding, Language::English), side(finding, Language::Vietnamese));
    }
    if (!finding.fingerprint.isEmpty())
        html += QStringLiteral("<p class=\"none\">%1</p>\n")
                    .arg(escaped(ReportWriter::tr("Fingerprint: %1").arg(finding.fingerprint)));
    return html + QStringLiteral("</div>\n");
}

// Findings by document, those about its rows first (in the order given), then those about
// several documents.
QString HtmlReport::findingsSection() const
{
    QString html;
    for (const QString& owner : owners + QStringList{QString()}) {
        const QList<const Finding*> owned = findingsByOwner.value(owner);
        if (owned.isEmpty())
            continue;
        html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(escaped(owner.isEmpty() ? ReportWriter::tr("Across documents")
                                                 : QDir::toNativeSeparators(owner)));
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
    return HtmlReport(documents, findings).page().toUtf8();
}

} // namespace songngu
