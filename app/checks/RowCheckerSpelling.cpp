// SPDX-License-Identifier: GPL-3.0-or-later
// RowChecker: foreign names copied from one language into the other, misspelt (name-spelling).
#include "checks/RowChecker.h"

#include <QSet>

#include <cstdlib>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

using Word = NameSpelling::Word;

// The candidate names of a paragraph (NameSpelling::candidate) that `other`, the folded words of
// the other side, does not have: the first time each is written.
QList<Word> unmatched(QStringView text, const QSet<QString>& other, const TextFolder& folder)
{
    QList<Word> out;
    QSet<QString> seen;
    for (const Word& word : NameSpelling::capitalisedWords(text, folder)) {
        if (!NameSpelling::candidate(word) || other.contains(word.folded) ||
            seen.contains(word.folded))
            continue;
        seen.insert(word.folded);
        out.append(word);
    }
    return out;
}

} // namespace

void RowChecker::checkSpelling(const Row& row) const
{
    const QString& englishText = row.english->text;
    const QString& vietnameseText = row.vietnamese->text;
    // Only words one side writes and the other does not can be misspelt copies.
    const QList<Word> english =
        unmatched(englishText, NameSpelling::wordSet(vietnameseText, folder), folder);
    if (english.isEmpty())
        return;
    const QList<Word> vietnamese =
        unmatched(vietnameseText, NameSpelling::wordSet(englishText, folder), folder);
    for (const Word& v : vietnamese) {
        const Word* closest = nullptr;
        int closestDistance = 0;
        bool explained = false;
        for (const Word& e : english) {
            const int allowed = NameSpelling::allowedDistance(e.folded, v.folded);
            if (std::abs(e.folded.size() - v.folded.size()) > allowed)
                continue;
            const int distance = NameSpelling::distance(e.folded, v.folded);
            if (distance > allowed)
                continue;
            // A Vietnamese word that is another form of some English word is that word, and
            // no misspelling of the closest.
            if (sameName(row, e, v)) {
                explained = true;
                break;
            }
            if (!closest || distance < closestDistance) {
                closest = &e;
                closestDistance = distance;
            }
        }
        if (closest && !explained)
            reportSpelling(row, *closest, v);
    }
}

bool RowChecker::sameName(const Row& row, const Word& english, const Word& vietnamese) const
{
    // A letter typed as a Telex tone is a slip, whatever else explains the difference:
    // "Denní" for "Dennis" is no plural.
    if (NameSpelling::telexSlip(vietnamese, english.folded))
        return false;
    // The last word of a name both sides write alike ("Mike Myers", "Bear Stearns") keeps its
    // plural ending: it is part of the name, not English grammar.
    const bool sameNameBefore = !english.before.isEmpty() && english.before == vietnamese.before;
    if (sameNameBefore && NameSpelling::plural(english.folded, vietnamese.folded))
        return false;
    if (NameSpelling::inflected(english.folded, vietnamese.folded) ||
        NameSpelling::vietnameseOrthography(english.folded, vietnamese.folded) ||
        glossaryForms(row, english.folded, vietnamese.folded))
        return true;
    // Marks the English lacks make a Vietnamese form of the name ("Irắc" for "Iraq"), not a
    // copy of it.
    return vietnamese.marked && !english.marked;
}

bool RowChecker::glossaryForms(const Row& row, const QString& a, const QString& b) const
{
    std::optional<QMultiHash<QString, QString>>& index = row.gathered.glossaryWords;
    if (!index) {
        index.emplace();
        for (const GlossaryEntry& entry : glossary.entries()) {
            QSet<QString> words;
            for (const QStringList* forms : {&entry.english, &entry.vietnamese, &entry.givenNames})
                for (const QString& form : *forms)
                    for (const QString& word : NameSpelling::foldedWords(form, folder))
                        words.insert(word);
            for (const QString& word : std::as_const(words))
                index->insert(word, entry.id);
        }
    }
    const QList<QString> entries = index->values(a);
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&](const QString& id) { return index->contains(b, id); });
}

int RowChecker::timesWritten(const Row& row, const QString& folded, Language language) const
{
    std::optional<QHash<QString, std::pair<int, int>>>& counts = row.gathered.wordCounts;
    if (!counts) {
        counts.emplace();
        for (const Paragraph& paragraph : row.document.paragraphs) {
            const bool english = paragraph.language == Language::English;
            // Capitalised only: "work" written as a word is no vote for "New Work".
            for (const Word& word : NameSpelling::capitalisedWords(paragraph.text, folder)) {
                std::pair<int, int>& count = (*counts)[word.folded];
                ++(english ? count.first : count.second);
            }
        }
    }
    const std::pair<int, int> count = counts->value(folded);
    return language == Language::English ? count.first : count.second;
}

void RowChecker::reportSpelling(const Row& row, const Word& english, const Word& vietnamese) const
{
    // Which side is wrong is not known for sure: a translation copies the English, so the
    // Vietnamese is presumed wrong unless the English itself writes the Vietnamese spelling
    // elsewhere more often than the Vietnamese writes the English one.
    const bool englishWrong = timesWritten(row, vietnamese.folded, Language::English) >
                              timesWritten(row, english.folded, Language::Vietnamese);
    const Word& written = englishWrong ? english : vietnamese;
    const Word& other = englishWrong ? vietnamese : english;
    QString how;
    switch (NameSpelling::edit(written.folded, other.folded)) {
    case NameSpelling::Edit::Replaced:
        how = tr("one letter differs");
        break;
    case NameSpelling::Edit::Dropped:
        how = tr("one letter missing");
        break;
    case NameSpelling::Edit::Added:
        how = tr("one letter too many");
        break;
    case NameSpelling::Edit::Swapped:
        how = tr("two letters swapped");
        break;
    case NameSpelling::Edit::Several:
        how = tr("two letters differ");
        break;
    }
    const QString message =
        englishWrong
            ? tr("The English writes %1 where the Vietnamese writes %2 (%3), as the English "
                 "does elsewhere in the document.")
                  .arg(written.text, other.text, how)
            : tr("The Vietnamese writes %1 where the English writes %2 (%3).")
                  .arg(written.text, other.text, how);
    add(row, u"name-spelling"_s, Severity::Warning,
        findingSpan(row.english->text, english.start, english.length),
        findingSpan(row.vietnamese->text, vietnamese.start, vietnamese.length), message,
        other.text);
}

} // namespace songngu
