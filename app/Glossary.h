#pragma once

#include "TextFolder.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace songngu {

enum class EntityType
{
    Person,
    Organisation,
    Place,
    Agreement,
    Event
};

QString entityTypeCode(EntityType type); // "person", "organisation", …

// A term of office: `office` held from `from` to `to` (open-ended when `to` is null).
struct OfficeTerm
{
    QString office;
    QDate from;
    QDate to;
    bool heldOn(QDate date) const { return date >= from && (to.isNull() || date <= to); }
};

// An office and the titles that name it in each language ("Tổng Bí thư" / "General Secretary").
struct Office
{
    QString id;
    QStringList english;
    QStringList vietnamese;
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
};

// Known people, organisations, places, agreements and events with their forms in both
// languages, and dated terms of office. Forms are looked up after folding (case, diacritics,
// đ→d), so "TO LAM", "Tô Lâm" and "to lam" find the same entry. Entries loaded later replace
// entries with the same id: a user glossary overrides the built-in one.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(songngu::Glossary)
public:
    static QString builtInPath() { return QStringLiteral(":/glossary/glossary.json"); }

    bool load(const QString& path, QString* error = nullptr);
    bool loadJson(const QByteArray& json, QString* error = nullptr);

    int size() const { return int(entries.size()); }
    QStringList entryIds() const;  // sorted
    QStringList officeIds() const; // sorted
    const GlossaryEntry* entry(const QString& id) const;
    const Office* office(const QString& id) const;
    // Entries one of whose full forms (either language) folds to the same text as `form`.
    QList<const GlossaryEntry*> lookup(QStringView form) const;
    // Who held `office` on `date` (entry ids; usually one).
    QStringList holders(const QString& office, QDate date) const;

private:
    void index(const GlossaryEntry& entry);
    void unindex(const GlossaryEntry& entry);

    TextFolder folder;
    QHash<QString, GlossaryEntry> entries;
    QHash<QString, Office> offices;
    QMultiHash<QString, QString> idsByFoldedForm;
};

} // namespace songngu
