// SPDX-License-Identifier: GPL-3.0-or-later
// RowChecker: a person, organisation or place that one side of a row names and the other does
// not (name-one-side).
#include "checks/RowChecker.h"

#include "text/LanguageData.h"
#include "text/VietnameseSpelling.h"

#include <algorithm>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

// The words that identify a name: folded, hyphens joined, three letters or more.
QStringList keyWords(const QString& name, const TextFolder& folder)
{
    QStringList keys = NameSpelling::foldedWords(QString(name).remove(u'-'), folder);
    keys.removeIf([](const QString& word) { return word.size() < 3; });
    return keys;
}

// Whether `words` has `key` or a form of it that is no other name ("israeli" for "israel").
bool hasWord(const QSet<QString>& words, const QString& key)
{
    if (words.contains(key))
        return true;
    const QStringList related = NameSpelling::relatedForms(key);
    return std::any_of(related.cbegin(), related.cend(),
                       [&](const QString& form) { return words.contains(form); });
}

// A name of several words the other side writes joined or by its initials: "Mc Laren" for
// McLaren, "Planet Out" for PlanetOut, "New South Wales" for NSW (and the other way round).
bool joinedOrInitials(const QString& name, const QSet<QString>& words, const TextFolder& folder)
{
    const QStringList parts = NameSpelling::foldedWords(name, folder);
    if (parts.size() < 2)
        return false;
    QString joined;
    QString initials;
    for (const QString& part : parts) {
        joined += part;
        initials += part.front();
    }
    return words.contains(joined) || words.contains(initials);
}

// A word of the Vietnamese that can only be a name copied from another language: no
// Vietnamese syllable, no Vietnamese marks ("Amiăng", "Kitô" are Vietnamese words), not a
// loanword Vietnamese capitalises ("Euro", "Richter").
bool foreignWord(const NameSpelling::Word& w)
{
    return NameSpelling::candidate(w) && !w.marked &&
           !LanguageData::words(u"vi/loanwords.txt").contains(w.folded);
}

// Two spellings that begin with the same five letters are forms of one name: "Haiti" and
// "Haitian", "Afghanistan" and "Afghan", "California" and "Calif".
bool sharePrefix(const QString& a, const QString& b)
{
    constexpr qsizetype letters = 5;
    return a.size() >= letters && b.size() >= letters &&
           QStringView(a).first(letters) == QStringView(b).first(letters);
}

bool overlaps(const std::optional<FindingSpan>& span, const EntityMention& m)
{
    return span && span->start < m.start + m.length && m.start < span->start + span->length;
}

} // namespace

// A name the other side of the row may have written some other way: one of its key words
// (or all the words of one of its glossary forms) is there, or a word one or two letters from
// a key word (a misspelt copy: name-spelling's to report).
bool RowChecker::nameWritten(const Row& row, int entity, const QString& written,
                             const QSet<QString>& words, bool nearMisses) const
{
    const QStringList keys = keyWords(written, folder);
    if (std::any_of(keys.cbegin(), keys.cend(),
                    [&](const QString& key) { return hasWord(words, key); }) ||
        joinedOrInitials(written, words, folder))
        return true;
    const GlossaryEntry* entry =
        entity >= 0 ? glossary.entry(row.entities.entities.at(entity).id) : nullptr;
    if (entry) {
        QStringList forms = entry->english + entry->vietnamese;
        forms << entry->givenNames;
        for (const QString& form : std::as_const(forms)) {
            const QStringList formKeys = keyWords(form, folder);
            if (!formKeys.isEmpty() &&
                std::all_of(formKeys.cbegin(), formKeys.cend(),
                            [&](const QString& key) { return hasWord(words, key); }))
                return true;
        }
    }
    if (!nearMisses)
        return false;
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QString& key) {
        return key.size() >= NameSpelling::shortestName &&
               std::any_of(words.cbegin(), words.cend(), [&](const QString& word) {
                   return sharePrefix(word, key) || (std::abs(word.size() - key.size()) <= 2 &&
                                                     NameSpelling::distance(word, key) <=
                                                         NameSpelling::allowedDistance(word, key));
               });
    });
}

