// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace songngu {

// One occurrence of a search query: characters [start, start + length) of the paragraph shown
// for `language` in `row`, in the paragraph's own text (not the folded one).
struct TextMatch
{
    int row = -1;
    Language language = Language::Unknown;
    int start = 0;
    int length = 0;
    // Reading order: by row, then English before Vietnamese, then by position.
    friend auto operator<=>(const TextMatch&, const TextMatch&) = default;
};

// Finds a query in the paragraphs of a document, ignoring case and Vietnamese diacritics the
// way TextFolder does ("to lam" finds "Tô Lâm", "dang" finds "Đảng"). The folded text of the
// document is built on the first search and kept until the document changes, so typing a query
// character by character stays cheap. Folding works per character (a base character with its
// combining marks) and remembers where each folded character came from, so matches are
// reported in the original text even where folding changes lengths. Not thread-safe.
class TextSearch
{
public:
    TextSearch();
    ~TextSearch();
    TextSearch(const TextSearch&) = delete;
    TextSearch& operator=(const TextSearch&) = delete;

    // Forgets the folded text of the previous document.
    void setDocument(DocumentPtr document);
    const DocumentPtr& document() const { return doc; }

    // Every non-overlapping occurrence of `query` in reading order. A query that folds to
    // nothing (empty, or only combining marks) matches nothing.
    QList<TextMatch> findAll(QStringView query);

    // `text` folded the way searches compare it: TextFolder::fold() applied per character.
    QString fold(QStringView text);

private:
    class Folder;
    struct FoldedParagraph
    {
        QString text;
        // Per folded character, the original index of the character it came from, plus the
        // original length at the end; empty while folding kept every index where it was.
        QList<int> origins;
    };

    void buildIndex();
    void collect(int row, Language language, QStringView query, QList<TextMatch>& out) const;

    DocumentPtr doc;
    std::unique_ptr<Folder> folder;
    std::vector<FoldedParagraph> folded; // per paragraph of `doc`, once built
    bool indexed = false;
};

} // namespace songngu
