// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/view/MatchHighlights.h"

#include "ui/common/Colours.h"

#include <algorithm>

namespace songngu {

namespace {

constexpr qreal matchWash = 0.38;   // share of the accent in the background of every match
constexpr qreal currentWash = 0.85; // and in the current match's
constexpr int fallbackHue = 40;     // amber, when the selection colour is a grey

// The selection colour turned half way round the colour wheel: orange for the usual blues.
QColor accent(const QPalette& palette)
{
    const QColor highlight = palette.color(QPalette::Highlight).toHsl();
    const bool grey = highlight.hslHue() < 0 || highlight.hslSaturation() < 40;
    const int hue = grey ? fallbackHue : (highlight.hslHue() + 180) % 360;
    const int saturation = qMax(highlight.hslSaturation(), 160);
    const int lightness = qBound(90, highlight.lightness(), 170);
    return QColor::fromHsl(hue, saturation, lightness).toRgb();
}

// Orders matches by paragraph only, to find the first match of a row's paragraph.
bool beforeParagraph(const TextMatch& match, const std::pair<int, Language>& paragraph)
{
    return std::pair(match.row, match.language) < paragraph;
}

} // namespace

void MatchHighlights::setMatches(QList<TextMatch> matches)
{
    all = std::move(matches);
    current = -1;
}

bool MatchHighlights::clear()
{
    if (all.isEmpty())
        return false;
    all.clear();
    current = -1;
    return true;
}

bool MatchHighlights::setCurrentIndex(int index)
{
    if (index < 0 || index >= all.size())
        index = -1;
    if (index == current)
        return false;
    current = index;
    return true;
}

QList<QTextLayout::FormatRange> MatchHighlights::formats(int row, Language language,
                                                         const QPalette& palette) const
{
    QList<QTextLayout::FormatRange> ranges;
    const std::pair paragraph(row, language);
    auto it = std::lower_bound(all.cbegin(), all.cend(), paragraph, beforeParagraph);
    if (it == all.cend() || it->row != row || it->language != language)
        return ranges;
    QTextCharFormat plain;
    plain.setBackground(matchBackground(palette));
    plain.setForeground(palette.color(QPalette::Text));
    for (; it != all.cend() && it->row == row && it->language == language; ++it) {
        QTextLayout::FormatRange range;
        range.start = it->start;
        range.length = it->length;
        if (int(it - all.cbegin()) == current) {
            range.format.setBackground(currentMatchBackground(palette));
            range.format.setForeground(currentMatchForeground(palette));
        } else {
            range.format = plain;
        }
        ranges.append(range);
    }
    return ranges;
}

QColor MatchHighlights::matchBackground(const QPalette& palette)
{
    return colours::blend(palette.color(QPalette::Base), accent(palette), matchWash);
}

QColor MatchHighlights::currentMatchBackground(const QPalette& palette)
{
    return colours::readableBackground(
        colours::blend(palette.color(QPalette::Base), accent(palette), currentWash), palette);
}

QColor MatchHighlights::currentMatchForeground(const QPalette& palette)
{
    return colours::readableText(currentMatchBackground(palette), palette);
}

} // namespace songngu
