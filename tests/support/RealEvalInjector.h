// SPDX-License-Identifier: GPL-3.0-or-later
// Errors put into single lines of the ALT corpus, for tst_realcheckquality: a foreign name
// misspelt, another name pasted over one, a number, a scale word or a number word changed, a
// sentence's translation dropped. Each injector takes a line the checks are silent on (a 1-1
// row of the clean pairs reading) and returns the changed line, or nothing when the line has
// nothing of its kind.
#pragma once

#include "support/RealEvalCorpus.h"
#include "text/LanguageData.h"
#include "text/TextFolder.h"

#include <QMap>
#include <QRegularExpression>

#include <optional>
#include <set>

namespace songngu::testing {

// One error put into one corpus line.
struct Injection
{
    QString kind;         // the injector's: "name-spelling", "number-scale", …
    QStringList expected; // the finding kinds that find it
    int line = 0;         // 1-based corpus line
    QString what;         // for the log: "Portugal → Portgual (vi)"
    QString english;      // the changed line
    QString vietnamese;   // the changed line; empty when dropped
};

// A clean line an error may go into: row `row` of `checked` pairs exactly corpus line `line`.
struct InjectionSite
{
    const CheckedDocument* checked = nullptr;
    int row = 0;
    int line = 0; // 1-based
    QString english;
    QString vietnamese;
};

class RealEvalInjector
{
public:
    // Per entity type ("person", "place"): names found elsewhere, (entity id, Vietnamese form).
    using NamePool = QMap<QString, QList<std::pair<QString, QString>>>;

    // `names`: the names another one may be replaced with.
    explicit RealEvalInjector(NamePool names) : names(std::move(names))
    {
        const LanguageData::Table& table = LanguageData::table(u"vi/numbers.tsv");
        const int role = table.column(u"role");
        const int value = table.column(u"value");
        for (const QStringList& row : table.rows) {
            const qint64 v = row.at(value).toLongLong();
            if (row.at(role) == u"scale")
                scales.insert(row.front(), v);
            else if (row.at(role) == u"unit" && !unitWords.contains(v))
                unitWords.insert(v, row.front());
            else if (row.at(role) == u"unit")
                unitValues.insert(row.front(), v); // another spelling ("bẩy")
            if (row.at(role) == u"teen")
                ten = row.front();
        }
        for (auto it = unitWords.cbegin(); it != unitWords.cend(); ++it)
            unitValues.insert(it.value(), it.key());
    }

    // The people and places `clean` (documents as they are) links across a row: their Vietnamese
    // forms.
    static NamePool namePool(const QList<CheckedDocument>& clean)
    {
        QMap<QString, std::set<std::pair<QString, QString>>> found;
        for (const CheckedDocument& c : clean) {
            for (const Entity& entity : c.entities->entities) {
                if (entity.type != QStringLiteral("person") &&
                    entity.type != QStringLiteral("place"))
                    continue;
                for (const EntityMention& m : entity.mentions)
                    if (m.language == Language::Vietnamese && m.text.size() >= 3 &&
                        !entity.mentionsIn(m.row, Language::English).isEmpty())
                        found[entity.type].insert({entity.id, m.text});
            }
        }
        NamePool pool;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            pool.insert(it.key(),
                        QList<std::pair<QString, QString>>(it.value().cbegin(), it.value().cend()));
        return pool;
    }

    static QStringList kinds()
    {
        return {QStringLiteral("name-spelling"), QStringLiteral("name-swap"),
                QStringLiteral("number-digits"), QStringLiteral("number-scale"),
                QStringLiteral("number-word"),   QStringLiteral("dropped-sentence")};
    }

    std::optional<Injection> inject(const QString& kind, const InjectionSite& site,
                                    PortableRandom& random, bool englishSide) const
    {
        std::optional<Injection> made = kind == u"name-spelling"
                                            ? misspell(site, random, englishSide)
                                        : kind == u"name-swap"     ? swapName(site, random)
                                        : kind == u"number-digits" ? changeDigits(site, random)
                                        : kind == u"number-scale"  ? changeScale(site, random)
                                        : kind == u"number-word"   ? changeNumberWord(site)
                                                                   : dropSentence(site);
        if (made) {
            made->kind = kind;
            made->line = site.line;
        }
        return made;
    }

    // Whether a capitalised Latin word could be a Vietnamese syllable written without marks
    // ("Long", "Minh"): then it is not surely a foreign name.
    static bool couldBeVietnamese(const QString& word)
    {
        static const QRegularExpression syllable(
            QStringLiteral("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}("
                           "ng|nh|ch|[cmnpt])?$"));
        return syllable.match(word.toLower()).hasMatch();
    }

private:
    // The mentions in the site's row of entities of `type` written on both sides.
    static QList<EntityMention> linkedMentions(const InjectionSite& site, const QString& type,
                                               Language language)
    {
        QList<EntityMention> found;
        const DocumentEntities& entities = *site.checked->entities;
        for (int index : entities.entitiesInRow(site.row)) {
            const Entity& entity = entities.entities.at(index);
            if (entity.type != type || entity.mentionsIn(site.row, Language::English).isEmpty())
                continue;
            found.append(entity.mentionsIn(site.row, language));
        }
        return found;
    }

