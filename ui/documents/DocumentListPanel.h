// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "io/FileScanner.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QTreeWidget;
class QTreeView;
class QModelIndex;

namespace songngu {

class FoldedFilterProxy;
class DocumentListModel;

// The document list: a diacritic-insensitive filter box, the sortable list of opened files,
// a progress bar while a folder is read, a one-line summary (documents, unreadable, skipped)
// and, on demand, the files a folder scan passed over, each with its reason.
class DocumentListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentListPanel(DocumentListModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return tree; }
    QLineEdit* filterEdit() const { return filter; }
    FoldedFilterProxy* proxy() const { return proxyModel; }

    // The source-model row of the selected document, or -1.
    int currentSourceRow() const;
    void selectSourceRow(int row);

    void setProgress(int done, int total); // total 0 hides the bar, -1 shows a busy bar
    // Files passed over on purpose (hidden, not text), counted in the summary and listed with
    // their reasons under "Show Skipped Files".
    void addSkipped(const QList<FileProblem>& problems);
    void clearSkipped();
    void updateSummary();
    QToolButton* skippedToggle() const { return showSkipped; }
    QTreeWidget* skippedView() const { return skippedList; }

Q_SIGNALS:
    void currentSourceRowChanged(int row);

private:
    void onCurrentChanged(const QModelIndex& current);

    DocumentListModel* model;
    FoldedFilterProxy* proxyModel;
    QLineEdit* filter;
    QTreeView* tree;
    QProgressBar* progress;
    void updateSkippedToggle();

    QLabel* summary;
    QToolButton* showSkipped;
    QTreeWidget* skippedList; // file, reason
    QList<FileProblem> skipped;
};

} // namespace songngu
