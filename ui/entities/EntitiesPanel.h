// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/EntityRecognizer.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace songngu {

class EntityLegend;
class EntityModel;
class FoldedFilterProxy;

// The "Entities" tab: the shown document's names, dates and numbers grouped by type with their
// English and Vietnamese forms and counts, a diacritic-insensitive filter, the previous/next
// mention buttons with where the reader is, and the colour legend. It shows and selects; the
// paired view highlights and steps (EntitiesController wires the two).
class EntitiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntitiesPanel(QWidget* parent = nullptr);

    // The window's actions, shown as buttons here and as menu items there.
    void setActions(QAction* previous, QAction* next, QAction* highlightAll);

    void setEntities(EntitiesPtr entities); // null: nothing to show
    // The glossary the entities were recognised with: a person's offices in the tooltips.
    void setGlossary(std::shared_ptr<const Glossary> glossary);
    void setBusy(bool busy); // "Finding names…" until the entities arrive
    EntitiesPtr entities() const;

    int selectedEntity() const;    // -1 for none
    void selectEntity(int entity); // without emitting entitySelected
    // "Mention 2 of 7 (row 5, Vietnamese)"; -1 for none.
    void showMentionPosition(int mention);

    EntityModel* model() const { return entityModel; }
    FoldedFilterProxy* proxy() const { return proxyModel; }
    QTreeView* view() const { return tree; }
    QLineEdit* filterEdit() const { return filter; }
    QLabel* positionLabel() const { return position; }
    QLabel* messageLabel() const { return message; }

Q_SIGNALS:
    void entitySelected(int entity);  // by the user; -1 for none
    void entityActivated(int entity); // Enter or double click: go to its mentions
    void addToGlossaryRequested(int entity);

private:
    void onCurrentChanged(const QModelIndex& current);
    void showContextMenu(QPoint pos);
    void updateMessage();
    void spanGroups();
    void restoreSelection(int entity); // makes `entity` current in the tree without signalling

    EntityModel* entityModel;
    FoldedFilterProxy* proxyModel;
    QLineEdit* filter;
    QTreeView* tree;
    QLabel* message;
    QLabel* position;
    QWidget* navigation;
    QCheckBox* highlightBox; // mirrors the window's "Highlight All Entities" action
    EntityLegend* legend;
    bool busy = false;
    bool selecting = false; // the panel itself is moving the tree's current row
    int chosen = -1;        // the entity selected in the panes, even while filtered out
};

} // namespace songngu
