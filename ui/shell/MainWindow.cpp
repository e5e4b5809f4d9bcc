// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "align/AlignmentCorrections.h"
#include "io/DocumentLoader.h"
#include "io/FormatRegistry.h"
#include "ui/alignment/AlignmentEditor.h"
#include "ui/documents/DocumentListModel.h"
#include "ui/documents/DocumentListPanel.h"
#include "ui/documents/MetadataPanel.h"
#include "ui/documents/ReloadBar.h"
#include "ui/entities/EntitiesController.h"
#include "ui/entities/EntitiesPanel.h"
#include "ui/findings/FindingsController.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/search/FindBar.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/PairedView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace songngu {

namespace {

// Where the user's glossary and alignment corrections are kept. The window reads documents with
// them; the engine never looks there unless told.
QString userDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// The files a listed document was read from: one, a pair, or a comparison's two.
QStringList filesOf(const ReadResult& result)
{
    QStringList files;
    if (result.parallel) {
        files = {result.parallel->english()->metadata.path,
                 result.parallel->vietnamese()->metadata.path};
    } else if (result.document) {
        files = {result.document->metadata.path, result.document->metadata.vietnamesePath};
    } else {
        files = {result.path};
    }
    files.removeAll(QString());
    files.removeDuplicates();
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), loader(new DocumentLoader(userDataFolder(), this)),
      documents(new DocumentListModel(this)), alignment(new AlignmentModel(this)),
      view(new PairedView(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Song Ngữ"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/songngu.svg")));
    setAcceptDrops(true);

    view->setModel(alignment);
    view->setEmptyMessage(openHint());
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    changedOnDisk = new ReloadBar(centre);
    connect(changedOnDisk, &ReloadBar::reloadRequested, this, &MainWindow::reloadShown);
    centreLayout->addWidget(changedOnDisk);
    centreLayout->addWidget(view, 1);
    finder = new FindBar(view, centre);
    centreLayout->addWidget(finder);
    setCentralWidget(centre);

    createDocks();
    editor = new AlignmentEditor(view, documents, AlignmentCorrections::folderIn(userDataFolder()),
                                 this);
    view->setRowActions(editor->rowActions());
    editor->setGlossary(entityController->glossary());
    connect(entityController, &EntitiesController::glossaryChanged, this,
            [this] { editor->setGlossary(entityController->glossary()); });
    // An edited alignment arrives as a re-read file would: listed, checked, shown in place.
    connect(editor, &AlignmentEditor::documentChanged, this, [this](const ReadResult& result) {
        if (documents->rowOfPath(result.path) < 0)
            pendingSelection = result.path; // a new comparison: show it
        onDocumentsRead({result});
    });
    connect(editor, &AlignmentEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    createActions();

    connect(loader, &DocumentLoader::documentsRead, this, &MainWindow::onDocumentsRead);
    connect(loader, &DocumentLoader::filesSkipped, this, &MainWindow::onFilesSkipped);
    connect(loader, &DocumentLoader::progress, listPanel, &DocumentListPanel::setProgress);
    connect(loader, &DocumentLoader::started, this,
            [this] { statusBar()->showMessage(tr("Reading documents…")); });
    connect(loader, &DocumentLoader::finished, this, [this] {
        if (loader->isBusy())
            return;
        listPanel->setProgress(0, 0);
        statusBar()->showMessage(tr("%n document(s) open", nullptr, documents->documentCount()),
                                 5000);
        Q_EMIT loadingFinished();
    });
    connect(listPanel, &DocumentListPanel::currentSourceRowChanged, this, [this](int row) {
        if (!autoSelecting) { // the user's choice is never overridden
            autoSelectedRow = -1;
            pendingSelection.clear();
            pendingFolder.clear();
        }
        showDocumentAt(row);
    });
    // Reading the shown document (clicking, stepping, scrolling) also counts as choosing it.
    auto userIsReading = [this] {
        if (!autoSelecting)
            autoSelectedRow = -1;
    };
    connect(view, &PairedView::currentRowChanged, this, userIsReading);
    connect(view, &PairedView::topRowChanged, this, userIsReading);

    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The children go after this class's part of the object: keep the view from telling a
    // half-destroyed window (or the controller) about the model going away.
    view->setModel(nullptr);
    view->disconnect(this);
    view->disconnect(entityController);
    view->annotations()->disconnect(entityController);
    view->annotations()->disconnect(findingController);
    view->annotations()->disconnect(this);
}

