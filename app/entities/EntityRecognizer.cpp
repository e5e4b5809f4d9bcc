// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/EntityRecognizer.h"

#include <algorithm>
#include <map>

#include <QSet>
#include <QVarLengthArray>

namespace songngu {

namespace {

// A mention found in one paragraph, before it is linked to an entity.
struct Found
{
    int start = 0;
    int length = 0;
    QString id;
    QString type;
    // For a new entity's display forms: the glossary entry, else `value` (an ISO date, a number)
    // or, for a name found by rule, the text itself in the paragraph's language.
    const GlossaryEntry* entry = nullptr;
    QString value;
    const Office* office = nullptr; // for a title
    QString holder;                 // for a title: the id of the person it goes with
};

// The characters of a paragraph taken by mentions found so far. A paragraph of an article holds
// a few: a list scanned is fastest. Past `few`, spans by start: mentions never overlap, so only
// the span starting last before a range's end can overlap it, and a lookup costs log n, not n,
// in a paragraph of thousands of mentions (a file on one line).
class TakenSpans
{
public:
    bool overlaps(int start, int length) const
    {
        if (spans.empty())
            return std::any_of(list.cbegin(), list.cend(), [&](const std::pair<int, int>& span) {
                return start < span.second && span.first < start + length;
            });
        auto after = spans.lower_bound(start + length);
        if (after == spans.begin())
            return false;
        return std::prev(after)->second > start;
    }
    void take(int start, int length)
    {
        if (spans.empty() && list.size() < few) {
            list.append({start, start + length});
            return;
        }
        for (const auto& [from, to] : std::as_const(list))
            spans[from] = std::max(spans[from], to);
        list.clear();
        int& end = spans[start];
        end = std::max(end, start + length);
    }

private:
    static constexpr qsizetype few = 32;
    QVarLengthArray<std::pair<int, int>, few> list;
    std::map<int, int> spans; // start -> end, once there are more than `few`
};

// Whether `text` is only spaces and brackets: "Đảng Cộng sản Việt Nam (ĐCSVN) Nguyễn Phú Trọng".
bool onlySpacesAndBrackets(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isSpace() || c == u'(' || c == u')'; });
}

// `text` without a trailing "of" or "of the" and the spaces around it.
QStringView withoutConnector(QStringView text)
{
    for (QStringView word : {u"the", u"of"}) {
        const QStringView trimmed = text.trimmed();
        if (trimmed.endsWith(word) && trimmed.size() > word.size() &&
            trimmed.at(trimmed.size() - word.size() - 1).isSpace()) {
            if (word == u"the" && !trimmed.chopped(word.size()).trimmed().endsWith(u" of"))
                continue;
            text = trimmed.chopped(word.size());
        }
    }
    return text;
}

// Where a title before name `n` of `found` (names in order) would end. The organisations and
// places of the title come between: "Tổng Bí thư Đảng Cộng sản Việt Nam (ĐCSVN) Nguyễn Phú
// Trọng", "General Secretary of the CPV Central Committee To Lam".
int titleEnd(const QString& text, const QList<Found>& found, qsizetype n)
{
    int end = found.at(n).start;
    for (qsizetype k = n - 1; k >= 0; --k) {
        const Found& before = found.at(k);
        const int beforeEnd = before.start + before.length;
        if ((before.type != u"organisation" && before.type != u"place") || beforeEnd > end ||
            !onlySpacesAndBrackets(QStringView(text).mid(beforeEnd, end - beforeEnd)))
            break;
        end = before.start;
    }
    if (end == found.at(n).start)
        return end;
    // "General Secretary of the …": the title ends before "of the".
    return int(withoutConnector(QStringView(text).left(end)).size());
}

