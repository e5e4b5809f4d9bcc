// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findings/FindingsController.h"

#include "checks/BatchChecker.h"
#include "report/ReportWriter.h"
#include "ui/common/AppSettings.h"
#include "ui/documents/DocumentListModel.h"
#include "ui/entities/EntitiesController.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/view/PairedView.h"
#include "ui/view/PaneAnnotations.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace songngu {

FindingsController::FindingsController(PairedView* view, FindingsPanel* panel,
                                       EntitiesController* entities, DocumentListModel* documents,
                                       QWidget* window)
    : QObject(window), view(view), panel(panel), entities(entities), documents(documents),
      batch(new BatchChecker(this)), window(window)
{
    connect(batch, &BatchChecker::checked, this, &FindingsController::onChecked);
    connect(documents, &QAbstractItemModel::rowsInserted, this, &FindingsController::updateActions);
    connect(documents, &QAbstractItemModel::rowsRemoved, this, &FindingsController::updateActions);
    connect(documents, &QAbstractItemModel::modelReset, this, &FindingsController::updateActions);
    connect(batch, &BatchChecker::variantsFound, this, [this](const QList<Finding>& variants) {
        folderVariants = variants;
        if (shown)
            showFindings();
    });
    connect(batch, &BatchChecker::finished, this, &FindingsController::documentsChecked);
    // A changed glossary changes what is found: count every document again.
    connect(entities, &EntitiesController::glossaryChanged, this, [this] {
        QList<ReadResult> all;
        for (int row = 0; row < this->documents->rowCount(); ++row)
            all.append({this->documents->pathAt(row), this->documents->documentAt(row), {}});
        cancelChecks();
        checkDocuments(all);
    });
    previousFinding = new QAction(tr("Previous Finding"), this);
    previousFinding->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previousFinding->setToolTip(tr("Previous finding (Shift+F8)"));
    nextFinding = new QAction(tr("Next Finding"), this);
    nextFinding->setShortcut(QKeySequence(Qt::Key_F8));
    nextFinding->setToolTip(tr("Next finding (F8)"));
    ignore = new QAction(tr("Ignore"), this);
    ignore->setToolTip(tr("Ignore the selected finding here and in later checks"));
    exportReport = new QAction(tr("Export &Report…"), this);
    exportReport->setToolTip(tr("Save the shown document's findings as HTML, CSV or JSON"));
    exportAllReport = new QAction(tr("Export Report for &All Documents…"), this);
    exportAllReport->setToolTip(tr("Save the findings of every listed document"));
    exportIgnored = new QAction(tr("Export Ignored Findings…"), this);
    importIgnored = new QAction(tr("Import Ignored Findings…"), this);
    panel->setActions(previousFinding, nextFinding, ignore);

    connect(previousFinding, &QAction::triggered, panel, &FindingsPanel::selectPrevious);
    connect(nextFinding, &QAction::triggered, panel, &FindingsPanel::selectNext);
    connect(ignore, &QAction::triggered, this, &FindingsController::toggleIgnore);
    connect(exportReport, &QAction::triggered, this, [this] { exportReportDialog(false); });
    connect(exportAllReport, &QAction::triggered, this, [this] { exportReportDialog(true); });
    connect(exportIgnored, &QAction::triggered, this, &FindingsController::exportIgnoredDialog);
    connect(importIgnored, &QAction::triggered, this, &FindingsController::importIgnoredDialog);

    // While the shown document is checked, the panel shows how far it is and offers Cancel.
    auto* progressTimer = new QTimer(this);
    progressTimer->setInterval(100);
    connect(progressTimer, &QTimer::timeout, this, [this] {
        const auto [done, total] = this->entities->analysisProgress();
        this->panel->setProgress(done, total);
    });
    connect(entities, &EntitiesController::analysisStarted, panel, [panel, progressTimer] {
        panel->setBusy(true);
        progressTimer->start();
    });
    connect(entities, &EntitiesController::analyzed, progressTimer, &QTimer::stop);
    connect(entities, &EntitiesController::analysisCancelled, this, [this, progressTimer] {
        progressTimer->stop();
        this->panel->setCancelled();
    });
    connect(panel, &FindingsPanel::cancelRequested, entities, &EntitiesController::cancelAnalysis);
    connect(panel, &FindingsPanel::checkAgainRequested, entities,
            &EntitiesController::analyzeAgain);
    connect(entities, &EntitiesController::analyzed, this, &FindingsController::onAnalyzed);
    PaneAnnotations* marks = view->annotations();
    connect(marks, &PaneAnnotations::findingsInvalidated, this, [this] {
        shown.reset();
        listed.reset();
        this->panel->setFindings(nullptr);
        updateActions();
    });
    // The panel and the view each tell the other what the user did there, never back.
    connect(panel, &FindingsPanel::findingSelected, this, &FindingsController::onFindingSelected);
    connect(panel, &FindingsPanel::currentChanged, this, &FindingsController::updateActions);
    connect(marks, &PaneAnnotations::currentFindingChanged, this, [this](int finding) {
        this->panel->selectFinding(finding);
        updateActions();
    });

    QString error;
    if (!ignored.load(&error)) {
        // Said once the window listens; IgnoredFindings refuses to save over the file.
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT message(tr("Your ignored findings could not be read: %1").arg(error));
        });
    }
    applyIgnored();
    updateActions();
}

