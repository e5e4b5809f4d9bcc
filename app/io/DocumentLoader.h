// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/FileScanner.h"
#include "io/ReadContext.h"
#include "io/ReadResult.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace songngu {

// Reads files and folders on a worker thread and reports documents in batches, so that a
// folder of thousands of articles never blocks the window. Requests are served in order.
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    // `dataFolder`, the user's data folder, holds the glossary whose names anchor pairs of files
    // (over the built-in one) and the alignment corrections restored on them; empty: the
    // built-in glossary and the aligner's rows, nothing of the user's looked at.
    explicit DocumentLoader(QString dataFolder = {}, QObject* parent = nullptr);
    ~DocumentLoader() override;

    void load(const QStringList& paths);
    void cancel();
    bool isBusy() const { return worker != nullptr; }

Q_SIGNALS:
    void started();
    void progress(int done, int total); // total -1 while the files are still being counted
    void documentsRead(const QList<songngu::ReadResult>& batch);
    void filesSkipped(const QList<songngu::FileProblem>& skipped);
    void finished();

private:
    void startNext();
    void run(const QStringList& paths); // on the worker thread

    ReadContext readContext() const; // on the worker thread

    QString dataFolder;
    QList<QStringList> queue;
    QThread* worker = nullptr;
    std::shared_ptr<std::atomic_bool> cancelled;
};

} // namespace songngu
