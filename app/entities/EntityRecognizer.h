// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "glossary/Glossary.h"
#include "recognize/DateRecognizer.h"
#include "recognize/NameRecognizer.h"
#include "recognize/NumberRecognizer.h"
#include "support/WorkProgress.h"
#include "text/TextFolder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace songngu {

// One place an entity is written: characters [start, start + length) of the paragraph shown
// for `language` in aligned row `row` (0-based).
struct EntityMention
{
    int row = 0;
    Language language = Language::Unknown;
    int start = 0;
    int length = 0;
    QString text; // as written, e.g. "Lam", "ngày 10 tháng 5", "80th"
    friend bool operator==(const EntityMention&, const EntityMention&) = default;
};

// A person, a title, an organisation, place, agreement, event, date or number of a document,
// with its mentions in both languages.
struct Entity
{
    // Canonical identity, the same in both languages: a glossary id ("to-lam"), "name:" and
    // the folded text of a name found by rule ("name:nguyen van an"), "date:" and the ISO
    // value ("date:2025-05-10"), "number:" and the value ("number:80", "number:25%"), or
    // "title:" and a glossary office id ("title:cpv-general-secretary"; for a title naming
    // several offices and a person who held none of them, "title:" and the folded words).
    QString id;
    // "person", "organisation", "place", "agreement", "event" (entityTypeCode()), "title",
    // "date" or "number".
    QString type;
    // Display forms: a glossary entry's (or office's) first English and Vietnamese form, the first
    // mention in each language of a name found by rule, the ISO value of a date, the value
    // of a number.
    QString english;
    QString vietnamese;
    QList<EntityMention> mentions; // by row, English before Vietnamese, then by start

    int mentionCount(Language language) const;
    QList<EntityMention> mentionsIn(int row, Language language) const;
};

// A title written with a person: "General Secretary" before "To Lam" in the English of row 2.
struct TitleLink
{
    int row = 0;
    Language language = Language::Unknown;
    int title = -1;  // index into DocumentEntities::entities, a "title" entity
    int person = -1; // index of the person it goes with
    friend bool operator==(const TitleLink&, const TitleLink&) = default;
};

struct DocumentEntities
{
    QList<Entity> entities;  // in order of first mention
    QList<TitleLink> titles; // in reading order
    QList<QList<int>> rows;  // per aligned row: indexes into `entities`, in order of first mention

    // Indexes into `entities` of the entities mentioned in `row`; empty for rows out of range.
    QList<int> entitiesInRow(int row) const { return rows.value(row); }
    const Entity* entity(const QString& id) const;
    int indexOf(const QString& id) const { return byId.value(id, -1); }

    QHash<QString, int> byId;
};

using EntitiesPtr = std::shared_ptr<const DocumentEntities>;

// Finds the names, dates and numbers of every paragraph of a document and links the English
// and Vietnamese mentions of the same thing into one entity: glossary names by their entry
// (given names alone too: "Lam" is to-lam once an earlier row named To Lam, in either
// language), names found by rule when they fold to the same letters ("Nguyen Van An" and
// "Nguyễn Văn An"), dates by ISO value (the document's date resolves "May 10" and "ngày 10
// tháng 5"; in an undated document both are the yearless "--05-10"), numbers by value ("80th"
// and "80 năm"). Mentions do not overlap: a date inside a name ("… Luật Biển năm 1982") is part
// of the name, a number inside a date part of the date; four-digit years are left to the dates.
// recognize() is const but not thread-safe (NameRecognizer folds with shared rules): use one
// instance per thread.
class EntityRecognizer
{
public:
    explicit EntityRecognizer(const Glossary& glossary);

    // With `progress`, counts a step per row and stops early (an incomplete result, to be
    // dropped) once the work is cancelled.
    DocumentEntities recognize(const Document& document, WorkProgress* progress = nullptr) const;

    static QString dateId(const DateMention& date);
    static QString numberId(const NumberMention& number);
    static QString
    numberValue(const NumberMention& number); // "80", "3200000", "25%", "~2000-10000"

private:
    const Glossary& glossary;
    NameRecognizer names;
    DateRecognizer dates;
    NumberRecognizer numbers;
    TextFolder folder;
};

} // namespace songngu
