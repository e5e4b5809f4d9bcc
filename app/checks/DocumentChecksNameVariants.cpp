// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentChecks::nameVariants(): one name written in several ways across documents.
#include "checks/DocumentChecks.h"
#include "text/TextFolder.h"
#include "text/VietnameseSpelling.h"

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
    // "Hòa" and "Hoà" place one tone differently (old and new style): the same spelling.
    QString key = VietnameseSpelling::toneKey(text).toCaseFolded();
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

// A one-syllable Vietnamese mention ("Ngà", "Thượng", "My") may be another word that folds to
// the name ("Bờ Biển Ngà", the Ivory Coast): it counts as a spelling of the name only when the
// English of its row names the entity too, in other letters.
// `englishByRow`: the entity's English mentions, folded, per row (made once per entity).
bool spellsTheName(const EntityMention& mention, const QString& text,
                   const QMultiHash<int, QString>& englishByRow, const TextFolder& folder)
{
    if (mention.language != Language::Vietnamese || text.contains(u' ') || text.contains(u'-'))
        return true;
    const QString key = folder.fold(text);
    for (auto it = englishByRow.constFind(mention.row);
         it != englishByRow.cend() && it.key() == mention.row; ++it)
        if (*it != key)
            return true;
    return false;
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
            QMultiHash<int, QString> englishByRow;
            for (const EntityMention& mention : entity.mentions)
                if (mention.language == Language::English)
                    englishByRow.insert(mention.row, folder.fold(mention.text));
            for (const EntityMention& mention : entity.mentions) {
                if (mention.language != Language::English &&
                    mention.language != Language::Vietnamese)
                    continue;
                const QString text = withoutPossessive(
                    mention.text.normalized(QString::NormalizationForm_C).simplified());
                if (text.isEmpty() ||
                    (entity.type == u"person" && !text.contains(u' ') &&
                     fullyNamed.contains(entity.id)) ||
                    !spellsTheName(mention, text, englishByRow, folder))
                    continue;
                tallyMention(entity, mention, text, document->metadata.path, folder, tallies);
            }
        }
    }
    return tallies;
}

// The spellings of one name that differ only in diacritics (one group of the letters they
// share), case aside, most written first; `keys` gets their keys for the fingerprint, sorted.
QList<Spelling> variantSpellings(const std::map<QString, SpellingTally>& group, QStringList& keys)
{
    QList<Spelling> spellings;
    for (const auto& entry : group) {
        const SpellingTally& spelling = entry.second;
        // Shown as written most often (the first seen on a tie).
        QString shown = spelling.forms.front();
        for (const QString& form : spelling.forms)
            if (spelling.formCounts.value(form) > spelling.formCounts.value(shown))
                shown = form;
        QStringList paths(spelling.documents.cbegin(), spelling.documents.cend());
        paths.sort();
        spellings.append({shown, spelling.count, paths});
        // As written, so that the fingerprint stays what it was before tone placements were
        // merged into one spelling (findings the user ignored stay ignored).
        QString written = shown.toCaseFolded();
        written.replace(u'\u2019', u'\'');
        keys.append(written);
    }
    std::stable_sort(spellings.begin(), spellings.end(), [](const Spelling& a, const Spelling& b) {
        return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
    keys.sort();
    return spellings;
}

// The glossary's form when it is among them, else the one written most, never a spelling seen
// once: a typo is no model. Empty when there is no such spelling.
QString suggestedSpelling(const QList<Spelling>& spellings, const QString& glossaryForm)
{
    for (const Spelling& spelling : spellings)
        if (spelling.text == glossaryForm)
            return spelling.text;
    if (spellings.front().count >= 2 && spellings.front().count > spellings.at(1).count)
        return spellings.front().text;
    return {};
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
    // A name found by rule ("name:…") has no glossary form, only the spelling seen first.
    const bool inGlossary = !tally.id.startsWith(u"name:");
    finding.suggestion = suggestedSpelling(spellings, inGlossary ? tally.display : QString());
    // Named as the glossary or the documents name it; for another form of the name ("Mỹ"
    // beside "Hoa Kỳ"), as that form is written most.
    const bool displayed =
        std::any_of(spellings.cbegin(), spellings.cend(), [&](const Spelling& s) {
            return s.text.compare(tally.display, Qt::CaseInsensitive) == 0;
        });
    const QString name =
        displayed && !tally.display.isEmpty() ? tally.display : spellings.front().text;
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
        // One finding per name whose spellings differ in diacritics: "Hoa Kỳ" / "Hòa Kỳ" and
        // "Mỹ" / "Mỷ" are two, though both name the United States.
        for (const auto& entry : tally.groups) {
            if (entry.second.size() < 2)
                continue;
            QStringList keys;
            const QList<Spelling> spellings = variantSpellings(entry.second, keys);
            findings.append(nameVariant(tally, Language(idAndLanguage.second), spellings, keys,
                                        tallies.firstPath.value(tally.id)));
        }
    }
    return findings;
}
} // namespace songngu
