// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary/Glossary.h"
#include "support/JsonFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace songngu {

namespace {

void insertDate(QJsonObject& object, const QString& key, QDate date)
{
    if (date.isValid())
        object.insert(key, date.toString(Qt::ISODate));
}

// The optional keys of a country, a place of a period and a person's death, only when set.
void insertPlaceKeys(QJsonObject& object, const GlossaryEntry& entry)
{
    if (!entry.englishAdjectives.isEmpty() || !entry.vietnameseAdjectives.isEmpty())
        object.insert(
            QStringLiteral("adjectives"),
            QJsonObject{
                {QStringLiteral("en"), QJsonArray::fromStringList(entry.englishAdjectives)},
                {QStringLiteral("vi"), QJsonArray::fromStringList(entry.vietnameseAdjectives)}});
    if (!entry.capital.isEmpty())
        object.insert(QStringLiteral("capital"), entry.capital);
    if (!entry.mergedInto.isEmpty())
        object.insert(QStringLiteral("mergedInto"), QJsonArray::fromStringList(entry.mergedInto));
    insertDate(object, QStringLiteral("died"), entry.died);
    insertDate(object, QStringLiteral("from"), entry.from);
    insertDate(object, QStringLiteral("to"), entry.to);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array)
        if (const QString text = TextFolder::nfc(item.toString()).trimmed(); !text.isEmpty())
            list.append(text);
    return list;
}

} // namespace

QString entityTypeCode(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("person");
    case EntityType::Organisation:
        return QStringLiteral("organisation");
    case EntityType::Place:
        return QStringLiteral("place");
    case EntityType::Agreement:
        return QStringLiteral("agreement");
    case EntityType::Event:
        return QStringLiteral("event");
    }
    return {};
}

std::optional<EntityType> entityTypeFromCode(QStringView code)
{
    for (EntityType type : {EntityType::Person, EntityType::Organisation, EntityType::Place,
                            EntityType::Agreement, EntityType::Event})
        if (entityTypeCode(type) == code)
            return type;
    return std::nullopt;
}

QStringList Glossary::builtInPaths()
{
    // Countries first: the offices of the leaders' files name them.
    return {QStringLiteral(":/glossary/countries.json"),
            QStringLiteral(":/glossary/world-places.json"),
            QStringLiteral(":/glossary/organisations.json"),
            QStringLiteral(":/glossary/world-organisations.json"),
            QStringLiteral(":/glossary/world-leaders.json"),
            QStringLiteral(":/glossary/vietnam.json"),
            QStringLiteral(":/glossary/glossary.json")};
}

bool Glossary::loadBuiltIn(QString* error)
{
    // Reading and parsing is most of the cost: every other file on a second thread (the files
    // alternate large and small), then all added in order, as load() would.
    const QStringList paths = builtInPaths();
    const qsizetype n = paths.size();
    std::vector<std::optional<Parsed>> parsed(std::size_t(n), std::nullopt);
    QStringList errors(n);
    const auto parseEvery = [&](qsizetype first) {
        for (qsizetype i = first; i < n; i += 2)
            parsed[std::size_t(i)] = parseFile(paths.at(i), &errors[i]);
    };
    if (QThread::idealThreadCount() > 1) {
        std::thread second(parseEvery, 1);
        parseEvery(0);
        second.join();
    } else {
        parseEvery(0);
        parseEvery(1);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!parsed[std::size_t(i)]) {
            if (error)
                *error = errors.at(i);
            return false;
        }
    }
    for (const std::optional<Parsed>& one : parsed)
        addParsed(*one);
    return true;
}

bool Glossary::load(const QString& path, QString* error)
{
    const std::optional<Parsed> parsed = parseFile(path, error);
    if (parsed)
        addParsed(*parsed);
    return parsed.has_value();
}

bool Glossary::loadJson(const QByteArray& json, QString* error)
{
    const std::optional<Parsed> parsed = parse(json, error);
    if (parsed)
        addParsed(*parsed);
    return parsed.has_value();
}

std::optional<Glossary::Parsed> Glossary::parseFile(const QString& path, QString* error)
{
    const std::optional<QByteArray> json = JsonFile::read(path, error);
    return json ? parse(*json, error) : std::nullopt;
}

