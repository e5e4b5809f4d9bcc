// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentChecks::nameVariants(): one name written in several ways across documents.
#include "checks/DocumentChecks.h"
#include "text/TextFolder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace songngu {

namespace {

const QString nameVariantKind = QStringLiteral("name-variant");

// How one spelling of a name is written: its forms (differing by case only) and where.
struct SpellingTally
{
    QStringList forms;              // as written, differing by case only; first seen first
    QHash<QString, int> formCounts; // mentions per form
    int count = 0;
    QSet<QString> documents;
};

struct EntityTally
{
    QString id;
    QString display; // the entity's form in the language, from the first document naming it
    // folded letters → spelling key (NFC, case-folded) → tally; std::map keeps the output stable.
    std::map<QString, std::map<QString, SpellingTally>> groups;
};

// A possessive is grammar, not spelling: "Vietnam's" is "Vietnam".
QString withoutPossessive(const QString& text)
{
    for (const QString& suffix : {QStringLiteral("'s"), QStringLiteral("\u2019s"),
                                  QStringLiteral("'"), QStringLiteral("\u2019")})
        if (text.size() > suffix.size() + 1 && text.endsWith(suffix, Qt::CaseInsensitive))
            return text.chopped(suffix.size());
    return text;
}

// People written with more than one word somewhere: their one-word mentions are given names.
QSet<QString> fullyNamedPeople(const QList<std::pair<DocumentPtr, EntitiesPtr>>& documents)
{
    QSet<QString> fullyNamed;
    for (const auto& [document, entities] : documents) {
        if (!document || !entities)
            continue;
        for (const Entity& entity : entities->entities)
            if (entity.type == u"person")
                for (const EntityMention& mention : entity.mentions)
                    if (mention.text.trimmed().contains(u' '))
                        fullyNamed.insert(entity.id);
    }
    return fullyNamed;
}

// How the names of the documents are written, per entity and language.
struct Tallies
{
    std::map<std::pair<QString, int>, EntityTally> byEntity; // (id, language) → tally
    QHash<QString, QString> firstPath;                       // entity id → first document
};

// Counts `text`, a mention of `entity` in `path`, under its letters and its spelling.
void tallyMention(const Entity& entity, const EntityMention& mention, const QString& text,
                  const QString& path, const TextFolder& folder, Tallies& tallies)
{
    QString letters;
    for (const QChar c : folder.fold(text))
        if (c.isLetterOrNumber())
            letters.append(c);
    QString key = text.toCaseFolded();
    key.replace(u'\u2019', u'\''); // typographic apostrophes are not spelling
    EntityTally& tally = tallies.byEntity[{entity.id, int(mention.language)}];
    if (tally.id.isEmpty()) {
        tally.id = entity.id;
        tally.display = mention.language == Language::English ? entity.english : entity.vietnamese;
    }
    SpellingTally& spelling = tally.groups[letters][key];
    if (!spelling.formCounts.contains(text))
        spelling.forms.append(text);
    ++spelling.formCounts[text];
    ++spelling.count;
    spelling.documents.insert(path);
    if (!tallies.firstPath.contains(entity.id))
        tallies.firstPath.insert(entity.id, path);
}

// The names (people, organisations, places) of `documents`: each mention as written, without a
// possessive; a person's one-word mentions only when never written in full.
Tallies tallyNames(const QList<std::pair<DocumentPtr, EntitiesPtr>>& documents)
{
    thread_local const TextFolder folder; // not shareable between threads
    const QSet<QString> types = {QStringLiteral("person"), QStringLiteral("organisation"),
                                 QStringLiteral("place")};
    const QSet<QString> fullyNamed = fullyNamedPeople(documents);
    Tallies tallies;
    for (const auto& [document, entities] : documents) {
        if (!document || !entities)
            continue;
        for (const Entity& entity : entities->entities) {
            if (!types.contains(entity.type))
                continue;
            for (const EntityMention& mention : entity.mentions) {
                if (mention.language != Language::English &&
                    mention.language != Language::Vietnamese)
                    continue;
                const QString text = withoutPossessive(
                    mention.text.normalized(QString::NormalizationForm_C).simplified());
                if (text.isEmpty() || (entity.type == u"person" && !text.contains(u' ') &&
                                       fullyNamed.contains(entity.id)))
                    continue;
                tallyMention(entity, mention, text, document->metadata.path, folder, tallies);
            }
        }
    }
    return tallies;
}

// The spellings of an entity that differ only in diacritics, case aside, most written first;
// `keys` gets their spelling keys, sorted.
QList<Spelling> variantSpellings(const EntityTally& tally, QStringList& keys)
{
    QList<Spelling> spellings;
    for (const auto& [letters, group] : tally.groups) {
        if (group.size() < 2)
            continue;
        for (const auto& [key, spelling] : group) {
            // Shown as written most often (the first seen on a tie).
            QString shown = spelling.forms.front();
            for (const QString& form : spelling.forms)
                if (spelling.formCounts.value(form) > spelling.formCounts.value(shown))
                    shown = form;
            QStringList paths(spelling.documents.cbegin(), spelling.documents.cend());
            paths.sort();
            spellings.append({shown, spelling.count, paths});
            keys.append(key);
        }
    }
    std::stable_sort(spellings.begin(), spellings.end(), [](const Spelling& a, const Spelling& b) {
        return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
    keys.sort();
    return spellings;
}

Finding nameVariant(const EntityTally& tally, Language language, const QList<Spelling>& spellings,
                    const QStringList& keys, const QString& path)
{
    QStringList listed;
    for (const Spelling& spelling : spellings)
        listed.append(
            DocumentChecks::tr("“%1” (%2)").arg(spelling.text, QString::number(spelling.count)));
    Finding finding;
    finding.kind = nameVariantKind;
    finding.severity = Severity::Info;
    finding.path = path;
    finding.row = -1;
    finding.entity = tally.id;
    finding.spellings = spellings;
    const QString name = tally.display.isEmpty() ? spellings.front().text : tally.display;
    finding.message =
        (language == Language::English
             ? DocumentChecks::tr("%1 is written %2 ways in English: %3.")
             : DocumentChecks::tr("%1 is written %2 ways in Vietnamese: %3."))
            .arg(name, QString::number(spellings.size()), listed.join(QStringLiteral(", ")));
    // Not tied to a file or a row: the same spellings of the same name are the same finding.
    finding.fingerprint = findingFingerprint(finding.kind, QString(), std::nullopt, std::nullopt,
                                             tally.id + u'\x1f' + languageCode(language) + u'\x1f' +
                                                 keys.join(u'\x1e'));
    return finding;
}

} // namespace

QList<Finding>
DocumentChecks::nameVariants(const QList<std::pair<DocumentPtr, EntitiesPtr>>& documents)
{
    const Tallies tallies = tallyNames(documents);
    QList<Finding> findings;
    for (const auto& [idAndLanguage, tally] : tallies.byEntity) {
        QStringList keys;
        const QList<Spelling> spellings = variantSpellings(tally, keys);
        if (spellings.size() >= 2)
            findings.append(nameVariant(tally, Language(idAndLanguage.second), spellings, keys,
                                        tallies.firstPath.value(tally.id)));
    }
    return findings;
}
} // namespace songngu
