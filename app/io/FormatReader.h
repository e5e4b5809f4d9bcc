// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "io/FileHead.h"
#include "io/ReadContext.h"
#include "io/ReadResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace songngu {

// A kind of document (DocumentMetadata::format) by the names it goes by.
struct DocumentFormatName
{
    DocumentFormat format;
    QString code;        // what `songngu inspect` and the reports print: "dateline"
    QString displayName; // what the window shows, translated: "Dateline"
};

// One file format Song Ngữ reads, like an Okular generator: what the format is called, the file
// names it goes by, how its content is told from others, and the reading itself. Readers are
// listed in FormatRegistry, which picks one per file. Describing a format is cheap and
// thread-safe; read() may keep costly tools (a parser) it makes on first use, so a reader reads
// on one thread at a time.
class FormatReader
{
public:
    // What a file's content says to this reader.
    enum class Sniff
    {
        No,      // not this format
        Yes,     // this format, whatever the name
        AnyText, // read as this format when no reader says Yes and no refused format matches
    };

    virtual ~FormatReader() = default;

    virtual QString id() const = 0;          // short and stable: "text", "tmx"
    virtual QString displayName() const = 0; // for the Open dialog's filters, translated
    // Lower-case file name extensions without their dot. A name with one of them is this
    // format's (a folder scan reads it) and the Open dialog's filter lists them; whether the
    // name alone decides is nameDecides().
    virtual QStringList extensions() const = 0;
    // True when a name with one of extensions() is read by this reader whatever the content
    // says; false when the content may still show it is something else (a .txt web page).
    virtual bool nameDecides() const = 0;
    virtual Sniff sniff(const FileHead& head) const = 0;
    // The kinds of document read() gives.
    virtual QList<DocumentFormatName> documentFormats() const = 0;
    // `path` names the document (its title when it has none, where findings point); the file
    // is never opened here.
    virtual ReadResult read(const QByteArray& bytes, const QString& path,
                            const ReadContext& context) const = 0;
};

} // namespace songngu
