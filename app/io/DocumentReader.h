// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "document/DocumentParser.h"
#include "io/ReadResult.h"
#include "text/SentenceSplitter.h"
#include "text/TextDecoder.h"
#include <QCoreApplication>

namespace songngu {

class Glossary;

// Reads one article file (read-only: the file is never written) into a Document.
// One instance per thread: it owns a parser.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(songngu::DocumentReader)

public:
    static constexpr qint64 maximumFileSize = 512LL * 1024 * 1024;

    ReadResult read(const QString& path) const;
    // For text that did not come from a file (tests, benchmarks, pasted text).
    ReadResult readBytes(const QByteArray& bytes, const QString& path) const;
    // An English file and its Vietnamese translation, aligned into one document, with the
    // user's saved corrections applied when there are some for these texts.
    ReadResult readPair(const QString& englishPath, const QString& vietnamesePath) const;
    // The English of one document with the Vietnamese of another (or of the same one); with a
    // glossary, the entities both name anchor the alignment.
    static ReadResult pair(const DocumentPtr& english, const DocumentPtr& vietnamese,
                           const Glossary* glossary = nullptr);
    // The glossary pairs of files are aligned with (built-in and the user's entries).
    void setGlossary(std::shared_ptr<const Glossary> entries) { glossary = std::move(entries); }
    // A TMX translation memory: one row per translation unit.
    ReadResult readTmx(const QByteArray& bytes, const QString& path) const;

private:
    // A bilingual file whose paragraphs the parser could not pair (marks missing or misplaced),
    // aligned again by the aligner when that pairs more of them.
    ReadResult realignedIfDisplaced(ReadResult result) const;

    TextDecoder decoder;
    DocumentParser parser;
    SentenceSplitter splitter;
    std::shared_ptr<const Glossary> glossary;
};

} // namespace songngu
