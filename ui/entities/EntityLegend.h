// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;

namespace songngu {

// A key to the entity highlight colours: a swatch and the type's name for each type, painted
// as the panes paint a mention of the selected entity, and repainted when the palette changes.
class EntityLegend : public QWidget
{
    Q_OBJECT
public:
    explicit EntityLegend(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QGridLayout* grid;
};

} // namespace songngu
