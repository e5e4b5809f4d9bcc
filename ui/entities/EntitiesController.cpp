// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/EntitiesController.h"

#include "ui/entities/EntitiesPanel.h"
#include "ui/entities/GlossaryEntryDialog.h"
#include "ui/entities/GlossaryManager.h"
#include "ui/view/PairedView.h"
#include "ui/view/PaneAnnotations.h"

#include "glossary/GlossaryExchange.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace songngu {

EntitiesController::EntitiesController(PairedView* view, EntitiesPanel* panel, QWidget* window)
    : GlossaryEditor(window), view(view), panel(panel), window(window),
      analyzer(new DocumentAnalyzer(this))
{
    previousMention = new QAction(tr("Previous Mention"), this);
    previousMention->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    previousMention->setToolTip(tr("Previous mention of the selected entity (Shift+F7)"));
    nextMention = new QAction(tr("Next Mention"), this);
    nextMention->setShortcut(QKeySequence(Qt::Key_F7));
    nextMention->setToolTip(tr("Next mention of the selected entity (F7)"));
    highlightAll = new QAction(tr("Highlight All Entities"), this);
    highlightAll->setCheckable(true);
    highlightAll->setChecked(view->annotations()->highlightsAllEntities());
    highlightAll->setToolTip(tr("Colour every name, date and number in both panes"));
    panel->setActions(previousMention, nextMention, highlightAll);
    importGlossary = new QAction(tr("&Import Glossary…"), this);
    importGlossary->setToolTip(tr("Add the entries of a CSV or TBX file to your glossary"));
    exportGlossary = new QAction(tr("&Export Glossary…"), this);
    exportGlossary->setToolTip(tr("Save the glossary in effect as CSV or TBX"));
    connect(importGlossary, &QAction::triggered, this, &EntitiesController::importDialog);
    connect(exportGlossary, &QAction::triggered, this, &EntitiesController::exportDialog);
    manageGlossary = new QAction(tr("&Glossary…"), this);
    manageGlossary->setToolTip(tr("See, edit and delete the entries of the glossary in effect"));
    connect(manageGlossary, &QAction::triggered, this, [this] {
        GlossaryManager manager(this, this->window);
        manager.exec();
    });

    connect(previousMention, &QAction::triggered, view, &PairedView::previousMention);
    connect(nextMention, &QAction::triggered, view, &PairedView::nextMention);
    connect(highlightAll, &QAction::toggled, view->annotations(),
            &PaneAnnotations::setHighlightAllEntities);
    connect(analyzer, &DocumentAnalyzer::analyzed, this, &EntitiesController::onAnalyzed);

    // The panel and the view each tell the other what the user did there, never back.
    connect(panel, &EntitiesPanel::entitySelected, view->annotations(),
            &PaneAnnotations::setSelectedEntity);
    connect(panel, &EntitiesPanel::entityActivated, this, [this](int entity) {
        this->view->annotations()->setSelectedEntity(entity);
        this->view->nextMention();
    });
    connect(view->annotations(), &PaneAnnotations::selectedEntityChanged, this, [this](int entity) {
        this->panel->selectEntity(entity);
        updateActions();
    });
    connect(view->annotations(), &PaneAnnotations::currentMentionChanged, panel,
            &EntitiesPanel::showMentionPosition);
    connect(view->annotations(), &PaneAnnotations::entitiesInvalidated, this, [this] {
        this->panel->setEntities(nullptr);
        updateActions();
    });
    connect(view, &PairedView::addToGlossaryRequested, this, &EntitiesController::addToGlossary);
    connect(panel, &EntitiesPanel::addToGlossaryRequested, this, [this](int entity) {
        const EntitiesPtr all = this->view->annotations()->entities();
        if (!all || entity < 0 || entity >= all->entities.size())
            return;
        const Entity& chosen = all->entities.at(entity);
        const bool english = !chosen.english.isEmpty();
        addToGlossary(english ? Language::English : Language::Vietnamese,
                      english ? chosen.english : chosen.vietnamese, entity);
    });

    if (!user.load(&loadError)) {
        // Said once the window is listening; saving is refused until the file is fixed, so
        // that the entries it holds are never overwritten by an empty list.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT message(
                tr("Your glossary could not be read and is not used: %1").arg(loadError));
        });
    }
    rebuildGlossary();
    updateActions();
}

