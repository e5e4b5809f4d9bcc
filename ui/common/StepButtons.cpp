// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StepButtons.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace songngu {

void addStepButtons(QHBoxLayout* row, QAction* previous, QAction* next)
{
    int at = 0;
    for (auto [action, icon] :
         {std::pair(previous, QStyle::SP_ArrowUp), std::pair(next, QStyle::SP_ArrowDown)}) {
        if (action->icon().isNull())
            action->setIcon(QApplication::style()->standardIcon(icon));
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        row->insertWidget(at++, button);
    }
}

} // namespace songngu
