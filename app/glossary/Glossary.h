// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextFolder.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace songngu {

enum class EntityType
{
    Person,
    Organisation,
    Place,
    Agreement,
    Event
};

QString entityTypeCode(EntityType type);                        // "person", "organisation", …
std::optional<EntityType> entityTypeFromCode(QStringView code); // entityTypeCode()'s inverse

// A term of office: `office` held from `from` to `to` (open-ended when `to` is null).
struct OfficeTerm
{
    QString office;
    QDate from;
    QDate to;
    bool heldOn(QDate date) const { return date >= from && (to.isNull() || date <= to); }
    bool operator==(const OfficeTerm&) const = default;
};

// An office and the titles that name it in each language ("Tổng Bí thư" / "General Secretary").
struct Office
{
    QString id;
    QStringList english;
    QStringList vietnamese;
    QString country; // glossary id of the country whose office it is; empty for the UN's
    bool operator==(const Office&) const = default;
};

struct GlossaryEntry
{
    QString id; // canonical identity, stable across languages: "to-lam"
    EntityType type = EntityType::Person;
    QStringList english;    // forms an English text uses ("To Lam", "Tô Lâm")
    QStringList vietnamese; // forms a Vietnamese text uses ("Tô Lâm")
    QStringList givenNames; // how Vietnamese people are referred to alone ("Lam", "Lâm")
    bool vietnameseName = false;
    QList<OfficeTerm> offices;
    QDate died; // a person's titles after it are history: "President Ho Chi Minh"
    // A country's: nationality adjectives and demonyms ("Russian" / "người Nga") and capital.
    QStringList englishAdjectives;
    QStringList vietnameseAdjectives;
    QString capital;
    // A place that existed for a while (a province before a merger), and what it became.
    QDate from;
    QDate to;
    QStringList mergedInto;
    bool operator==(const GlossaryEntry&) const = default;
};

// Known people, organisations, places, agreements and events with their forms in both
// languages, and dated terms of office. Forms are looked up after folding (case, diacritics,
// đ→d), so "TO LAM", "Tô Lâm" and "to lam" find the same entry. Entries loaded later replace
// entries with the same id: a user glossary overrides the built-in one.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(songngu::Glossary)
public:
    // The built-in data files, loaded in this order (resources/glossary/).
    static QStringList builtInPaths();
    // Loads every built-in file; false only when the executable was built without them.
    bool loadBuiltIn(QString* error = nullptr);
    // A stable id from the first form (English, else Vietnamese): folded, runs of anything but
    // letters and digits → '-'. "Nguyễn Văn An" → "nguyen-van-an". Empty when there is no form.
    static QString makeId(const GlossaryEntry& entry);
    static QString makeId(QStringView form);

    bool load(const QString& path, QString* error = nullptr);
    bool loadJson(const QByteArray& json, QString* error = nullptr);
    // The `songngu-glossary` JSON that loadJson() reads back to the same entries and offices.
    static QByteArray toJson(const QList<GlossaryEntry>& entries,
                             const QList<Office>& offices = {});

    // Adds `entry`, replacing (not merging with) an entry with the same id.
    void add(const GlossaryEntry& entry);
    void addOffice(const Office& office); // replaces an office with the same id

    int size() const { return int(entriesById.size()); }
    QList<GlossaryEntry> entries() const; // sorted by id
    QList<Office> offices() const;        // sorted by id
    QStringList entryIds() const;         // sorted
    QStringList officeIds() const;        // sorted
    const GlossaryEntry* entry(const QString& id) const;
    const Office* office(const QString& id) const;
    // Entries one of whose full forms (either language) folds to the same text as `form`.
    QList<const GlossaryEntry*> lookup(QStringView form) const;
    // Who held `office` on `date` (entry ids; usually one).
    QStringList holders(const QString& office, QDate date) const;
    // The country entry (a place with adjectives or offices) whose name or adjective `form`
    // is, folded: "British", "Anh", "UK" → "united-kingdom". Empty when none or several.
    QString countryOf(QStringView form) const;
    // The offices of `country` ("gb-prime-minister", …).
    QStringList officesOf(const QString& country) const;
    // A person's terms of office, one line each, latest first: "President (Russia): 2012-05-07 –".
    QStringList describeTerms(const GlossaryEntry& person) const;
    // Forms the data marks as also ordinary words ("Anh", "Chad"), folded: matched with care.
    bool isAmbiguousForm(QStringView form) const;

private:
    // One file's content, read but not yet added: parse() touches no member, so files can be
    // parsed on several threads and added in order.
    struct Parsed
    {
        QList<Office> offices;
        QList<GlossaryEntry> entries;
        QStringList ambiguousForms;
    };
    static std::optional<Parsed> parse(const QByteArray& json, QString* error);
    static std::optional<Parsed> parseFile(const QString& path, QString* error);
    void addParsed(const Parsed& parsed);
    static std::optional<GlossaryEntry> readEntry(const QJsonObject& object, QString* error);
    bool isCountry(const GlossaryEntry& entry) const;
    void index(const GlossaryEntry& entry);
    void unindex(const GlossaryEntry& entry);

    TextFolder folder;
    QHash<QString, GlossaryEntry> entriesById;
    QHash<QString, Office> officesById;
    QMultiHash<QString, QString> idsByFoldedForm;
    QHash<QString, QString> countryByFoldedAdjective;
    QMultiHash<QString, QString> holdersByOffice;  // office id → entry ids
    QMultiHash<QString, QString> officesByCountry; // country id → office ids
    QSet<QString> ambiguousForms;                  // folded
};

} // namespace songngu