void MainWindow::createDocks()
{
    listPanel = new DocumentListPanel(documents, this);
    auto* listDock = new QDockWidget(tr("Documents"), this);
    listDock->setObjectName(QStringLiteral("DocumentsDock"));
    listDock->setWidget(listPanel);
    addDockWidget(Qt::LeftDockWidgetArea, listDock);

    metadata = new MetadataPanel(this);
    sideTabs = new QTabWidget(this);
    sideTabs->setDocumentMode(true);
    sideTabs->addTab(metadata, tr("Document"));
    entityPanel = new EntitiesPanel(this);
    sideTabs->addTab(entityPanel, tr("Entities"));
    entityController = new EntitiesController(view, entityPanel, this);
    findingPanel = new FindingsPanel(this);
    sideTabs->insertTab(0, findingPanel, tr("Findings"));
    sideTabs->setCurrentIndex(0); // what an editor opens the window for
    findingController =
        new FindingsController(view, findingPanel, entityController, documents, this);
    connect(findingController, &FindingsController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // "Show in Entities" from a pane selects the entity and brings the tab forward.
    connect(view, &PairedView::showInEntitiesRequested, this, [this](int entity) {
        view->annotations()->setSelectedEntity(entity);
        sideTabs->setCurrentWidget(entityPanel);
    });
    connect(entityController, &EntitiesController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    auto* sideDock = new QDockWidget(tr("Details"), this);
    sideDock->setObjectName(QStringLiteral("DetailsDock"));
    sideDock->setWidget(sideTabs);
    addDockWidget(Qt::RightDockWidgetArea, sideDock);
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* openFiles =
        fileMenu->addAction(tr("&Open Files…"), this, &MainWindow::openFilesDialog);
    openFiles->setShortcut(QKeySequence::Open);
    QAction* openFolder =
        fileMenu->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("Open &Sample Articles"), this, [this] { openPaths({samplesPath()}); });
    fileMenu->addSeparator();
    QAction* reload = fileMenu->addAction(tr("Re&load Document"), this, &MainWindow::reloadShown);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* close = fileMenu->addAction(tr("&Close Document"), this, [this] {
        // The list moves to the next visible row by itself, sorted or filtered.
        editor->forgetHistory(documents->pathAt(listPanel->currentSourceRow()));
        documents->removeEntry(listPanel->currentSourceRow());
        if (listPanel->currentSourceRow() < 0)
            showDocumentAt(-1);
    });
    close->setShortcut(QKeySequence::Close);
    fileMenu->addAction(tr("Close &All"), this, &MainWindow::closeAll);
    fileMenu->addSeparator();
    fileMenu->addAction(editor->compareAction());
    fileMenu->addAction(editor->exportAction());
    fileMenu->addSeparator();
    fileMenu->addAction(findingController->exportReportAction());
    fileMenu->addAction(findingController->exportAllReportAction());
    fileMenu->addAction(findingController->exportIgnoredAction());
    fileMenu->addAction(findingController->importIgnoredAction());
    fileMenu->addSeparator();
    fileMenu->addAction(entityController->importGlossaryAction());
    fileMenu->addAction(entityController->exportGlossaryAction());
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(editor->undoAction());
    editMenu->addAction(editor->redoAction());
    editMenu->addSeparator();
    QAction* find = editMenu->addAction(tr("&Find…"), finder, &FindBar::activate);
    find->setShortcuts(QKeySequence::Find);
    QAction* findNext = editMenu->addAction(tr("Find &Next"), finder, &FindBar::findNext);
    findNext->setShortcuts(QKeySequence::FindNext);
    QAction* findPrevious =
        editMenu->addAction(tr("Find &Previous"), finder, &FindBar::findPrevious);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    editMenu->addSeparator();
    editMenu->addAction(entityController->manageGlossaryAction());

    viewMenu = menuBar()->addMenu(tr("&View"));
    swapAction = viewMenu->addAction(tr("&Swap Panes"));
    swapAction->setCheckable(true);
    swapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(swapAction, &QAction::toggled, view, &PairedView::setSwapped);
    connect(view, &PairedView::swappedChanged, swapAction, &QAction::setChecked);
    viewMenu->addSeparator();
    QAction* previous = viewMenu->addAction(tr("&Previous Row"), view, &PairedView::previousRow);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    QAction* next = viewMenu->addAction(tr("&Next Row"), view, &PairedView::nextRow);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    viewMenu->addSeparator();
    QAction* zoomIn = viewMenu->addAction(tr("Zoom &In"), view, &PairedView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = viewMenu->addAction(tr("Zoom &Out"), view, &PairedView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* resetZoom = viewMenu->addAction(tr("&Reset Zoom"), view, &PairedView::resetZoom);
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu->addSeparator();
    viewMenu->addAction(findingController->previousFindingAction());
    viewMenu->addAction(findingController->nextFindingAction());
    viewMenu->addSeparator();
    viewMenu->addAction(entityController->previousMentionAction());
    viewMenu->addAction(entityController->nextMentionAction());
    viewMenu->addAction(entityController->highlightAllAction());
    viewMenu->addSeparator();
    const QList<QDockWidget*> docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        viewMenu->addAction(dock->toggleViewAction());

    QMenu* alignmentMenu = menuBar()->addMenu(tr("&Alignment"));
    alignmentMenu->setToolTipsVisible(true); // greyed-out corrections say why
    editor->fillMenu(alignmentMenu);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Song Ngữ"), this, &MainWindow::showAbout);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(settings.windowGeometry())) {
        // First launch: most of the screen, since two panes of prose want the width.
        const QScreen* screen = QGuiApplication::primaryScreen();
        const QSize available = screen ? screen->availableSize() : QSize(1400, 900);
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    }
    if (!restoreState(settings.windowState())) {
        // Dock sizes apply once the window has its final size, after the first show.
        QTimer::singleShot(0, this, [this] {
            const QList<QDockWidget*> docks{
                findChild<QDockWidget*>(QStringLiteral("DocumentsDock")),
                findChild<QDockWidget*>(QStringLiteral("DetailsDock"))};
            resizeDocks(docks, {width() * 30 / 100, width() * 23 / 100}, Qt::Horizontal);
        });
    }
    view->setZoomPercent(settings.zoomPercent());
    view->setSwapped(settings.panesSwapped());
    // After the swap: the saved sizes are in left-to-right order.
    view->paneSplitter()->restoreState(settings.splitterState());
    swapAction->setChecked(view->isSwapped());
    entityController->highlightAllAction()->setChecked(settings.highlightAllEntities());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    loader->cancel();
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(view->paneSplitter()->saveState());
    settings.setZoomPercent(view->zoomPercent());
    settings.setPanesSwapped(view->isSwapped());
    settings.setHighlightAllEntities(view->annotations()->highlightsAllEntities());
    settings.setSessionPaths(documents->paths());
    settings.sync();
    event->accept();
}

void MainWindow::openInitial(const QStringList& paths)
{
    if (!paths.isEmpty()) {
        openPaths(paths);
        return;
    }
    QStringList session;
    for (const QString& path : settings.sessionPaths()) {
        if (path.startsWith(u':') || QFileInfo::exists(path))
            session.append(path);
    }
    openPaths(session.isEmpty() ? QStringList{samplesPath()} : session);
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString& path : paths) {
        const bool resource = path.startsWith(u':');
        absolute.append(resource ? path : QFileInfo(path).absoluteFilePath());
        if (!resource)
            settings.addRecentFile(absolute.last());
    }
    const QFileInfo first(absolute.front());
    if (!absolute.front().startsWith(u':'))
        settings.setLastFolder(first.isDir() ? first.absoluteFilePath() : first.absolutePath());
    pendingSelection = first.isFile() ? absolute.front() : QString();
    pendingFolder = first.isDir() ? QDir::cleanPath(absolute.front()) : QString();
    rebuildRecentMenu();
    loader->load(absolute);
}

void MainWindow::reloadShown()
{
    const ReadResult result = documents->resultAt(listPanel->currentSourceRow());
    // The entry is replaced in place and the view refreshed where it is read.
    // A comparison is listed under both files, not under its English one.
    if (result.parallel && result.path != result.document->metadata.path)
        editor->reloadComparison(listPanel->currentSourceRow());
    else if (result.parallel && !result.document->metadata.vietnamesePath.isEmpty())
        loader->load({result.document->metadata.path, result.document->metadata.vietnamesePath});
    else if (!result.path.isEmpty())
        loader->load({result.path});
}

void MainWindow::closeAll()
{
    loader->cancel();
    findingController->cancelChecks();
    pendingSelection.clear();
    pendingFolder.clear();
    places.clear();
    for (const QString& path : documents->paths())
        editor->forgetHistory(path);
    documents->clear();
    listPanel->clearSkipped();
    listPanel->setProgress(0, 0);
    showDocumentAt(-1);
}

bool MainWindow::isLoading() const
{
    return loader->isBusy();
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), settings.lastFolder(),
        FormatRegistry::standard().nameFilters().join(QStringLiteral(";;")));
    openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"),
                                                             settings.lastFolder());
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu->clear();
    const QStringList recent = settings.recentFiles();
    for (const QString& path : recent) {
        // Shown as a path, never as a mnemonic: '&' in a file name stays literal.
        QString label = QDir::toNativeSeparators(path);
        label.replace(u'&', QStringLiteral("&&"));
        recentMenu->addAction(label, this, [this, path] { openPaths({path}); });
    }
    if (!recent.isEmpty()) {
        recentMenu->addSeparator();
        recentMenu->addAction(tr("Clear Recent"), this, [this] {
            settings.clearRecentFiles();
            rebuildRecentMenu();
        });
    }
    recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onDocumentsRead(const QList<ReadResult>& batch)
{
    documents->addResults(batch);
    findingController->checkDocuments(batch);
    for (const ReadResult& result : batch)
        changedOnDisk->watch(filesOf(result));
    int select = -1;
    bool automatic = false; // the window's own choice, replaced when a bilingual one arrives
    if (!pendingFolder.isEmpty()) {
        select = folderChoice(batch);
        if (select >= 0)
            pendingFolder.clear();
        automatic = true;
    } else if (!pendingSelection.isEmpty()) {
        select = documents->rowOfPath(pendingSelection);
        if (select >= 0)
            pendingSelection.clear();
    } else if (listPanel->currentSourceRow() < 0 ||
               listPanel->currentSourceRow() == autoSelectedRow) {
        // Until the user picks one, show a bilingual document as soon as one has arrived:
        // that is what the window is for. Batches arrive in file order, so it may come later.
        select = firstBilingualRow();
        if (select == listPanel->currentSourceRow())
            select = -1;
        automatic = true;
    }
    if (select >= 0) {
        autoSelecting = automatic;
        listPanel->selectSourceRow(select);
        autoSelecting = false;
        if (automatic)
            autoSelectedRow = select;
    }
    // A file read again while shown: the list row stays current, so refresh the view here.
    const int current = listPanel->currentSourceRow();
    if (current >= 0 && documents->documentAt(current) != alignment->document())
        showDocumentAt(current);
}

