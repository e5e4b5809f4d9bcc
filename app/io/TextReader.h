// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/DocumentParser.h"
#include "io/FormatReader.h"
#include "text/TextDecoder.h"

#include <QCoreApplication>

#include <memory>

namespace songngu {

// Article text: dateline, plain or interleaved (DocumentParser), in any encoding TextDecoder
// reads. The reader of whatever text no other reader claims and no refused format matches. A
// bilingual file whose paragraphs the parser could not pair (marks missing or misplaced) is
// aligned again by the aligner when that pairs more of them.
class TextReader : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(songngu::TextReader)
public:
    TextReader();
    ~TextReader() override;

    QString id() const override { return QStringLiteral("text"); }
    QString displayName() const override;
    QStringList extensions() const override;
    bool nameDecides() const override { return false; }
    Sniff sniff(const FileHead& head) const override;
    QList<DocumentFormatName> documentFormats() const override;
    ReadResult read(const QByteArray& bytes, const QString& path,
                    const ReadContext& context) const override;

private:
    ReadResult realignedIfDisplaced(ReadResult result, const ReadContext& context) const;

    TextDecoder decoder;
    // Made on first read: describing the format needs no ICU iterators.
    mutable std::unique_ptr<DocumentParser> parser;
};

} // namespace songngu
