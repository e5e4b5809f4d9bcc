// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FileHead.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace songngu {

FileHead::FileHead(const QString& fileName, QByteArrayView bytes)
    : extension(QFileInfo(fileName).suffix().toLower()),
      head(bytes.first(qMin(bytes.size(), probeBytes)))
{
    findRoot(headText(head));
}

// The first characters as text: UTF-16 with a BOM, otherwise UTF-8 (a legacy byte here and there
// does not matter, the markup looked for is ASCII).
QString FileHead::headText(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        return decoder.decode(bytes.sliced(2));
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromUtf8(bytes);
}

void FileHead::findRoot(const QString& text)
{
    qsizetype at = 0;
    const auto skipSpace = [&] {
        while (at < text.size() && (text.at(at).isSpace() || text.at(at) == QChar(0xFEFF)))
            ++at;
    };
    const auto startsHere = [&](QStringView start) {
        return QStringView(text).sliced(at).startsWith(start, Qt::CaseInsensitive);
    };
    const auto skipPast = [&](QStringView end) {
        const qsizetype found = text.indexOf(end, at);
        at = found < 0 ? text.size() : found + end.size();
    };
    skipSpace();
    declared = startsHere(u"<?xml");
    while (at < text.size()) {
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
            return; // text, not markup
        }
        skipSpace();
    }
    qsizetype end = at;
    while (end < text.size() &&
           (text.at(end).isLetterOrNumber() || text.at(end) == u':' || text.at(end) == u'-' ||
            text.at(end) == u'_' || text.at(end) == u'.'))
        ++end;
    // A namespace prefix ("xhtml:html") does not change what the document is.
    root = text.mid(at, end - at).section(u':', -1).toLower();
}

} // namespace songngu
