// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/TextSearch.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QTextLayout>

namespace songngu {

// The search matches the paired view shows: every match highlighted in its pane, the current
// one more strongly. It keeps the matches in reading order and hands each pane the format ranges
// of a row; it neither searches nor paints.
//
// The colours come from the palette: an accent opposite the selection colour on the colour
// wheel (so a match never looks selected), washed over the base colour for every match and
// nearly solid for the current one, whose text takes whichever of the palette's text and base
// colours reads better on it. That holds on light and dark palettes alike.
class MatchHighlights
{
public:
    // `matches` in reading order, as TextSearch::findAll() returns them. No current match.
    void setMatches(QList<TextMatch> matches);
    // Returns true when there was something to clear.
    bool clear();

    bool isEmpty() const { return all.isEmpty(); }
    const QList<TextMatch>& matches() const { return all; }
    int currentIndex() const { return current; }
    // -1 (or any index out of range) for none. Returns true when it changed.
    bool setCurrentIndex(int index);

    // The highlighting of the paragraph shown for `language` in `row`.
    QList<QTextLayout::FormatRange> formats(int row, Language language,
                                            const QPalette& palette) const;

    static QColor matchBackground(const QPalette& palette);
    static QColor currentMatchBackground(const QPalette& palette);
    static QColor currentMatchForeground(const QPalette& palette);

private:
    QList<TextMatch> all;
    int current = -1;
};

} // namespace songngu
