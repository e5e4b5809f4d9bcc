// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FileFormat.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace songngu {

namespace {

// Enough of a file to find its signature, its XML declaration, comments and root element.
constexpr qsizetype probeBytes = 4096;

QString suffixOf(const QString& fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

// The first characters of `bytes` as text: UTF-16 with a BOM, otherwise UTF-8 (a legacy byte
// here and there does not matter, the markup looked for is ASCII).
QString headText(QByteArrayView bytes)
{
    bytes = bytes.first(qMin(bytes.size(), probeBytes));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        return decoder.decode(bytes.sliced(2));
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromUtf8(bytes);
}

} // namespace

FileFormat::Unsupported FileFormat::bySuffix(const QString& fileName)
{
    const QString suffix = suffixOf(fileName);
    if (suffix.isEmpty())
        return Unsupported::None;
    const struct
    {
        Unsupported format;
        QStringView suffixes; // space-separated
    } table[] = {
        {Unsupported::Html, u"html htm xhtml shtml"},
        {Unsupported::Xliff, u"xliff xlf sdlxliff mqxliff"},
        {Unsupported::Word, u"docx doc docm dotx dot"},
        {Unsupported::OpenDocument, u"odt ott fodt"},
        {Unsupported::Pdf, u"pdf"},
        {Unsupported::Rtf, u"rtf"},
        {Unsupported::Zip, u"zip"},
    };
    for (const auto& entry : table)
        for (const QStringView known : entry.suffixes.tokenize(u' '))
            if (known == suffix)
                return entry.format;
    return Unsupported::None;
}

// The lower-case name of the first element, after any BOM, white space, XML declaration or
// processing instructions, comments and doctype ("html" for "<!DOCTYPE html>"); empty when
// the text does not start with markup. `declared` says whether it starts with "<?xml".
QString FileFormat::markupRoot(QByteArrayView bytes, bool* declared)
{
    const QString head = headText(bytes);
    qsizetype at = 0;
    const auto skipSpace = [&] {
        while (at < head.size() && (head.at(at).isSpace() || head.at(at) == QChar(0xFEFF)))
            ++at;
    };
    const auto startsHere = [&](QStringView text) {
        return QStringView(head).sliced(at).startsWith(text, Qt::CaseInsensitive);
    };
    const auto skipPast = [&](QStringView end) {
        const qsizetype found = head.indexOf(end, at);
        at = found < 0 ? head.size() : found + end.size();
    };
    skipSpace();
    *declared = startsHere(u"<?xml");
    while (at < head.size()) {
        if (startsHere(u"<?")) {
            skipPast(u"?>");
        } else if (startsHere(u"<!--")) {
            skipPast(u"-->");
        } else if (startsHere(u"<!doctype")) {
            at += 9;
            skipSpace();
            break; // the doctype names the root
        } else if (startsHere(u"<")) {
            ++at;
            break;
        } else {
            return {};
        }
        skipSpace();
    }
    qsizetype end = at;
    while (end < head.size() &&
           (head.at(end).isLetterOrNumber() || head.at(end) == u':' || head.at(end) == u'-' ||
            head.at(end) == u'_' || head.at(end) == u'.'))
        ++end;
    // A namespace prefix ("xhtml:html") does not change what the document is.
    return head.mid(at, end - at).section(u':', -1).toLower();
}

FileFormat::Unsupported FileFormat::byContent(QByteArrayView bytes, bool* tmx)
{
    *tmx = false;
    const QByteArrayView head = bytes.first(qMin(bytes.size(), probeBytes));
    if (head.startsWith("%PDF-"))
        return Unsupported::Pdf;
    if (head.startsWith("{\\rtf"))
        return Unsupported::Rtf;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) // OLE: Word 97–2003
        return Unsupported::Word;
    if (head.startsWith("PK\x03\x04")) {
        // The first entries of an Office or OpenDocument archive name what it is.
        if (head.contains("word/"))
            return Unsupported::Word;
        if (head.contains("application/vnd.oasis.opendocument"))
            return Unsupported::OpenDocument;
        return Unsupported::Zip;
    }
    bool declared = false;
    const QString root = markupRoot(bytes, &declared);
    if (root == u"html")
        return Unsupported::Html;
    if (root == u"xliff")
        return Unsupported::Xliff;
    if (root == u"tmx") {
        *tmx = true;
        return Unsupported::None;
    }
    return declared ? Unsupported::Xml : Unsupported::None;
}

QString FileFormat::reasonFor(Unsupported format)
{
    switch (format) {
    case Unsupported::None:
        return {};
    case Unsupported::Html:
        return tr("HTML pages are not supported yet: save the article as plain text (.txt)");
    case Unsupported::Xliff:
        return tr("XLIFF files are not supported yet: export the translation as TMX or plain "
                  "text");
    case Unsupported::Xml:
        return tr("XML files are not supported yet: save the article as plain text (.txt) or "
                  "TMX");
    case Unsupported::Word:
        return tr("Word documents are not supported yet: save the article as plain text (.txt)");
    case Unsupported::OpenDocument:
        return tr("OpenDocument text files are not supported yet: save the article as plain "
                  "text (.txt)");
    case Unsupported::Pdf:
        return tr("PDF files are not supported yet: copy the article's text into a plain text "
                  "file");
    case Unsupported::Rtf:
        return tr("RTF documents are not supported yet: save the article as plain text (.txt)");
    case Unsupported::Zip:
        return tr("ZIP archives are not read: extract the articles and open them");
    }
    return {};
}

FileFormat::Identified FileFormat::identify(const QString& fileName, QByteArrayView bytes)
{
    const QString suffix = suffixOf(fileName);
    if (suffix == u"tmx")
        return {Kind::Tmx, {}};
    // The name first: "article.html" is a web page even when it holds only text.
    Unsupported format = bySuffix(fileName);
    bool tmx = false;
    if (format == Unsupported::None)
        format = byContent(bytes, &tmx);
    if (format != Unsupported::None)
        return {Kind::Unsupported, reasonFor(format)};
    if (tmx)
        return {Kind::Tmx, {}};
    if (suffix == u"xml")
        return {Kind::Unsupported, reasonFor(Unsupported::Xml)};
    return {};
}

QString FileFormat::unsupportedByName(const QString& fileName)
{
    if (suffixOf(fileName) == u"xml")
        return reasonFor(Unsupported::Xml);
    return reasonFor(bySuffix(fileName));
}

} // namespace songngu
