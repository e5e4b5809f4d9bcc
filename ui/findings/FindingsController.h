// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/BatchChecker.h"
#include "checks/DocumentAnalyzer.h"
#include "checks/IgnoredFindings.h"
#include "io/DocumentReader.h"

#include <QHash>
#include <QObject>

class QAction;
class QWidget;

namespace songngu {

class BatchChecker;
class DocumentListModel;
class EntitiesController;
class FindingsPanel;
class PairedView;

// The findings in the window: it takes the shown document's findings from the analysis,
// hands them to the paired view (underlines) and the Findings tab and keeps the two in step
// (selection, F8 / Shift+F8), keeps the ignored findings (user data folder, written
// atomically; an unreadable file is never overwritten), and exports the report.
class FindingsController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs.
    // `documents`: the document list, whose error and warning counts it keeps.
    FindingsController(PairedView* view, FindingsPanel* panel, EntitiesController* entities,
                       DocumentListModel* documents, QWidget* window);

    // Checks documents in the background for the list's counts (read again: checked again).
    void checkDocuments(const QList<ReadResult>& results);
    void cancelChecks();
    bool isChecking() const;
    // The document the user now looks at is counted next in the background.
    void prioritize(const QString& path);

    QAction* previousFindingAction() const { return previousFinding; }
    QAction* nextFindingAction() const { return nextFinding; }
    QAction* ignoreAction() const { return ignore; }
    QAction* exportReportAction() const { return exportReport; }
    QAction* exportAllReportAction() const { return exportAllReport; }
    QAction* exportIgnoredAction() const { return exportIgnored; }
    QAction* importIgnoredAction() const { return importIgnored; }

    AnalysisPtr analysis() const { return shown; }
    // What the Findings tab lists for the shown document: the analysis's findings, with the
    // folder's name variants once the whole list is checked. Indexes of the tab and the panes
    // refer to this list.
    FindingsPtr findings() const { return listed; }
    const IgnoredFindings& ignoredFindings() const { return ignored; }
    QSet<QString> ignoredFingerprints() const;
    // Ignores or unignores finding `finding` of the shown document and saves the list.
    bool setIgnored(int finding, bool on, QString* error);
    // The shown document's findings (not the ignored ones) as HTML, CSV or JSON, by suffix.
    bool writeReport(const QString& path, QString* error) const;
    // The same for every document of the list, once they are checked (isChecking() false).
    bool writeReportForAll(const QString& path, QString* error) const;

Q_SIGNALS:
    void message(const QString& text);
    void documentsChecked(); // the list's counts are complete

private:
    void onAnalyzed(const AnalysisPtr& analysis);
    void showFindings();
    void onFindingSelected(int finding);
    void applyIgnored();
    void updateActions();
    void toggleIgnore();
    void exportReportDialog(bool all);
    void onChecked(const QList<FindingSummary>& summaries);
    void exportIgnoredDialog();
    void importIgnoredDialog();
    void warn(const QString& title, const QString& text);

    PairedView* view;
    FindingsPanel* panel;
    EntitiesController* entities;
    DocumentListModel* documents;
    BatchChecker* batch;
    QWidget* window;
    IgnoredFindings ignored;
    AnalysisPtr shown;
    FindingsPtr listed;
    QList<Finding> folderVariants; // across every listed document, once all are checked
    QAction* previousFinding;
    QAction* nextFinding;
    QAction* ignore;
    QAction* exportReport;
    QAction* exportAllReport;
    QHash<QString, QList<Finding>> findingsByPath; // of the listed documents, by BatchChecker
    bool entitySelectedHere = false;               // a name-variant finding selected its entity
    QAction* exportIgnored;
    QAction* importIgnored;
};

} // namespace songngu