// Which of `offices` a title with `person` names; empty when it cannot tell. A country written
// with the title decides ("British Prime Minister", "Thủ tướng Anh"); else the offices the
// person held ("President Putin": Russia's, not Vietnam's).
QString resolveOffice(const QStringList& offices, const GlossaryEntry* person,
                      const QString& country, const Glossary& glossary)
{
    if (!country.isEmpty()) {
        QStringList ofCountry;
        for (const QString& office : offices) {
            const Office* known = glossary.office(office);
            if (known && known->country == country)
                ofCountry.append(office);
        }
        // "Tổng thống Pháp" where the glossary knows no French president: nobody's office.
        return ofCountry.size() == 1 ? ofCountry.front() : QString();
    }
    if (offices.size() == 1)
        return offices.front();
    if (!person)
        return {};
    QStringList held;
    for (const OfficeTerm& term : person->offices)
        if (offices.contains(term.office) && !held.contains(term.office))
            held.append(term.office);
    if (held.size() == 1)
        return held.front();
    if (!held.isEmpty())
        return {};
    // Else the office of the person's country, when the glossary says which.
    QStringList likely;
    for (const QString& office : offices) {
        const Office* known = glossary.office(office);
        const bool vietnamese = known && known->country == u"vietnam";
        if (vietnamese == person->vietnameseName)
            likely.append(office);
    }
    return likely.size() == 1 ? likely.front() : QString();
}

// The country written with a title: a place between the title and the name ("Tổng thống Nga
// Putin", "President of Russia Vladimir Putin") or just before the title, as a name or an
// adjective ("US President", "Britain's Prime Minister", "British Prime Minister"). An adjective
// joins the title's span, so that "former" before it is seen. Empty when none is written.
QString titleCountry(const QString& text, const QList<Found>& found, qsizetype person,
                     int titleStart, int* adjectiveStart, const Glossary& glossary)
{
    const int nameStart = found.at(person).start;
    // The names before `person` are in order: only the last few can touch the title, so a
    // paragraph of many titled names costs no more per title than a short one.
    for (qsizetype k = person - 1;
         k >= 0 && found.at(k).start + found.at(k).length + 4 > titleStart; --k) {
        const Found& f = found.at(k);
        const bool between = f.start >= titleStart && f.start < nameStart;
        const int end = f.start + f.length;
        const QStringView gap =
            end <= titleStart ? QStringView(text).sliced(end, titleStart - end) : QStringView();
        const bool before = end <= titleStart &&
                            (gap == u" " || gap == u"'s " || gap == u"\u2019s " || gap == u"-");
        if (f.type != u"place" || !(between || before))
            continue;
        if (QString country = glossary.countryOf(QStringView(text).sliced(f.start, f.length));
            !country.isEmpty())
            return country;
    }
    // "Britain's": a place and "'s"; "British": a word no mention holds.
    QStringView before = QStringView(text).first(titleStart).trimmed();
    if (before.endsWith(u"'s") || before.endsWith(u"\u2019s"))
        before.chop(2);
    qsizetype wordStart = before.size();
    while (wordStart > 0 &&
           (before.at(wordStart - 1).isLetter() || before.at(wordStart - 1).isMark()))
        --wordStart;
    const QStringView word = before.sliced(wordStart);
    if (word.isEmpty() || !word.front().isUpper())
        return {};
    QString country = glossary.countryOf(word);
    if (!country.isEmpty() && adjectiveStart)
        *adjectiveStart = int(wordStart);
    return country;
}

void addNames(const QList<NameMention>& mentions, const Glossary& glossary, QList<Found>& found,
              TakenSpans& taken)
{
    for (const NameMention& name : mentions) {
        Found f;
        f.start = name.start;
        f.length = name.length;
        f.entry = name.entryId.isEmpty() ? nullptr : glossary.entry(name.entryId);
        if (f.entry) {
            f.id = f.entry->id;
            f.type = entityTypeCode(f.entry->type);
        } else {
            f.id = QStringLiteral("name:") + name.canonical;
            f.type = entityTypeCode(name.type);
        }
        taken.take(f.start, f.length);
        found.append(f);
    }
}

