// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DocumentChecks.h"

#include "text/LanguageData.h"
#include "text/TextFolder.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace songngu {

namespace {

const QString titleHolderKind = QStringLiteral("title-holder");
const QString duplicateSegmentKind = QStringLiteral("duplicate-segment");
const QString decodingKind = QStringLiteral("decoding");

int sideKey(int row, Language language)
{
    return row * 4 + int(language);
}

// "former General Secretary", "the late President", "ex-President", "nguyên Tổng Bí thư",
// "cố Tổng Bí thư": the title is not a claim about the article's date.
// The word ending at `end` (spaces and hyphens before `end` skipped); `start` receives its start.
QStringView wordBefore(QStringView text, int end, int* start)
{
    while (end > 0 && (text.at(end - 1).isSpace() || text.at(end - 1) == u'-'))
        --end;
    int from = end;
    while (from > 0 && (text.at(from - 1).isLetter() || text.at(from - 1).isMark()))
        --from;
    *start = from;
    return text.sliced(from, end - from);
}

bool isPastTitle(QStringView text, int titleStart, const Glossary& glossary)
{
    static const QSet<QString> pastWords = [] {
        QSet<QString> words;
        for (const QStringView file : {u"en/past-title-words.txt", u"vi/past-title-words.txt"})
            for (const QString& word : LanguageData::words(file))
                words.insert(word.toLower());
        return words;
    }();
    int start = 0;
    QStringView word = wordBefore(text, titleStart, &start);
    // "former US President": the country between.
    if (!word.isEmpty() && word.front().isUpper() && !glossary.countryOf(word).isEmpty())
        word = wordBefore(text, start, &start);
    return pastWords.contains(word.toString().toLower());
}

QString formIn(const GlossaryEntry& entry, Language language)
{
    const QStringList& preferred =
        language == Language::Vietnamese ? entry.vietnamese : entry.english;
    const QStringList& other = language == Language::Vietnamese ? entry.english : entry.vietnamese;
    return !preferred.isEmpty() ? preferred.front() : other.value(0, entry.id);
}

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord && c.isLetterOrNumber()) {
            inWord = true;
            ++words;
        }
    }
    return words;
}

bool byRow(const Finding& a, const Finding& b)
{
    return a.row < b.row;
}

// Title mentions by side (row and language), in reading order. TitleLinks say which title and
// person, not which mention: the k-th link of a side is its k-th title mention (EntityRecognizer
// makes them so).
QHash<int, QList<EntityMention>> titleMentionsBySide(const DocumentEntities& entities)
{
    QHash<int, QList<EntityMention>> titleMentions;
    for (const Entity& entity : entities.entities)
        if (entity.type == u"title")
            for (const EntityMention& mention : entity.mentions)
                titleMentions[sideKey(mention.row, mention.language)].append(mention);
    for (QList<EntityMention>& mentions : titleMentions)
        std::stable_sort(
            mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
    return titleMentions;
}

// A person's terms of one office, seen from a date.
struct TermsOn
{
    bool hasTerm = false;
    bool held = false;
    QDate lastEnd; // of the latest term of the office ended before the date
};

TermsOn termsOn(const GlossaryEntry& person, const QString& officeId, QDate date)
{
    TermsOn terms;
    for (const OfficeTerm& term : person.offices) {
        if (term.office != officeId)
            continue;
        terms.hasTerm = true;
        terms.held = terms.held || term.heldOn(date);
        if (term.to.isValid() && term.to < date &&
            (!terms.lastEnd.isValid() || term.to > terms.lastEnd))
            terms.lastEnd = term.to;
    }
    return terms;
}

// Whether a title naming a person who did not hold it on `date` is a mix-up worth flagging.
bool isMixUp(const TermsOn& terms, const QStringList& holders, const GlossaryEntry& person,
             QDate date)
{
    // Without a term of the person's or a known holder the glossary cannot tell.
    if (terms.held || holders.contains(person.id) || (holders.isEmpty() && !terms.hasTerm))
        return false;
    // The dead keep their titles in history ("the memorial of General Secretary Lê Duẩn"), but
    // not just after: "General Secretary Nguyễn Phú Trọng" in 2025 is the holder mixed up.
    return !person.died.isValid() || person.died >= date ||
           (terms.lastEnd.isValid() &&
            terms.lastEnd.addYears(DocumentChecks::historyYears) >= date);
}

// Whether a paragraph names a year in which `person` held `officeId`: "In 2005, Prime Minister
// Tony Blair …" in a 2025 article is history, not a mix-up.
bool namesYearInOffice(const DocumentEntities& entities, int row, Language language,
                       const GlossaryEntry& person, const QString& officeId)
{
    for (const Entity& entity : entities.entities) {
        if (entity.type != u"date" || entity.mentionsIn(row, language).isEmpty())
            continue;
        const int year = QStringView(entity.english).left(4).toInt();
        if (year <= 0)
            continue;
        for (const OfficeTerm& term : person.offices)
            if (term.office == officeId && term.from.year() <= year &&
                (term.to.isNull() || term.to.year() >= year))
                return true;
    }
    return false;
}

// Where a title's span ends: at the end of the name written after it, else of the title.
int titleSpanEnd(const EntityMention& title, const Entity& person, int row, Language language)
{
    int end = title.start + title.length;
    for (const EntityMention& m : person.mentionsIn(row, language)) {
        if (m.start >= end)
            return m.start + m.length;
    }
    return end;
}

} // namespace

