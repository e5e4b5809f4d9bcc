// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DocumentAnalyzer.h"
#include "glossary/UserGlossary.h"
#include "ui/entities/GlossaryEditor.h"

#include <QObject>

class QAction;
class QWidget;

namespace songngu {

class EntitiesPanel;
class PairedView;

// Everything about names, dates and numbers in the window: it keeps the glossary (built in,
// plus the user's), has the shown document analysed in the background (entities and findings:
// it passes the analysis on), hands the entities to the paired view and the Entities tab and
// keeps the two in step (selection, next/previous mention), and adds, edits and deletes entries of
// the user's glossary.
class EntitiesController : public GlossaryEditor
{
    Q_OBJECT
public:
    // `window` parents the dialogs.
    EntitiesController(PairedView* view, EntitiesPanel* panel, QWidget* window);

    QAction* previousMentionAction() const { return previousMention; }
    QAction* nextMentionAction() const { return nextMention; }
    QAction* highlightAllAction() const { return highlightAll; }
    QAction* importGlossaryAction() const { return importGlossary; }
    QAction* exportGlossaryAction() const { return exportGlossary; }
    QAction* manageGlossaryAction() const { return manageGlossary; } // opens GlossaryManager

    // The document the view now shows (after its model was given it); null for none.
    void setDocument(DocumentPtr document);
    bool isBusy() const { return analyzer->isBusy(); }
    // Steps done and expected of the shown document's running analysis (0, 0 when idle).
    std::pair<int, int> analysisProgress() const { return analyzer->progress(); }
    // Stops the shown document's analysis; analyzeAgain() starts it over.
    void cancelAnalysis();
    void analyzeAgain();

    GlossaryPtr glossary() const { return current; }
    UserGlossary& userGlossary() override { return user; }
    // Adds or replaces an entry of the user's glossary, saves it and recognises the shown
    // document again with it. Returns false, with why, when it could not be saved.
    bool saveEntry(const GlossaryEntry& entry, QString* error);
    // Deletes an entry of the user's glossary (a built-in one it overrode applies again), saves
    // it and recognises the shown document again. False, with why, when there is no such user
    // entry or it could not be saved.
    bool removeEntry(const QString& id, QString* error) override;
    // Opens the entry dialog on `entry` (`existing`: edited under its id, overriding a built-in
    // entry) over `parent` and saves what the user accepts. True when it was saved.
    bool editEntry(const GlossaryEntry& entry, bool existing, QWidget* parent) override;
    // The entry "Add to Glossary…" starts from for `text` written in `language`, `entity`
    // (-1 for none) being the recognised entity there; `existing` tells whether it is already
    // a glossary entry (then it is edited under its id).
    GlossaryEntry proposedEntry(Language language, const QString& text, int entity,
                                bool* existing) const;
    // Adds a CSV or TBX file's entries to the user's glossary (entries the glossary already
    // has unchanged are skipped) and saves it. Returns false, with why, when the file could not
    // be read or the glossary saved; `added` counts new and changed entries.
    bool importFile(const QString& path, int* added, QString* error);
    // Writes every entry in effect (built in and the user's) as CSV or TBX, by suffix.
    bool exportFile(const QString& path, QString* error) const;

public Q_SLOTS:
    void addToGlossary(Language language, const QString& text, int entity);

Q_SIGNALS:
    void analysisStarted();   // the shown document is being analysed (again)
    void analysisCancelled(); // by the user: nothing is shown until analyzeAgain()
    void entitiesShown();     // the shown document's entities arrived
    // The shown document's analysis (its findings too), after its entities were shown.
    void analyzed(const songngu::AnalysisPtr& analysis);
    void message(const QString& text);

private:
    void rebuildGlossary();
    void reanalyze(); // after the glossary changed
    void importDialog();
    void exportDialog();
    void warn(const QString& title, const QString& text, QWidget* parent = nullptr);
    bool canSave(QString* error) const; // false while the user's glossary file is unreadable
    void onAnalyzed(const AnalysisPtr& analysis);
    void updateActions();

    PairedView* view;
    EntitiesPanel* panel;
    QWidget* window;
    DocumentAnalyzer* analyzer;
    UserGlossary user;
    QString loadError; // why the user's glossary file could not be read; empty when it could
    GlossaryPtr current;
    DocumentPtr shown;
    QString reselect; // id of the entity to select again once the document is re-analysed
    QAction* previousMention;
    QAction* nextMention;
    QAction* highlightAll;
    QAction* importGlossary;
    QAction* exportGlossary;
    QAction* manageGlossary;
};

} // namespace songngu
