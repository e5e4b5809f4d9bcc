// SPDX-License-Identifier: GPL-3.0-or-later
// NameRecognizer's rules for names outside the glossary, and the word lists they use (read from
// resources/language/).
#include "recognize/NameRecognizer.h"

#include "text/LanguageData.h"
#include "text/TextFolder.h"

#include <algorithm>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

// A QString sharing `view`'s characters, for hash and set look-ups without copying.
QString raw(QStringView view)
{
    return QString::fromRawData(view.data(), view.size());
}

// The folded names of resources/language/world-cities.txt, once per process.
const QSet<QString>& worldCities()
{
    static const QSet<QString> cities = [] {
        const TextFolder folder;
        QSet<QString> set;
        const QStringList& names = LanguageData::words(u"world-cities.txt");
        set.reserve(names.size());
        for (const QString& name : names)
            set.insert(folder.fold(name));
        return set;
    }();
    return cities;
}

} // namespace

const QSet<QString>& NameRecognizer::sharedGivenNames()
{
    static const QSet<QString> names = [] {
        const QStringList& list = LanguageData::words(u"en/given-names.txt");
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return names;
}

// Lists compared with folded tokens are folded here, so that the files may be written as
// running text writes the words.
QSet<QString> NameRecognizer::foldedSet(QStringView file) const
{
    QSet<QString> set;
    for (const QString& word : LanguageData::words(file))
        set.insert(folder.fold(word));
    return set;
}

void NameRecognizer::addRuleWords()
{
    for (const QString& name : LanguageData::words(u"vi/family-names.txt")) {
        familyNames << name << folder.stripMarks(name);
        familyNamesVi << name;
    }
    // Unmarked, these are no Vietnamese word: a name written without its marks.
    for (const QString& name : LanguageData::words(u"vi/family-names-unmarked.txt"))
        familyNamesVi << name;
    stopWords = foldedSet(u"en/name-stop-words.txt");
    givenNameWords = foldedSet(u"vi/given-name-words.txt");
    connectors = foldedSet(u"en/name-connectors.txt");
    demonyms = foldedSet(u"en/demonyms.txt");
    for (const QString& suffix : LanguageData::words(u"en/name-suffixes.txt"))
        nameSuffixes.insert(suffix);
    foldedSuffixes = foldedSet(u"en/name-suffixes.txt");
    for (const QString& name : LanguageData::words(u"zh/family-names.txt"))
        chineseFamilyNames.insert(name);
    pinyinSyllables = foldedSet(u"zh/pinyin-syllables.txt");
    // As written, marks and all: "Cực" (extreme) opening a sentence is no "Cục".
    for (const QStringView file : {u"vi/organisation-keywords.txt", u"vi/place-keywords.txt"})
        for (const QString& keyword : LanguageData::words(file))
            vietnameseKeywordStarts.insert(keyword.section(u' ', 0, 0));
    englishPlaceNouns = foldedSet(u"en/place-nouns.txt");
    abbreviations = foldedSet(u"name-abbreviations.txt");
    const QStringList& function = LanguageData::words(u"vi/name-function-words.txt");
    functionWords = QSet<QString>(function.cbegin(), function.cend());
    const QStringList& placeNouns = LanguageData::words(u"vi/place-nouns.txt");
    vietnamesePlaceNouns = QSet<QString>(placeNouns.cbegin(), placeNouns.cend());
    const LanguageData::Table& forms = LanguageData::table(u"vi/country-short-forms.tsv");
    const int form = forms.column(u"form");
    const int place = forms.column(u"place");
    for (const QStringList& row : forms.rows)
        shortForms.insert(row.at(form), row.at(place));
}

bool NameRecognizer::isFamily(const Scan& scan, int k) const
{
    // Vietnamese writes family names with their marks: "Lam Sơn" is no Lâm.
    return (scan.vietnamese ? familyNamesVi : familyNames).contains(raw(scan.original(k)));
}

// A glossary place or person followed by capitalised words up to a keyword names something
// else: "Russian Federation Council", "Vietnam Airlines", "Moscow State University",
// "President Hồ Chí Minh Statue". English only: Vietnamese puts the keyword first.
void NameRecognizer::extendNames(Scan& scan) const
{
    if (scan.vietnamese)
        return;
    for (int m = 0; m < scan.out.size(); ++m) {
        const NameMention mention = scan.out.at(m);
        if (mention.givenNameOnly ||
            (mention.type != EntityType::Place && mention.type != EntityType::Person))
            continue;
        const int from = scan.tokenFrom(mention.start);
        const int next = scan.tokenFrom(mention.start + mention.length);
        const Pattern* keyword = nullptr;
        int end = next;
        while (end < next + 3 && scan.free(end) &&
               !(keyword = matchAt(englishKeywords, scan.tokens, end)))
            ++end;
        if (!keyword || !scan.free(end))
            continue;
        ++end;
        scan.out.removeAt(m);
        std::fill(scan.claimed.begin() + from, scan.claimed.begin() + next, false);
        scan.add(from, end, keyword->type, QString(), false);
        --m; // the merged mention is appended; the next one moved here
    }
}

// "Việt" in "Việt-Nga", "Nga - Việt": a country's short form joined to another country.
void NameRecognizer::findShortForms(Scan& scan) const
{
    auto shortForm = [&](int k) {
        return k >= 0 && k < scan.size() && scan.free(k) &&
               glossary.entry(shortForms.value(raw(scan.original(k))));
    };
    auto country = [&](int k) {
        if (shortForm(k))
            return true;
        if (k < 0 || k >= scan.size() || !scan.claimed.at(k))
            return false;
        const int offset = scan.at(k).start;
        return std::any_of(scan.out.cbegin(), scan.out.cend(), [&](const NameMention& m) {
            return m.type == EntityType::Place && offset >= m.start && offset < m.start + m.length;
        });
    };
    for (int i = 0; i < scan.size(); ++i)
        if (shortForm(i) && ((scan.mark(i + 1, u"-") && country(i + 2)) ||
                             (scan.mark(i - 1, u"-") && country(i - 2))))
            scan.add(i, i + 1, EntityType::Place, shortForms.value(raw(scan.original(i))), false);
}

bool NameRecognizer::genericOnly(const Scan& scan, int from, int to) const
{
    for (int k = from; k < to; ++k) {
        if (!scan.at(k).word || !scan.at(k).upper)
            continue;
        const bool keyword = matchAt(englishKeywords, scan.tokens, k) != nullptr;
        if (!keyword && !demonyms.contains(raw(scan.folded(k))))
            return false;
    }
    return true;
}

// The end of an English capitalised run from `start`: capitalised words, joined by "of (the)",
// "and" (after an "of": "Academy of National Economy and Public Administration"), hyphens
// without spaces ("Díaz-Canel") and particles ("da"). An organisation's run takes a glossary
// place after "of (the)" as its last words: "Communist Party of the Russian Federation".
int NameRecognizer::englishRunEnd(Scan& scan, int start) const
{
    const int n = scan.size();
    int end = start;
    bool sawOf = false;
    bool keyword = false;
    while (end < n) {
        if (scan.free(end)) {
            const bool isKeyword = matchAt(englishKeywords, scan.tokens, end);
            keyword = keyword || isKeyword;
            ++end;
            // A keyword ends a name unless another keyword follows: "Central Committee" in
            // "… Central Committee Gennady Zyuganov", but "World Bank Group".
            if (isKeyword && scan.free(end) && !matchAt(englishKeywords, scan.tokens, end))
                break;
            continue;
        }
        if (end > start && scan.mark(end, u"-") && scan.free(end + 1) &&
            scan.at(end - 1).end == scan.at(end).start &&
            scan.at(end).end == scan.at(end + 1).start) {
            end += 2;
            continue;
        }
        if (end == start || !scan.at(end).word || scan.at(end).upper ||
            !connectors.contains(raw(scan.folded(end))))
            break;
        const bool of = scan.folded(end) == u"of";
        if (scan.folded(end) == u"and" && !sawOf)
            break; // "the Party and State", "Central Committee and President …": two things
        const int next = of && scan.lower(end + 1, u"the") ? end + 2 : end + 1;
        if (scan.free(next)) {
            sawOf = sawOf || of;
            end = next;
            continue;
        }
        const int m = of && keyword ? scan.mentionStartingAt(next) : -1;
        if (m >= 0 && scan.out.at(m).type == EntityType::Place) {
            end = scan.tokenFrom(scan.out.at(m).start + scan.out.at(m).length);
            scan.out.removeAt(m); // its tokens stay claimed: the organisation takes them
        }
        break;
    }
    return end;
}

// The end of a Vietnamese name from `start`, whose keyword ends before `end`: "Ủy ban Nhân dân
// Thành phố Hà Nội", "Bộ Ngoại giao": capitalised syllables, each maybe followed by a lower-case
// one before a capital, a function word or the end. -1 when no capital follows the keyword.
int NameRecognizer::vietnameseRunEnd(Scan& scan, int start, int end) const
{
    const int n = scan.size();
    if (!scan.free(end))
        return -1;
    auto function = [&](int k) {
        return functionWords.contains(raw(scan.original(k)));
    };
    const int first = end;
    while (scan.free(end)) {
        // A family name after a lower-case syllable is the person after the organisation:
        // "Bộ Xây dựng Trần Hồng Minh", or "… Tran Hong Minh" written without marks.
        if (end > first && !scan.capital(end - 1) && scan.capital(end + 1) &&
            familyNames.contains(raw(scan.original(end))))
            break;
        ++end;
        // A name found already after the lower-case syllable ends it: "Cục Môi trường Terry
        // Harper", "Sở Y tế Bắc Kinh".
        while (end < n && scan.at(end).word && !scan.at(end).upper && !scan.claimed.at(end) &&
               !function(end) && end - start < 12 &&
               (scan.free(end + 1) || end + 1 == n || !scan.at(end + 1).word || function(end + 1) ||
                scan.claimed.at(end + 1)))
            ++end;
    }
    while (!scan.capital(end - 1) && function(end - 1))
        --end;
    return end;
}

// "(PCC)" right after an organisation: its acronym, the same organisation, here and later.
bool NameRecognizer::acronymAfter(Scan& scan, int mention, int next) const
{
    if (!scan.mark(next, u"(") || !scan.mark(next + 2, u")") || next + 1 >= scan.size() ||
        !scan.at(next + 1).allCaps || scan.claimed.at(next + 1))
        return false;
    const NameMention organisation = scan.out.at(mention);
    NameMention& acronym =
        scan.add(next + 1, next + 2, organisation.type, organisation.entryId, false);
    acronym.canonical = organisation.canonical;
    scan.context->acronyms.insert(scan.original(next + 1).toString(), acronym);
    return true;
}

void NameRecognizer::findKnownAcronyms(Scan& scan) const
{
    if (scan.context->acronyms.isEmpty())
        return;
    for (int k = 0; k < scan.size(); ++k) {
        if (!scan.free(k) || !scan.at(k).allCaps)
            continue;
        const auto it = scan.context->acronyms.constFind(raw(scan.original(k)));
        if (it == scan.context->acronyms.cend())
            continue;
        NameMention& acronym = scan.add(k, k + 1, it->type, it->entryId, false);
        acronym.canonical = it->canonical;
    }
}

// "President of Cuba", "Chairman of the State Duma … Federation" just before `start`: the
// title's "of" phrase ended with names found already, and the capitalised words after it are
// the person holding the title.
bool NameRecognizer::titleOfBefore(const Scan& scan, int start) const
{
    int j = start - 1;
    bool names = false;
    while (j >= 0 && (scan.claimed.at(j) || scan.mark(j, u"(") || scan.mark(j, u")"))) {
        names = names || scan.claimed.at(j);
        --j;
    }
    if (!names)
        return false;
    if (scan.lower(j, u"the"))
        --j;
    return scan.lower(j, u"of") && !titleEndingAt(scan.tokens, j, false).isEmpty();
}

// A run of capitalised words no keyword named: a place after or before a place noun, or a person
// by its shape (a title before it, a family name first, a full name without its marks). `start`
// moves forward when a person starts inside the run: "Striker Nguyen Xuan Son".
std::optional<EntityType> NameRecognizer::typeByShape(const Scan& scan, int& start, int end,
                                                      bool person, bool initial) const
{
    const int n = scan.size();
    const bool vietnamese = scan.vietnamese;
    int capitals = 0;
    for (int k = start; k < end; ++k)
        capitals += scan.capital(k) ? 1 : 0;
    const bool onlyCapitals = capitals == end - start;
    std::optional<EntityType> type;
    const bool afterArticle =
        !vietnamese && (scan.lower(start - 1, u"the") || scan.lower(start - 1, u"a") ||
                        scan.lower(start - 1, u"an"));
    const bool placeNounAfter = !vietnamese && end < n && scan.at(end).word &&
                                !scan.at(end).upper &&
                                englishPlaceNouns.contains(raw(scan.folded(end)));
    const bool placeNounBefore =
        vietnamese && start > 0 &&
        (vietnamesePlaceNouns.contains(raw(scan.original(start - 1))) ||
         (start > 1 && vietnamesePlaceNouns.contains(scan.original(start - 2).toString() + u' ' +
                                                     scan.original(start - 1).toString())));
    if (placeNounAfter || placeNounBefore) { // "Kaluga oblast", "tỉnh Lâm Đồng"
        type = EntityType::Place;
    } else if (person && capitals <= 4) {
        type = EntityType::Person;
    } else if (onlyCapitals && capitals >= 2 && capitals <= 4 && isFamily(scan, start) &&
               (vietnamese || capitals > 2 || !initial) && !afterArticle) {
        type = EntityType::Person; // not "the Lam Son uprising"
    } else if (vietnamese && onlyCapitals && capitals >= 3 && capitals <= 4 &&
               familyNames.contains(raw(scan.original(start))) &&
               folder.stripMarks(scan.text.mid(scan.at(start).start,
                                               scan.at(end - 1).end - scan.at(start).start)) ==
                   scan.text.mid(scan.at(start).start,
                                 scan.at(end - 1).end - scan.at(start).start)) {
        type = EntityType::Person; // "Tran Hong Minh": a full name without its marks
    } else if (onlyCapitals && capitals >= 2 && capitals <= 4 && !afterArticle &&
               worldGivenNames.contains(raw(scan.original(start)))) {
        type = EntityType::Person; // "Ruth Kelly", in either language's text
    } else if (!vietnamese && capitals >= 2 && capitals <= 4 && titleOfBefore(scan, start)) {
        type = EntityType::Person; // "President of Cuba Miguel Díaz-Canel"
    } else if (!vietnamese && onlyCapitals && !afterArticle) {
        // A family name inside a run starts a person: "Striker Nguyen Xuan Son",
        // "Minister of Construction Tran Hong Minh".
        for (int k = start + 1; k + 1 < end && !type; ++k) {
            if (isFamily(scan, k) && end - k <= 4) {
                start = k;
                type = EntityType::Person;
            }
        }
    }
    return type;
}

bool NameRecognizer::commonOpening(const Scan& scan, int i) const
{
    // Vietnamese capitalises every sentence's first word: only a family name or a body's keyword
    // ("Cục Môi trường … cho biết", written with its marks: "Cực" is no "Cục") opens a name there.
    if (scan.vietnamese)
        return !isFamily(scan, i) && !vietnameseKeywordStarts.contains(scan.original(i).toString());
    return stopWords.contains(raw(scan.folded(i)));
}

void NameRecognizer::findByRules(Scan& scan) const
{
    const int n = scan.size();
    const bool vietnamese = scan.vietnamese;
    for (int m = 0, found = int(scan.out.size()); m < found; ++m)
        if (scan.out.at(m).type == EntityType::Organisation)
            acronymAfter(scan, m, scan.tokenFrom(scan.out.at(m).start + scan.out.at(m).length));

    for (int i = 0; i < n; ++i) {
        if (!scan.free(i))
            continue;
        int start = i;
        bool person = false;
        while (const Pattern* title = matchAt(titles[vietnamese], scan.tokens, start, false)) {
            start += int(title->tokens.size());
            if (scan.mark(start, u"."))
                ++start;
            person = true;
        }
        const bool initial = sentenceInitial(scan.tokens, i, scan.text);
        if (!person) {
            person = !titleEndingAt(scan.tokens, i, vietnamese).isEmpty();
            if (initial && !person && commonOpening(scan, i))
                continue; // "Trong khuôn khổ", "The two leaders"
        }
        if (person && start > i && !scan.free(start)) {
            i = start - 1; // a title before a glossary name, "of" or lower-case text
            continue;
        }
        std::optional<EntityType> type;
        int end = start;
        // After a title, the organisation of the office: "Bộ trưởng Bộ Xây dựng Trần Hồng Minh".
        const Pattern* keyword =
            vietnamese ? matchAt(vietnameseKeywords, scan.tokens, start) : nullptr;
        if (keyword && person && keyword->type != EntityType::Organisation)
            keyword = nullptr; // "Ông Hồ Văn Nam": Hồ is a family name, not a lake
        if (keyword) {
            end = vietnameseRunEnd(scan, start, start + int(keyword->tokens.size()));
            if (end < 0)
                continue;
            type = keyword->type;
            // Vietnamese names the place after the body: "Sở Y tế Bắc Kinh" (Beijing's health
            // bureau), "Tòa án phúc thẩm Mỹ". It takes the place; its tokens stay claimed.
            const int m = scan.mentionStartingAt(end);
            if (type == EntityType::Organisation && m >= 0 &&
                scan.out.at(m).type == EntityType::Place && !scan.out.at(m).entryId.isEmpty()) {
                end = scan.tokenFrom(scan.out.at(m).start + scan.out.at(m).length);
                scan.out.removeAt(m);
            }
        } else {
            end = vietnamese ? start : englishRunEnd(scan, start);
            while (vietnamese && scan.free(end))
                ++end;
            // "Thủ tướng Chính phủ": the title's institution, not a person named Chính.
            if (end == start || (end == start + 1 && startsWord(scan, start))) {
                i = std::max(i, start - 1);
                continue;
            }
            // The last keyword says what it is: "Times Square", "Newcastle City Council".
            if (!vietnamese)
                for (int k = start; k < end; ++k)
                    if (const Pattern* keyword = matchAt(englishKeywords, scan.tokens, k))
                        type = keyword->type;
            // "Vietnamese Party", "the Russian Government", "Party": descriptions, not names.
            if (type && !vietnamese && genericOnly(scan, start, end)) {
                i = std::max(i, end - 1);
                continue;
            }
            if (!type)
                type = typeByShape(scan, start, end, person, initial);
        }
        if (type) {
            scan.add(start, end, *type, QString(), false);
            if (*type == EntityType::Organisation &&
                acronymAfter(scan, int(scan.out.size()) - 1, end))
                end += 3;
        }
        i = std::max(i, end - 1);
    }
}

bool NameRecognizer::isPinyinGivenName(QStringView folded) const
{
    // One or two syllables: "Yi", "Xiaohong". Any split will do: "Xian" is xi-an or xian.
    const auto syllable = [&](QStringView part) {
        return pinyinSyllables.contains(raw(part));
    };
    if (syllable(folded))
        return true;
    for (qsizetype cut = 1; cut < folded.size(); ++cut)
        if (syllable(folded.first(cut)) && syllable(folded.sliced(cut)))
            return true;
    return false;
}

void NameRecognizer::findChineseNames(Scan& scan) const
{
    // "Deng Xiaohong": a Chinese family name and one capitalised word of one or two pinyin
    // syllables, alone (not "Long Island", not part of a longer run).
    const int n = scan.size();
    for (int i = 0; i + 1 < n; ++i) {
        if (!scan.free(i) || !scan.free(i + 1) || scan.capital(i - 1) || scan.capital(i + 2) ||
            !chineseFamilyNames.contains(raw(scan.original(i))))
            continue;
        const QStringView given = scan.folded(i + 1);
        const QStringView written = scan.original(i + 1);
        if (given.size() > 8 || written.size() != given.size() ||
            !std::all_of(written.begin(), written.end(),
                         [](QChar c) { return c.unicode() < 0x80; }) ||
            !isPinyinGivenName(given))
            continue;
        scan.add(i, i + 2, EntityType::Person, QString(), false);
        ++i;
    }
}

void NameRecognizer::findGivenNameRuns(Scan& scan) const
{
    // "Judith Miller of The New York Times", "Special Prosecutor Patrick Fitzgerald", "James E.
    // Winner": a known given name and the capitalised words after it are a person, whatever
    // comes before or after, in either language's text.
    const int n = scan.size();
    for (int i = 0; i < n; ++i)
        if (const int end = givenNameRunEnd(scan, i); end > i) {
            scan.add(i, end, EntityType::Person, QString(), false);
            i = end - 1;
        }
}

int NameRecognizer::nameWordLength(const Scan& scan, int k) const
{
    if (!scan.free(k))
        return 0;
    // "O'Brien", "D'Alema": a capital, an apostrophe and a capitalised word, without spaces.
    if (scan.mark(k + 1, u"'") && scan.free(k + 2) && scan.at(k).end == scan.at(k + 1).start &&
        scan.at(k + 1).end == scan.at(k + 2).start)
        return 3;
    return 1;
}

int NameRecognizer::nicknameEnd(const Scan& scan, int k) const
{
    // A quoted nickname between a given name and the surname: at most three capitalised words
    // between straight or curly quotes, a name's word right after.
    if (!scan.mark(k, u"\""))
        return k;
    constexpr int longest = 3;
    int close = k + 1;
    while (close < scan.size() && close - k <= longest && scan.free(close))
        ++close;
    if (close == k + 1 || !scan.mark(close, u"\"") || nameWordLength(scan, close + 1) == 0)
        return k;
    return close + 1;
}

int NameRecognizer::givenNameRunEnd(const Scan& scan, int start) const
{
    if (!scan.free(start) || scan.lower(start - 1, u"the"))
        return -1;
    const auto isInitial = [&](int k) {
        return scan.free(k) && scan.original(k).size() == 1 && scan.mark(k + 1, u".");
    };
    int end = start + 1;
    int words = 1;
    if (!worldGivenNames.contains(raw(scan.original(start)))) {
        // "A. Grishin": an initial opens a name too, but not inside "U.S." or "D.C." (an
        // initial right after another's full stop).
        if (!isInitial(start) || scan.mark(start - 1, u".") ||
            (start > 0 && scan.at(start - 1).end == scan.at(start).start) ||
            nameWordLength(scan, start + 2) == 0 || scan.original(start + 2).size() < 2)
            return -1;
        end = start + 2;
        words = 0;
    }
    constexpr int longest = 4; // words of a name: "Luiz Inácio Lula Silva"
    int lastWord = start;
    while (words < longest) {
        // "Samantha Bowen Jessica O'Brien", a list without its comma: a known given name
        // after a surname, with a word after it, starts the next person.
        if (words >= 2 && scan.free(end) && worldGivenNames.contains(raw(scan.original(end))) &&
            !worldGivenNames.contains(raw(scan.original(lastWord))) &&
            nameWordLength(scan, end + 1) > 0)
            break;
        if (const int close = nicknameEnd(scan, end); words >= 1 && close > end) {
            end = close; // "Lyle "Fancy Pants" Beerbohm"
        } else if (isInitial(end) && scan.free(end + 2)) {
            end += 2;                                              // "James E. Winner"
        } else if (const int length = nameWordLength(scan, end)) { // "Miller", "O'Brien"
            lastWord = end;
            end += length;
            ++words;
        } else if (words > 0 && scan.mark(end, u"-") && scan.free(end + 1) &&
                   scan.at(end - 1).end == scan.at(end).start &&
                   scan.at(end).end == scan.at(end + 1).start) {
            end += 2; // "Díaz-Canel"
        } else {
            break;
        }
    }
    // A keyword ends it as something else: "Ruth Kelly Foundation" is no person.
    for (int k = start; k < end; ++k)
        if (matchAt(englishKeywords, scan.tokens, k) || matchAt(vietnameseKeywords, scan.tokens, k))
            return -1;
    if (words < (worldGivenNames.contains(raw(scan.original(start))) ? 2 : 1))
        return -1;
    // "James E. Winner, Jr.": the suffix belongs to the name.
    const int comma = scan.mark(end, u",") ? 1 : 0;
    if (end + comma < scan.size() && scan.at(end + comma).word &&
        nameSuffixes.contains(raw(scan.original(end + comma))) && !scan.claimed.at(end + comma))
        end += comma + (scan.mark(end + comma + 1, u".") && !scan.at(end + comma).allCaps ? 2 : 1);
    return end;
}

void NameRecognizer::findKnownSurnames(Scan& scan) const
{
    if (scan.context->surnames.isEmpty())
        return;
    const int n = scan.size();
    for (int i = 0; i < n; ++i) {
        // One capitalised word alone ("Kelly", "O'Brien"), not opening a sentence with a word
        // that opens many.
        const int length = nameWordLength(scan, i);
        if (length == 0 || scan.capital(i - 1) || scan.capital(i + length) ||
            (sentenceInitial(scan.tokens, i, scan.text) && stopWords.contains(raw(scan.folded(i)))))
            continue;
        const QString key =
            length == 1 ? raw(scan.folded(i))
                        : scan.folded(i).toString().append(u'\'').append(scan.folded(i + 2));
        const QString canonical = scan.context->surnames.value(key);
        if (!canonical.isEmpty())
            scan.add(i, i + length, EntityType::Person, QString(), false).canonical = canonical;
        i += length - 1;
    }
}

void NameRecognizer::findCities(Scan& scan) const
{
    // A whole run of capitalised words nothing else named, exactly a city: "Samsun", "Costa
    // Mesa". Not a run opening a sentence with a word that opens many, not an acronym.
    const QSet<QString>& cities = worldCities();
    const int n = scan.size();
    constexpr int longest = 4;
    for (int i = 0; i < n; ++i) {
        // Not part of a hyphenated name: "Ottawa West-Nepean".
        if (!scan.free(i) || scan.capital(i - 1) ||
            (scan.mark(i - 1, u"-") && scan.at(i - 1).end == scan.at(i).start))
            continue;
        int end = i;
        while (end < n && scan.free(end) && end - i < longest)
            ++end;
        if (scan.capital(end) || (end == i + 1 && scan.at(i).allCaps) ||
            (scan.mark(end, u"-") && scan.at(end - 1).end == scan.at(end).start) ||
            (sentenceInitial(scan.tokens, i, scan.text) &&
             stopWords.contains(raw(scan.folded(i))))) {
            i = end - 1;
            continue;
        }
        QString key;
        for (int k = i; k < end; ++k) {
            if (k > i)
                key += u' ';
            key += scan.folded(k);
        }
        if (cities.contains(key))
            scan.add(i, end, EntityType::Place, QString(), false);
        i = end - 1;
    }
}

} // namespace songngu