// How far a name can be looked for on the other side. A person keeps his name in a translation
// (the glossary knows the forms that differ: "Tập Cận Bình"), and so does a place or
// organisation written in the Vietnamese with a foreign word ("Belarus", "Microsoft"). Other
// names are translated, added and dropped in ways no rule tells from an error: "Pháp" for
// "French", "Mỹ" added to "President Bush", "Đảng Bảo thủ" for "the Tories"; the recogniser's
// Vietnamese names by rule in Vietnamese syllables are as often words ("Lan" of "Thái Lan").
// The English names found by rule ("Election Results" is a person too) and its places and
// organisations only stand in a message as what the Vietnamese replaced.
RowChecker::OneSide RowChecker::oneSideUse(const Row& row, int entity, const EntityMention& m) const
{
    const Entity& e = row.entities.entities.at(entity);
    const QList<NameSpelling::Word> words = NameSpelling::capitalisedWords(m.text, folder);
    const bool foreign = std::any_of(words.cbegin(), words.cend(), foreignWord);
    // A given name alone ("Chính", "Son") is as often a word; a foreign name alone is not.
    const bool known = glossary.entry(e.id) != nullptr && (words.size() >= 2 || foreign);
    const bool person = e.type == u"person";
    if (!person && e.type != u"place" && e.type != u"organisation")
        return OneSide::Ignored;
    if (m.language == Language::English)
        return person && known ? OneSide::Reported : OneSide::Counterpart;
    if ((person && known) || foreign)
        return OneSide::Reported;
    // "Nhật Bản" where the English names another country: only against a place of the English.
    // Not organisations: "Quốc hội" is any country's parliament.
    return e.type == u"place" && glossary.entry(e.id) ? OneSide::Counterpart : OneSide::Ignored;
}

// Runs of capitalised words of the row's Vietnamese with a foreign word among them ("Raigad",
// "New South Wales", "Mc Laren"): names the recogniser may not hold.
QList<EntityMention> RowChecker::foreignRuns(const Row& row) const
{
    const QString& text = row.vietnamese->text;
    QList<EntityMention> runs;
    std::optional<EntityMention> current;
    bool foreign = false;
    const auto close = [&] {
        if (current && foreign)
            runs.append(*current);
        current.reset();
        foreign = false;
    };
    for (const NameSpelling::Word& w : NameSpelling::capitalisedWords(text, folder)) {
        // A unit after a number is no name: "100 Mbps", "5 GHz".
        const QStringView before = QStringView(text).first(w.start).trimmed();
        if (!before.isEmpty() && before.back().isDigit()) {
            close();
            continue;
        }
        if (w.before.isEmpty() || !current) {
            close();
            current = EntityMention{row.index, Language::Vietnamese, w.start, w.length, w.text};
        } else {
            current->length = w.start + w.length - current->start;
            current->text = text.mid(current->start, current->length);
        }
        foreign = foreign || foreignWord(w);
    }
    close();
    return runs;
}

// The names of `language` in the row that its other side does not write, in order: entities,
// and in the Vietnamese also capitalised foreign words no entity holds ("Raigad").
QList<RowChecker::OneSideName> RowChecker::namesOnOneSide(const Row& row, Language language,
                                                          const QSet<QString>& otherWords) const
{
    const Language other = language == Language::English ? Language::Vietnamese : Language::English;
    const auto reported = [&](const EntityMention& m) { // as another person or a misspelt copy
        return std::any_of(row.out.cbegin(), row.out.cend(), [&](const Finding& f) {
            return f.row == row.index &&
                   overlaps(language == Language::English ? f.english : f.vietnamese, m);
        });
    };
    // "the Russian president" written without a name stands for Putin.
    const QSet<QString> titles = bareTitles(row, other);
    const auto titled = [&](int entity) {
        const QSet<QString> offices =
            officesHeld(row.entities.entities.at(entity), row.document.metadata.date);
        return std::any_of(offices.cbegin(), offices.cend(),
                           [&](const QString& office) { return titles.contains(office); });
    };
    QList<OneSideName> found;
    QList<EntityMention> held; // every name mention of the side, checked or not
    QSet<int> seen;
    for (const auto& [entity, m] : row.gathered.mentions.at(row.index)) {
        if (m.language != language || row.entities.entities.at(entity).type == u"date" ||
            row.entities.entities.at(entity).type == u"number")
            continue;
        held.append(m);
        const OneSide use = oneSideUse(row, entity, m);
        if (use == OneSide::Ignored || seen.contains(entity) ||
            !row.mentionsOf(entity, other).isEmpty() ||
            nameWritten(row, entity, m.text, otherWords, true) || reported(m) || titled(entity))
            continue;
        seen.insert(entity);
        found.append({entity, m, use == OneSide::Reported});
    }
    if (language == Language::Vietnamese)
        for (const EntityMention& m : foreignRuns(row)) {
            if (std::none_of(
                    held.cbegin(), held.cend(),
                    [&](const EntityMention& h) { return overlaps(span(row.vietnamese, h), m); }) &&
                !nameWritten(row, -1, m.text, otherWords, true) && !reported(m))
                found.append({-1, m, true});
        }
    std::sort(found.begin(), found.end(), [](const OneSideName& a, const OneSideName& b) {
        return a.mention.start < b.mention.start;
    });
    return found;
}

bool RowChecker::documentNames(const Row& row, int entity, const EntityMention& m,
                               Language language) const
{
    if (entity >= 0 && row.entities.entities.at(entity).mentionCount(language) > 0)
        return true;
    std::optional<std::pair<QSet<QString>, QSet<QString>>>& words = row.gathered.documentWords;
    if (!words) {
        words.emplace();
        for (const Paragraph& paragraph : row.document.paragraphs)
            (paragraph.language == Language::English ? words->first : words->second)
                .unite(NameSpelling::wordSet(paragraph.text, folder));
    }
    return nameWritten(row, entity, m.text,
                       language == Language::English ? words->first : words->second, false);
}

