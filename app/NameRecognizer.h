#pragma once

#include "Document.h"
#include "Glossary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>

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

// Finds people, organisations, places, agreements and events in English and Vietnamese text.
// First the glossary's forms (either language's, longest first, whole words, folded: "TO LAM",
// "Tô Lâm" and "To Lam" are one form; a capital in the form needs a capital in the text, so "US"
// does not match "us"). Then given names ("General Secretary Lam", "Tổng Bí thư Trọng", or a
// bare "Lâm" once the person was named in the same text). Then rules for names outside the
// glossary: titles ("Minister", "Ông", …) before a capitalised run, Vietnamese family names
// ("Nguyễn Văn An"), and organisation or place keywords ("Ministry of …", "Ủy ban …",
// "… Square", "Quảng trường …"). Unknown capitalised words with no rule are not reported.
// find() is const but not thread-safe (it folds with the glossary's own TextFolder rules).
class NameRecognizer
{
public:
    explicit NameRecognizer(const Glossary& glossary);

    // Mentions in `text`, ordered by start, not overlapping.
    QList<NameMention> find(QStringView text, Language language) const;

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
    void tokenize(QStringView text, Tokens& out) const;
    void addPattern(PatternIndex& index, QStringView form, const QString& id,
                    EntityType type) const;
    // Length in tokens of the longest pattern of `index` matching at token `i`, or 0.
    const Pattern* matchAt(const PatternIndex& index, const Tokens& tokens, int i,
                           bool caseSensitive = true) const;
    // Offices (or "title" for generic titles) of the longest title ending before token `end`.
    QStringList titleEndingAt(const Tokens& tokens, int end, bool vietnamese) const;
    bool sentenceInitial(const Tokens& tokens, int i, QStringView text) const;

    const Glossary& glossary;
    TextFolder folder;
    std::array<char16_t, 0x2000> foldTable{}; // single-unit folds; see tokenize()
    PatternIndex forms;
    std::array<PatternIndex, 2> titles; // English, Vietnamese: offices' and generic ("Mr", "Ông")
    PatternIndex englishKeywords;       // Organisation or Place words: "Ministry", "Square"
    PatternIndex vietnameseKeywords; // starting a Vietnamese name: "Ủy ban", "Quảng trường"
    QHash<QString, QList<QPair<QString, QString>>> givenNames; // folded → (entry id, form)
    QSet<QString> familyNames;                                 // exact forms: "Nguyễn", "Nguyen"
    QSet<QString> stopWords;     // folded, never start a name when sentence-initial
    QSet<QString> connectors;    // folded, inside English names: "of", "the", "and", "de"
    QSet<QString> calendarWords; // folded month and day names: never part of a name
    QSet<QString> functionWords; // exact lower-case Vietnamese syllables that end a name
};

} // namespace songngu
