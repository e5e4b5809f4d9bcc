// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/Glossary.h"
#include "text/Language.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace songngu {

// A name found in a paragraph: characters [start, start + length) of the original text.
struct NameMention
{
    int start = 0;
    int length = 0;
    EntityType type = EntityType::Person;
    QString entryId;   // glossary id, empty for names found by rules
    QString canonical; // glossary id, or the folded text ("nguyen van an") of a rule-found name
    bool givenNameOnly = false; // a person referred to by the given name alone ("Lâm")
    friend bool operator==(const NameMention&, const NameMention&) = default;
};

// An office title written just before a person's name: "General Secretary" in "General
// Secretary To Lam", "Tổng Bí thư" in "Tổng Bí thư Trọng".
struct TitleMention
{
    int start = 0;
    int length = 0;
    QStringList offices; // glossary office ids the words can name ("President": two); sorted
};

// What find() learns from one paragraph that later paragraphs of the same document use: who was
// named, so that a bare "Lâm" further on is Tô Lâm, and the acronyms defined in brackets
// ("Communist Party of Cuba (PCC)"), so that a later "PCC" is the same organisation. One per
// document, passed to find() for each paragraph in reading order, both languages alike.
struct NameContext
{
    QSet<QString> named;                  // glossary ids of the people mentioned so far
    QHash<QString, NameMention> acronyms; // acronym as written → the organisation's mention
    // Folded last word of a person named in full by rule → that name's canonical form, so that
    // a later "Kelly" is Ruth Kelly; empty when two such people share it.
    QHash<QString, QString> surnames;
};

// Finds people, organisations, places, agreements and events in English and Vietnamese text.
// First the glossary's forms (either language's, longest first, whole words, folded: "TO LAM",
// "Tô Lâm" and "To Lam" are one form; a capital in the form needs a capital in the text, so "US"
// does not match "us"; "Vietnam" and "Viet Nam" are one spelling). Then given names ("General
// Secretary Lam", "Tổng Bí thư Trọng", or a bare "Lâm" once the person was named in the text or,
// with a NameContext, earlier in the document). Then names outside the glossary: a glossary name
// and a keyword after it ("Russian Federation Council", "… Statue"); titles ("Minister", "Ông",
// "President of Cuba …") before a capitalised run; Vietnamese family names ("Nguyễn Văn An");
// organisation or place keywords ("Ministry of …", "Ủy ban …", "… Square", "tỉnh …", "…
// province"); acronyms in brackets after an organisation; "Việt" in "Việt-Nga". Unknown
// capitalised words with no rule are not reported. find() is const but not thread-safe (its
// TextFolder and fold table are its own): use one instance per thread.
class NameRecognizer
{
public:
    explicit NameRecognizer(const Glossary& glossary);

    // Mentions in `text`, ordered by start, not overlapping. `context`, when given, supplies
    // what earlier paragraphs named and receives what this one names.
    QList<NameMention> find(QStringView text, Language language,
                            NameContext* context = nullptr) const;

    // The office title ending right before character `nameStart` of `text`, if any. Generic
    // titles ("Mr", "Ông", "Minister") name no office and are not reported.
    std::optional<TitleMention> titleBefore(QStringView text, Language language,
                                            int nameStart) const;

