// SPDX-License-Identifier: GPL-3.0-or-later
// RowChecker: the people of a row, English against Vietnamese (name-mismatch).
#include "checks/RowChecker.h"

#include <algorithm>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

bool overlaps(int start, int length, const EntityMention& m)
{
    return start < m.start + m.length && m.start < start + length;
}

} // namespace

QList<int> RowChecker::peopleIn(const Row& row, Language language) const
{
    QList<std::pair<int, int>> found; // first start, entity index
    for (int index : row.entities.entitiesInRow(row.index)) {
        const Entity& entity = row.entities.entities.at(index);
        if (entity.type != u"person")
            continue;
        const QList<EntityMention> mentions = row.mentionsOf(index, language);
        if (!mentions.isEmpty())
            found.append({mentions.front().start, index});
    }
    std::sort(found.begin(), found.end());
    QList<int> people;
    for (const auto& [start, index] : found)
        people.append(index);
    return people;
}

bool RowChecker::samePerson(const Row& row, int indexA, int indexB) const
{
    const Entity& a = row.entities.entities.at(indexA);
    const Entity& b = row.entities.entities.at(indexB);
    if (a.id == b.id)
        return true;
    const GlossaryEntry* entryA = glossary.entry(a.id);
    const GlossaryEntry* entryB = glossary.entry(b.id);
    if (entryA && entryB)
        return false; // the glossary knows every form of both
    // A name found by rule may be part of the other's, or joined differently: "Lavrov" of
    // "Sergei Lavrov", "Ông Tập" of "Tập Cận Bình", "Pu-tin" of "Putin", "V. Putin". Not "Tran
    // Hong Minh" of "Ho Chi Minh": every word must be there, an initial standing for one.
    const auto forms = [&](int index, const GlossaryEntry* entry) {
        const Entity& e = row.entities.entities.at(index);
        QStringList all{e.english, e.vietnamese};
        all << row.spellings(index);
        if (entry)
            all << entry->english << entry->vietnamese << entry->givenNames;
        QList<QStringList> words;
        for (const QString& form : std::as_const(all))
            if (!form.isEmpty())
                words.append(QString(folded(row, form))
                                 .remove(u'-')
                                 .replace(u'.', u' ')
                                 .split(u' ', Qt::SkipEmptyParts));
        return words;
    };
    const auto within = [](const QStringList& part, const QStringList& whole) {
        return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(), [&](const QString& word) {
            return std::any_of(whole.cbegin(), whole.cend(), [&](const QString& w) {
                return w == word || (word.size() == 1 && w.startsWith(word));
            });
        });
    };
    const QList<QStringList> formsA = forms(indexA, entryA);
    const QList<QStringList> formsB = forms(indexB, entryB);
    for (const QStringList& x : formsA)
        for (const QStringList& y : formsB)
            if (within(x, y) || within(y, x))
                return true;
    return false;
}

QSet<QString> RowChecker::officesHeld(const Entity& person, QDate date) const
{
    // On the article's date when it has one: "the General Secretary" of May 2025 is To Lam.
    QSet<QString> held;
    if (const GlossaryEntry* entry = glossary.entry(person.id))
        for (const OfficeTerm& term : entry->offices)
            if (!date.isValid() || term.heldOn(date))
                held.insert(term.office);
    return held;
}

QSet<QString> RowChecker::officesNamed(const Row& row, const QString& words,
                                       Language language) const
{
    QSet<QString> offices;
    const QString& key = folded(row, words);
    for (const auto& [office, written, form] : row.gathered.officeTitles)
        if (written == language && form == key)
            offices.insert(office);
    return offices;
}

QSet<QString> RowChecker::titleOffices(const Row& row, Language language, int person) const
{
    QSet<QString> offices;
    for (const TitleLink& link : row.gathered.titles.at(row.index)) {
        if (link.language != language || link.person != person)
            continue;
        for (const EntityMention& m : row.mentionsOf(link.title, language))
            offices.unite(officesNamed(row, m.text, language));
    }
    return offices;
}

