// ReportWriter::toHtml(): one page a person can open safely from anywhere. Everything that comes
// from a document (text, titles, paths, messages quoting names) goes through toHtmlEscaped(),
// the page loads nothing (no scripts, links, images or fonts) and its Content-Security-Policy
// forbids anything but its own inline style, should a future change let markup through.
#include "ReportWriter.h"

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
td.number { text-align: right; }
.finding { border-left: 4px solid #888; margin: 1em 0; padding: .2em .8em; }
.finding.error { border-color: #c62828; } .finding.warning { border-color: #e08b00; }
.finding.info { border-color: #1565c0; }
.head { font-weight: 600; margin: .3em 0; } .kind { font-family: monospace; }
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
};

} // namespace

QByteArray ReportWriter::toHtml(const QList<ReadResult>& documents, const QList<Finding>& findings)
{
    QHash<QString, const Document*> documentByPath;
    QStringList paths; // documents first, in the order given, then any other finding's file
    for (const ReadResult& result : documents) {
        if (result.ok())
            documentByPath.insert(result.path, result.document.get());
        if (!paths.contains(result.path))
            paths.append(result.path);
    }
    QHash<QString, Counts> countsByPath;
    QMap<std::pair<int, QString>, int> countsByKind; // (-severity, kind) → findings
    Counts total;
    for (const Finding& finding : findings) {
        if (finding.row >= 0 && !paths.contains(finding.path))
            paths.append(finding.path);
        ++countsByPath[finding.path].bySeverity[int(finding.severity)];
        ++countsByKind[{-int(finding.severity), finding.kind}];
        ++total.bySeverity[int(finding.severity)];
    }

    QString html;
    const QString title = tr("Song Ngữ consistency report");
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
                       "<meta name=\"referrer\" content=\"no-referrer\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n<h1>%2</h1>\n")
            .arg(escaped(tr("en", "the report's language code")), escaped(title),
                 QString::fromUtf8(styleSheet));

    // Summary: counts by kind and severity.
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(tr("%1 documents; %2 errors, %3 warnings, %4 notes.")
                                 .arg(documents.size())
                                 .arg(total.bySeverity[int(Severity::Error)])
                                 .arg(total.bySeverity[int(Severity::Warning)])
                                 .arg(total.bySeverity[int(Severity::Info)])));
    html += QStringLiteral("<h2>%1</h2>\n<table class=\"summary\">\n<tr><th>%2</th><th>%3</th>"
                           "<th>%4</th></tr>\n")
                .arg(escaped(tr("Summary")), escaped(tr("Kind")), escaped(tr("Severity")),
                     escaped(tr("Findings")));
    for (auto it = countsByKind.cbegin(); it != countsByKind.cend(); ++it)
        html +=
            QStringLiteral("<tr><td class=\"kind\">%1</td><td>%2</td>"
                           "<td class=\"number\">%3</td></tr>\n")
                .arg(escaped(it.key().second), escaped(severityLabel(Severity(-it.key().first))),
                     QString::number(it.value()));
    html += QStringLiteral("<tr><th colspan=\"2\">%1</th><th class=\"number\">%2</th></tr>\n"
                           "</table>\n")
                .arg(escaped(tr("Total")), QString::number(findings.size()));

    // Documents.
    html += QStringLiteral("<h2>%1</h2>\n<table class=\"documents\">\n<tr><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th>"
                           "</tr>\n")
                .arg(escaped(tr("Documents")), escaped(tr("File")), escaped(tr("Title")),
                     escaped(tr("Date")), escaped(tr("Format")), escaped(tr("Rows")),
                     escaped(tr("Errors")), escaped(tr("Warnings")), escaped(tr("Notes")));
    for (const ReadResult& result : documents) {
        const Counts counts = countsByPath.value(result.path);
        html +=
            QStringLiteral("<tr><td>%1</td>").arg(escaped(QDir::toNativeSeparators(result.path)));
        if (result.ok()) {
            const DocumentMetadata& m = result.document->metadata;
            html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td class=\"number\">%4</td>")
                        .arg(escaped(m.title), escaped(m.date.toString(Qt::ISODate)),
                             escaped(formatCode(m.format)),
                             QString::number(result.document->rows.size()));
        } else {
            html += QStringLiteral("<td colspan=\"4\" class=\"none\">%1</td>")
                        .arg(escaped(tr("Not read: %1").arg(result.error)));
        }
        html += QStringLiteral("<td class=\"number\">%1</td><td class=\"number\">%2</td>"
                               "<td class=\"number\">%3</td></tr>\n")
                    .arg(QString::number(counts.bySeverity[int(Severity::Error)]),
                         QString::number(counts.bySeverity[int(Severity::Warning)]),
                         QString::number(counts.bySeverity[int(Severity::Info)]));
    }
    html += QStringLiteral("</table>\n");

    const QString english = escaped(tr("English"));
    const QString vietnamese = escaped(tr("Vietnamese"));
    const auto side = [&](const Finding& finding, Language language) -> QString {
        const std::optional<FindingSpan>& span =
            language == Language::English ? finding.english : finding.vietnamese;
        if (span)
            return markedText(*span);
        if (const Document* document = documentByPath.value(finding.path))
            if (const Paragraph* paragraph = document->segment(finding.row, language))
                return escaped(paragraph->text);
        return QStringLiteral("<span class=\"none\">%1</span>").arg(escaped(tr("(nothing)")));
    };
    const auto writeFinding = [&](const Finding& finding) {
        const QString severity = severityCode(finding.severity);
        html += QStringLiteral("<div class=\"finding %1\">\n<p class=\"head\"><span "
                               "class=\"severity\">%2</span> <span class=\"kind\">%3</span>")
                    .arg(severity, escaped(severityLabel(finding.severity)), escaped(finding.kind));
        if (finding.row >= 0)
            html += QStringLiteral(" · %1").arg(escaped(tr("row %1").arg(finding.row + 1)));
        html += QStringLiteral("</p>\n<p class=\"message\">%1</p>\n").arg(escaped(finding.message));
        if (!finding.suggestion.isEmpty())
            html += QStringLiteral("<p class=\"suggestion\">%1</p>\n")
                        .arg(escaped(tr("Suggestion: %1").arg(finding.suggestion)));
        if (!finding.spellings.isEmpty()) {
            html += QStringLiteral("<table class=\"spellings\">\n<tr><th>%1</th><th>%2</th>"
                                   "<th>%3</th></tr>\n")
                        .arg(escaped(tr("Spelling")), escaped(tr("Mentions")),
                             escaped(tr("Documents")));
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
            html += QStringLiteral("<table class=\"sides\">\n<tr><th>%1</th><th>%2</th></tr>\n"
                                   "<tr><td lang=\"en\">%3</td><td lang=\"vi\">%4</td></tr>\n"
                                   "</table>\n")
                        .arg(english, vietnamese, side(finding, Language::English),
                             side(finding, Language::Vietnamese));
        }
        if (!finding.fingerprint.isEmpty())
            html += QStringLiteral("<p class=\"none\">%1</p>\n")
                        .arg(escaped(tr("Fingerprint: %1").arg(finding.fingerprint)));
        html += QStringLiteral("</div>\n");
    };

    // Findings by document, in row order as given, then those about several documents.
    for (const QString& path : std::as_const(paths)) {
        bool any = false;
        for (const Finding& finding : findings) {
            if (finding.row < 0 || finding.path != path)
                continue;
            if (!any)
                html +=
                    QStringLiteral("<h2>%1</h2>\n").arg(escaped(QDir::toNativeSeparators(path)));
            any = true;
            writeFinding(finding);
        }
    }
    bool across = false;
    for (const Finding& finding : findings) {
        if (finding.row >= 0)
            continue;
        if (!across)
            html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Across documents")));
        across = true;
        writeFinding(finding);
    }
    if (findings.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No findings.")));
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace songngu