    struct Token
    {
        int start = 0; // original text
        int end = 0;
        int foldedStart = 0; // in the folded buffer
        int foldedLength = 0;
        bool word = false;  // letters, digits and marks; otherwise one punctuation character
        bool upper = false; // starts with a capital
        bool allCaps = false;
    };
    struct Tokens
    {
        QList<Token> list;
        QString folded;
        QStringView foldedAt(int i) const
        {
            const Token& t = list.at(i);
            return QStringView(folded).mid(t.foldedStart, t.foldedLength);
        }
        QStringView originalAt(QStringView text, int i) const
        {
            return text.mid(list.at(i).start, list.at(i).end - list.at(i).start);
        }
    };
    // A multi-token pattern (glossary form, title, keyword) as folded tokens and case needs.
    struct Pattern
    {
        QStringList tokens;
        QList<char> caseNeeds; // 'A' all caps, 'U' capital, ' ' none
        QString id;            // entry, office or keyword class
        EntityType type = EntityType::Person;
    };
    using PatternIndex = QHash<QString, QList<Pattern>>; // by first folded token, longest first

private:
    // One find() call's state, shared by its passes.
    struct Scan
    {
        QStringView text;
        Tokens tokens;
        QList<bool> claimed; // per token: part of a mention
        QList<NameMention> out;
        bool vietnamese = false;
        NameContext* context = nullptr;

        int size() const { return int(tokens.list.size()); }
        const Token& at(int k) const { return tokens.list.at(k); }
        QStringView folded(int k) const { return tokens.foldedAt(k); }
        QStringView original(int k) const { return tokens.originalAt(text, k); }
        bool capital(int k) const { return k >= 0 && k < size() && at(k).word && at(k).upper; }
        bool free(int k) const { return capital(k) && !claimed.at(k); }
        bool lower(int k, QStringView word) const // a lower-case word, folded: "of", "the"
        {
            return k >= 0 && k < size() && at(k).word && !at(k).upper && folded(k) == word;
        }
        bool mark(int k, QStringView punctuation) const
        {
            return k >= 0 && k < size() && !at(k).word && folded(k) == punctuation;
        }
        // Adds a mention of tokens [from, to) and claims them.
        NameMention& add(int from, int to, EntityType type, const QString& id, bool given);
        int mentionStartingAt(int token) const; // index into `out`, or -1
        int tokenFrom(int offset) const;        // the first token starting at or after `offset`
    };

    void tokenize(QStringView text, Tokens& out) const;
    void addPattern(PatternIndex& index, QStringView form, const QString& id,
                    EntityType type) const;
    // Length in tokens of the longest pattern of `index` matching at token `i`, or 0.
    const Pattern* matchAt(const PatternIndex& index, const Tokens& tokens, int i,
                           bool caseSensitive = true) const;
    // Offices (or "title" for generic titles) of the longest title ending before token `end`;
    // `titleStart` receives its first token.
    QStringList titleEndingAt(const Tokens& tokens, int end, bool vietnamese,
                              int* titleStart = nullptr) const;
    bool sentenceInitial(const Tokens& tokens, int i, QStringView text) const;

    // The passes of find(), in order. The rules are in NameRecognizerRules.cpp.
    void findForms(Scan& scan) const;
    // Whether a form that is also a word or a given name ("Nga", "Anh", "Jordan"), found at
    // tokens [from, to), is part of a person's name rather than the place.
    bool insideOtherName(const Scan& scan, const Pattern& pattern, int from, int to) const;
    void findGivenNames(Scan& scan) const;
    void extendNames(Scan& scan) const;    // a glossary name and a keyword: "Moscow … University"
    void findShortForms(Scan& scan) const; // "Việt" in "Việt-Nga"
    void findGivenNameRuns(Scan& scan) const; // "Ruth Kelly": a known given name first
    void findChineseNames(Scan& scan) const;  // "Deng Xiaohong": family name and pinyin
    bool isPinyinGivenName(QStringView folded) const;
    void findByRules(Scan& scan) const;
    std::optional<EntityType> typeByShape(const Scan& scan, int& start, int end, bool person,
                                          bool initial) const;
    void findKnownAcronyms(Scan& scan) const; // "PCC" once "(PCC)" was defined
    void findKnownSurnames(Scan& scan) const; // "Kelly" once "Ruth Kelly" was named
    void findCities(Scan& scan) const;        // "Samsun": a capitalised run that is a city
    void addRuleWords(); // the word lists of the rules, from resources/language/
    QSet<QString> foldedSet(QStringView file) const;
    static const QSet<QString>& sharedGivenNames();
    // Helpers of the rules.
    bool isFamily(const Scan& scan, int k) const;
    // Whether the sentence-initial word at `i` is a common word opening the sentence, no name.
    bool commonOpening(const Scan& scan, int i) const;
    // Whether the syllable at `i` and the next make a common word ("Chính phủ", "Chính trị"),
    // not a given name: vi/given-name-words.txt.
    bool startsWord(const Scan& scan, int i) const;
    bool acronymAfter(Scan& scan, int mention, int next) const; // "(PCC)" after an organisation
    bool titleOfBefore(const Scan& scan, int start) const;      // "President of Cuba" before
    bool genericOnly(const Scan& scan, int from, int to) const; // "Vietnamese Party"
    int englishRunEnd(Scan& scan, int start) const;
    // End of a person's name starting with a known given name ("Ruth Kelly"), or -1.
    int givenNameRunEnd(const Scan& scan, int start) const;
    // Tokens of one word of a name at `k`: 1, 3 for "O'Brien", 0 when `k` is no free capital.
    int nameWordLength(const Scan& scan, int k) const;
    // The token after a quoted nickname starting at `k` ("\"Fancy Pants\""), or `k`.
    int nicknameEnd(const Scan& scan, int k) const;
    int vietnameseRunEnd(Scan& scan, int start, int end) const;