std::optional<NameSpelling::Word> RowChecker::renderedWord(const Row& row, const QString& name,
                                                           const QSet<QString>& vietnamese) const
{
    const QStringList keys = keyWords(name, folder);
    // Capitalised words only: among all the words of a sentence one is too often alike.
    for (const NameSpelling::Word& w : NameSpelling::capitalisedWords(row.english->text, folder))
        if (!vietnamese.contains(w.folded) &&
            std::any_of(keys.cbegin(), keys.cend(),
                        [&](const QString& key) { return NameSpelling::mayRender(key, w.folded); }))
            return w;
    return std::nullopt;
}

// A name the other language of the whole document never writes is a warning: a person put in
// or left out, or one name pasted over another. One it writes elsewhere is a note when the row
// has another name in its place, and nothing otherwise (translations move names about).
void RowChecker::checkOneSide(const Row& row) const
{
    const QSet<QString> englishWords = NameSpelling::wordSet(row.english->text, folder);
    const QSet<QString> vietnameseWords = NameSpelling::wordSet(row.vietnamese->text, folder);
    const QList<OneSideName> vietnamese = namesOnOneSide(row, Language::Vietnamese, englishWords);
    QList<OneSideName> english = namesOnOneSide(row, Language::English, vietnameseWords);
    const auto type = [&](const OneSideName& n) {
        return n.entity >= 0 ? row.entities.entities.at(n.entity).type : QString();
    };
    const auto id = [&](const OneSideName& n) {
        return n.entity >= 0 ? row.entities.entities.at(n.entity).id : QString();
    };
    for (const OneSideName& v : vietnamese) {
        // "Matxcova" for Moscow, "Keneday" for Kennedy: another form, or a misspelling.
        if (const std::optional<NameSpelling::Word> rendered =
                renderedWord(row, v.mention.text, vietnameseWords)) {
            const FindingSpan renderedSpan =
                findingSpan(row.english->text, rendered->start, rendered->length);
            add(row, u"name-one-side"_s, Severity::Info, renderedSpan,
                span(row.vietnamese, v.mention),
                tr("The Vietnamese writes %1 where the English writes %2: another form of the "
                   "name, or a misspelling.")
                    .arg(v.mention.text, rendered->text),
                {}, id(v));
            english.removeIf(
                [&](const OneSideName& e) { return overlaps(renderedSpan, e.mention); });
            continue;
        }
        const bool elsewhere = documentNames(row, v.entity, v.mention, Language::English);
        const bool person = type(v) == u"person";
        // The name the English has in its place: a person for a person; a place, an
        // organisation or a name of unknown type (a foreign word) for the others.
        const auto counterpart = std::find_if(english.begin(), english.end(), [&](const auto& e) {
            return v.reported ? type(v).isEmpty() || (type(e) == u"person") == person
                              : type(e) == type(v);
        });
        if (!v.reported && counterpart == english.end())
            continue;
        if (counterpart == english.end()) {
            // A person the English never names is someone put in; a place or organisation
            // is often added to make a sentence clear ("Thủ tướng Australia Albanese").
            if (!elsewhere)
                add(row, u"name-one-side"_s, person ? Severity::Warning : Severity::Info,
                    std::nullopt, span(row.vietnamese, v.mention),
                    tr("The Vietnamese names %1, which the English of the document never names.")
                        .arg(v.mention.text),
                    {}, id(v));
            continue;
        }
        const EntityMention& other = counterpart->mention;
        // The evidence: which of the two names the other language never writes.
        QStringList message{tr("The Vietnamese names %1 where the English names %2.")
                                .arg(v.mention.text, other.text)};
        if (!elsewhere)
            message << tr("The English of the document never names %1.").arg(v.mention.text);
        // A place or organisation is translated: that the Vietnamese never writes its English
        // form says nothing.
        if (type(*counterpart) == u"person" &&
            !documentNames(row, counterpart->entity, other, Language::Vietnamese))
            message << tr("The Vietnamese of the document never names %1.").arg(other.text);
        // A country in Vietnamese words is as often the English's adjective ("French" /
        // "Pháp") as another country: a note at most until the glossary knows the adjectives.
        add(row, u"name-one-side"_s,
            message.size() > 1 && v.reported ? Severity::Warning : Severity::Info,
            span(row.english, other), span(row.vietnamese, v.mention), message.join(u' '), {},
            id(v));
        english.erase(counterpart);
    }
    for (const OneSideName& e : std::as_const(english))
        if (e.reported && !documentNames(row, e.entity, e.mention, Language::Vietnamese))
            add(row, u"name-one-side"_s, Severity::Warning, span(row.english, e.mention),
                std::nullopt,
                tr("The English names %1, which the Vietnamese of the document never names.")
                    .arg(e.mention.text),
                {}, id(e));
}

} // namespace songngu
