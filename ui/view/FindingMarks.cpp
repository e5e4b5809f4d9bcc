// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/FindingMarks.h"

#include "ui/common/Colours.h"

namespace songngu {

namespace {

constexpr qreal currentWash = 0.35; // the current finding's spans

} // namespace

void FindingMarks::setFindings(FindingsPtr findings)
{
    all = std::move(findings);
    byParagraph.clear();
    currentFinding = -1;
    if (!all)
        return;
    for (int f = 0; f < all->size(); ++f) {
        const Finding& finding = all->at(f);
        if (finding.row < 0)
            continue; // about the whole document: nothing to mark in a row
        for (const auto& [span, language] : {std::pair(&finding.english, Language::English),
                                             std::pair(&finding.vietnamese, Language::Vietnamese)})
            if (*span && (*span)->length > 0)
                byParagraph[key(finding.row, language)].append(
                    Mark{(*span)->start, (*span)->length, f});
    }
}

bool FindingMarks::clear()
{
    if (!all)
        return false;
    setFindings(nullptr);
    return true;
}

void FindingMarks::setIgnored(const QSet<QString>& fingerprints)
{
    ignored = fingerprints;
}

bool FindingMarks::setCurrent(int finding)
{
    if (!all || finding < 0 || finding >= all->size())
        finding = -1;
    return std::exchange(currentFinding, finding) != finding;
}

bool FindingMarks::marked(int finding) const
{
    return finding == currentFinding || !ignored.contains(all->at(finding).fingerprint);
}

QList<int> FindingMarks::findingsAt(int row, Language language, int position) const
{
    QList<int> found;
    for (const Mark& mark : byParagraph.value(key(row, language)))
        if (position >= mark.start && position < mark.start + mark.length && marked(mark.finding))
            found.append(mark.finding);
    return found;
}

QList<QTextLayout::FormatRange> FindingMarks::formats(int row, Language language,
                                                      const QPalette& palette) const
{
    QList<QTextLayout::FormatRange> ranges;
    const auto it = byParagraph.constFind(key(row, language));
    if (it == byParagraph.cend())
        return ranges;
    for (const Mark& mark : it.value()) {
        if (!marked(mark.finding))
            continue;
        const QColor colour = severityColour(all->at(mark.finding).severity);
        QTextLayout::FormatRange range;
        range.start = mark.start;
        range.length = mark.length;
        range.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        range.format.setUnderlineColor(colour);
        if (mark.finding == currentFinding) {
            range.format.setBackground(
                colours::blend(palette.color(QPalette::Base), colour, currentWash));
            range.format.setForeground(palette.color(QPalette::Text));
        }
        ranges.append(range);
    }
    return ranges;
}

QColor FindingMarks::severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd7, 0x26, 0x26); // red
    case Severity::Warning:
        return QColor(0xe0, 0x8a, 0x00); // amber
    case Severity::Info:
        return QColor(0x2a, 0x7a, 0xd5); // blue
    }
    return Qt::gray;
}

} // namespace songngu
