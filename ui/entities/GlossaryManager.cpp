// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/GlossaryManager.h"

#include "ui/common/FoldedFilterProxy.h"
#include "ui/entities/GlossaryEditor.h"
#include "ui/entities/GlossaryModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace songngu {

GlossaryManager::GlossaryManager(GlossaryEditor* controller, QWidget* parent)
    : QDialog(parent), controller(controller), glossaryModel(new GlossaryModel(this)),
      proxyModel(
          new FoldedFilterProxy(GlossaryModel::SearchKeyRole, GlossaryModel::SortRole, this)),
      filter(new QLineEdit(this)), table(new QTableView(this)), count(new QLabel(this)),
      editEntry(new QPushButton(tr("&Edit…"), this)),
      deleteEntry(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Glossary"));
    builtIn.loadBuiltIn(); // built into the executable: cannot be missing
    proxyModel->setSourceModel(glossaryModel);
    proxyModel->setSortLocaleAware(true);

    filter->setPlaceholderText(tr("Filter ids and forms"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxyModel->setFilterText(text);
        updateState();
    });

    table->setModel(proxyModel);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->sortByColumn(GlossaryModel::IdColumn, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    // Ids, types and origins are short and read whole; the forms share what is left.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(GlossaryModel::EnglishColumn,
                                                    QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(GlossaryModel::VietnameseColumn,
                                                    QHeaderView::Stretch);
    connect(table, &QAbstractItemView::activated, this, &GlossaryManager::editCurrent);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GlossaryManager::updateState);

    count->setTextFormat(Qt::PlainText);
    count->setForegroundRole(QPalette::PlaceholderText);
    editEntry->setToolTip(tr("Edit the selected entry; a built-in entry you save becomes yours "
                             "and overrides it"));
    connect(editEntry, &QPushButton::clicked, this, &GlossaryManager::editCurrent);
    connect(deleteEntry, &QPushButton::clicked, this, &GlossaryManager::deleteCurrent);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(editEntry);
    buttons->addWidget(deleteEntry);
    buttons->addWidget(count, 1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    resize(900, 560);

    connect(controller, &GlossaryEditor::glossaryChanged, this, &GlossaryManager::refresh);
    refresh();
}

QString GlossaryManager::currentId() const
{
    return table->currentIndex().data(GlossaryModel::EntryIdRole).toString();
}

bool GlossaryManager::selectEntry(const QString& id)
{
    const int row = glossaryModel->rowOfId(id);
    if (row < 0)
        return false;
    QModelIndex shown = proxyModel->mapFromSource(glossaryModel->index(row, 0));
    if (!shown.isValid()) {
        filter->clear(); // the filter hides it
        shown = proxyModel->mapFromSource(glossaryModel->index(row, 0));
    }
    table->setCurrentIndex(shown);
    table->scrollTo(shown);
    return true;
}

void GlossaryManager::refresh()
{
    const QString current = currentId();
    glossaryModel->setGlossaries(builtIn, controller->userGlossary());
    if (current.isEmpty() || !selectEntry(current))
        table->setCurrentIndex(proxyModel->index(0, 0));
    updateState();
}

void GlossaryManager::updateState()
{
    const int shown = proxyModel->rowCount();
    const int all = glossaryModel->rowCount();
    count->setText(shown == all ? tr("%n entries", nullptr, all)
                                : tr("%1 of %n entries", nullptr, all).arg(shown));
    const QModelIndex current = table->currentIndex();
    editEntry->setEnabled(current.isValid());
    const auto origin = GlossaryModel::Origin(current.data(GlossaryModel::OriginRole).toInt());
    if (!current.isValid()) {
        deleteEntry->setEnabled(false);
        deleteEntry->setToolTip(tr("Select one of your entries to delete it"));
    } else if (origin == GlossaryModel::Origin::BuiltIn) {
        deleteEntry->setEnabled(false);
        deleteEntry->setToolTip(tr("Built-in entries cannot be deleted; edit one to override "
                                   "it with your own version"));
    } else {
        deleteEntry->setEnabled(true);
        deleteEntry->setToolTip(origin == GlossaryModel::Origin::Override
                                    ? tr("Delete your version and use the built-in entry again")
                                    : tr("Delete this entry from your glossary"));
    }
}

void GlossaryManager::editCurrent()
{
    const int row = proxyModel->mapToSource(table->currentIndex()).row();
    if (const GlossaryEntry* entry = glossaryModel->entryAt(row))
        controller->editEntry(GlossaryEntry(*entry), true, this); // a copy: saving resets us
}

void GlossaryManager::deleteCurrent()
{
    const QModelIndex current = table->currentIndex();
    const QString id = currentId();
    const auto origin = GlossaryModel::Origin(current.data(GlossaryModel::OriginRole).toInt());
    if (id.isEmpty() || origin == GlossaryModel::Origin::BuiltIn)
        return;
    const QString question =
        origin == GlossaryModel::Origin::Override
            ? tr("Delete your version of “%1” and use the built-in entry again?").arg(id)
            : tr("Delete “%1” from your glossary?").arg(id);
    QMessageBox box(QMessageBox::Question, tr("Delete Glossary Entry"), question,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    QString error;
    if (!controller->removeEntry(id, &error)) {
        QMessageBox warning(QMessageBox::Warning, tr("Glossary Not Saved"),
                            tr("Your glossary could not be saved: %1").arg(error), QMessageBox::Ok,
                            this);
        warning.setTextFormat(Qt::PlainText); // reasons name files
        warning.exec();
    }
}

} // namespace songngu
