// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/alignment/AlignmentEditor.h"

#include "align/AlignmentCorrections.h"
#include "io/AlignedTextExport.h"
#include "io/DocumentReader.h"
#include "io/PairAligner.h"
#include "ui/common/AppSettings.h"
#include "ui/documents/DocumentListModel.h"
#include "ui/view/PairedView.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>

namespace songngu {

namespace {

// One correction: the rows before and after it. Rows are small (four numbers each), so the
// whole list is kept rather than an inverse operation per command.
class RowsCommand : public QUndoCommand
{
public:
    RowsCommand(AlignmentEditor* editor, QString path, QString key, QList<RowSpan> before,
                QList<RowSpan> after, int focusRow, const QString& text)
        : QUndoCommand(text), editor(editor), path(std::move(path)), key(std::move(key)),
          before(std::move(before)), after(std::move(after)), focusRow(focusRow)
    {}
    // A document read again with other text makes the command meaningless: the stack drops
    // it rather than apply its rows to different sentences.
    void redo() override { setObsolete(!editor->setRows(path, key, after, focusRow)); }
    void undo() override { setObsolete(!editor->setRows(path, key, before, focusRow)); }

private:
    AlignmentEditor* editor;
    QString path;
    QString key; // AlignmentCorrections::key() of the texts the rows count
    QList<RowSpan> before;
    QList<RowSpan> after;
    int focusRow;
};

} // namespace

AlignmentEditor::AlignmentEditor(PairedView* view, DocumentListModel* documents,
                                 QString correctionsFolder, QWidget* window)
    : QObject(window), view(view), documents(documents), window(window),
      correctionsFolder(std::move(correctionsFolder)), undoGroup(new QUndoGroup(this))
{
    undo = undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    redo = undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);