std::optional<Glossary::Parsed> Glossary::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error = tr("not a glossary: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != u"songngu-glossary") {
        if (error)
            *error = tr("not a Song Ngữ glossary (no \"format\": \"songngu-glossary\")");
        return std::nullopt;
    }
    // Check everything before changing anything: a bad file leaves the glossary as it was.
    Parsed parsed;
    const QJsonArray officeArray = root.value(u"offices").toArray();
    for (const QJsonValue value : officeArray) {
        const QJsonObject object = value.toObject();
        Office office{object.value(u"id").toString(), strings(object.value(u"en")),
                      strings(object.value(u"vi")), object.value(u"country").toString()};
        if (office.id.isEmpty()) {
            if (error)
                *error = tr("an office has no id");
            return std::nullopt;
        }
        parsed.offices.append(office);
    }
    const QJsonArray entryArray = root.value(u"entries").toArray();
    for (const QJsonValue value : entryArray) {
        std::optional<GlossaryEntry> entry = readEntry(value.toObject(), error);
        if (!entry)
            return std::nullopt;
        parsed.entries.append(*std::move(entry));
    }
    parsed.ambiguousForms = strings(root.value(u"ambiguousForms"));
    return parsed;
}

void Glossary::addParsed(const Parsed& parsed)
{
    for (const Office& office : parsed.offices)
        addOffice(office);
    for (const GlossaryEntry& entry : parsed.entries)
        add(entry);
    for (const QString& form : parsed.ambiguousForms)
        ambiguousForms.insert(folder.fold(form));
}

std::optional<GlossaryEntry> Glossary::readEntry(const QJsonObject& object, QString* error)
{
    GlossaryEntry entry;
    entry.id = object.value(u"id").toString();
    const std::optional<EntityType> type = entityTypeFromCode(object.value(u"type").toString());
    if (entry.id.isEmpty() || !type) {
        if (error)
            *error = tr("entry '%1' has no id or an unknown type").arg(entry.id);
        return std::nullopt;
    }
    entry.type = *type;
    entry.english = strings(object.value(u"en"));
    entry.vietnamese = strings(object.value(u"vi"));
    entry.givenNames = strings(object.value(u"given"));
    entry.vietnameseName = object.value(u"vietnamese").toBool();
    const QJsonObject adjectives = object.value(u"adjectives").toObject();
    entry.englishAdjectives = strings(adjectives.value(u"en"));
    entry.vietnameseAdjectives = strings(adjectives.value(u"vi"));
    entry.capital = object.value(u"capital").toString();
    entry.mergedInto = strings(object.value(u"mergedInto"));
    // A date that does not parse would silently read as "always" or "still in office".
    const auto date = [&](const QJsonObject& from, QStringView key, QDate& out) {
        const QString text = from.value(key).toString();
        out = QDate::fromString(text, Qt::ISODate);
        if (text.isEmpty() || out.isValid())
            return true;
        if (error)
            *error = tr("entry '%1' has a bad date '%2'").arg(entry.id, text);
        return false;
    };
    if (!date(object, u"died", entry.died) || !date(object, u"from", entry.from) ||
        !date(object, u"to", entry.to))
        return std::nullopt;
    const QJsonArray terms = object.value(u"offices").toArray();
    for (const QJsonValue termValue : terms) {
        const QJsonObject term = termValue.toObject();
        OfficeTerm officeTerm{term.value(u"office").toString(), {}, {}};
        if (!date(term, u"from", officeTerm.from) || !date(term, u"to", officeTerm.to))
            return std::nullopt;
        if (officeTerm.office.isEmpty() || !officeTerm.from.isValid()) {
            if (error)
                *error = tr("entry '%1' has an office without a start date").arg(entry.id);
            return std::nullopt;
        }
        entry.offices.append(officeTerm);
    }
    return entry;
}