QSet<QString> FindingsController::ignoredFingerprints() const
{
    QSet<QString> fingerprints;
    for (const IgnoredFindings::Entry& entry : ignored.entries())
        fingerprints.insert(entry.fingerprint);
    return fingerprints;
}

void FindingsController::checkDocuments(const QList<ReadResult>& results)
{
    QList<BatchChecker::Item> readable;
    for (const ReadResult& result : results) {
        findingsByPath.remove(result.path); // read again, or no longer readable
        // Under the list's path: a comparison's findings are its own, not its English file's.
        if (result.document)
            readable.append({result.path, result.document});
    }
    batch->check(readable, entities->glossary());
}

void FindingsController::cancelChecks()
{
    batch->cancel();
    findingsByPath.clear();
    folderVariants.clear();
}

void FindingsController::onChecked(const QList<FindingSummary>& summaries)
{
    // Only the findings of the text now listed: a check of a document read again since (two
    // workers finish in any order) is stale.
    QList<FindingSummary> current;
    for (const FindingSummary& summary : summaries) {
        if (documents->documentAt(documents->rowOfPath(summary.path)) != summary.document)
            continue;
        findingsByPath.insert(summary.path, summary.findings);
        current.append(summary);
    }
    documents->setFindingSummaries(current);
}

void FindingsController::prioritize(const QString& path)
{
    batch->prioritize(path);
}

bool FindingsController::isChecking() const
{
    return batch->isBusy();
}

void FindingsController::onAnalyzed(const AnalysisPtr& analysis)
{
    shown = analysis;
    showFindings();
}

void FindingsController::showFindings()
{
    // The document's own findings; once the whole list is checked, the names spelled several
    // ways across it that this document writes, instead of those within it alone.
    QList<Finding> findings;
    for (const Finding& finding : *shown->findings)
        if (folderVariants.isEmpty() || finding.kind != u"name-variant")
            findings.append(finding);
    const QString path = shown->document->metadata.path;
    for (const Finding& variant : std::as_const(folderVariants))
        if (std::any_of(variant.spellings.cbegin(), variant.spellings.cend(),
                        [&path](const Spelling& s) { return s.documents.contains(path); }))
            findings.append(variant);
    listed = std::make_shared<const QList<Finding>>(std::move(findings));
    view->annotations()->setFindings(listed);
    panel->setFindings(listed);
    updateActions();
}
void FindingsController::onFindingSelected(int finding)
{
    PaneAnnotations* marks = view->annotations();
    marks->setCurrentFinding(finding);
    // A finding about no one row (a name spelled several ways): show that entity's mentions,
    // until another finding is chosen.
    const bool aboutEntity =
        shown && listed && finding >= 0 && listed->at(finding).row < 0 && shown->entities;
    if (aboutEntity) {
        marks->setSelectedEntity(shown->entities->indexOf(listed->at(finding).entity));
        entitySelectedHere = marks->selectedEntity() >= 0;
    } else if (entitySelectedHere) {
        marks->setSelectedEntity(-1);
        entitySelectedHere = false;
    }
    updateActions();
}
void FindingsController::applyIgnored()
{
    const QSet<QString> fingerprints = ignoredFingerprints();
    view->annotations()->setIgnoredFindings(fingerprints);
    panel->setIgnored(fingerprints);
    documents->setIgnored(fingerprints);
}

void FindingsController::updateActions()
{
    const bool any = listed && !listed->isEmpty();
    previousFinding->setEnabled(any);
    nextFinding->setEnabled(any);
    exportReport->setEnabled(shown != nullptr);
    exportAllReport->setEnabled(documents->rowCount() > 0);
    const int selected = panel->selectedFinding();
    ignore->setEnabled(shown && selected >= 0);
    const bool isIgnored =
        listed && selected >= 0 && ignored.isIgnored(listed->at(selected).fingerprint);
    ignore->setText(isIgnored ? tr("Unignore") : tr("Ignore"));
}

