// SPDX-License-Identifier: GPL-3.0-or-later
// RowChecker: the row loop, untranslated and missing paragraphs, diacritics. People are
// compared in RowCheckerNames.cpp; numbers, dates and weekdays in RowCheckerValues.cpp.
#include "checks/RowChecker.h"

#include "text/LanguageData.h"
#include "text/VietnameseSpelling.h"

#include <QRegularExpression>

#include <algorithm>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

bool isNameType(const QString& type)
{
    return type == u"person" || type == u"organisation" || type == u"place" ||
           type == u"agreement" || type == u"event";
}

// Syllables and words of a name: split at spaces and hyphens ("Mát-xcơ-va" has three).
QStringList syllables(QStringView text)
{
    QStringList out;
    QString current;
    for (QChar c : text) {
        if (c.isSpace() || c == u'-' || c == u'‐') {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

// A syllable Vietnamese never writes without marks: "ie", "ye", "uye" or "uo" before a final
// ("Nguyen", "Viet", "Yen", "Cuong", "Thuong" are Nguyễn, Việt, Yên, Cường, Thưởng…).
bool needsMarks(QStringView syllable)
{
    static const QRegularExpression pattern(
        uR"(^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|ie|ye|uo))"
        uR"((?:ch|ng|nh|[cmnptiu])$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(syllable).hasMatch();
}

// No character beyond ASCII: a Latin syllable without marks ("Cuong", not "Cường").
bool bare(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

int wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        count += letter && !inWord;
        inWord = letter;
    }
    return count;
}

} // namespace

RowChecker::RowChecker(const Glossary& glossary) : glossary(glossary) {}

QString RowChecker::weekdayName(int weekday, Language language)
{
    const QList<LanguageData::Weekday>& weekdays = LanguageData::calendar().weekdays;
    if (weekday < 1 || weekday > weekdays.size())
        return {};
    const LanguageData::Weekday& day = weekdays.at(weekday - 1);
    return language == Language::Vietnamese ? day.vietnamese : day.english;
}

QString RowChecker::weekdayInMessage(int weekday)
{
    switch (weekday) {
    case 1:
        return tr("Monday");
    case 2:
        return tr("Tuesday");
    case 3:
        return tr("Wednesday");
    case 4:
        return tr("Thursday");
    case 5:
        return tr("Friday");
    case 6:
        return tr("Saturday");
    case 7:
        return tr("Sunday");
    }
    return {};
}

// A paragraph alone in its row. Next to one of the other language alone in the next row, the
// two are more likely each other's translation the aligner did not pair (a loose translation
// of a one-to-one text) than two missing translations: one note says the rows may be
// misaligned, on the first of them.
void RowChecker::checkOneSided(const Row& row) const
{
    const auto onlyIn = [&](int index) {
        if (index < 0 || index >= row.document.rows.size() ||
            row.document.rows.at(index).kind != RowKind::OneSided)
            return Language::Unknown;
        return row.document.segment(index, Language::English) ? Language::English
                                                              : Language::Vietnamese;
    };
    const Language language = row.english ? Language::English : Language::Vietnamese;
    const Language other = language == Language::English ? Language::Vietnamese : Language::English;
    if (onlyIn(row.index - 1) == other)
        return; // the note is on the row before
    const Paragraph* only = row.english ? row.english : row.vietnamese;
    const FindingSpan whole = findingSpan(only->text, 0, int(only->text.size()));
    if (onlyIn(row.index + 1) == other) {
        const Paragraph* next = row.document.segment(row.index + 1, other);
        const FindingSpan nextWhole = findingSpan(next->text, 0, int(next->text.size()));
        add(row, u"misaligned"_s, Severity::Info, language == Language::English ? whole : nextWhole,
            language == Language::English ? nextWhole : whole,
            tr("This row and the next may be misaligned: each has a paragraph in one language "
               "only, which may translate the other. If so, merge them (Alignment ▸ Merge With "
               "Next Row)."));
        return;
    }
    add(row, u"missing-translation"_s, Severity::Error,
        row.english ? std::optional(whole) : std::nullopt,
        row.vietnamese ? std::optional(whole) : std::nullopt,
        row.english ? tr("This English paragraph has no Vietnamese translation.")
                    : tr("This Vietnamese paragraph has no English counterpart."));
}

QList<Finding> RowChecker::check(const Document& document, const DocumentEntities& entities,
                                 WorkProgress* progress) const
{
    QList<Finding> out;
    Gathered gathered;
    gathered.mentions.resize(document.rows.size());
    gathered.titles.resize(document.rows.size());
    for (int index = 0; index < entities.entities.size(); ++index)
        for (const EntityMention& m : entities.entities.at(index).mentions)
            if (m.row >= 0 && m.row < document.rows.size())
                gathered.mentions[m.row].append({index, m});
    for (const TitleLink& link : entities.titles)
        if (link.row >= 0 && link.row < document.rows.size())
            gathered.titles[link.row].append(link);
    for (const Office& office : glossary.offices())
        for (Language language : {Language::English, Language::Vietnamese})
            for (const QString& form :
                 language == Language::English ? office.english : office.vietnamese)
                gathered.officeTitles.append({office.id, language, folder.fold(form)});
    // An article in one language is not an untranslated one: only a document with translation
    // pairs can miss a translation.
    const bool translated =
        std::any_of(document.rows.cbegin(), document.rows.cend(),
                    [](const AlignedRow& r) { return r.kind == RowKind::Pair; });
    for (int index = 0; index < document.rows.size(); ++index) {
        if (progress) {
            if (progress->isCancelled())
                return out;
            progress->step();
        }
        const AlignedRow& aligned = document.rows.at(index);
        const Row row{document,
                      entities,
                      gathered,
                      index,
                      document.segment(index, Language::English),
                      document.segment(index, Language::Vietnamese),
                      out};
        const qsizetype first = out.size();
        bool vietnameseIsEnglish = false;
        if (aligned.kind == RowKind::Pair && row.english && row.vietnamese) {
            vietnameseIsEnglish = untranslated(row);
            if (!vietnameseIsEnglish) {
                checkNames(row);
                checkNumbers(row);
                checkSpelling(row);
                checkOneSide(row);
            }
        } else if (aligned.kind == RowKind::OneSided && translated &&
                   (row.english != nullptr) != (row.vietnamese != nullptr)) {
            checkOneSided(row);
        }
        const QList<Value> englishDates = valuesIn(row, Language::English, u"date"_s);
        const QList<Value> vietnameseDates =
            vietnameseIsEnglish ? QList<Value>() : valuesIn(row, Language::Vietnamese, u"date"_s);
        if (aligned.kind == RowKind::Pair && row.english && row.vietnamese && !vietnameseIsEnglish)
            checkDates(row, englishDates, vietnameseDates);
        checkWeekdays(row, Language::English, englishDates);
        if (!vietnameseIsEnglish) {
            checkWeekdays(row, Language::Vietnamese, vietnameseDates);
            checkDiacritics(row);
        }
        // One finding per fingerprint: a name twice in a paragraph is one thing to fix.
        QSet<QString> seen;
        for (qsizetype i = first; i < out.size();) {
            if (seen.contains(out.at(i).fingerprint)) {
                out.removeAt(i);
            } else {
                seen.insert(out.at(i).fingerprint);
                ++i;
            }
        }
    }
    return out;
}

void RowChecker::add(const Row& row, const QString& kind, Severity severity,
                     std::optional<FindingSpan> english, std::optional<FindingSpan> vietnamese,
                     const QString& message, const QString& suggestion, const QString& entity) const
{
    Finding finding;
    finding.kind = kind;
    finding.severity = severity;
    finding.path = row.document.metadata.path;
    finding.row = row.index;
    finding.english = std::move(english);
    finding.vietnamese = std::move(vietnamese);
    finding.message = message;
    finding.suggestion = suggestion;
    finding.entity = entity;
    finding.fingerprint =
        findingFingerprint(kind, finding.path, finding.english, finding.vietnamese, entity);
    row.out.append(finding);
}

const QStringList& RowChecker::Row::spellings(int entity) const
{
    auto it = gathered.spellings.find(entity);
    if (it == gathered.spellings.end()) {
        QStringList texts;
        for (const EntityMention& m : entities.entities.at(entity).mentions)
            texts.append(m.text);
        texts.removeDuplicates();
        it = gathered.spellings.insert(entity, texts);
    }
    return *it;
}

const QString& RowChecker::folded(const Row& row, const QString& text) const
{
    auto it = row.gathered.folds.constFind(text);
    if (it == row.gathered.folds.cend())
        it = row.gathered.folds.insert(text, folder.fold(text));
    return *it;
}

std::optional<FindingSpan> RowChecker::span(const Paragraph* paragraph, const EntityMention& m)
{
    if (!paragraph)
        return std::nullopt;
    return findingSpan(paragraph->text, m.start, m.length);
}

bool RowChecker::untranslated(const Row& row) const
{
    const QString& english = row.english->text;
    const QString& vietnamese = row.vietnamese->text;
    const QString simpleEnglish = english.simplified();
    const QString simpleVietnamese = vietnamese.simplified();
    // Folding keeps NFC text's length: paragraphs of different lengths are not the same text.
    const bool identical = wordCount(vietnamese) >= 3 &&
                           simpleEnglish.size() == simpleVietnamese.size() &&
                           folder.fold(simpleEnglish) == folder.fold(simpleVietnamese);
    if (!identical && detector.detect(vietnamese) != Language::English)
        return false;
    add(row, u"untranslated"_s, Severity::Warning, findingSpan(english, 0, int(english.size())),
        findingSpan(vietnamese, 0, int(vietnamese.size())),
        identical ? tr("The Vietnamese is the English text, untranslated.")
                  : tr("The Vietnamese side is written in English."));
    return true;
}

// ---- Diacritics ----

std::optional<QString> RowChecker::markedForm(const Row& row, int index, QStringView written) const
{
    const QStringList writtenSyllables = syllables(written);
    if (std::none_of(writtenSyllables.cbegin(), writtenSyllables.cend(),
                     [](const QString& s) { return bare(s); }))
        return std::nullopt; // every syllable marked: nothing is missing
    const Entity& entity = row.entities.entities.at(index);
    QStringList candidates;
    if (const GlossaryEntry* entry = glossary.entry(entity.id))
        candidates << entry->vietnamese << entry->givenNames << entry->english;
    // A name found by rule is marked as another mention in the document writes it.
    candidates << row.spellings(index);
    const QString key = folded(row, written.toString());
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate == written || folded(row, candidate) != key)
            continue;
        const QStringList marked = syllables(candidate);
        // "Erdoğan", "François", "San José": foreign marks Vietnamese news may leave out.
        if (marked.size() != writtenSyllables.size() ||
            !std::all_of(marked.cbegin(), marked.cend(),
                         [](const QString& s) { return VietnameseSpelling::isSyllable(s); }))
            continue;
        // Written partly marked, a bare syllable that is a word of its own is another word:
        // "Hải quan Mỹ" (customs) is not "Hải quân Mỹ"; "Hồng Kong" has no such syllable.
        const bool partlyMarked = !std::all_of(writtenSyllables.cbegin(), writtenSyllables.cend(),
                                               [](const QString& s) { return bare(s); });
        bool missing = false;
        bool otherWord = false;
        for (qsizetype i = 0; i < marked.size(); ++i) {
            if (!bare(writtenSyllables.at(i)) || bare(marked.at(i)))
                continue;
            missing = true;
            otherWord = otherWord ||
                        (partlyMarked && VietnameseSpelling::isSyllable(writtenSyllables.at(i)) &&
                         !needsMarks(writtenSyllables.at(i)));
        }
        if (!missing || otherWord)
            continue;
        // "LUONG CUONG" in a headline: the suggestion keeps the capitals.
        const bool capitals = written.toString() == written.toString().toUpper() &&
                              written.toString() != written.toString().toLower();
        return capitals ? candidate.toUpper() : candidate;
    }
    // No marked spelling known: a syllable no Vietnamese word writes bare still tells, and so
    // does a full name of a marked family name written bare ("Tran Hong Ha"; "Le Pen" is two).
    const bool allBare = std::all_of(writtenSyllables.cbegin(), writtenSyllables.cend(),
                                     [](const QString& s) { return bare(s); });
    const bool impossible = std::any_of(writtenSyllables.cbegin(), writtenSyllables.cend(),
                                        [](const QString& s) { return bare(s) && needsMarks(s); });
    const QStringList& families = LanguageData::words(u"vi/family-names.txt");
    // Every syllable must be one Vietnamese could write: "Le Nouvel Observateur" is French.
    const bool vietnameseShape =
        std::all_of(writtenSyllables.cbegin(), writtenSyllables.cend(),
                    [](const QString& s) { return VietnameseSpelling::isSyllable(s); });
    const bool family = entity.type == u"person" && allBare && writtenSyllables.size() >= 3 &&
                        vietnameseShape &&
                        std::any_of(families.cbegin(), families.cend(), [&](const QString& f) {
                            return !bare(f) && folder.stripMarks(f) == writtenSyllables.front();
                        });
    // "Danny Luong": a foreign given name, a family name as the diaspora writes it.
    if ((entity.type == u"person" || entity.type == u"place") &&
        ((impossible && vietnameseShape) || family))
        return QString();
    return std::nullopt;
}

void RowChecker::checkDiacritics(const Row& row) const
{
    if (!row.vietnamese)
        return;
    for (int index : row.entities.entitiesInRow(row.index)) {
        const Entity& entity = row.entities.entities.at(index);
        if (!isNameType(entity.type))
            continue;
        const QList<EntityMention> counterpart = row.mentionsOf(index, Language::English);
        for (const EntityMention& m : row.mentionsOf(index, Language::Vietnamese)) {
            const std::optional<QString> marked = markedForm(row, index, m.text);
            if (!marked)
                continue;
            add(row, u"missing-diacritics"_s, Severity::Warning,
                counterpart.isEmpty() ? std::nullopt : span(row.english, counterpart.front()),
                span(row.vietnamese, m),
                marked->isEmpty()
                    ? tr("The Vietnamese writes %1 without its diacritics.").arg(m.text)
                    : tr("The Vietnamese writes %1 without its diacritics: %2.")
                          .arg(m.text, *marked),
                *marked, entity.id);
        }
    }
}

} // namespace songngu