bool EntitiesController::canSave(QString* error) const
{
    if (loadError.isEmpty())
        return true;
    *error = tr("%1 could not be read, so saving would lose the entries it holds. Fix or move "
                "it, then start Song Ngữ again. (%2)")
                 .arg(QDir::toNativeSeparators(user.path()), loadError);
    return false;
}

void EntitiesController::rebuildGlossary()
{
    current = user.overBuiltIn();
}

void EntitiesController::setDocument(DocumentPtr document)
{
    shown = std::move(document);
    reselect.clear();
    if (!shown) {
        analyzer->cancel();
        panel->setEntities(nullptr);
        return;
    }
    analyzeAgain();
}

void EntitiesController::analyzeAgain()
{
    if (!shown)
        return;
    panel->setBusy(true);
    Q_EMIT analysisStarted();
    analyzer->analyze(shown, current);
}

void EntitiesController::cancelAnalysis()
{
    if (!analyzer->isBusy())
        return;
    analyzer->cancel();
    panel->setEntities(nullptr);
    Q_EMIT analysisCancelled();
}

void EntitiesController::onAnalyzed(const AnalysisPtr& analysis)
{
    if (analysis->document != shown)
        return; // a document no longer shown
    const EntitiesPtr& entities = analysis->entities;
    view->annotations()->setEntities(entities);
    panel->setGlossary(current);
    panel->setEntities(entities);
    if (!reselect.isEmpty())
        view->annotations()->setSelectedEntity(entities->indexOf(std::exchange(reselect, {})));
    updateActions();
    Q_EMIT entitiesShown();
    Q_EMIT analyzed(analysis);
}

void EntitiesController::updateActions()
{
    const bool selected = view->annotations()->selectedEntity() >= 0;
    previousMention->setEnabled(selected);
    nextMention->setEnabled(selected);
}

bool EntitiesController::saveEntry(const GlossaryEntry& entry, QString* error)
{
    if (!canSave(error))
        return false;
    UserGlossary updated = user;
    updated.addOrReplace(entry);
    if (!updated.save(error))
        return false;
    user = std::move(updated);
    reanalyze();
    return true;
}

bool EntitiesController::removeEntry(const QString& id, QString* error)
{
    if (!canSave(error))
        return false;
    UserGlossary updated = user;
    if (!updated.remove(id)) {
        *error = tr("“%1” is not one of your entries.").arg(id);
        return false;
    }
    if (!updated.save(error))
        return false;
    user = std::move(updated);
    reanalyze();
    Q_EMIT message(current->entry(id) ? tr("“%1” is the built-in entry again.").arg(id)
                                      : tr("Deleted “%1” from your glossary.").arg(id));
    return true;
}

void EntitiesController::reanalyze()
{
    rebuildGlossary();
    Q_EMIT glossaryChanged();
    if (!shown)
        return;
    if (const EntitiesPtr all = view->annotations()->entities();
        all && view->annotations()->selectedEntity() >= 0)
        reselect = all->entities.at(view->annotations()->selectedEntity()).id;
    analyzeAgain();
}

bool EntitiesController::importFile(const QString& path, int* added, QString* error)
{
    QList<GlossaryEntry> entries;
    if (!canSave(error) || !GlossaryExchange::importFile(path, entries, error))
        return false;
    UserGlossary updated = user;
    int changes = 0;
    for (GlossaryEntry& entry : entries) {
        // Re-importing an export of this glossary changes nothing.
        const GlossaryEntry* known = current->entry(entry.id);
        if (known)
            GlossaryExchange::keepJsonOnlyFields(entry, *known);
        if (known && *known == entry)
            continue;
        updated.addOrReplace(entry);
        ++changes;
    }
    *added = changes;
    if (changes == 0)
        return true;
    if (!updated.save(error))
        return false;
    user = std::move(updated);
    reanalyze();
    return true;
}