    static Injection changed(const InjectionSite& site, const QStringList& expected,
                             const QString& what, const QString& english, const QString& vietnamese)
    {
        return Injection{{}, expected, site.line, what, english, vietnamese};
    }

    std::optional<Injection> misspell(const InjectionSite& site, PortableRandom& random,
                                      bool englishSide) const
    {
        static const QRegularExpression word(
            QStringLiteral("(?<![\\p{L}\\p{M}\\p{N}])[A-Z][a-z]{3,}(?![\\p{L}\\p{M}\\p{N}])"),
            QRegularExpression::UseUnicodePropertiesOption);
        const auto tokens = [](const QString& text) {
            QList<QRegularExpressionMatch> found;
            for (const QRegularExpressionMatch& m : word.globalMatch(text))
                found.append(m);
            return found;
        };
        const QList<QRegularExpressionMatch> english = tokens(site.english);
        const QList<QRegularExpressionMatch> vietnamese = tokens(site.vietnamese);
        const auto written = [](const QList<QRegularExpressionMatch>& in, const QString& name) {
            return std::any_of(in.cbegin(), in.cend(), [&name](const QRegularExpressionMatch& m) {
                return m.captured() == name;
            });
        };
        const QString& target = englishSide ? site.english : site.vietnamese;
        QList<QRegularExpressionMatch> candidates;
        for (const QRegularExpressionMatch& m : englishSide ? english : vietnamese)
            if (written(englishSide ? vietnamese : english, m.captured()) &&
                !couldBeVietnamese(m.captured()))
                candidates.append(m);
        if (candidates.isEmpty())
            return std::nullopt;
        const QRegularExpressionMatch chosen =
            candidates.at(random.bounded(int(candidates.size())));
        const QString name = chosen.captured();
        QString wrong = name;
        const int at = 1 + random.bounded(int(name.size()) - 1); // never the capital
        switch (random.bounded(3)) {
        case 0: // two neighbours swapped
            if (at + 1 < name.size() && name.at(at) != name.at(at + 1))
                std::swap(wrong[at], wrong[at + 1]);
            else if (name.at(at) != name.at(at - 1) && at > 1)
                std::swap(wrong[at - 1], wrong[at]);
            break;
        case 1: // one dropped
            wrong.remove(at, 1);
            break;
        default: // one replaced
            wrong[at] = QChar(
                char16_t(u'a' + (name.at(at).unicode() - u'a' + 1 + random.bounded(25)) % 26));
        }
        if (wrong == name || site.english.contains(wrong) || site.vietnamese.contains(wrong))
            return std::nullopt;
        QString text = target;
        text.replace(chosen.capturedStart(), chosen.capturedLength(), wrong);
        const QString what = name + QStringLiteral(" → ") + wrong +
                             (englishSide ? QStringLiteral(" (en)") : QStringLiteral(" (vi)"));
        return changed(site, {QStringLiteral("name-spelling")}, what,
                       englishSide ? text : site.english, englishSide ? site.vietnamese : text);
    }

    // Every mention in the row's Vietnamese of a person (else a place) written on both sides
    // replaced by another's name, one the row does not mention in any form.
    std::optional<Injection> swapName(const InjectionSite& site, PortableRandom& random) const
    {
        const DocumentEntities& entities = *site.checked->entities;
        for (const QString& type : {QStringLiteral("person"), QStringLiteral("place")}) {
            QList<const Entity*> linked;
            for (int index : entities.entitiesInRow(site.row)) {
                const Entity& entity = entities.entities.at(index);
                const QList<EntityMention> vietnamese =
                    entity.mentionsIn(site.row, Language::Vietnamese);
                // A name of two letters or more ("O" of O'Brien is no name to replace).
                const bool names =
                    !vietnamese.isEmpty() &&
                    std::all_of(vietnamese.cbegin(), vietnamese.cend(),
                                [](const EntityMention& m) { return m.length >= 2; });
                if (entity.type == type && names &&
                    !entity.mentionsIn(site.row, Language::English).isEmpty())
                    linked.append(&entity);
            }
            if (linked.isEmpty())
                continue;
            const Entity* chosen = linked.at(random.bounded(int(linked.size())));
            const QList<EntityMention> mentions =
                chosen->mentionsIn(site.row, Language::Vietnamese);
            const QList<std::pair<QString, QString>>& pool = names.value(type);
            const QString row = folder.fold(site.english + u' ' + site.vietnamese);
            for (int attempt = 0; attempt < 20 && !pool.isEmpty(); ++attempt) {
                const auto& [id, other] = pool.at(random.bounded(int(pool.size())));
                const QString folded = folder.fold(other);
                const bool related =
                    std::any_of(mentions.cbegin(), mentions.cend(), [&](const EntityMention& m) {
                        const QString mention = folder.fold(m.text);
                        return folded.contains(mention) || mention.contains(folded);
                    });
                if (id == chosen->id || related || row.contains(folded))
                    continue;
                QString text = site.vietnamese;
                for (qsizetype m = mentions.size() - 1; m >= 0; --m)
                    text.replace(mentions.at(m).start, mentions.at(m).length, other);
                return changed(
                    site, {QStringLiteral("name-mismatch"), QStringLiteral("name-one-side")},
                    mentions.front().text + QStringLiteral(" → ") + other, site.english, text);
            }
        }
        return std::nullopt;
    }