DocumentChecks::DocumentChecks(const Glossary& glossary) : glossary(glossary) {}

QList<Finding> DocumentChecks::check(const Document& document,
                                     const DocumentEntities& entities) const
{
    QList<Finding> findings = decodingProblems(document);
    findings.append(titleHolders(document, entities));
    findings.append(duplicateSegments(document));
    findings.append(repeatedSentences(document));
    std::stable_sort(findings.begin(), findings.end(), byRow);
    return findings;
}

QList<Finding> DocumentChecks::decodingProblems(const Document& document)
{
    const DocumentMetadata& m = document.metadata;
    if (m.replacedSequences <= 0)
        return {};
    Finding finding;
    finding.kind = decodingKind;
    finding.severity = Severity::Warning;
    finding.path = m.path;
    // The first replacement character in reading order: where the reader sees the damage.
    for (int row = 0; row < document.rows.size() && finding.row < 0; ++row) {
        for (const Language language : {Language::English, Language::Vietnamese}) {
            const Paragraph* paragraph = document.segment(row, language);
            const qsizetype at =
                paragraph ? paragraph->text.indexOf(QChar(QChar::ReplacementCharacter)) : -1;
            if (at < 0)
                continue;
            finding.row = row;
            (language == Language::English ? finding.english : finding.vietnamese) =
                findingSpan(paragraph->text, int(at), 1);
            break;
        }
    }
    if (finding.row < 0 && !document.rows.isEmpty())
        finding.row = 0; // replaced in text no row shows (a dropped line): still worth saying
    const QString line =
        m.replacedLines.isEmpty() ? QString() : QLocale().toString(m.replacedLines.front());
    finding.message =
        line.isEmpty()
            ? tr("The file is not valid UTF-8 in %n place(s), shown as �: compare them with "
                 "the original.",
                 nullptr, m.replacedSequences)
            : tr("The file is not valid UTF-8 in %n place(s), shown as �, the first on line "
                 "%1: compare them with the original.",
                 nullptr, m.replacedSequences)
                  .arg(line);
    finding.fingerprint =
        findingFingerprint(finding.kind, m.path, finding.english, finding.vietnamese,
                           QString::number(m.replacedSequences));
    return {finding};
}

QList<Finding> DocumentChecks::titleHolders(const Document& document,
                                            const DocumentEntities& entities) const
{
    const QDate date = document.metadata.date;
    if (!date.isValid())
        return {};
    const QHash<int, QList<EntityMention>> titleMentions = titleMentionsBySide(entities);
    QHash<int, int> linksSeen;
    QList<Finding> findings;
    for (const TitleLink& link : entities.titles) {
        const int key = sideKey(link.row, link.language);
        const int k = linksSeen[key]++;
        const QList<EntityMention> mentions = titleMentions.value(key);
        if (k >= mentions.size() || link.person < 0 || link.title < 0 ||
            link.person >= entities.entities.size() || link.title >= entities.entities.size())
            continue;
        const EntityMention& title = mentions.at(k);
        const Entity& titleEntity = entities.entities.at(link.title);
        const Entity& personEntity = entities.entities.at(link.person);
        if (!titleEntity.id.startsWith(u"title:"))
            continue;
        const QString officeId = titleEntity.id.mid(6);
        const Office* office = glossary.office(officeId);
        const GlossaryEntry* person = glossary.entry(personEntity.id);
        // A person without dated terms is one whose career the glossary does not know.
        if (!office || !person || person->offices.isEmpty())
            continue;
        const QStringList holders = glossary.holders(officeId, date);
        if (!isMixUp(termsOn(*person, officeId, date), holders, *person, date) ||
            namesYearInOffice(entities, link.row, link.language, *person, officeId))
            continue;
        const Paragraph* paragraph = document.segment(link.row, link.language);
        if (!paragraph || title.start + title.length > paragraph->text.size() ||
            isPastTitle(paragraph->text, title.start, glossary))
            continue;
        // The span runs from the title to the name written with it.
        const int end = titleSpanEnd(title, personEntity, link.row, link.language);
        const FindingSpan span = findingSpan(paragraph->text, title.start, end - title.start);
        findings.append(titleHolder(document, link, span, *office, *person, holders));
    }
    std::stable_sort(findings.begin(), findings.end(), byRow);
    makeFingerprintsUnique(findings);
    return findings;
}

