// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Finding.h"
#include "checks/NameSpelling.h"
#include "document/Document.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "recognize/DateRecognizer.h"
#include "recognize/NumberRecognizer.h"
#include "text/LanguageDetector.h"
#include "text/TextFolder.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <tuple>

namespace songngu {

// The checks of one aligned row, English against Vietnamese (issue 4), on the entities
// EntityRecognizer found. Each reports what is wrong and stays silent on correct translations:
// - name-mismatch (error): a substitution, not an omission. A person of one side is not on
//   the other, and the other side has a person not on this one: the two are paired in reading
//   order. Silent when both are names found by rule (one foreign name transliterated), when
//   one name's words are all in the other's ("Lavrov" / "Sergei Lavrov"), and when a bare title
//   (one written without a name) stands for one of them, holding an office on the article's date
//   that the other does not ("Tổng Bí thư gặp Tổng thống Putin" for "To Lam met the Russian
//   president"), unless one is written with a title of the other's office ("Tổng Bí thư Trọng" for
//   "General Secretary Lam").
// - number-mismatch / date-mismatch: values compared as multisets, a date matching a date that
//   contains it ("tháng 5" and "May 10"), yearless days by month and day, an approximate
//   quantity any number in its range ("tens of thousands" and "hàng chục nghìn"). Values left
//   over are reported only when both sides have some, paired in reading order: a value on one
//   side only is a rephrasing ("both" for "hai"), a value changed is not. Percentages pair only
//   with percentages, ordinals with ordinals (or a count of years: "80th anniversary" / "80
//   năm"), digits with words only below 20 ("four" / "5", not "100" / "hai"), never "one" or
//   "một" in words (mostly a pronoun or an article); dates only with dates of the same precision
//   (a day, a month, a year). A date is an error; a number is an error when both are read
//   without a guess (digits in their language's convention, any scale written out), else a
//   warning, and the message says what it rests on: digits, words, an approximate quantity, a
//   scale changed or left out, a guessed reading.
// - number-format (note): the Vietnamese writes a number with the English separators, as the
//   English of the row does, where they mean something else in Vietnamese ("1,986 người" for
//   "1,986 people" reads 1.986): the suggestion is the Vietnamese form ("1.986").
// - weekday-mismatch (warning): a weekday written with a day that falls on another weekday
//   ("Friday, May 10, 2025", "thứ Sáu (10/5)"; a day without its year takes the article's), or
//   left over on one side against a day on the other (a weekday alone is placed by the article
//   date, so "thứ Năm" against "Friday" differ by date).
// - missing-diacritics (warning): a name in the Vietnamese written with a syllable unmarked
//   where the glossary (or another mention of the same name) marks it: "Luong Cuong"; or, for
//   a person or place with no marked spelling known, with a syllable no Vietnamese word writes
//   bare ("Nguyen", "Viet", "Yen") or, for a full name, a bare family name that has marks
//   ("Tran Hong Ha"), then without a suggestion.
// - name-spelling (warning): a foreign name copied almost but not exactly: a capitalised word
//   in Latin script, not a Vietnamese syllable, that the other side writes one letter apart
//   (two from 8 letters; marks aside: those are missing-diacritics'): "Harcick" for "Harvick",
//   either side. Silent when the other side also writes the word as it is, for English plurals
//   and demonyms ("Israeli" / "Israel"), for forms of one glossary entry, and for a Vietnamese
//   form ("Irắc", "Irac"). The side presumed wrong is the Vietnamese, unless the English writes
//   the Vietnamese spelling elsewhere more often than the Vietnamese writes the English one.
// - name-one-side (warning or note): a person, organisation or place that one side of a pair
//   names and the other does not write in any form (as written, hyphens joined, a demonym or
//   plural, a glossary form, one or two letters apart). Looked for only where a translation
//   keeps the name: glossary entries, foreign names in the Vietnamese, people in the English. A
//   warning when the other language of the whole document never names it; a note when it does
//   and the row names someone or something else of the same type in its place.
// - missing-translation (error): a one-sided content row in a document that has translation
//   pairs; an English-only (or Vietnamese-only) article is not an untranslated one.
// - misaligned (note): a one-sided row next to a one-sided row of the other language, in
//   place of two missing translations: the aligner may have left a loose translation unpaired.
// - untranslated (warning): the Vietnamese of a pair is English, or the English itself. The
//   row's other checks are then skipped: they would only repeat it.
// check() is const but not thread-safe (its folder and recognisers): one instance per thread.
class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(songngu::RowChecker)
public:
    explicit RowChecker(const Glossary& glossary);

