// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DocumentAnalyzer.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;
class QModelIndex;
class QTreeView;

namespace songngu {

class FindingsFilterProxy;
class FindingsModel;

// The "Findings" tab: the shown document's findings with severity icons, filters by kind and
// severity (ignored ones on request), counts, the selected finding's message and suggestion in
// full, and previous/next/ignore buttons. It lists and selects; the paired view shows the row
// (FindingsController wires the two).
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    // The window's actions, shown as buttons here and as menu items there.
    void setActions(QAction* previous, QAction* next, QAction* ignore);

    void setFindings(FindingsPtr findings); // null: no document
    void setBusy(bool busy);                // "Checking…" until the findings arrive
    void setProgress(int done, int total);  // of the check while busy; total 0: not known yet
    void setCancelled();                    // the user stopped the check: offer it again
    void setIgnored(const QSet<QString>& fingerprints);

    int selectedFinding() const;     // index into the findings, -1 for none
    void selectFinding(int finding); // without emitting findingSelected
    // The next or previous finding the list shows (filtered and sorted), wrapping around.
    void selectNext();
    void selectPrevious();

    FindingsModel* model() const { return findingsModel; }
    FindingsFilterProxy* proxy() const { return proxyModel; }
    QTreeView* view() const { return tree; }
    QComboBox* kindBox() const { return kinds; }
    QComboBox* severityBox() const { return severities; }
    QCheckBox* showIgnoredBox() const { return showIgnored; }
    QLabel* countsLabel() const { return counts; }
    QLabel* detailLabel() const { return detail; }
    QLabel* messageLabel() const { return message; }
    QProgressBar* progressBar() const { return progress; }
    QToolButton* cancelButton() const { return cancel; }
    QToolButton* checkAgainButton() const { return checkAgain; }

Q_SIGNALS:
    void findingSelected(int finding); // by the user; -1 for none
    void currentChanged(int finding);  // by anyone (the panel's buttons follow it)
    void cancelRequested();            // the user stopped a long check
    void checkAgainRequested();        // and wants it after all

private:
    void onCurrentChanged(const QModelIndex& current);
    void step(int direction);
    void rebuildKinds();
    void updateTexts();

    FindingsModel* findingsModel;
    FindingsFilterProxy* proxyModel;
    QComboBox* kinds;
    QComboBox* severities;
    QCheckBox* showIgnored;
    QTreeView* tree;
    QLabel* message;
    QLabel* detail;
    QLabel* counts;
    QWidget* navigation;
    QProgressBar* progress;
    QToolButton* cancel;
    QToolButton* checkAgain;
    bool busy = false;
    bool cancelled = false;
    bool selecting = false; // the panel itself is moving the current row
};

} // namespace songngu
