// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QHBoxLayout;

namespace songngu {

// Puts up/down arrow buttons for a side tab's previous/next actions at the start of `row`:
// arrows rather than words keep the tabs narrow, since the panes want the width. The actions
// get the style's arrow icons unless they have icons; their text stays for menus and tooltips.
void addStepButtons(QHBoxLayout* row, QAction* previous, QAction* next);

} // namespace songngu
