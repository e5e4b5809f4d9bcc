// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/EntitiesPanel.h"

#include "ui/common/FoldedFilterProxy.h"
#include "ui/common/StepButtons.h"
#include "ui/entities/EntityLegend.h"
#include "ui/entities/EntityModel.h"
#include "ui/view/EntityHighlights.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace songngu {

EntitiesPanel::EntitiesPanel(QWidget* parent)
    : QWidget(parent), entityModel(new EntityModel(this)),
      proxyModel(new FoldedFilterProxy(EntityModel::SearchKeyRole, EntityModel::SortRole, this)),
      filter(new QLineEdit(this)), tree(new QTreeView(this)), message(new QLabel(this)),
      position(new QLabel(this)), navigation(new QWidget(this)), highlightBox(new QCheckBox(this)),
      legend(new EntityLegend(this))
{
    proxyModel->setSourceModel(entityModel);
    proxyModel->setSortLocaleAware(true);

    filter->setPlaceholderText(tr("Filter names, dates, numbers"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxyModel, [this](const QString& text) {
        // Rows filtered away move the tree's current item: that is not the user choosing.
        selecting = true;
        proxyModel->setFilterText(text);
        selecting = false;
        restoreSelection(chosen);
        updateMessage();
        if (!text.isEmpty())
            tree->expandAll(); // show what matched
    });

    tree->setModel(proxyModel);
    tree->setUniformRowHeights(true);
    tree->setIndentation(tree->indentation() * 2 / 3);
    tree->setAlternatingRowColors(true);
    tree->setSortingEnabled(true);
    tree->sortByColumn(-1, Qt::AscendingOrder); // order of first mention until a header is clicked
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(EntityModel::EnglishColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(EntityModel::VietnameseColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(EntityModel::EnglishCountColumn,
                                         QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(EntityModel::VietnameseCountColumn,
                                         QHeaderView::ResizeToContents);
    // Group rows ("People (4)") span the row: they have no forms of their own.
    connect(proxyModel, &QAbstractItemModel::modelReset, this, &EntitiesPanel::spanGroups);
    connect(proxyModel, &QAbstractItemModel::layoutChanged, this, &EntitiesPanel::spanGroups);
    connect(proxyModel, &QAbstractItemModel::rowsInserted, this, &EntitiesPanel::spanGroups);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntitiesPanel::onCurrentChanged);
    connect(tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const int entity = index.data(EntityModel::EntityIndexRole).toInt();
        if (entity >= 0)
            Q_EMIT entityActivated(entity);
    });
    connect(tree, &QWidget::customContextMenuRequested, this, &EntitiesPanel::showContextMenu);

    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setForegroundRole(QPalette::PlaceholderText);
    message->setMargin(8);

    position->setTextFormat(Qt::PlainText);
    position->setWordWrap(true);
    position->setForegroundRole(QPalette::PlaceholderText);
    auto* navigationLayout = new QHBoxLayout(navigation);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->addWidget(position, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(filter);
    layout->addWidget(message);
    layout->addWidget(tree, 1);
    layout->addWidget(navigation);
    layout->addWidget(highlightBox);
    layout->addWidget(legend);
    updateMessage();
    showMentionPosition(-1);
}

void EntitiesPanel::setActions(QAction* previous, QAction* next, QAction* highlightAll)
{
    auto* layout = static_cast<QHBoxLayout*>(navigation->layout());
    addStepButtons(layout, previous, next);
    highlightBox->setText(highlightAll->text());
    highlightBox->setToolTip(highlightAll->toolTip());
    highlightBox->setChecked(highlightAll->isChecked());
    connect(highlightBox, &QCheckBox::toggled, highlightAll, &QAction::setChecked);
    connect(highlightAll, &QAction::toggled, highlightBox, &QCheckBox::setChecked);
}

void EntitiesPanel::setGlossary(std::shared_ptr<const Glossary> glossary)
{
    entityModel->setGlossary(std::move(glossary));
}

void EntitiesPanel::setEntities(EntitiesPtr entities)
{
    busy = false;
    chosen = -1;
    entityModel->setEntities(std::move(entities));
    tree->expandAll();
    updateMessage();
    showMentionPosition(-1);
}

void EntitiesPanel::setBusy(bool on)
{
    busy = on;
    updateMessage();
}

EntitiesPtr EntitiesPanel::entities() const
{
    return entityModel->entities();
}

int EntitiesPanel::selectedEntity() const
{
    return chosen;
}

void EntitiesPanel::selectEntity(int entity)
{
    if (entity == chosen)
        return;
    chosen = entity;
    // An entity the filter hides is shown: the reader asked for it.
    if (entity >= 0 && !proxyModel->mapFromSource(entityModel->indexOfEntity(entity)).isValid())
        filter->clear();
    restoreSelection(entity);
}

void EntitiesPanel::restoreSelection(int entity)
{
    selecting = true;
    const QModelIndex index = proxyModel->mapFromSource(entityModel->indexOfEntity(entity));
    if (index.isValid()) {
        tree->setCurrentIndex(index);
        tree->scrollTo(index);
    } else {
        tree->setCurrentIndex({});
        tree->selectionModel()->clear();
    }
    selecting = false;
}

void EntitiesPanel::showMentionPosition(int mention)
{
    const EntitiesPtr all = entityModel->entities();
    const int entity = selectedEntity();
    if (!all || entity < 0) {
        position->setText(tr("Select one to see its mentions"));
        return;
    }
    const QList<EntityMention>& mentions = all->entities.at(entity).mentions;
    if (mention < 0 || mention >= mentions.size()) {
        position->setText(tr("%n mention(s)", nullptr, int(mentions.size())));
        return;
    }
    const EntityMention& at = mentions.at(mention);
    position->setText(
        tr("Mention %1 of %2 (row %3, %4)")
            .arg(mention + 1)
            .arg(mentions.size())
            .arg(at.row + 1)
            .arg(at.language == Language::English ? tr("English") : tr("Vietnamese")));
}

void EntitiesPanel::onCurrentChanged(const QModelIndex& current)
{
    if (selecting)
        return;
    chosen = current.isValid() ? current.data(EntityModel::EntityIndexRole).toInt() : -1;
    showMentionPosition(-1);
    Q_EMIT entitySelected(chosen);
}

void EntitiesPanel::showContextMenu(QPoint pos)
{
    const QModelIndex index = tree->indexAt(pos);
    const int entity = index.isValid() ? index.data(EntityModel::EntityIndexRole).toInt() : -1;
    const QString type = index.data(EntityModel::TypeRole).toString();
    if (entity < 0 || !entityTypeFromCode(type))
        return; // the glossary holds names, not values or titles
    QMenu menu(this);
    QAction* add = menu.addAction(tr("&Add to Glossary…"));
    if (menu.exec(tree->viewport()->mapToGlobal(pos)) == add)
        Q_EMIT addToGlossaryRequested(entity);
}

void EntitiesPanel::spanGroups()
{
    for (int row = 0; row < proxyModel->rowCount(); ++row)
        tree->setFirstColumnSpanned(row, QModelIndex(), true);
}

void EntitiesPanel::updateMessage()
{
    const EntitiesPtr all = entityModel->entities();
    QString text;
    if (busy)
        text = tr("Finding names, dates and numbers…");
    else if (!all)
        text = tr("Open a document to see the people, organisations, places, agreements, dates "
                  "and numbers it names.");
    else if (all->entities.isEmpty())
        text = tr("No names, dates or numbers found in this document.");
    else if (proxyModel->rowCount() == 0)
        text = tr("Nothing matches “%1”.").arg(filter->text());
    message->setText(text);
    message->setVisible(!text.isEmpty());
    tree->setVisible(all && !all->entities.isEmpty());
}

} // namespace songngu