QSet<QString> RowChecker::bareTitles(const Row& row, Language language) const
{
    QSet<QString> offices;
    const Paragraph* paragraph = row.side(language);
    if (!paragraph)
        return offices;
    // Offsets must stay those of the paragraph: folded whole when that keeps its length (NFC
    // Vietnamese does), else character by character.
    QString text = folder.fold(paragraph->text);
    if (text.size() != paragraph->text.size()) {
        text.clear();
        for (QChar c : paragraph->text) {
            const QString one =
                c.unicode() < 0x80 ? QString(c.toLower()) : folder.fold(QStringView(&c, 1));
            text.append(one.size() == 1 ? one.front() : c.toLower());
        }
    }
    // Titles written with a person, and people whose names hold a title ("President Ho Chi Minh").
    QList<EntityMention> taken;
    for (int index : row.entities.entitiesInRow(row.index)) {
        const Entity& entity = row.entities.entities.at(index);
        if (entity.type == u"title" || entity.type == u"person")
            taken.append(row.mentionsOf(index, language));
    }
    for (const auto& [office, written, f] : row.gathered.officeTitles) {
        if (written != language || f.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
            const qsizetype end = at + f.size();
            if ((at > 0 && text.at(at - 1).isLetterOrNumber()) ||
                (end < text.size() && text.at(end).isLetterOrNumber()))
                continue;
            // A capital after it is a name the title goes with, known or not: "Prime Minister
            // Anthony Albanese" is no bare title.
            qsizetype next = end;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next > end && next < text.size() && paragraph->text.at(next).isUpper())
                continue;
            // clang 14 cannot capture a structured binding: the length is captured instead.
            const int length = int(f.size());
            if (std::none_of(taken.cbegin(), taken.cend(),
                             [&](const EntityMention& m) { return overlaps(int(at), length, m); }))
                offices.insert(office);
        }
    }
    return offices;
}

void RowChecker::checkNames(const Row& row) const
{
    const QList<Entity>& all = row.entities.entities;
    const QList<int> english = peopleIn(row, Language::English);
    const QList<int> vietnamese = peopleIn(row, Language::Vietnamese);
    if (english.isEmpty() || vietnamese.isEmpty())
        return;
    // People of one side that the other side does not name: omissions, or substitutions.
    const auto onlyIn = [&](const QList<int>& mine, const QList<int>& theirs) {
        QList<int> only;
        for (int index : mine)
            if (std::none_of(theirs.cbegin(), theirs.cend(),
                             [&](int other) { return samePerson(row, index, other); }))
                only.append(index);
        return only;
    };
    const QList<int> onlyEnglish = onlyIn(english, vietnamese);
    const QList<int> onlyVietnamese = onlyIn(vietnamese, english);
    if (onlyEnglish.isEmpty() || onlyVietnamese.isEmpty())
        return;
    const QDate date = row.document.metadata.date;
    const QSet<QString> bareEnglish = bareTitles(row, Language::English);
    const QSet<QString> bareVietnamese = bareTitles(row, Language::Vietnamese);
    // A bare title of an office only one of the two holds stands for that one: "To Lam met the
    // Russian president" / "Tổng Bí thư gặp Tổng thống Putin" names both, crosswise.
    const auto standsFor = [](const QSet<QString>& titles, const QSet<QString>& held,
                              const QSet<QString>& notHeld) {
        return std::any_of(titles.cbegin(), titles.cend(), [&](const QString& office) {
            return held.contains(office) && !notHeld.contains(office);
        });
    };
    QList<bool> paired(onlyEnglish.size(), false);
    for (int v : onlyVietnamese) {
        const Entity& inVietnamese = all.at(v);
        const GlossaryEntry* entryV = glossary.entry(inVietnamese.id);
        const QSet<QString> heldV = officesHeld(inVietnamese, date);
        const QSet<QString> titledV = titleOffices(row, Language::Vietnamese, v);
        for (qsizetype i = 0; i < onlyEnglish.size(); ++i) {
            const Entity& inEnglish = all.at(onlyEnglish.at(i));
            const GlossaryEntry* entryE = glossary.entry(inEnglish.id);
            // Two names found by rule may be one foreign name transliterated.
            if (paired.at(i) || (!entryE && !entryV))
                continue;
            const QSet<QString> heldE = officesHeld(inEnglish, date);
            // Written with a title of the other's office, one is in the other's place
            // ("Tổng Bí thư Trọng" for "General Secretary Lam"), whatever bare titles say.
            const bool inPlace =
                titledV.intersects(heldE) ||
                titleOffices(row, Language::English, onlyEnglish.at(i)).intersects(heldV);
            if (!inPlace &&
                (standsFor(bareVietnamese, heldE, heldV) || standsFor(bareEnglish, heldV, heldE)))
                continue;
            paired[i] = true;
            const QString expected = entryE && !entryE->vietnamese.isEmpty()
                                         ? entryE->vietnamese.front()
                                     : !inEnglish.vietnamese.isEmpty() ? inEnglish.vietnamese
                                                                       : inEnglish.english;
            const QString shownV =
                inVietnamese.vietnamese.isEmpty() ? inVietnamese.english : inVietnamese.vietnamese;
            add(row, u"name-mismatch"_s, Severity::Error,
                span(row.english, row.mentionsOf(onlyEnglish.at(i), Language::English).front()),
                span(row.vietnamese, row.mentionsOf(v, Language::Vietnamese).front()),
                tr("The English names %1, the Vietnamese %2.").arg(inEnglish.english, shownV),
                expected, inEnglish.id);
            break;
        }
    }
}

} // namespace songngu
