// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/AdjacentPairing.h"
#include "document/ArticleConventions.h"
#include "document/Document.h"
#include "text/LanguageDetector.h"
#include "text/SentenceSplitter.h"

namespace songngu {

// Turns decoded article text into a Document: recognises the format (dateline, plain,
// interleaved), its metadata, the paragraphs with their language and sentences, and the
// table of aligned rows. Holds ICU iterators and compiled patterns: create one per thread and
// reuse it for many documents.
class DocumentParser
{
public:
    Document parse(QStringView text) const;

private:
    struct RawParagraph
    {
        QString text;
        int line = 0;
        bool marked = false; // began with "•": a Vietnamese paragraph in interleaved files
    };
    static QList<RawParagraph> splitParagraphs(QStringView text);
    ParagraphRole classify(const QString& paragraph, int index, const QString& headline,
                           QDate* date) const;
    static QString titleFrom(const Document& document, const QList<ParagraphRole>& roles);

    ArticleConventions conventions;
    LanguageDetector detector;
    SentenceSplitter splitter;
};

} // namespace songngu