int MainWindow::folderChoice(const QList<ReadResult>& batch) const
{
    // The folder just opened: its first bilingual document of the batch, else its first
    // readable one (a bilingual one of a later batch replaces it).
    const QString prefix = pendingFolder.endsWith(u'/') ? pendingFolder : pendingFolder + u'/';
    int select = -1;
    for (const ReadResult& result : batch) {
        if (!result.ok() || !result.path.startsWith(prefix))
            continue;
        const bool bilingual = result.document->metadata.languages.size() > 1;
        if (select < 0 || bilingual)
            select = documents->rowOfPath(result.path);
        if (bilingual)
            break;
    }
    return select;
}

int MainWindow::firstBilingualRow() const
{
    int readable = -1;
    for (int row = 0; row < documents->rowCount(); ++row) {
        const DocumentPtr document = documents->documentAt(row);
        if (document && readable < 0)
            readable = row;
        if (document && document->metadata.languages.size() > 1)
            return row;
    }
    return readable;
}

QString MainWindow::openHint()
{
    return tr("Open articles with File ▸ Open Files (Ctrl+O) or a folder with "
              "File ▸ Open Folder (Ctrl+Shift+O), or drop them here.");
}

void MainWindow::onFilesSkipped(const QList<FileProblem>& skipped)
{
    listPanel->addSkipped(skipped);
}

