// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"
#include "document/Document.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace songngu {

// Checks that look at a whole document, or at several, rather than at one row's two languages:
//
// title-holder (warning): a title written with a person who did not hold that office on the
//   article's date, by the glossary's dated terms: "Tổng Bí thư … Nguyễn Phú Trọng" in a May 2025
//   article. The span runs from the title to the name; the suggestion is who held the office
//   then, in the paragraph's language. Silent for undated articles; for people and offices the
//   glossary does not know, people without any dated term included; when the glossary knows
//   nobody who held the office then and no term of the person's; for "former" / "late" /
//   "nguyên" / "cố" titles (also before a country: "former British Prime Minister"); for people
//   who had died by the date and left the office more than historyYears before it (history,
//   not a mix-up: "the memorial stele of Party General Secretary Lê Duẩn"); and when the paragraph
//   names a year in which the person held the office ("In 2005, Prime Minister Tony Blair …").
//   Which office a title names comes from the country written with it, else from the person's own
//   terms (EntityRecognizer).
// duplicate-segment (info): a content paragraph (pair or one-sided rows: a headline repeated as
//   the title is not content) of 5 words or more written again later on the same side, same text
//   after NFC and trimming. One finding per repeat, on the later row. And (warning) a sentence
//   of 5 words or more written twice inside one paragraph, the same after NFC, case and
//   spaces aside: a copy pasted twice. On the second (and each later) copy.
// decoding (warning): the file was read as UTF-8 despite invalid byte sequences, each shown as
//   U+FFFD (TextDecoder). One finding per document, on the first row with a replacement
//   character, its span that character; the message says how many and the first line.
// name-variant (info): one person, organisation or place written several ways within a
//   language, over all the documents given. Two mentions are spellings of the same name when they
//   fold to the same letters (case, diacritics, spaces, hyphens and apostrophes aside: "Tô Lâm" /
//   "To Lam", "Việt Nam" / "Vietnam") but differ after NFC other than by case. A possessive "'s"
//   is not part of a spelling, and a person's one-word mentions ("Lam") are left out: a given
//   name alone is a way of referring, not of spelling.
//
// The checks only read the glossary: one instance may serve several threads.
class DocumentChecks
{
    Q_DECLARE_TR_FUNCTIONS(songngu::DocumentChecks)
public:
    static constexpr int minimumDuplicateWords = 5;
    static constexpr int historyYears = 5;

    explicit DocumentChecks(const Glossary& glossary);

    // decoding, title-holder and duplicate-segment findings, in row order.
    QList<Finding> check(const Document& document, const DocumentEntities& entities) const;
    QList<Finding> titleHolders(const Document& document, const DocumentEntities& entities) const;
    static QList<Finding> duplicateSegments(const Document& document);
    static QList<Finding> repeatedSentences(const Document& document);
    static QList<Finding> decodingProblems(const Document& document);
    // name-variant findings over `documents` (null documents or entities are skipped), by
    // entity id, English before Vietnamese.
    static QList<Finding> nameVariants(const QList<std::pair<DocumentPtr, EntitiesPtr>>& documents);

    // Gives findings of one document with the same fingerprint (the same text found twice in
    // one paragraph, a paragraph repeated three times) distinct fingerprints, in order.
    static void makeFingerprintsUnique(QList<Finding>& findings);

private:
    // The finding about `person` written with the title of `office` on `link`'s side, an office
    // `holders` held on the article's date.
    Finding titleHolder(const Document& document, const TitleLink& link, const FindingSpan& span,
                        const Office& office, const GlossaryEntry& person,
                        const QStringList& holders) const;

    const Glossary& glossary;
};

} // namespace songngu
