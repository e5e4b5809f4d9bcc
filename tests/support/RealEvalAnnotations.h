// SPDX-License-Identifier: GPL-3.0-or-later
// The findings of tst_realcheckquality as the hand annotation of real news keys them
// (tests/data/real-eval/annotations.tsv): by corpus line, kind and the text of their spans, so
// that a finding is recognised whatever row or document it lands in.
#pragma once

#include "support/RealEvalCorpus.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace songngu::testing {

inline bool reported(const Finding& finding)
{
    return finding.severity != Severity::Info;
}

// A span as the annotation keeps it: on one line, and short (a missing translation's span is
// the whole sentence, and the corpus stays out of the repository).
inline QString spanText(const std::optional<FindingSpan>& span)
{
    if (!span)
        return {};
    QString text = span->text;
    for (QChar& c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    return text.size() > 60 ? text.first(50) + u'…' : text;
}

// A finding of one reading, keyed by what it says and the corpus lines it is about, so that it
// is recognised whatever row or document it lands in.
struct Record
{
    CorpusReader::Reading reading = CorpusReader::Reading::Pairs;
    int document = 0;
    QString lines; // "2543" or "2543,2544"
    Finding finding;
    QString english;
    QString vietnamese;

    QString key() const
    {
        return QStringList{lines, finding.kind, english, vietnamese}.join(u'\t');
    }
};

// One line of annotations.tsv.
struct Annotation
{
    QString lines, reading, kind, english, vietnamese, verdict, reason;

    QString key() const { return QStringList{lines, kind, english, vietnamese}.join(u'\t'); }
    bool covers(CorpusReader::Reading r) const
    {
        return reading == QStringLiteral("both") || reading == CorpusReader::name(r);
    }
};

// The annotations of `path`; what is malformed goes to `errors`, with its line.
inline QList<Annotation> readAnnotations(const QString& path, QStringList* errors)
{
    QList<Annotation> annotations;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(path + QStringLiteral(": ") + file.errorString());
        return annotations;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString& line = lines.at(n);
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u"line\t"))
            continue;
        const QStringList f = line.split(u'\t');
        if (f.size() != 7) {
            errors->append(QStringLiteral("line %1: %2 fields, not 7").arg(n + 1).arg(f.size()));
            continue;
        }
        annotations.append({f.at(0), f.at(1), f.at(2), f.at(3), f.at(4), f.at(5), f.at(6)});
    }
    return annotations;
}

} // namespace songngu::testing
