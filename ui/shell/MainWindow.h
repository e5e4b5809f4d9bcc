// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "ui/common/AppSettings.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QMenu;
class QTabWidget;

namespace songngu {

class AlignmentEditor;
class AlignmentModel;
class DocumentListModel;
class DocumentListPanel;
class DocumentLoader;
class EntitiesController;
class EntitiesPanel;
class FindingsController;
class FindingsPanel;
class FindBar;
class MetadataPanel;
class PairedView;
class ReloadBar;
struct FileProblem;
struct ReadResult;

// The window: document list (left), paired English | Vietnamese view with its find bar
// (centre), side panel with tabs (right). It wires models to views and keeps settings; the work is
// done elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString samplesPath() { return QStringLiteral(":/samples"); }

    // Files and folders, read in the background; the list grows as they arrive.
    void openPaths(const QStringList& paths);
    // What to show at start: the paths given, else the last session, else the samples.
    void openInitial(const QStringList& paths);
    // Empties the list and stops reading; results still on their way are dropped.
    void closeAll();

    bool isLoading() const;
    DocumentListModel* documentModel() const { return documents; }
    DocumentListPanel* documentList() const { return listPanel; }
    PairedView* pairedView() const { return view; }
    FindBar* findBar() const { return finder; }
    MetadataPanel* metadataPanel() const { return metadata; }
    EntitiesPanel* entitiesPanel() const { return entityPanel; }
    EntitiesController* entitiesController() const { return entityController; }
    FindingsPanel* findingsPanel() const { return findingPanel; }
    FindingsController* findingsController() const { return findingController; }
    QTabWidget* sidePanel() const { return sideTabs; }
    AlignmentModel* alignmentModel() const { return alignment; }
    AlignmentEditor* alignmentEditor() const { return editor; }
    ReloadBar* reloadBar() const { return changedOnDisk; }
    // Reads the shown document again from its files (File ▸ Reload Document).
    void reloadShown();

Q_SIGNALS:
    void loadingFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void restoreSettings();
    void openFilesDialog();
    void openFolderDialog();
    void rebuildRecentMenu();
    void showDocumentAt(int sourceRow);
    void onDocumentsRead(const QList<ReadResult>& batch);
    [[nodiscard]] int folderChoice(const QList<ReadResult>& batch) const;
    [[nodiscard]] int firstBilingualRow() const; // else the first readable; -1 if none
    void onFilesSkipped(const QList<FileProblem>& skipped);
    static QString openHint(); // what the centre says when no document is shown
    void showAbout();

    AppSettings settings;
    DocumentLoader* loader;
    DocumentListModel* documents;
    AlignmentModel* alignment;
    PairedView* view;
    FindBar* finder = nullptr;          // under the view
    ReloadBar* changedOnDisk = nullptr; // above the view
    DocumentListPanel* listPanel = nullptr;
    MetadataPanel* metadata = nullptr;
    EntitiesPanel* entityPanel = nullptr;
    EntitiesController* entityController = nullptr;
    FindingsPanel* findingPanel = nullptr;
    FindingsController* findingController = nullptr;
    AlignmentEditor* editor = nullptr;
    QTabWidget* sideTabs = nullptr;
    QMenu* recentMenu = nullptr;
    QMenu* viewMenu = nullptr;
    QAction* swapAction = nullptr;
    QString pendingSelection; // a file the user just opened: select it when it arrives
    QString pendingFolder;    // a folder the user just opened: select its first document
    // Where the reader left each document (by list path), to come back to it there.
    struct ViewPlace
    {
        int top = 0;
        int offset = 0;
        int current = -1;
    };
    QHash<QString, ViewPlace> places;
    QString shownPath;        // the list path of the document the view shows
    int autoSelectedRow = -1; // the row the window chose itself, while the user has not
    bool autoSelecting = false;
};

} // namespace songngu