Finding DocumentChecks::titleHolder(const Document& document, const TitleLink& link,
                                    const FindingSpan& span, const Office& office,
                                    const GlossaryEntry& person, const QStringList& holders) const
{
    const QDate date = document.metadata.date;
    const QString dateText =
        QLocale::c().toString(date, tr("d MMMM yyyy", "how findings write a date (QDate format)"));
    // The office is named in the language of the sentence around it, which is the translation's.
    const bool vietnameseMessages =
        tr("en", "the language of finding messages (ISO 639-1 code)") == u"vi";
    QStringList holderForms;
    for (const QString& id : holders)
        if (const GlossaryEntry* holder = glossary.entry(id))
            holderForms.append(formIn(*holder, link.language));
    const QStringList& officeNames = vietnameseMessages ? office.vietnamese : office.english;
    const QString officeName = officeNames.value(0, office.english.value(0, office.id));
    const QString personName = formIn(person, link.language);

    Finding finding;
    finding.kind = titleHolderKind;
    finding.severity = Severity::Warning;
    finding.path = document.metadata.path;
    finding.row = link.row;
    (link.language == Language::Vietnamese ? finding.vietnamese : finding.english) = span;
    finding.suggestion = holderForms.join(QStringLiteral(" / "));
    finding.message = holderForms.isEmpty()
                          ? tr("%1 was not %2 on %3.").arg(personName, officeName, dateText)
                          : tr("%1 was not %2 on %3 (%4 was).")
                                .arg(personName, officeName, dateText, finding.suggestion);
    finding.entity = person.id;
    finding.fingerprint = findingFingerprint(finding.kind, finding.path, finding.english,
                                             finding.vietnamese, office.id + u'/' + person.id);
    return finding;
}

QList<Finding> DocumentChecks::duplicateSegments(const Document& document)
{
    QHash<QString, int> firstRow[2]; // per side: paragraph text → the row it was first seen in
    QList<Finding> findings;
    for (int row = 0; row < document.rows.size(); ++row) {
        const RowKind kind = document.rows.at(row).kind;
        if (kind != RowKind::Pair && kind != RowKind::OneSided)
            continue;
        Finding finding;
        int earliest = -1;
        for (Language language : {Language::English, Language::Vietnamese}) {
            const Paragraph* paragraph = document.segment(row, language);
            if (!paragraph)
                continue;
            const QString text = TextFolder::nfc(paragraph->text).trimmed();
            if (wordCount(text) < minimumDuplicateWords)
                continue;
            QHash<QString, int>& seen = firstRow[language == Language::English ? 0 : 1];
            const auto it = seen.constFind(text);
            if (it == seen.cend()) {
                seen.insert(text, row);
                continue;
            }
            earliest = earliest < 0 ? *it : std::min(earliest, *it);
            (language == Language::English ? finding.english : finding.vietnamese) =
                findingSpan(paragraph->text, 0, int(paragraph->text.size()));
        }
        if (earliest < 0)
            continue;
        finding.kind = duplicateSegmentKind;
        finding.severity = Severity::Info;
        finding.path = document.metadata.path;
        finding.row = row;
        finding.message = tr("This paragraph repeats the one in row %1.").arg(earliest + 1);
        finding.fingerprint =
            findingFingerprint(finding.kind, finding.path, finding.english, finding.vietnamese);
        findings.append(finding);
    }
    makeFingerprintsUnique(findings);
    return findings;
}

QList<Finding> DocumentChecks::repeatedSentences(const Document& document)
{
    QList<Finding> findings;
    for (int row = 0; row < document.rows.size(); ++row) {
        const RowKind kind = document.rows.at(row).kind; // content only, as duplicateSegments
        if (kind != RowKind::Pair && kind != RowKind::OneSided)
            continue;
        for (Language language : {Language::English, Language::Vietnamese}) {
            const Paragraph* paragraph = document.segment(row, language);
            if (!paragraph || paragraph->sentences.size() < 2)
                continue;
            QSet<QString> seen;
            for (const SentenceSpan& sentence : paragraph->sentences) {
                const QString text = paragraph->text.mid(sentence.start, sentence.length);
                if (wordCount(text) < minimumDuplicateWords)
                    continue;
                const QString key = TextFolder::nfc(text).simplified().toCaseFolded();
                if (!seen.contains(key)) {
                    seen.insert(key);
                    continue;
                }
                Finding finding;
                finding.kind = duplicateSegmentKind;
                finding.severity = Severity::Warning;
                finding.path = document.metadata.path;
                finding.row = row;
                int lead = 0; // the sentence's own text, without the space before it
                while (lead < text.size() && text.at(lead).isSpace())
                    ++lead;
                (language == Language::English ? finding.english : finding.vietnamese) =
                    findingSpan(paragraph->text, sentence.start + lead, int(text.trimmed().size()));
                finding.message = tr("This sentence is written twice in the paragraph.");
                finding.fingerprint = findingFingerprint(finding.kind, finding.path,
                                                         finding.english, finding.vietnamese);
                findings.append(finding);
            }
        }
    }
    makeFingerprintsUnique(findings);
    return findings;
}

void DocumentChecks::makeFingerprintsUnique(QList<Finding>& findings)
{
    QHash<QString, int> seen;
    for (Finding& finding : findings) {
        const int n = ++seen[finding.fingerprint];
        if (n > 1) // the second of the same text keeps its identity while the first stays
            finding.fingerprint =
                findingFingerprint(finding.kind, finding.path, finding.english, finding.vietnamese,
                                   finding.fingerprint + u'#' + QString::number(n));
    }
}

} // namespace songngu