bool EntitiesController::exportFile(const QString& path, QString* error) const
{
    return GlossaryExchange::exportFile(path, current->entries(), error);
}

void EntitiesController::importDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(window, tr("Import Glossary"), QString(),
                                     tr("Glossaries (*.csv *.tbx *.tbxm *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    int added = 0;
    QString error;
    if (!importFile(path, &added, &error)) {
        warn(tr("Glossary Not Imported"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    Q_EMIT message(
        added == 0
            ? tr("Your glossary already has every entry of %1.").arg(QFileInfo(path).fileName())
            : tr("Added or updated %n glossary entries from %1.", nullptr, added)
                  .arg(QFileInfo(path).fileName()));
}

void EntitiesController::exportDialog()
{
    QString selectedFilter;
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    const QString tbx = tr("TBX for translation tools (*.tbx)");
    QString path = QFileDialog::getSaveFileName(window, tr("Export Glossary"),
                                                QStringLiteral("songngu-glossary.tbx"),
                                                tbx + QStringLiteral(";;") + csv, &selectedFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"tbx")
        path += selectedFilter == csv ? QStringLiteral(".csv") : QStringLiteral(".tbx");
    QString error;
    if (!exportFile(path, &error)) {
        warn(tr("Glossary Not Exported"), tr("The glossary could not be saved: %1").arg(error));
        return;
    }
    Q_EMIT message(tr("Saved the glossary to %1.").arg(QDir::toNativeSeparators(path)));
}

void EntitiesController::warn(const QString& title, const QString& text, QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent ? parent : window);
    box.setTextFormat(Qt::PlainText); // reasons name files and quote their content
    box.exec();
}

GlossaryEntry EntitiesController::proposedEntry(Language language, const QString& text, int entity,
                                                bool* existing) const
{
    const EntitiesPtr all = view->annotations()->entities();
    const Entity* recognised =
        all && entity >= 0 && entity < all->entities.size() ? &all->entities.at(entity) : nullptr;
    // Already in the glossary (by its entity, or because the text is one of its forms): edit it.
    const GlossaryEntry* known = recognised ? current->entry(recognised->id) : nullptr;
    if (!known) {
        const QList<const GlossaryEntry*> found = current->lookup(text);
        known = found.isEmpty() ? nullptr : found.front();
    }
    *existing = known != nullptr;
    if (known)
        return *known;

    GlossaryEntry entry;
    entry.type = EntityType::Person;
    for (EntityType type : {EntityType::Person, EntityType::Organisation, EntityType::Place,
                            EntityType::Agreement, EntityType::Event})
        if (recognised && recognised->type == entityTypeCode(type))
            entry.type = type;
    QStringList& same = language == Language::Vietnamese ? entry.vietnamese : entry.english;
    same.append(text);
    if (recognised) {
        // The other language's spelling of the same entity, when the document has one.
        const QString& other =
            language == Language::Vietnamese ? recognised->english : recognised->vietnamese;
        QStringList& otherForms =
            language == Language::Vietnamese ? entry.english : entry.vietnamese;
        if (!other.isEmpty() && other != text)
            otherForms.append(other);
    }
    return entry;
}

void EntitiesController::addToGlossary(Language language, const QString& text, int entity)
{
    bool existing = false;
    const GlossaryEntry proposed = proposedEntry(language, text, entity, &existing);
    editEntry(proposed, existing, window);
}

bool EntitiesController::editEntry(const GlossaryEntry& entry, bool existing, QWidget* parent)
{
    GlossaryEntryDialog dialog(parent);
    dialog.setTakenIds(current->entryIds());
    dialog.setEntry(entry, existing);
    if (existing)
        dialog.setWindowTitle(tr("Edit Glossary Entry"));
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (saveEntry(dialog.entry(), &error)) {
            Q_EMIT message(tr("Saved “%1” to your glossary.").arg(dialog.entry().id));
            return true;
        }
        warn(tr("Glossary Not Saved"), tr("Your glossary could not be saved: %1").arg(error),
             &dialog);
    }
    return false;
}

} // namespace songngu