QByteArray Glossary::toJson(const QList<GlossaryEntry>& entries, const QList<Office>& offices)
{
    QJsonArray officeArray;
    for (const Office& office : offices)
        officeArray.append(
            QJsonObject{{QStringLiteral("id"), office.id},
                        {QStringLiteral("en"), QJsonArray::fromStringList(office.english)},
                        {QStringLiteral("vi"), QJsonArray::fromStringList(office.vietnamese)}});
    for (qsizetype i = 0; i < offices.size(); ++i)
        if (!offices.at(i).country.isEmpty()) {
            QJsonObject object = officeArray.at(i).toObject();
            object.insert(QStringLiteral("country"), offices.at(i).country);
            officeArray.replace(i, object);
        }
    QJsonArray entryArray;
    for (const GlossaryEntry& entry : entries) {
        QJsonObject object{{QStringLiteral("id"), entry.id},
                           {QStringLiteral("type"), entityTypeCode(entry.type)},
                           {QStringLiteral("en"), QJsonArray::fromStringList(entry.english)},
                           {QStringLiteral("vi"), QJsonArray::fromStringList(entry.vietnamese)}};
        // Optional keys only when set, as in the built-in file.
        if (!entry.givenNames.isEmpty())
            object.insert(QStringLiteral("given"), QJsonArray::fromStringList(entry.givenNames));
        if (entry.vietnameseName)
            object.insert(QStringLiteral("vietnamese"), true);
        QJsonArray terms;
        for (const OfficeTerm& term : entry.offices) {
            QJsonObject termObject{{QStringLiteral("office"), term.office},
                                   {QStringLiteral("from"), term.from.toString(Qt::ISODate)}};
            if (!term.to.isNull())
                termObject.insert(QStringLiteral("to"), term.to.toString(Qt::ISODate));
            terms.append(termObject);
        }
        if (!terms.isEmpty())
            object.insert(QStringLiteral("offices"), terms);
        insertPlaceKeys(object, entry);
        entryArray.append(object);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("songngu-glossary")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("entries"), entryArray}};
    if (!officeArray.isEmpty())
        root.insert(QStringLiteral("offices"), officeArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void Glossary::add(const GlossaryEntry& entry)
{
    if (const auto existing = entriesById.constFind(entry.id); existing != entriesById.cend())
        unindex(existing.value());
    entriesById.insert(entry.id, entry);
    index(entry);
}

void Glossary::addOffice(const Office& office)
{
    if (const auto old = officesById.constFind(office.id); old != officesById.cend())
        officesByCountry.remove(old->country, office.id);
    officesById.insert(office.id, office);
    if (!office.country.isEmpty())
        officesByCountry.insert(office.country, office.id);
}

QList<GlossaryEntry> Glossary::entries() const
{
    QList<GlossaryEntry> list = entriesById.values();
    std::sort(list.begin(), list.end(),
              [](const GlossaryEntry& a, const GlossaryEntry& b) { return a.id < b.id; });
    return list;
}

QList<Office> Glossary::offices() const
{
    QList<Office> list = officesById.values();
    std::sort(list.begin(), list.end(),
              [](const Office& a, const Office& b) { return a.id < b.id; });
    return list;
}

void Glossary::index(const GlossaryEntry& entry)
{
    for (const QStringList* forms : {&entry.english, &entry.vietnamese}) {
        for (const QString& form : *forms) {
            const QString key = folder.fold(form);
            if (!idsByFoldedForm.contains(key, entry.id))
                idsByFoldedForm.insert(key, entry.id);
        }
    }
    for (const QStringList* forms : {&entry.englishAdjectives, &entry.vietnameseAdjectives})
        for (const QString& form : *forms)
            countryByFoldedAdjective.insert(folder.fold(form), entry.id);
    for (const OfficeTerm& term : entry.offices)
        if (!holdersByOffice.contains(term.office, entry.id))
            holdersByOffice.insert(term.office, entry.id);
}

void Glossary::unindex(const GlossaryEntry& entry)
{
    for (const QStringList* forms : {&entry.english, &entry.vietnamese})
        for (const QString& form : *forms)
            idsByFoldedForm.remove(folder.fold(form), entry.id);
    for (const QStringList* forms : {&entry.englishAdjectives, &entry.vietnameseAdjectives})
        for (const QString& form : *forms)
            if (countryByFoldedAdjective.value(folder.fold(form)) == entry.id)
                countryByFoldedAdjective.remove(folder.fold(form));
    for (const OfficeTerm& term : entry.offices)
        holdersByOffice.remove(term.office, entry.id);
}

QStringList Glossary::entryIds() const
{
    QStringList ids = entriesById.keys();
    ids.sort();
    return ids;
}

QStringList Glossary::officeIds() const
{
    QStringList ids = officesById.keys();
    ids.sort();
    return ids;
}

const GlossaryEntry* Glossary::entry(const QString& id) const
{
    const auto it = entriesById.constFind(id);
    return it == entriesById.cend() ? nullptr : &it.value();
}

const Office* Glossary::office(const QString& id) const
{
    const auto it = officesById.constFind(id);
    return it == officesById.cend() ? nullptr : &it.value();
}

QList<const GlossaryEntry*> Glossary::lookup(QStringView form) const
{
    QList<const GlossaryEntry*> found;
    const QList<QString> ids = idsByFoldedForm.values(folder.fold(form));
    for (const QString& id : ids)
        if (const GlossaryEntry* e = entry(id))
            found.append(e);
    std::sort(found.begin(), found.end(),
              [](const GlossaryEntry* a, const GlossaryEntry* b) { return a->id < b->id; });
    return found;
}

QStringList Glossary::holders(const QString& office, QDate date) const
{
    QStringList ids;
    for (auto it = holdersByOffice.constFind(office);
         it != holdersByOffice.cend() && it.key() == office; ++it) {
        const GlossaryEntry* holder = entry(it.value());
        if (holder && !ids.contains(holder->id) &&
            std::any_of(
                holder->offices.cbegin(), holder->offices.cend(),
                [&](const OfficeTerm& term) { return term.office == office && term.heldOn(date); }))
            ids.append(holder->id);
    }
    ids.sort();
    return ids;
}

bool Glossary::isCountry(const GlossaryEntry& entry) const
{
    return entry.type == EntityType::Place &&
           (!entry.englishAdjectives.isEmpty() || !entry.vietnameseAdjectives.isEmpty() ||
            !entry.capital.isEmpty() || officesByCountry.contains(entry.id));
}

QString Glossary::countryOf(QStringView form) const
{
    const QString key = folder.fold(form);
    if (const auto it = countryByFoldedAdjective.constFind(key);
        it != countryByFoldedAdjective.cend())
        return it.value();
    QString country;
    for (auto it = idsByFoldedForm.constFind(key); it != idsByFoldedForm.cend() && it.key() == key;
         ++it) {
        const GlossaryEntry* candidate = entry(it.value());
        if (!candidate || !isCountry(*candidate) || candidate->id == country)
            continue;
        if (!country.isEmpty())
            return {};
        country = candidate->id;
    }
    return country;
}

QStringList Glossary::officesOf(const QString& country) const
{
    QStringList ids = officesByCountry.values(country);
    ids.sort();
    return ids;
}

QStringList Glossary::describeTerms(const GlossaryEntry& person) const
{
    QList<OfficeTerm> terms = person.offices;
    std::stable_sort(terms.begin(), terms.end(),
                     [](const OfficeTerm& a, const OfficeTerm& b) { return a.from > b.from; });
    QStringList lines;
    for (const OfficeTerm& term : std::as_const(terms)) {
        const Office* known = office(term.office);
        QString title = known ? known->english.value(0, term.office) : term.office;
        if (const GlossaryEntry* country = known ? entry(known->country) : nullptr)
            title = tr("%1 (%2)").arg(title, country->english.value(0, country->id));
        const QString to = term.to.isNull() ? QString() : term.to.toString(Qt::ISODate);
        lines.append(tr("%1: %2 – %3").arg(title, term.from.toString(Qt::ISODate), to).trimmed());
    }
    return lines;
}

bool Glossary::isAmbiguousForm(QStringView form) const
{
    return ambiguousForms.contains(folder.fold(form));
}

QString Glossary::makeId(const GlossaryEntry& entry)
{
    for (const QStringList* forms : {&entry.english, &entry.vietnamese})
        for (const QString& form : *forms)
            if (QString id = makeId(form); !id.isEmpty())
                return id;
    return {};
}

QString Glossary::makeId(QStringView form)
{
    // TextFolder owns an ICU transliterator that must not be shared between threads.
    thread_local const TextFolder folder;
    const QString folded = folder.fold(form);
    QString id;
    id.reserve(folded.size());
    bool separator = false;
    const QList<uint> codePoints = folded.toUcs4(); // letters outside the BMP count too
    for (const char32_t c : codePoints) {
        if (QChar::isLetterOrNumber(c)) {
            if (separator && !id.isEmpty())
                id.append(u'-');
            id.append(QString::fromUcs4(&c, 1));
            separator = false;
        } else {
            separator = true; // runs of spaces and punctuation become one '-'
        }
    }
    return id;
}

} // namespace songngu
