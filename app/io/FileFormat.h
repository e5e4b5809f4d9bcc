// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace songngu {

// What a file holds, told by its name and its first bytes before it is read as text, so that
// an HTML page, an XLIFF file or a Word document is refused with a reason instead of being
// shown as an article of markup. Formats this reader does not read yet are recognised by their
// extension (.html, .xliff, .docx, .pdf, …) and by their content whatever the name: a leading
// "<!DOCTYPE html>" or "<html", an XML declaration followed by an html, xliff or other root
// element, or a ZIP, PDF, OLE or RTF signature.
class FileFormat
{
    Q_DECLARE_TR_FUNCTIONS(songngu::FileFormat)
public:
    enum class Kind
    {
        Text,       // an article: decode and parse it
        Tmx,        // a TMX translation memory
        Unsupported // `reason` says what it is and what to do instead
    };
    struct Identified
    {
        Kind kind = Kind::Text;
        QString reason;
    };

    // By name and content; `bytes` may be the first few kilobytes of the file.
    static Identified identify(const QString& fileName, QByteArrayView bytes);
    // By name alone (folder scans): why a file with this name cannot be read yet, or empty.
    static QString unsupportedByName(const QString& fileName);

private:
    enum class Unsupported
    {
        None,
        Html,
        Xliff,
        Xml,
        Word,
        OpenDocument,
        Pdf,
        Rtf,
        Zip
    };
    static Unsupported bySuffix(const QString& fileName);
    static Unsupported byContent(QByteArrayView bytes, bool* tmx);
    static QString markupRoot(QByteArrayView bytes, bool* declared);
    static QString reasonFor(Unsupported format);
};

} // namespace songngu