    // Findings of every aligned row of `document`, English against Vietnamese, in row order.
    // With `progress`, a step per row; stops early once the work is cancelled.
    QList<Finding> check(const Document& document, const DocumentEntities& entities,
                         WorkProgress* progress = nullptr) const;

    // The weekday as `language` writes it: "Saturday", "thứ Bảy", "Chủ nhật" (1 = Monday).
    static QString weekdayName(int weekday, Language language);

private:
    // What check() gathers once per document, so that a row costs what it holds, not what the
    // document holds: Entity::mentionsIn() reads every mention of the entity.
    struct Gathered
    {
        QList<QList<std::pair<int, EntityMention>>> mentions; // per row: entity index, mention
        QList<QList<TitleLink>> titles;                       // per row
        QHash<int, QStringList> spellings; // per entity, on demand: its distinct mention texts
        QHash<QString, QString> folds;     // TextFolder::fold() of names and titles, on demand
        // The glossary's office titles: office id, language, folded form.
        QList<std::tuple<QString, Language, QString>> officeTitles;
        // On demand, for name-spelling: how often each folded word is written capitalised in
        // the document (in English, in Vietnamese), and the glossary entries whose forms have
        // each word.
        std::optional<QHash<QString, std::pair<int, int>>> wordCounts;
        std::optional<QMultiHash<QString, QString>> glossaryWords;
        // On demand, for name-one-side: the folded words of the whole English and Vietnamese.
        std::optional<std::pair<QSet<QString>, QSet<QString>>> documentWords;
    };
    // The row being checked and where its findings go.
    struct Row
    {
        const Document& document;
        const DocumentEntities& entities;
        Gathered& gathered;
        int index = 0;
        const Paragraph* english = nullptr;
        const Paragraph* vietnamese = nullptr;
        QList<Finding>& out;

        const Paragraph* side(Language language) const
        {
            return language == Language::English ? english : vietnamese;
        }
        // The mentions of entity `entity` (an index) in this row's side, in order.
        QList<EntityMention> mentionsOf(int entity, Language language) const
        {
            QList<EntityMention> found;
            for (const auto& [index, mention] : gathered.mentions.at(this->index))
                if (index == entity && mention.language == language)
                    found.append(mention);
            return found;
        }
        const QStringList& spellings(int entity) const;
    };
    // A date or number written in a row: its entity mention and what it compares by.
    struct Value
    {
        EntityMention mention;
        QString id; // the entity's: "number:80", "date:2025-05-10"
        std::optional<NumberMention> number;
        std::optional<DateMention> date;
        bool absorbed = false; // a weekday belonging to the date after it: "thứ Bảy (10/5)"
    };

    void add(const Row& row, const QString& kind, Severity severity,
             std::optional<FindingSpan> english, std::optional<FindingSpan> vietnamese,
             const QString& message, const QString& suggestion = {},
             const QString& entity = {}) const;
    static std::optional<FindingSpan> span(const Paragraph* paragraph, const EntityMention& m);
    static QString weekdayInMessage(int weekday); // translated: "Saturday" in the UI language

    const QString& folded(const Row& row, const QString& text) const; // folder.fold(), cached

    bool untranslated(const Row& row) const;
    void checkOneSided(const Row& row) const; // missing-translation, misaligned
    void checkNames(const Row& row) const;
    void checkDiacritics(const Row& row) const;
    void checkNumbers(const Row& row) const;
    void checkDates(const Row& row, const QList<Value>& english,
                    const QList<Value>& vietnamese) const;
    void checkWeekdays(const Row& row, Language language, const QList<Value>& dates) const;

    // People (RowCheckerNames.cpp).
    QList<int> peopleIn(const Row& row, Language language) const; // entity indexes, in order
    bool samePerson(const Row& row, int a, int b) const;          // entity indexes
    // Offices held on `date`, or ever when it is null.
    QSet<QString> officesHeld(const Entity& person, QDate date) const;
    QSet<QString> officesNamed(const Row& row, const QString& words, Language language) const;
    // Offices the titles written with `person` (an entity index) can name in that side.
    QSet<QString> titleOffices(const Row& row, Language language, int person) const;
    // Offices named by titles written without a person in that side of the row: "the Party chief".
    QSet<QString> bareTitles(const Row& row, Language language) const;

