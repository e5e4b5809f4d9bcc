// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/DocumentListPanel.h"

#include "ui/common/FoldedFilterProxy.h"
#include "ui/common/WrappingDelegate.h"
#include "ui/documents/DocumentListModel.h"

#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace songngu {

DocumentListPanel::DocumentListPanel(DocumentListModel* model, QWidget* parent)
    : QWidget(parent), model(model),
      proxyModel(new FoldedFilterProxy(DocumentListModel::SearchKeyRole,
                                       DocumentListModel::SortRole, this)),
      filter(new QLineEdit(this)), tree(new QTreeView(this)), progress(new QProgressBar(this)),
      summary(new QLabel(this)), showSkipped(new QToolButton(this)),
      skippedList(new QTreeWidget(this))
{
    proxyModel->setSourceModel(model);

    filter->setPlaceholderText(tr("Filter documents (e.g. to lam)"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter documents"));
    connect(filter, &QLineEdit::textChanged, proxyModel, &FoldedFilterProxy::setFilterText);

    tree->setModel(proxyModel);
    tree->setRootIsDecorated(false);
    // "General Secre…" says nothing: a title takes two lines where the panel is narrow.
    tree->setItemDelegateForColumn(DocumentListModel::TitleColumn,
                                   new WrappingDelegate(tree, DocumentListModel::TitleColumn, 2));
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setAllColumnsShowFocus(true);
    tree->setAccessibleName(tr("Documents"));
    // Unsorted (file order) until the user clicks a header.
    tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    tree->setSortingEnabled(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    for (int column = 0; column < DocumentListModel::ColumnCount; ++column)
        if (column != DocumentListModel::TitleColumn)
            tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });

    progress->setVisible(false);
    progress->setTextVisible(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);

    // The skipped files are listed where the user looks, not in a tooltip: a toggle under the
    // summary shows each with its reason.
    showSkipped->setCheckable(true);
    showSkipped->setAutoRaise(true);
    showSkipped->setVisible(false);
    skippedList->setColumnCount(2);
    skippedList->setHeaderLabels({tr("Skipped file"), tr("Reason")});
    skippedList->setRootIsDecorated(false);
    skippedList->setUniformRowHeights(true);
    skippedList->setAccessibleName(tr("Skipped files"));
    skippedList->setVisible(false);
    connect(showSkipped, &QToolButton::toggled, this, [this](bool on) {
        skippedList->setVisible(on);
        updateSkippedToggle();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(filter);
    layout->addWidget(tree, 1);
    layout->addWidget(progress);
    layout->addWidget(summary);
    layout->addWidget(showSkipped);
    layout->addWidget(skippedList);

    connect(model, &QAbstractItemModel::rowsInserted, this, &DocumentListPanel::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &DocumentListPanel::updateSummary);
    // The source model's own signals: the proxy reports a removal before the count changes.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DocumentListPanel::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &DocumentListPanel::updateSummary);
    connect(proxyModel, &QAbstractItemModel::rowsRemoved, this, &DocumentListPanel::updateSummary);
    connect(proxyModel, &QAbstractItemModel::rowsInserted, this, &DocumentListPanel::updateSummary);
    updateSummary();
}

int DocumentListPanel::currentSourceRow() const
{
    const QModelIndex current = tree->currentIndex();
    return current.isValid() ? proxyModel->mapToSource(current).row() : -1;
}

void DocumentListPanel::selectSourceRow(int row)
{
    const QModelIndex index = proxyModel->mapFromSource(model->index(row, 0));
    if (!index.isValid())
        return;
    tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    tree->scrollTo(index);
}

void DocumentListPanel::onCurrentChanged(const QModelIndex& current)
{
    Q_EMIT currentSourceRowChanged(current.isValid() ? proxyModel->mapToSource(current).row() : -1);
}

void DocumentListPanel::setProgress(int done, int total)
{
    if (total < 0) { // still counting: a busy bar
        progress->setVisible(true);
        progress->setRange(0, 0);
        progress->setFormat(tr("Looking for articles…"));
        return;
    }
    progress->setVisible(total > 0 && done < total);
    progress->setRange(0, qMax(total, 1));
    progress->setValue(done);
    progress->setFormat(tr("Reading %1 of %2 files…").arg(done).arg(total));
}

void DocumentListPanel::addSkipped(const QList<FileProblem>& problems)
{
    for (const FileProblem& problem : problems) {
        // Opening a folder again must not list its skipped files twice.
        if (std::any_of(skipped.cbegin(), skipped.cend(),
                        [&](const FileProblem& known) { return known.path == problem.path; }))
            continue;
        skipped.append(problem);
        // Item text is plain text: a file name is never markup.
        auto* item = new QTreeWidgetItem(skippedList,
                                         {QDir::toNativeSeparators(problem.path), problem.reason});
        item->setToolTip(1, problem.reason);
    }
    updateSkippedToggle();
    updateSummary();
}

void DocumentListPanel::clearSkipped()
{
    skipped.clear();
    skippedList->clear();
    showSkipped->setChecked(false);
    updateSkippedToggle();
    updateSummary();
}

void DocumentListPanel::updateSkippedToggle()
{
    const int count = int(skipped.size());
    showSkipped->setVisible(count > 0);
    showSkipped->setText(showSkipped->isChecked() ? tr("Hide Skipped Files (%n)", nullptr, count)
                                                  : tr("Show Skipped Files (%n)", nullptr, count));
    skippedList->setVisible(count > 0 && showSkipped->isChecked());
}

void DocumentListPanel::updateSummary()
{
    QStringList parts;
    parts.append(tr("%n document(s)", nullptr, model->documentCount()));
    if (const int errors = model->errorCount())
        parts.append(tr("%n unreadable", nullptr, errors));
    if (!skipped.isEmpty())
        parts.append(tr("%n skipped", nullptr, int(skipped.size())));
    const int shown = proxyModel->rowCount();
    if (shown != model->rowCount())
        parts.append(tr("%n shown", nullptr, shown));
    summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace songngu
