#include "EntityRecognizer.h"

#include <algorithm>

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
};

// Whether [start, start + length) overlaps a mention already found.
bool overlaps(int start, int length, const QList<Found>& found)
{
    return std::any_of(found.cbegin(), found.cend(), [&](const Found& f) {
        return start < f.start + f.length && f.start < start + length;
    });
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
    if (number.kind == NumberMention::Kind::Percent)
        value += u'%';
    return value;
}

QString EntityRecognizer::numberId(const NumberMention& number)
{
    return QStringLiteral("number:") + numberValue(number);
}

DocumentEntities EntityRecognizer::recognize(const Document& document) const
{
    DocumentEntities result;
    result.rows.resize(document.rows.size());
    const QString dateType = QStringLiteral("date");
    const QString numberType = QStringLiteral("number");
    // Who was named so far, in either language: "Lam" in row 7 is the "To Lam" of row 2.
    NameContext context;
    // An undated article still has dates: "May 9" is "--05-09", the same in both languages.
    const DateRecognizer::MissingYear missingYear = document.metadata.date.isValid()
                                                        ? DateRecognizer::MissingYear::Skip
                                                        : DateRecognizer::MissingYear::Keep;

    for (int row = 0; row < document.rows.size(); ++row) {
        QList<int>& inRow = result.rows[row];
        for (Language language : {Language::English, Language::Vietnamese}) {
            const Paragraph* paragraph = document.segment(row, language);
            if (!paragraph)
                continue;
            const QString& text = paragraph->text;
            const bool english = language == Language::English;
            QList<Found> found;

            for (const NameMention& name : names.find(text, language, &context)) {
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
                found.append(f);
            }

            // Names first, then dates, then numbers: a year in "Công ước … năm 1982" is part
            // of the name, "10" and "5" in "ngày 10 tháng 5" part of the date.
            for (const DateMention& date :
                 dates.find(text, language, document.metadata.date, missingYear)) {
                if (overlaps(date.start, date.length, found))
                    continue;
                const QString iso = date.iso();
                found.append({date.start, date.length, QStringLiteral("date:") + iso, dateType,
                              nullptr, iso});
            }

            for (const NumberMention& number : numbers.find(text, language)) {
                if (number.looksLikeYear() || overlaps(number.start, number.length, found))
                    continue;
                const QString value = numberValue(number);
                found.append({number.start, number.length, QStringLiteral("number:") + value,
                              numberType, nullptr, value});
            }

            std::stable_sort(found.begin(), found.end(),
                             [](const Found& a, const Found& b) { return a.start < b.start; });

            for (const Found& f : std::as_const(found)) {
                int index = result.byId.value(f.id, -1);
                if (index < 0) {
                    index = int(result.entities.size());
                    result.byId.insert(f.id, index);
                    Entity entity{f.id, f.type, f.value, f.value, {}};
                    if (f.entry) {
                        entity.english = f.entry->english.value(0);
                        entity.vietnamese = f.entry->vietnamese.value(0);
                    }
                    result.entities.append(entity);
                }
                Entity& entity = result.entities[index];
                const QString surface = text.mid(f.start, f.length);
                // A name found by rule takes its display form in each language from the
                // first mention in that language.
                if (!f.entry && f.value.isEmpty() &&
                    (english ? entity.english : entity.vietnamese).isEmpty())
                    (english ? entity.english : entity.vietnamese) = surface;
                entity.mentions.append({row, language, f.start, f.length, surface});
                if (!inRow.contains(index))
                    inRow.append(index);
            }
        }
    }
    return result;
}

} // namespace songngu
