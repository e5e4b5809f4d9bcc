// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace songngu {

// What a file's name and first bytes say about it, worked out once for every reader and refusal
// to ask: its extension, its signature bytes, and for markup the first element ("html", "tmx",
// "xliff"), found after any BOM, white space, XML declaration, processing instructions, comments
// and doctype. Holds a view of the bytes: it lives no longer than they do.
class FileHead
{
public:
    // Enough of a file to find its signature, its XML declaration, comments and root element.
    static constexpr qsizetype probeBytes = 4096;

    FileHead(const QString& fileName, QByteArrayView bytes);

    QString suffix() const { return extension; }  // lower-case, without its dot; may be empty
    QByteArrayView bytes() const { return head; } // the first probeBytes at most
    bool startsWith(QByteArrayView signature) const { return head.startsWith(signature); }
    bool contains(QByteArrayView text) const { return head.contains(text); }
    // The lower-case name of the first element, without a namespace prefix; empty when the text
    // does not start with markup.
    QString markupRoot() const { return root; }
    bool declaresXml() const { return declared; } // starts with "<?xml"

private:
    static QString headText(QByteArrayView bytes);
    void findRoot(const QString& text);

    QString extension;
    QByteArrayView head;
    QString root;
    bool declared = false;
};

} // namespace songngu