// "Lao" in "Đảng Lao động" (the Labour Party), "My" in a song's "My Heart": one syllable
// without marks where the place or organisation is written with them (Lào, Mỹ) is a word that
// folds to the name. It stands for the name only when the English of the row names it too, in
// other letters ("Laos", "the US"); people are left alone (a bare "Chinh" is a slip).
void dropBareWords(QList<Found>& found, const QString& text, const QList<Found>& english,
                   const QString& englishText, const TextFolder& folder)
{
    found.removeIf([&](const Found& f) {
        const QStringView written = QStringView(text).sliced(f.start, f.length);
        if (!f.entry ||
            (f.entry->type != EntityType::Place && f.entry->type != EntityType::Organisation) ||
            written.contains(u' ') || written.contains(u'-') ||
            !std::all_of(written.begin(), written.end(),
                         [](QChar c) { return c.unicode() < 0x80; }) ||
            f.entry->vietnamese.contains(written.toString()))
            return false;
        const QString key = folder.fold(written);
        return std::none_of(english.cbegin(), english.cend(), [&](const Found& e) {
            return e.id == f.id &&
                   folder.fold(QStringView(englishText).sliced(e.start, e.length)) != key;
        });
    });
}

// A row's one organisation (or place) found by rule in each language that the other
// language's mentions do not account for is one, translated: "Fiji Retailers Association" and
// "Hiệp hội Các nhà bán lẻ Fiji", "Sea of Flores" and "biển Flores". With two or more of a type
// on a side, which is which is unknown: left apart. People are not paired: a name spelt
// differently is what the name checks report.
void pairLeftovers(const QList<Found>& english, QList<Found>& vietnamese)
{
    QSet<QString> englishIds;
    QSet<QString> vietnameseIds;
    for (const Found& f : english)
        englishIds.insert(f.id);
    for (const Found& f : std::as_const(vietnamese))
        vietnameseIds.insert(f.id);
    for (const QStringView type : {u"organisation", u"place"}) {
        const auto byRule = [&](const Found& f) {
            return !f.entry && f.type == type && f.id.startsWith(u"name:");
        };
        QSet<QString> onlyEnglish;
        for (const Found& f : english)
            if (byRule(f) && !vietnameseIds.contains(f.id))
                onlyEnglish.insert(f.id);
        QSet<QString> onlyVietnamese;
        for (const Found& f : std::as_const(vietnamese))
            if (byRule(f) && !englishIds.contains(f.id))
                onlyVietnamese.insert(f.id);
        if (onlyEnglish.size() != 1 || onlyVietnamese.size() != 1)
            continue;
        for (Found& f : vietnamese)
            if (f.id == *onlyVietnamese.cbegin())
                f.id = *onlyEnglish.cbegin();
    }
}

// Titles written with a person ("General Secretary To Lam"), for the title-holder checks: which
// office, told apart by the person when the words name several. `found` holds the names.
void addTitles(const QString& text, Language language, const NameRecognizer& names,
               const Glossary& glossary, const TextFolder& folder, QList<Found>& found,
               TakenSpans& taken)
{
    const qsizetype nameCount = found.size();
    for (qsizetype n = 0; n < nameCount; ++n) {
        if (found.at(n).type != u"person")
            continue;
        const std::optional<TitleMention> title =
            names.titleBefore(text, language, titleEnd(text, found, n));
        if (!title || taken.overlaps(title->start, title->length))
            continue;
        Found f;
        f.start = title->start;
        f.length = title->length;
        int adjectiveStart = -1;
        const QString country =
            titleCountry(text, found, n, title->start, &adjectiveStart, glossary);
        if (adjectiveStart >= 0 && !taken.overlaps(adjectiveStart, f.start - adjectiveStart)) {
            f.length += f.start - adjectiveStart;
            f.start = adjectiveStart;
        }
        f.type = QStringLiteral("title");
        f.holder = found.at(n).id;
        const QString office = resolveOffice(title->offices, found.at(n).entry, country, glossary);
        f.office = office.isEmpty() ? nullptr : glossary.office(office);
        f.id = QStringLiteral("title:") +
               (f.office ? office : folder.fold(QStringView(text).mid(f.start, f.length)));
        taken.take(f.start, f.length);
        found.append(f);
    }
}

