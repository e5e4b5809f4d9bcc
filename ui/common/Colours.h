// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace songngu::colours {

// `over` laid over `under` at `amount` opacity, as one opaque colour. The panes paint only
// opaque colours: translucent fills over tall areas are slow in Qt's raster engine.
QColor blend(const QColor& under, const QColor& over, qreal amount);

// WCAG 2 contrast ratio of two colours, 1 to 21.
qreal contrast(const QColor& a, const QColor& b);

// Whichever of the palette's text and base colours reads better on `background`.
QColor readableText(const QColor& background, const QPalette& palette);

// `colour` lightened until the palette's text or base colour reads on it (WCAG AA, 4.5:1): on
// a dark base a strong accent is otherwise too dark for light text and too light for dark text.
QColor readableBackground(QColor colour, const QPalette& palette);

} // namespace songngu::colours