bool FindingsController::setIgnored(int finding, bool on, QString* error)
{
    if (!listed || finding < 0 || finding >= listed->size())
        return false;
    const Finding& chosen = listed->at(finding);
    // From the file as it is now: another window may have ignored findings meanwhile.
    IgnoredFindings updated(ignored.path());
    if (!updated.load(error))
        return false;
    if (on)
        updated.ignore(chosen);
    else
        updated.unignore(chosen.fingerprint);
    if (!updated.save(error))
        return false;
    ignored = std::move(updated);
    applyIgnored();
    updateActions();
    return true;
}
void FindingsController::toggleIgnore()
{
    const int selected = panel->selectedFinding();
    if (!shown || selected < 0)
        return;
    const bool on = !ignored.isIgnored(listed->at(selected).fingerprint);
    QString error;
    if (!setIgnored(selected, on, &error))
        warn(tr("Not Saved"), tr("The ignored findings could not be saved: %1").arg(error));
}

bool FindingsController::writeReport(const QString& path, QString* error) const
{
    if (!shown)
        return false;
    const ReadResult document{shown->document->metadata.path, shown->document, {}};
    return ReportWriter::writeFile(path, ReportWriter::formatFor(path), {document},
                                   ignored.filter(*listed), error);
}

bool FindingsController::writeReportForAll(const QString& path, QString* error) const
{
    QList<ReadResult> read;
    QList<Finding> findings;
    for (int row = 0; row < documents->rowCount(); ++row) {
        const QString documentPath = documents->pathAt(row);
        const DocumentPtr document = documents->documentAt(row);
        read.append({documentPath, document,
                     documents->index(row, 0).data(DocumentListModel::ErrorRole).toString()});
        findings += ignored.filter(findingsByPath.value(documentPath));
    }
    findings += ignored.filter(folderVariants);
    return ReportWriter::writeFile(path, ReportWriter::formatFor(path), read, findings, error);
}

void FindingsController::exportReportDialog(bool all)
{
    if (all && batch->isBusy()) {
        warn(tr("Still Checking"),
             tr("The documents are still being checked. Export the report when the counts in "
                "the document list are complete."));
        return;
    }
    if (!all && !shown)
        return;
    const QString html = tr("HTML report (*.html *.htm)");
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    const QString json = tr("JSON for scripts (*.json)");
    AppSettings settings;
    const QString suggested =
        settings.savePath(all ? QStringLiteral("findings.html")
                              : QFileInfo(shown->document->metadata.path).completeBaseName() +
                                    QStringLiteral("-findings.html"));
    // The dialog adds the suffix of the chosen type itself, before it asks about overwriting.
    QFileDialog dialog(window, tr("Export Report"), suggested);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({html, csv, json});
    dialog.setDefaultSuffix(QStringLiteral("html"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString& filter) {
        dialog.setDefaultSuffix(filter == csv    ? QStringLiteral("csv")
                                : filter == json ? QStringLiteral("json")
                                                 : QStringLiteral("html"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setSaveFolder(QFileInfo(path).absolutePath());
    QString error;
    if (!(all ? writeReportForAll(path, &error) : writeReport(path, &error))) {
        warn(tr("Report Not Saved"), tr("The report could not be saved: %1").arg(error));
        return;
    }
    Q_EMIT message(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)));
}

void FindingsController::exportIgnoredDialog()
{
    AppSettings settings;
    const QString path =
        QFileDialog::getSaveFileName(window, tr("Export Ignored Findings"),
                                     settings.savePath(QStringLiteral("ignored-findings.json")),
                                     tr("Ignored findings (*.json)"));
    if (path.isEmpty())
        return;
    settings.setSaveFolder(QFileInfo(path).absolutePath());
    QString error;
    if (!ignored.exportTo(path, &error))
        warn(tr("Not Saved"), tr("The ignored findings could not be saved: %1").arg(error));
    else
        Q_EMIT message(tr("Saved %n ignored finding(s) to %1.", nullptr, ignored.size())
                           .arg(QDir::toNativeSeparators(path)));
}

void FindingsController::importIgnoredDialog()
{
    const QString path = QFileDialog::getOpenFileName(window, tr("Import Ignored Findings"),
                                                      QString(), tr("Ignored findings (*.json)"));
    if (path.isEmpty())
        return;
    int added = 0;
    QString error;
    IgnoredFindings updated(ignored.path()); // as the file is now (see setIgnored())
    if (!updated.load(&error) || !updated.importFrom(path, &added, &error) ||
        !updated.save(&error)) {
        warn(tr("Not Imported"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    ignored = std::move(updated);
    applyIgnored();
    updateActions();
    Q_EMIT message(tr("Added %n ignored finding(s).", nullptr, added));
}

void FindingsController::warn(const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, window);
    box.setTextFormat(Qt::PlainText); // reasons name files
    box.exec();
}

} // namespace songngu