void addDates(const QList<DateMention>& mentions, QList<Found>& found, TakenSpans& taken)
{
    for (const DateMention& date : mentions) {
        if (taken.overlaps(date.start, date.length))
            continue;
        taken.take(date.start, date.length);
        const QString iso = date.iso();
        found.append({date.start, date.length, QStringLiteral("date:") + iso,
                      QStringLiteral("date"), nullptr, iso});
    }
}

void addNumbers(const QList<NumberMention>& mentions, QList<Found>& found, TakenSpans& taken)
{
    for (const NumberMention& number : mentions) {
        // A time of day is no count; its digits are taken so that none is read as one.
        if (number.kind == NumberMention::Kind::Time) {
            taken.take(number.start, number.length);
            continue;
        }
        if (number.looksLikeYear() || taken.overlaps(number.start, number.length))
            continue;
        taken.take(number.start, number.length);
        const QString value = EntityRecognizer::numberValue(number);
        found.append({number.start, number.length, QStringLiteral("number:") + value,
                      QStringLiteral("number"), nullptr, value});
    }
}

// The entities of a row, each once, in order of first mention. A set besides the list once the
// row has many: the list's contains() costs n.
class RowEntities
{
public:
    explicit RowEntities(QList<int>& inRow) : inRow(inRow) {}
    void add(int index)
    {
        if (inRow.size() < many ? inRow.contains(index) : set.contains(index))
            return;
        inRow.append(index);
        if (inRow.size() == many)
            set = QSet<int>(inRow.cbegin(), inRow.cend());
        else if (inRow.size() > many)
            set.insert(index);
    }

private:
    static constexpr qsizetype many = 32;
    QList<int>& inRow;
    QSet<int> set;
};

// The index of `f`'s entity, made (with its display forms) when it is the first mention.
int entityIndex(DocumentEntities& result, const Found& f)
{
    int index = result.byId.value(f.id, -1);
    if (index >= 0)
        return index;
    index = int(result.entities.size());
    result.byId.insert(f.id, index);
    Entity entity{f.id, f.type, f.value, f.value, {}};
    if (f.entry) {
        entity.english = f.entry->english.value(0);
        entity.vietnamese = f.entry->vietnamese.value(0);
    } else if (f.office) {
        entity.english = f.office->english.value(0);
        entity.vietnamese = f.office->vietnamese.value(0);
    }
    result.entities.append(entity);
    return index;
}

// Adds a paragraph's mentions (in order) to their entities, and its titles linked to the person
// each goes with.
void link(const QList<Found>& found, int row, Language language, const QString& text,
          DocumentEntities& result, RowEntities& inRow)
{
    const bool english = language == Language::English;
    QList<TitleLink> titled;
    QStringList titledHolders;
    for (const Found& f : found) {
        const int index = entityIndex(result, f);
        Entity& entity = result.entities[index];
        const QString surface = text.mid(f.start, f.length);
        // A name found by rule takes its display form in each language from the first mention
        // in that language.
        if (!f.entry && !f.office && f.value.isEmpty() &&
            (english ? entity.english : entity.vietnamese).isEmpty())
            (english ? entity.english : entity.vietnamese) = surface;
        entity.mentions.append({row, language, f.start, f.length, surface});
        inRow.add(index);
        if (!f.holder.isEmpty()) {
            titled.append({row, language, index, -1});
            titledHolders.append(f.holder);
        }
    }
    // The person comes after the title: link them once both are entities.
    for (qsizetype t = 0; t < titled.size(); ++t) {
        titled[t].person = result.byId.value(titledHolders.at(t), -1);
        result.titles.append(titled.at(t));
    }
}

} // namespace

