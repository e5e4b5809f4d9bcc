// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/Glossary.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace songngu {

class GlossaryEditor;
class FoldedFilterProxy;
class GlossaryModel;

// Edit ▸ Glossary…: the glossary in effect (built in and the user's) as a filterable table.
// Edit opens any entry in the entry dialog (saving a built-in one makes the user's version,
// which overrides it); Delete removes one of the user's entries, which for an override brings
// the built-in entry back. Each change is saved at once and the shown document analysed again
// (by the controller); the table follows the controller's glossaryChanged().
class GlossaryManager : public QDialog
{
    Q_OBJECT
public:
    GlossaryManager(GlossaryEditor* controller, QWidget* parent = nullptr);

    GlossaryModel* model() const { return glossaryModel; }
    FoldedFilterProxy* proxy() const { return proxyModel; }
    QLineEdit* filterEdit() const { return filter; }
    QTableView* view() const { return table; }
    QPushButton* editButton() const { return editEntry; }
    QPushButton* deleteButton() const { return deleteEntry; }
    QLabel* countLabel() const { return count; }

    // Makes the entry with `id` current (clearing a filter that hides it); false when absent.
    bool selectEntry(const QString& id);
    QString currentId() const;

public Q_SLOTS:
    void editCurrent();
    void deleteCurrent();

private:
    void refresh(); // the glossary changed: rebuild the table, keep the current entry
    void updateState();

    GlossaryEditor* controller;
    Glossary builtIn; // what the user's entries are told apart from
    GlossaryModel* glossaryModel;
    FoldedFilterProxy* proxyModel;
    QLineEdit* filter;
    QTableView* table;
    QLabel* count;
    QPushButton* editEntry;
    QPushButton* deleteEntry;
};

} // namespace songngu