void MainWindow::showDocumentAt(int sourceRow)
{
    editor->setCurrentDocument(sourceRow);
    const DocumentPtr document = documents->documentAt(sourceRow);
    if (document)
        findingController->prioritize(documents->pathAt(sourceRow));
    const DocumentPtr shown = alignment->document();
    const QString path = document ? documents->pathAt(sourceRow) : QString();
    if (shown != document) {
        // Each document keeps the reader's place, reloaded or shown again later; a new one
        // starts at the top.
        if (shown && !shownPath.isEmpty())
            places.insert(shownPath, {view->topRow(), view->topRowOffset(), view->currentRow()});
        const bool wasAutoSelecting = autoSelecting;
        autoSelecting = true; // moving the view here is not the user's doing
        alignment->setDocument(document);
        entityController->setDocument(document);
        if (const auto place = places.constFind(path); document && place != places.cend()) {
            if (place->current >= 0 && place->current < alignment->rowCount())
                view->setCurrentRow(place->current);
            view->scrollToRow(place->top);
            view->scrollByPixels(place->offset);
        }
        autoSelecting = wasAutoSelecting;
    }
    shownPath = path;
    changedOnDisk->setShownFiles(sourceRow >= 0 ? filesOf(documents->resultAt(sourceRow))
                                                : QStringList());
    if (document) {
        metadata->showDocument(document);
        setWindowTitle(tr("%1 — Song Ngữ").arg(document->metadata.title));
    } else {
        const QString error =
            sourceRow >= 0
                ? documents->index(sourceRow, 0).data(DocumentListModel::ErrorRole).toString()
                : QString();
        if (sourceRow >= 0)
            metadata->showError(documents->pathAt(sourceRow), error);
        else
            metadata->clear();
        // An unreadable file says why where its text would be, not how to open files.
        view->setEmptyMessage(
            error.isEmpty() ? openHint()
                            : tr("%1 cannot be shown: %2")
                                  .arg(QFileInfo(documents->pathAt(sourceRow)).fileName(), error));
        setWindowTitle(tr("Song Ngữ"));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Whatever the names: files named explicitly are read by their content (the format table's
    // reader of any text, or a refusal with its reason, listed), and remote ones are counted.
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    int remote = 0;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
        else
            ++remote;
    }
    if (remote > 0)
        statusBar()->showMessage(
            tr("Only local files and folders can be opened (%n ignored).", nullptr, remote), 8000);
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Song Ngữ"),
        tr("Song Ngữ %1\n\nReads English–Vietnamese news articles side by side, row by aligned "
           "row.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace songngu