    std::optional<Injection> changeDigits(const InjectionSite& site, PortableRandom& random) const
    {
        static const QRegularExpression digits(QStringLiteral("[0-9]+"));
        QList<EntityMention> candidates;
        for (const EntityMention& m :
             linkedMentions(site, QStringLiteral("number"), Language::Vietnamese))
            if (digits.match(m.text).hasMatch())
                candidates.append(m);
        if (candidates.isEmpty())
            return std::nullopt;
        const EntityMention m = candidates.at(random.bounded(int(candidates.size())));
        QRegularExpressionMatch last;
        for (const QRegularExpressionMatch& match : digits.globalMatch(m.text))
            last = match;
        const int width = int(last.capturedLength());
        const qint64 value = last.captured().toLongLong();
        qint64 other = value + 1 + random.bounded(8);
        if (QString::number(other).size() > width)
            other = value - 1 -
                    random.bounded(int(std::min<qint64>(8, std::max<qint64>(1, value - 1))));
        if (other <= 0 || other == value)
            return std::nullopt;
        QString number = m.text;
        number.replace(last.capturedStart(), width,
                       QString::number(other).rightJustified(width, u'0'));
        QString text = site.vietnamese;
        text.replace(m.start, m.length, number);
        return changed(site, {QStringLiteral("number-mismatch")},
                       m.text + QStringLiteral(" → ") + number, site.english, text);
    }

    // The scale word of a number written with one ("3,2 triệu", "hai tỷ") made another.
    std::optional<Injection> changeScale(const InjectionSite& site, PortableRandom& random) const
    {
        for (const EntityMention& m :
             linkedMentions(site, QStringLiteral("number"), Language::Vietnamese)) {
            const QStringList words = m.text.split(u' ');
            QList<qsizetype> found;
            for (qsizetype w = 1; w < words.size(); ++w) // after the number it scales
                if (scales.contains(words.at(w).toLower()))
                    found.append(w);
            if (found.size() != 1)
                continue;
            const qint64 value = scales.value(words.at(found.front()).toLower());
            QStringList others;
            for (auto it = scales.cbegin(); it != scales.cend(); ++it)
                if (it.value() != value)
                    others.append(it.key());
            QStringList changedWords = words;
            changedWords[found.front()] = others.at(random.bounded(int(others.size())));
            const QString number = changedWords.join(u' ');
            QString text = site.vietnamese;
            text.replace(m.start, m.length, number);
            return changed(site, {QStringLiteral("number-mismatch")},
                           m.text + QStringLiteral(" → ") + number, site.english, text);
        }
        return std::nullopt;
    }

    // The last unit word of a number written in words one up ("hai mươi" → "ba mươi", "chín"
    // → "tám"), or "mười" alone made "mười một".
    std::optional<Injection> changeNumberWord(const InjectionSite& site) const
    {
        static const QRegularExpression digits(QStringLiteral("[0-9]"));
        for (const EntityMention& m :
             linkedMentions(site, QStringLiteral("number"), Language::Vietnamese)) {
            if (digits.match(m.text).hasMatch())
                continue;
            QStringList words = m.text.split(u' ');
            qsizetype unit = -1;
            for (qsizetype w = 0; w < words.size(); ++w)
                if (unitValues.contains(words.at(w).toLower()))
                    unit = w;
            if (unit >= 0) {
                const QString& old = words.at(unit);
                const qint64 value = unitValues.value(old.toLower());
                QString other = unitWords.value(value < 9 ? value + 1 : value - 1);
                if (old.front().isUpper())
                    other[0] = other.at(0).toUpper();
                words[unit] = other;
            } else if (words.size() == 1 && words.front().toLower() == ten) {
                words.append(unitWords.value(1));
            } else {
                continue;
            }
            const QString number = words.join(u' ');
            QString text = site.vietnamese;
            text.replace(m.start, m.length, number);
            return changed(site, {QStringLiteral("number-mismatch")},
                           m.text + QStringLiteral(" → ") + number, site.english, text);
        }
        return std::nullopt;
    }

    static std::optional<Injection> dropSentence(const InjectionSite& site)
    {
        // With its neighbours loosely translated the aligner may pair them crosswise around the
        // gap, and the note that the rows may be misaligned is what points at it.
        return changed(site, {QStringLiteral("missing-translation"), QStringLiteral("misaligned")},
                       QStringLiteral("Vietnamese dropped"), site.english, QString());
    }

    NamePool names;
    QMap<QString, qint64> scales;     // "triệu" → 1000000
    QMap<qint64, QString> unitWords;  // 2 → "hai"
    QMap<QString, qint64> unitValues; // "hai" → 2, "bẩy" → 7
    QString ten;                      // "mười"
    TextFolder folder;
};

} // namespace songngu::testing
