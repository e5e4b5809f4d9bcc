// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"

#include <QHash>
#include <QPalette>
#include <QSet>
#include <QTextLayout>

#include <memory>

namespace songngu {

using FindingsPtr = std::shared_ptr<const QList<Finding>>;

// The findings the paired view marks: every finding's spans underlined in its severity's
// colour (wavy, as spelling checkers do, so it reads as "look here" and not as a link), the
// current finding's spans also washed in that colour. Ignored findings are not marked. It keeps
// the spans indexed by paragraph and hands each pane the format ranges and tooltips of a row; it
// neither checks nor paints.
class FindingMarks
{
public:
    struct Mark
    {
        int start = 0;
        int length = 0;
        int finding = -1; // index into the findings
    };

    void setFindings(FindingsPtr findings); // no current finding
    bool clear();                           // true when there was something to clear
    FindingsPtr findings() const { return all; }
    void setIgnored(const QSet<QString>& fingerprints);

    int current() const { return currentFinding; }
    bool setCurrent(int finding); // -1 (or out of range) for none

    // The findings marked at character `position` of the paragraph of `language` in `row`.
    QList<int> findingsAt(int row, Language language, int position) const;

    QList<QTextLayout::FormatRange> formats(int row, Language language,
                                            const QPalette& palette) const;

    static QColor severityColour(Severity severity);

private:
    static qint64 key(int row, Language language) { return qint64(row) * 4 + int(language); }
    bool marked(int finding) const;

    FindingsPtr all;
    QSet<QString> ignored;
    QHash<qint64, QList<Mark>> byParagraph;
    int currentFinding = -1;
};

} // namespace songngu