    addEdit(tr("&Merge With Next Row"), tr("Join this row and the next into one"),
            QKeySequence(Qt::CTRL | Qt::Key_M),
            [](ParallelText& text, int row) { return text.mergeWithNext(row); });
    groupEnds.insert(addEdit(tr("&Split Row"), tr("Cut this row in two where its sentences pair"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                             [](ParallelText& text, int row) { return text.split(row); }));
    addEdit(tr("Move First English Sentence &Up"),
            tr("The first English sentence of this row joins the row above"), {},
            [](ParallelText& text, int row) { return text.moveFirstUp(row, Language::English); });
    addEdit(
        tr("Move First Vietnamese Sentence U&p"),
        tr("The first Vietnamese sentence of this row joins the row above"), {},
        [](ParallelText& text, int row) { return text.moveFirstUp(row, Language::Vietnamese); });
    addEdit(tr("Move Last English Sentence &Down"),
            tr("The last English sentence of this row joins the row below"), {},
            [](ParallelText& text, int row) { return text.moveLastDown(row, Language::English); });
    groupEnds.insert(addEdit(
        tr("Move Last Vietnamese Sentence Do&wn"),
        tr("The last Vietnamese sentence of this row joins the row below"), {},
        [](ParallelText& text, int row) { return text.moveLastDown(row, Language::Vietnamese); }));
    addEdit(
        tr("No &Vietnamese Counterpart"),
        tr("This English has no translation: the Vietnamese moves down a row"), {},
        [](ParallelText& text, int row) { return text.insertEmpty(row, Language::Vietnamese); });
    groupEnds.insert(addEdit(
        tr("No &English Counterpart"),
        tr("This Vietnamese translates nothing: the English moves down a row"), {},
        [](ParallelText& text, int row) { return text.insertEmpty(row, Language::English); }));
    addEdit(tr("&Realign From Here"),
            tr("Align this row and everything below it again, automatically"), {},
            [](ParallelText& text, int row) { return text.realignFrom(row); });

    nextUncertain = new QAction(tr("Next &Uncertain Row"), this);
    nextUncertain->setShortcut(QKeySequence(Qt::Key_F9));
    nextUncertain->setStatusTip(tr("Go to the next row whose pairing the aligner is unsure of"));
    connect(nextUncertain, &QAction::triggered, this, [this] { stepUncertain(+1); });
    previousUncertain = new QAction(tr("Previous Uncertain Row"), this);
    previousUncertain->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    connect(previousUncertain, &QAction::triggered, this, [this] { stepUncertain(-1); });

    discard = new QAction(tr("Discard &Corrections"), this);
    discard->setStatusTip(tr("Forget your corrections of this document and align it afresh"));
    connect(discard, &QAction::triggered, this, &AlignmentEditor::discardCorrections);

    compare = new QAction(tr("Compare &With…"), this);
    compare->setStatusTip(
        tr("Align the English of this document with the Vietnamese of another open one"));
    connect(compare, &QAction::triggered, this, &AlignmentEditor::chooseComparison);
    exportText = new QAction(tr("Export Aligned &Text…"), this);
    exportText->setStatusTip(tr("Save the shown rows as TMX, tab-separated text or CSV"));
    connect(exportText, &QAction::triggered, this, &AlignmentEditor::chooseExport);
    updateActions();
}

QAction* AlignmentEditor::addEdit(const QString& text, const QString& tip,
                                  const QKeySequence& shortcut,
                                  const std::function<bool(ParallelText&, int)>& operation)
{
    auto* action = new QAction(text, this);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    const QString name = QString(text).remove(u'&');
    connect(action, &QAction::triggered, this, [this, name, operation] { apply(name, operation); });
    edits.append(action);
    return action;
}

void AlignmentEditor::fillMenu(QMenu* menu) const
{
    for (QAction* action : edits) {
        menu->addAction(action);
        if (groupEnds.contains(action))
            menu->addSeparator();
    }
    menu->addSeparator();
    menu->addAction(nextUncertain);
    menu->addAction(previousUncertain);
    menu->addSeparator();
    menu->addAction(discard);
}

QList<QAction*> AlignmentEditor::rowActions() const
{
    return edits;
}

void AlignmentEditor::setCurrentDocument(int row)
{
    listRow = row;
    const ReadResult result = documents->resultAt(row);
    undoGroup->setActiveStack(result.parallel ? stackFor(result.path) : nullptr);
    updateActions();
}

void AlignmentEditor::updateActions()
{
    const ReadResult result = documents->resultAt(listRow);
    // Greyed-out corrections say why, and what to do instead.
    const QString why =
        !result.ok() || result.parallel ? QString()
        : result.document->metadata.format == DocumentFormat::Interleaved
            ? tr("This file pairs its paragraphs by its own • marks. To correct the rows, align "
                 "it with File ▸ Compare With… (choose this document itself), or edit the file.")
            : tr("Rows can be corrected in documents Song Ngữ aligned itself: a pair of files "
                 "(story.en.txt and story.vi.txt) or File ▸ Compare With….");
    for (QAction* action : std::as_const(edits)) {
        action->setEnabled(result.parallel != nullptr);
        action->setToolTip(why.isEmpty() ? action->statusTip() : why);
    }
    discard->setEnabled(result.parallel != nullptr);
    const bool bilingual = result.ok() && result.document->metadata.languages.size() > 1;
    compare->setEnabled(result.ok());
    exportText->setEnabled(bilingual);
    nextUncertain->setEnabled(result.ok());
    previousUncertain->setEnabled(result.ok());
}

QUndoStack* AlignmentEditor::stackFor(const QString& path)
{
    QUndoStack*& stack = stacks[path];
    if (!stack) {
        stack = new QUndoStack(undoGroup);
        undoGroup->addStack(stack);
    }
    return stack;
}

bool AlignmentEditor::apply(const QString& name,
                            const std::function<bool(ParallelText&, int)>& operation)
{
    const ReadResult result = documents->resultAt(listRow);
    if (!result.parallel) {
        Q_EMIT message(tr("Only documents Song Ngữ aligned itself can be corrected."));
        return false;
    }
    const int row = view->currentRow();
    if (row < 0) {
        Q_EMIT message(tr("Select a row first."));
        return false;
    }
    ParallelText edited = *result.parallel;
    if (!operation(edited, row)) {
        Q_EMIT message(tr("“%1” does not apply to row %2.").arg(name).arg(row + 1));
        return false;
    }
    stackFor(result.path)
        ->push(new RowsCommand(this, result.path, AlignmentCorrections::key(*result.parallel),
                               result.parallel->rows(), edited.rows(), row, name));
    return true;
}

bool AlignmentEditor::setRows(const QString& path, const QString& key, const QList<RowSpan>& rows,
                              int focusRow)
{
    const int row = documents->rowOfPath(path);
    const ReadResult result = documents->resultAt(row);
    if (!result.parallel || AlignmentCorrections::key(*result.parallel) != key) {
        Q_EMIT message(tr("The document has changed since: that correction no longer applies."));
        return false;
    }
    auto edited = std::make_shared<ParallelText>(*result.parallel);
    if (!edited->setRows(rows))
        return false;
    QString error;
    if (!AlignmentCorrections(correctionsFolder).save(*edited, &error))
        Q_EMIT message(tr("Your corrections could not be saved: %1").arg(error));
    ReadResult changed = result;
    changed.document = std::make_shared<Document>(edited->toDocument());
    changed.parallel = std::move(edited);
    Q_EMIT documentChanged(changed);
    if (row == listRow && focusRow >= 0)
        view->setCurrentRow(std::min(focusRow, int(changed.document->rows.size()) - 1));
    return true;
}

void AlignmentEditor::forgetHistory(const QString& path)
{
    if (QUndoStack* stack = stacks.take(path)) {
        undoGroup->removeStack(stack);
        delete stack;
    }
}

void AlignmentEditor::stepUncertain(int direction)
{
    const DocumentPtr document = documents->documentAt(listRow);
    if (!document || document->rows.isEmpty())
        return;
    const int count = int(document->rows.size());
    const int from = view->currentRow() < 0 ? (direction > 0 ? -1 : count) : view->currentRow();
    for (int step = 1; step <= count; ++step) {
        const int row = ((from + direction * step) % count + count) % count;
        if (document->rows.at(row).isUncertain()) {
            view->setCurrentRow(row);
            return;
        }
    }
    Q_EMIT message(tr("The aligner is sure of every row of this document."));
}

bool AlignmentEditor::compareWith(int englishRow, int vietnameseRow)
{
    const ReadResult english = documents->resultAt(englishRow);
    const ReadResult vietnamese = documents->resultAt(vietnameseRow);
    if (!english.ok() || !vietnamese.ok())
        return false;
    // The sources as read from their files, not an aligned document made of them.
    const DocumentPtr englishSource =
        english.parallel ? english.parallel->english() : english.document;
    const DocumentPtr vietnameseSource =
        vietnamese.parallel ? vietnamese.parallel->vietnamese() : vietnamese.document;
    ReadResult result = PairAligner::align(englishSource, vietnameseSource, context());
    if (!result.ok()) {
        Q_EMIT message(result.error);
        return false;
    }
    result.path = english.path + QStringLiteral(" ⇄ ") + vietnamese.path;
    Q_EMIT documentChanged(result);
    return true;
}

void AlignmentEditor::reloadComparison(int row)
{
    const ReadResult old = documents->resultAt(row);
    if (!old.parallel)
        return;
    const DocumentReader reader;
    const ReadResult english = reader.read(old.parallel->english()->metadata.path);
    const ReadResult vietnamese = reader.read(old.parallel->vietnamese()->metadata.path);
    // A file the reader aligned itself (a broken interleaving) is the source it aligned.
    const auto source = [](const ReadResult& read, Language language) {
        return read.parallel ? (language == Language::English ? read.parallel->english()
                                                              : read.parallel->vietnamese())
                             : read.document;
    };
    ReadResult result =
        english.ok() && vietnamese.ok()
            ? PairAligner::align(source(english, Language::English),
                                 source(vietnamese, Language::Vietnamese), context())
            : (english.ok() ? vietnamese : english);
    result.path = old.path;
    Q_EMIT documentChanged(result);
}

bool AlignmentEditor::discardCorrections()
{
    const ReadResult old = documents->resultAt(listRow);
    if (!old.parallel)
        return false;
    QString error;
    if (!AlignmentCorrections(correctionsFolder).forget(*old.parallel, &error)) {
        Q_EMIT message(tr("Your corrections could not be discarded: %1").arg(error));
        return false;
    }
    ReadResult result =
        PairAligner::align(old.parallel->english(), old.parallel->vietnamese(), context());
    if (!result.ok())
        return false;
    result.path = old.path;
    // The history was of the corrections just discarded.
    stackFor(old.path)->clear();
    Q_EMIT documentChanged(result);
    Q_EMIT message(tr("Discarded your corrections: the rows are the aligner's again."));
    return true;
}

void AlignmentEditor::chooseComparison()
{
    const ReadResult current = documents->resultAt(listRow);
    if (!current.ok())
        return;
    QStringList titles;
    QList<int> rows;
    for (int row = 0; row < documents->rowCount(); ++row) {
        const ReadResult candidate = documents->resultAt(row);
        // The shown document itself too, when it has both languages: an interleaved file
        // aligned again by the aligner, whose rows can then be corrected.
        const bool itself = row == listRow;
        if (!candidate.ok() ||
            (itself && (candidate.parallel ||
                        !candidate.document->metadata.languages.contains(Language::English))))
            continue;
        const DocumentPtr source =
            candidate.parallel ? candidate.parallel->vietnamese() : candidate.document;
        if (!source->metadata.languages.contains(Language::Vietnamese))
            continue;
        // Numbered, so that two documents of the same title and file name stay apart.
        titles.append(
            tr("%1. %2 (%3)")
                .arg(rows.size() + 1)
                .arg(candidate.document->metadata.title, QFileInfo(candidate.path).fileName()));
        rows.append(row);
    }
    if (rows.isEmpty()) {
        QMessageBox::information(window, tr("Compare With"),
                                 tr("Open the document with the Vietnamese text first."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(window, tr("Compare With"),
                              tr("Align the English of “%1” with the Vietnamese of:")
                                  .arg(current.document->metadata.title),
                              titles, 0, false, &ok);
    if (ok)
        compareWith(listRow, rows.at(titles.indexOf(chosen)));
}

bool AlignmentEditor::exportTo(const QString& path, AlignedTextExport::OneSidedRows oneSidedRows)
{
    const DocumentPtr document = documents->documentAt(listRow);
    if (!document)
        return false;
    QString error;
    const AlignedTextExport::Options options{oneSidedRows, QDateTime::currentDateTimeUtc()};
    if (!AlignedTextExport::save(path, *document, options, &error)) {
        QMessageBox::warning(window, tr("Aligned Text Not Exported"),
                             tr("The aligned text could not be saved: %1").arg(error));
        return false;
    }
    Q_EMIT message(tr("Saved the aligned text to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AlignmentEditor::chooseExport()
{
    const DocumentPtr document = documents->documentAt(listRow);
    if (!document)
        return;
    const QString tmx = tr("TMX translation memory (*.tmx)");
    // A second TMX filter rather than a checkbox: the native dialogs have no room for one.
    const QString tmxPairs = tr("TMX translation memory, pairs only (*.tmx)");
    const QString tsv = tr("Tab-separated text (*.tsv)");
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    QString filter = tmx;
    AppSettings settings;
    QString path = QFileDialog::getSaveFileName(
        window, tr("Export Aligned Text"),
        settings.savePath(QFileInfo(document->metadata.path).completeBaseName() +
                          QStringLiteral(".tmx")),
        QStringList{tmx, tmxPairs, tsv, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    settings.setSaveFolder(QFileInfo(path).absolutePath());
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == tsv   ? QStringLiteral(".tsv")
                : filter == csv ? QStringLiteral(".csv")
                                : QStringLiteral(".tmx");
    exportTo(path, filter == tmxPairs ? AlignedTextExport::OneSidedRows::LeftOut
                                      : AlignedTextExport::OneSidedRows::Kept);
}

} // namespace songngu
