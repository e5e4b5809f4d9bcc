// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/EntityLegend.h"

#include "ui/view/EntityHighlights.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace songngu {

namespace {

constexpr int columns = 2;
constexpr qreal swatchWash = 0.5; // as a mention of the selected entity

} // namespace

EntityLegend::EntityLegend(QWidget* parent) : QWidget(parent), grid(new QGridLayout(this))
{
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    rebuild();
}

void EntityLegend::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LanguageChange)
        rebuild();
}

void EntityLegend::rebuild()
{
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList types = EntityHighlights::typeCodes();
    const int height = fontMetrics().height();
    for (int i = 0; i < types.size(); ++i) {
        const QString& type = types.at(i);
        // A word painted as the panes paint it, so the key looks like what it explains.
        QPixmap swatch(QSize(height * 2, height) * devicePixelRatioF());
        swatch.setDevicePixelRatio(devicePixelRatioF());
        swatch.fill(EntityHighlights::typeWash(type, palette(), swatchWash));
        {
            QPainter painter(&swatch);
            painter.setPen(EntityHighlights::typeColour(type));
            painter.drawRect(QRect(0, 0, height * 2 - 1, height - 1));
        }
        auto* box = new QLabel(this);
        box->setPixmap(swatch);
        auto* name = new QLabel(EntityHighlights::typeName(type), this);
        name->setTextFormat(Qt::PlainText);
        auto* cell = new QWidget(this);
        cell->setObjectName(QStringLiteral("legend-") + type);
        auto* cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(4);
        cellLayout->addWidget(box);
        cellLayout->addWidget(name, 1);
        grid->addWidget(cell, i / columns, i % columns);
    }
}

} // namespace songngu
