// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "io/AlignedTextExport.h"
#include "io/ReadContext.h"
#include "io/ReadResult.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QAction;
class QMenu;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace songngu {

class DocumentListModel;
class Glossary;
class PairedView;

// Corrections of an alignment by hand: the Alignment menu's commands on the current row of a
// document the aligner made (a pair of files, "Compare With…"), undoable per document, saved
// in the user's data folder as they are made. Also walks the rows the aligner is unsure of,
// pairs one document's English with another's Vietnamese, and exports aligned text.
// The edited document reaches the window through documentChanged(), as a re-read file would.
class AlignmentEditor : public QObject
{
    Q_OBJECT
public:
    // Corrections are saved in, and restored from, `correctionsFolder`.
    AlignmentEditor(PairedView* view, DocumentListModel* documents, QString correctionsFolder,
                    QWidget* window);

    // The glossary whose names anchor Compare With… (the window's, with the user's entries).
    void setGlossary(std::shared_ptr<const Glossary> entries) { glossary = std::move(entries); }
    // The list row shown; enables the commands that apply to it.
    void setCurrentDocument(int listRow);
    void fillMenu(QMenu* menu) const;
    QList<QAction*> rowActions() const; // for the panes' context menu
    QAction* undoAction() const { return undo; }
    QAction* redoAction() const { return redo; }
    QAction* compareAction() const { return compare; }
    QAction* exportAction() const { return exportText; }
    QAction* nextUncertainAction() const { return nextUncertain; }
    QAction* previousUncertainAction() const { return previousUncertain; }

    // The commands, for tests and the actions: false (with a message) when it does not apply.
    bool apply(const QString& name, const std::function<bool(ParallelText&, int)>& operation);
    // Shows the English of `englishRow` with the Vietnamese of `vietnameseRow` (list rows).
    bool compareWith(int englishRow, int vietnameseRow);
    // Reads the two files of a comparison again (File ▸ Reload Document).
    void reloadComparison(int listRow);
    // Forgets the saved corrections of the shown document and aligns it afresh.
    bool discardCorrections();
    // Rows with one language only are kept unless the user asked for pairs only.
    bool
    exportTo(const QString& path,
             AlignedTextExport::OneSidedRows oneSidedRows = AlignedTextExport::OneSidedRows::Kept);
    void stepUncertain(int direction); // +1 next, -1 previous; wraps
    // Gives the document of `path` these rows (an undo or redo step), if its texts are still
    // those of `key` (AlignmentCorrections::key()); false otherwise.
    bool setRows(const QString& path, const QString& key, const QList<RowSpan>& rows, int focusRow);
    // The document of `path` was closed: its corrections history goes with it.
    void forgetHistory(const QString& path);

Q_SIGNALS:
    void documentChanged(const songngu::ReadResult& result);
    void message(const QString& text);

private:
    QAction* addEdit(const QString& text, const QString& tip, const QKeySequence& shortcut,
                     const std::function<bool(ParallelText&, int)>& operation);
    QUndoStack* stackFor(const QString& path);
    void updateActions();
    void chooseComparison();
    void chooseExport();
    // How documents are paired here: the glossary's names as anchors, corrections restored.
    ReadContext context() const { return {glossary, correctionsFolder}; }

    PairedView* view;
    DocumentListModel* documents;
    QWidget* window;
    QString correctionsFolder;
    int listRow = -1;
    std::shared_ptr<const Glossary> glossary;
    QUndoGroup* undoGroup;
    QHash<QString, QUndoStack*> stacks; // by list path: each document its own history
    QList<QAction*> edits;
    QSet<QAction*> groupEnds; // the menu separates groups of commands after these
    QAction* undo;
    QAction* redo;
    QAction* compare;
    QAction* exportText;
    QAction* nextUncertain;
    QAction* previousUncertain;
    QAction* discard;
};

} // namespace songngu