int Entity::mentionCount(Language language) const
{
    return int(std::count_if(mentions.cbegin(), mentions.cend(),
                             [&](const EntityMention& m) { return m.language == language; }));
}

QList<EntityMention> Entity::mentionsIn(int row, Language language) const
{
    QList<EntityMention> result;
    for (const EntityMention& m : mentions)
        if (m.row == row && m.language == language)
            result.append(m);
    return result;
}

const Entity* DocumentEntities::entity(const QString& id) const
{
    const int index = indexOf(id);
    return index >= 0 ? &entities.at(index) : nullptr;
}

EntityRecognizer::EntityRecognizer(const Glossary& glossary) : glossary(glossary), names(glossary)
{}

QString EntityRecognizer::dateId(const DateMention& date)
{
    return QStringLiteral("date:") + date.iso();
}

QString EntityRecognizer::numberValue(const NumberMention& number)
{
    QString value = QString::number(number.value, 'g', 15);
    if (number.approximate) // "~20000-100000": "tens of thousands" and "hàng chục nghìn"
        value = QStringLiteral("~%1-%2").arg(number.low, 0, 'g', 15).arg(number.high, 0, 'g', 15);
    if (number.kind == NumberMention::Kind::Decade) // "1870s": not the year 1870
        value += u's';
    if (number.kind == NumberMention::Kind::Percent)
        value += u'%';
    return value;
}

QString EntityRecognizer::numberId(const NumberMention& number)
{
    return QStringLiteral("number:") + numberValue(number);
}

DocumentEntities EntityRecognizer::recognize(const Document& document, WorkProgress* progress) const
{
    DocumentEntities result;
    result.rows.resize(document.rows.size());
    // Who was named so far, in either language: "Lam" in row 7 is the "To Lam" of row 2.
    NameContext context;
    // An undated article still has dates: "May 9" is "--05-09", the same in both languages.
    const DateRecognizer::MissingYear missingYear = document.metadata.date.isValid()
                                                        ? DateRecognizer::MissingYear::Skip
                                                        : DateRecognizer::MissingYear::Keep;

    for (int row = 0; row < document.rows.size(); ++row) {
        if (progress) {
            if (progress->isCancelled())
                return result;
            progress->step();
        }
        RowEntities inRow(result.rows[row]);
        QList<Found> english; // the English of the row, for its Vietnamese
        for (Language language : {Language::English, Language::Vietnamese}) {
            const Paragraph* paragraph = document.segment(row, language);
            if (!paragraph)
                continue;
            const QString& text = paragraph->text;
            QList<Found> found;
            TakenSpans taken;
            addNames(names.find(text, language, &context), glossary, found, taken);
            if (language == Language::Vietnamese) {
                const Paragraph* englishParagraph = document.segment(row, Language::English);
                dropBareWords(found, text, english,
                              englishParagraph ? englishParagraph->text : QString(), folder);
            }
            addTitles(text, language, names, glossary, folder, found, taken);
            // Names first, then dates, then numbers: a year in "Công ước … năm 1982" is part
            // of the name, "10" and "5" in "ngày 10 tháng 5" part of the date.
            addDates(dates.find(text, language, document.metadata.date, missingYear), found, taken);
            addNumbers(numbers.find(text, language), found, taken);
            if (language == Language::Vietnamese)
                pairLeftovers(english, found);
            std::stable_sort(found.begin(), found.end(),
                             [](const Found& a, const Found& b) { return a.start < b.start; });
            link(found, row, language, text, result, inRow);
            if (language == Language::English)
                english = found;
        }
    }
    return result;
}

} // namespace songngu
