// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "io/FileHead.h"
#include "io/FormatReader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace songngu {

// THE table of file formats: the readers Song Ngữ has (FormatReader) and the formats it refuses
// with a reason. Picking a file's reader, the folder scan's extensions, the Open dialog's
// filters, the command line's inputs and the format names `inspect`, the reports and the window
// show all come from it; standard() is the table itself.
//
// Adding a format is one new FormatReader class and one add() line in standard(), nothing else
// (drop its refuse() line if it was refused until then; a reader whose documents are a new kind
// also names that kind in DocumentFormat).
//
// Cheap to make (readers build their tools on first read); a registry reads on one thread at a
// time, so each reading thread has its own.
class FormatRegistry
{
    Q_DECLARE_TR_FUNCTIONS(songngu::FormatRegistry)
public:
    // A format not read yet, refused with a reason instead of being shown as an article of markup.
    struct Refusal
    {
        QString id;                                 // "html"
        QStringList extensions;                     // lower-case, without their dot
        bool (*content)(const FileHead&) = nullptr; // told by its first bytes; null: by name only
        const char* reason = nullptr; // QT_TR_NOOP in this class's context, says what to do instead
        // Looked at after the readers' content: a general format a reader's may be one of (a TMX
        // file is XML too), and its extension does not decide before the content is seen.
        bool afterReaders = false;
    };
    // What a file is: the reader for it, or the refused format and why.
    struct Identified
    {
        const FormatReader* reader = nullptr;
        QString refused; // the refused format's id
        QString reason;  // translated
    };

    // The formats Song Ngữ knows: the table.
    static FormatRegistry standard();

    FormatRegistry();
    FormatRegistry(FormatRegistry&&) noexcept;
    FormatRegistry& operator=(FormatRegistry&&) noexcept;
    ~FormatRegistry();

    void add(std::unique_ptr<FormatReader> reader);
    void refuse(const Refusal& refusal);

    // What these give points into the table: never ask a temporary one (deleted below).
    QList<const FormatReader*> readers() const&; // in table order
    QList<const FormatReader*> readers() const&& = delete;
    const FormatReader* reader(QStringView id) const&;
    const FormatReader* reader(QStringView id) const&& = delete;
    const QList<Refusal>& refusals() const& { return refused; }
    const QList<Refusal>& refusals() const&& = delete;
    QString reasonFor(const Refusal& refusal) const;

    // By name and content; `bytes` may be the first few kilobytes of the file. In this order:
    // a reader whose name decides (.tmx), a refused format by name (.html), then by content (a
    // PDF signature, an <html> root), a reader by content (a <tmx> root), a refused format
    // looked at after the readers (XML), and last the reader of any text.
    Identified identify(const QString& fileName, QByteArrayView bytes) const&;
    Identified identify(const QString& fileName, QByteArrayView bytes) const&& = delete;
    // By name alone, for folder scans: whether a file with this name is read (a reader's
    // extension, or none at all: its content decides), and why a refused one is not.
    bool readsName(const QString& fileName) const;
    QString reasonByName(const QString& fileName) const;

    QStringList extensions() const; // every reader's, in table order
    // The Open dialog's filters: every readable file, each reader's, then all files.
    QStringList nameFilters() const;

    // The kinds of document the readers (and the aligner) give, and their names.
    QList<DocumentFormatName> documentFormats() const;
    QString formatCode(DocumentFormat format) const;        // "dateline"
    QString formatDisplayName(DocumentFormat format) const; // "Dateline", translated

private:
    const Refusal* refusalByName(const QString& suffix, bool afterReaders) const;

    std::vector<std::unique_ptr<FormatReader>> formats;
    QList<Refusal> refused;
};

} // namespace songngu