    const Glossary& glossary;
    TextFolder folder;
    PatternIndex forms;
    std::array<PatternIndex, 2> titles; // English, Vietnamese: offices' and generic ("Mr", "Ông")
    QSet<QString> titleLastWords;       // folded last words of the titles: "secretary", "thu"
    PatternIndex englishKeywords;       // Organisation or Place words: "Ministry", "Square"
    PatternIndex vietnameseKeywords; // starting a Vietnamese name: "Ủy ban", "Quảng trường"
    QHash<QString, QList<QPair<QString, QString>>> givenNames;   // folded → (entry id, form)
    QHash<QString, QList<QPair<QString, QString>>> givenNamesVi; // without "Lam" when "Lâm" is
    QSet<QString> familyNames; // exact forms, marked and unmarked: "Nguyễn", "Nguyen"
    // exact: "Ruth", "Mahmoud" (en/given-names.txt, 13,580 names): one set per process, shared.
    const QSet<QString>& worldGivenNames;
    QSet<QString> nameSuffixes;            // exact: "Jr", "II" (en/name-suffixes.txt)
    QSet<QString> chineseFamilyNames;      // exact: "Deng", "Wang" (zh/family-names.txt)
    QSet<QString> pinyinSyllables;         // "xiao", "hong" (zh/pinyin-syllables.txt)
    QSet<QString> foldedSuffixes;          // the same, folded: "jr", "ii"
    QSet<QString> vietnameseKeywordStarts; // exact first words of the vi keywords: "Cục", "Sở"
    QSet<QString> familyNamesVi;     // as Vietnamese writes them: "Lâm", not "Lam" (Lam Sơn)
    QSet<QString> stopWords;         // folded, never start a name when sentence-initial
    QSet<QString> connectors;        // folded, inside English names: "of", "the", "and", "de"
    QSet<QString> givenNameWords;    // folded words a given name starts: "chinh phu" (government)
    QSet<QString> abbreviations;     // folded, their "." ends no sentence: "mr", "tp"
    QSet<QString> functionWords;     // exact lower-case Vietnamese syllables that end a name
    QSet<QString> demonyms;          // folded: "vietnamese", "russian": not a name with a keyword
    QSet<QString> englishPlaceNouns; // folded, lower case after a place: "province", "oblast"
    QSet<QString> vietnamesePlaceNouns; // exact, lower case before a place: "tỉnh", "thành phố"
    QHash<QString, QString> shortForms; // exact Vietnamese short form → place id: "Việt"
};

} // namespace songngu