    // Diacritics (RowChecker.cpp).
    // The marked spelling `written` lacks; an empty one when it lacks marks no spelling known
    // gives; nullopt when nothing is missing.
    std::optional<QString> markedForm(const Row& row, int entity, QStringView written) const;

    // Spelling of foreign names (RowCheckerSpelling.cpp).
    void checkSpelling(const Row& row) const;
    // The two words are one name in forms that are no misspelling: an ending, the glossary, a
    // Vietnamese form.
    bool sameName(const Row& row, const NameSpelling::Word& english,
                  const NameSpelling::Word& vietnamese) const;
    bool glossaryForms(const Row& row, const QString& a, const QString& b) const; // folded
    // How often `language` writes the folded word capitalised in the whole document.
    int timesWritten(const Row& row, const QString& folded, Language language) const;
    void reportSpelling(const Row& row, const NameSpelling::Word& english,
                        const NameSpelling::Word& vietnamese) const;

    // Names on one side only (RowCheckerOneSide.cpp).
    void checkOneSide(const Row& row) const;
    enum class OneSide
    {
        Ignored,     // not looked for: may be translated another way
        Counterpart, // named in a message as what the other side replaced, never alone
        Reported
    };
    struct OneSideName
    {
        int entity = -1; // -1 for a foreign word no entity holds
        EntityMention mention;
        bool reported = true; // else only a counterpart
    };
    OneSide oneSideUse(const Row& row, int entity, const EntityMention& m) const;
    // `otherWords`: NameSpelling::wordSet() of the row's other side.
    QList<OneSideName> namesOnOneSide(const Row& row, Language language,
                                      const QSet<QString>& otherWords) const;
    QList<EntityMention> foreignRuns(const Row& row) const;
    // A capitalised word of the row's English the Vietnamese does not write that the
    // Vietnamese name may render another way ("Moscow" for "Matxcova"); nullopt when none.
    std::optional<NameSpelling::Word> renderedWord(const Row& row, const QString& name,
                                                   const QSet<QString>& vietnameseWords) const;
    // Whether `words` (folded) write the entity's name `written` some way (entity -1: a word).
    bool nameWritten(const Row& row, int entity, const QString& written, const QSet<QString>& words,
                     bool nearMisses) const;
    // Whether the document's `language` names the entity anywhere.
    bool documentNames(const Row& row, int entity, const EntityMention& m, Language language) const;

    // Values (RowCheckerValues.cpp).
    QList<Value> valuesIn(const Row& row, Language language, const QString& type) const;
    void checkNumberFormats(const Row& row, QList<Value>& english, QList<Value>& vietnamese) const;
    void checkSpacedNumbers(const Row& row, const QList<Value>& english,
                            const QList<Value>& vietnamese) const;
    void addNumberMismatch(const Row& row, const Value& english, const Value& vietnamese) const;
    // Whether an approximate quantity holds the other number ("hàng nghìn" and "thousands").
    static bool overlap(const NumberMention& a, const NumberMention& b);
    static bool sameDecade(const NumberMention& a, const NumberMention& b);  // "'80s", "1980s"
    static bool unitsDiffer(const NumberMention& a, const NumberMention& b); // "miles", "km"
    static bool converted(const NumberMention& a, const NumberMention& b);   // "10 miles", "16 km"
    static bool comparableNumbers(const Row& row, const Value& english, const Value& vietnamese);
    static bool versionNumber(const QString& text, int start); // "version 2.0", "LSB 3.1"
    // Whether the word after mention `m` is one of `words` (any case).
    static bool followedBy(const Paragraph* paragraph, const EntityMention& m,
                           const QStringList& words);
    static bool sameDate(const DateMention& a, const DateMention& b);
    static bool compatibleDates(const DateMention& a, const DateMention& b);

    const Glossary& glossary;
    TextFolder folder;
    LanguageDetector detector;
    DateRecognizer dates;
    NumberRecognizer numbers;
};

} // namespace songngu
