// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/DocumentReader.h"
#include "io/FileScanner.h"

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
    explicit DocumentLoader(QObject* parent = nullptr);
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

    QList<QStringList> queue;
    QThread* worker = nullptr;
    std::shared_ptr<std::atomic_bool> cancelled;
};

} // namespace songngu
