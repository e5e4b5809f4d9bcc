// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findings/FindingsPanel.h"

#include "ui/common/StepButtons.h"
#include "ui/common/WrappingDelegate.h"
#include "ui/findings/FindingsFilterProxy.h"
#include "ui/findings/FindingsModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace songngu {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent), findingsModel(new FindingsModel(this)),
      proxyModel(new FindingsFilterProxy(this)), kinds(new QComboBox(this)),
      severities(new QComboBox(this)), showIgnored(new QCheckBox(tr("Show ignored"), this)),
      tree(new QTreeView(this)), message(new QLabel(this)), detail(new QLabel(this)),
      counts(new QLabel(this)), navigation(new QWidget(this)), progress(new QProgressBar(this)),
      cancel(new QToolButton(this)), checkAgain(new QToolButton(this))
{
    // A long document's check shows how far it is and can be stopped.
    progress->setTextVisible(false);
    progress->setMaximumHeight(progress->fontMetrics().height());
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop checking this document"));
    connect(cancel, &QToolButton::clicked, this, &FindingsPanel::cancelRequested);
    checkAgain->setText(tr("Check Again"));
    connect(checkAgain, &QToolButton::clicked, this, &FindingsPanel::checkAgainRequested);
    proxyModel->setSourceModel(findingsModel);
    // The filters shrink with a narrow panel instead of holding it as wide as their longest item.
    for (QComboBox* box : {kinds, severities}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }

    severities->addItem(tr("All severities"));
    severities->addItem(tr("Errors"), int(Severity::Error));
    severities->addItem(tr("Warnings"), int(Severity::Warning));
    severities->addItem(tr("Notes"), int(Severity::Info));
    connect(severities, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = severities->currentData();
        proxyModel->setSeverity(data.isValid() ? std::optional(Severity(data.toInt()))
                                               : std::nullopt);
        updateTexts();
    });
    connect(kinds, &QComboBox::currentIndexChanged, this, [this] {
        proxyModel->setKind(kinds->currentData().toString());
        updateTexts();
    });
    connect(showIgnored, &QCheckBox::toggled, this, [this](bool on) {
        proxyModel->setShowIgnored(on);
        updateTexts();
    });

    tree->setModel(proxyModel);
    tree->setRootIsDecorated(false);
    // Messages wrap within the panel instead of being cut at its edge.
    tree->setItemDelegate(new WrappingDelegate(tree, FindingsModel::MessageColumn));
    tree->setAlternatingRowColors(true);
    tree->setSortingEnabled(true);
    tree->sortByColumn(-1, Qt::AscendingOrder); // row order until a header is clicked
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(FindingsModel::KindColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(FindingsModel::RowColumn, QHeaderView::ResizeToContents);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::onCurrentChanged);

    for (QLabel* label : {message, detail, counts}) {
        label->setTextFormat(Qt::PlainText); // messages quote the document
        label->setWordWrap(true);
    }
    message->setForegroundRole(QPalette::PlaceholderText);
    message->setMargin(8);
    counts->setForegroundRole(QPalette::PlaceholderText);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QHBoxLayout;
    filters->addWidget(kinds, 1);
    filters->addWidget(severities, 1);
    auto* navigationLayout = new QHBoxLayout(navigation);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->addWidget(counts, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(showIgnored);
    layout->addWidget(message);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(progress, 1);
    busyRow->addWidget(cancel);
    busyRow->addWidget(checkAgain);
    layout->addLayout(busyRow);
    layout->addWidget(tree, 1);
    layout->addWidget(detail);
    layout->addWidget(navigation);
    rebuildKinds();
    updateTexts();
}

void FindingsPanel::setActions(QAction* previous, QAction* next, QAction* ignore)
{
    auto* layout = static_cast<QHBoxLayout*>(navigation->layout());
    addStepButtons(layout, previous, next);
    auto* ignoreButton = new QToolButton(navigation);
    ignoreButton->setDefaultAction(ignore);
    ignoreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(ignoreButton);
}

void FindingsPanel::setFindings(FindingsPtr findings)
{
    busy = false;
    cancelled = false;
    findingsModel->setFindings(std::move(findings));
    rebuildKinds();
    updateTexts();
}

void FindingsPanel::setBusy(bool on)
{
    busy = on;
    cancelled = false;
    progress->setRange(0, 0); // a busy bar until the first figures arrive
    updateTexts();
}

void FindingsPanel::setProgress(int done, int total)
{
    if (total <= 0) {
        progress->setRange(0, 0);
        return;
    }
    progress->setRange(0, total);
    progress->setValue(std::min(done, total));
}

void FindingsPanel::setCancelled()
{
    busy = false;
    cancelled = true;
    findingsModel->setFindings(nullptr);
    rebuildKinds();
    updateTexts();
}

