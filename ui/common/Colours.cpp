// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Colours.h"

#include <cmath>

namespace songngu::colours {

namespace {

constexpr qreal readableContrast = 4.5; // WCAG AA for text

qreal luminance(const QColor& colour)
{
    const auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

QColor blend(const QColor& under, const QColor& over, qreal amount)
{
    return QColor::fromRgbF(float(under.redF() + (over.redF() - under.redF()) * amount),
                            float(under.greenF() + (over.greenF() - under.greenF()) * amount),
                            float(under.blueF() + (over.blueF() - under.blueF()) * amount));
}

qreal contrast(const QColor& a, const QColor& b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableText(const QColor& background, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return contrast(background, text) >= contrast(background, base) ? text : base;
}

QColor readableBackground(QColor colour, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    for (int i = 0;
         i < 10 && qMax(contrast(colour, text), contrast(colour, base)) < readableContrast; ++i)
        colour = blend(colour, Qt::white, 0.15);
    return colour;
}

} // namespace songngu::colours