void FindingsPanel::setIgnored(const QSet<QString>& fingerprints)
{
    const int chosen = selectedFinding();
    const int listRow = tree->currentIndex().row();
    selecting = true;
    findingsModel->setIgnored(fingerprints);
    proxyModel->invalidate();
    selecting = false;
    const QModelIndex again = proxyModel->mapFromSource(findingsModel->index(chosen, 0));
    if (chosen < 0 || again.isValid()) {
        selectFinding(chosen);
    } else {
        // The chosen finding was just hidden (ignored): go on with the one now in its place,
        // as if the user chose it, so that "Ignore" then F8 walks on instead of starting over.
        const int rows = proxyModel->rowCount();
        const QModelIndex next =
            rows > 0 ? proxyModel->index(qMin(listRow, rows - 1), 0) : QModelIndex();
        selecting = true; // the view may already have moved the current row there
        tree->setCurrentIndex(next);
        selecting = false;
        tree->scrollTo(next);
        Q_EMIT findingSelected(next.isValid() ? next.data(FindingsModel::FindingIndexRole).toInt()
                                              : -1);
    }
    updateTexts();
}
int FindingsPanel::selectedFinding() const
{
    const QModelIndex current = tree->currentIndex();
    return current.isValid() ? current.data(FindingsModel::FindingIndexRole).toInt() : -1;
}

void FindingsPanel::selectFinding(int finding)
{
    selecting = true;
    const QModelIndex index = proxyModel->mapFromSource(findingsModel->index(finding, 0));
    if (index.isValid()) {
        tree->setCurrentIndex(index);
        tree->scrollTo(index);
    } else {
        tree->setCurrentIndex({});
        tree->selectionModel()->clear();
    }
    selecting = false;
    updateTexts();
}

void FindingsPanel::selectNext()
{
    step(1);
}

void FindingsPanel::selectPrevious()
{
    step(-1);
}

void FindingsPanel::step(int direction)
{
    const int rows = proxyModel->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = tree->currentIndex();
    const int row = current.isValid() ? (current.row() + direction + rows) % rows
                                      : (direction > 0 ? 0 : rows - 1);
    const QModelIndex target = proxyModel->index(row, 0);
    tree->scrollTo(target);
    if (target == current) // one finding: show it again (the reader may have scrolled away)
        Q_EMIT findingSelected(target.data(FindingsModel::FindingIndexRole).toInt());
    else
        tree->setCurrentIndex(target); // as if the user clicked it: the view follows
}
void FindingsPanel::onCurrentChanged(const QModelIndex& current)
{
    updateTexts();
    const int finding =
        current.isValid() ? current.data(FindingsModel::FindingIndexRole).toInt() : -1;
    if (!selecting)
        Q_EMIT findingSelected(finding);
    Q_EMIT currentChanged(finding);
}

void FindingsPanel::rebuildKinds()
{
    const QString chosen = kinds->currentData().toString();
    QSignalBlocker blocker(kinds);
    kinds->clear();
    kinds->addItem(tr("All kinds"));
    const FindingsPtr findings = findingsModel->findings();
    for (const QString& kind : FindingsModel::kinds()) {
        const int n = findings
                          ? int(std::count_if(findings->cbegin(), findings->cend(),
                                              [&](const Finding& f) { return f.kind == kind; }))
                          : 0;
        if (n > 0)
            kinds->addItem(tr("%1 (%2)").arg(FindingsModel::kindName(kind)).arg(n), kind);
    }
    const int keep = kinds->findData(chosen);
    kinds->setCurrentIndex(keep >= 0 ? keep : 0);
    proxyModel->setKind(kinds->currentData().toString());
}

void FindingsPanel::updateTexts()
{
    const FindingsPtr findings = findingsModel->findings();
    QString why;
    if (busy)
        why = tr("Checking the English against the Vietnamese…");
    else if (cancelled)
        why = tr("Checking was stopped: this document's findings are not shown.");
    else if (!findings)
        why = tr("Open a document to check its English against its Vietnamese.");
    else if (findings->isEmpty())
        why = tr("No findings: nothing disagrees between the English and the Vietnamese.");
    else if (proxyModel->rowCount() == 0)
        why = tr("No finding matches the filters.");
    message->setText(why);
    message->setVisible(!why.isEmpty());
    tree->setVisible(findings && !findings->isEmpty());
    progress->setVisible(busy);
    cancel->setVisible(busy);
    checkAgain->setVisible(cancelled);

    const int errors = findingsModel->count(Severity::Error, false);
    const int warnings = findingsModel->count(Severity::Warning, false);
    const int notes = findingsModel->count(Severity::Info, false);
    const int ignoredCount = findingsModel->count(Severity::Error, true) +
                             findingsModel->count(Severity::Warning, true) +
                             findingsModel->count(Severity::Info, true);
    QString summary = tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                      tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ") +
                      tr("%n note(s)", nullptr, notes);
    if (ignoredCount > 0)
        summary += QStringLiteral(" · ") + tr("%n ignored", nullptr, ignoredCount);
    counts->setText(findings ? summary : QString());

    const int selected = selectedFinding();
    QString text;
    if (findings && selected >= 0) {
        const Finding& finding = findings->at(selected);
        text = finding.message;
        if (!finding.suggestion.isEmpty())
            text += u'\n' + tr("Suggestion: %1").arg(finding.suggestion);
        // Which documents write each spelling, so an editor can pick the house style.
        for (const Spelling& spelling : finding.spellings) {
            QStringList names;
            for (const QString& path : spelling.documents)
                names.append(QFileInfo(path).fileName());
            text += u'\n' + tr("“%1” (%2): %3")
                                .arg(spelling.text)
                                .arg(spelling.count)
                                .arg(names.join(QStringLiteral(", ")));
        }
    }
    detail->setText(text);
    detail->setVisible(!text.isEmpty());
}

} // namespace songngu
