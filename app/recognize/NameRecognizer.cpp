// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/NameRecognizer.h"

#include "text/LanguageData.h"

#include <algorithm>

namespace songngu {

namespace {

constexpr char16_t dropped = TextFolder::dropped; // folds to nothing (a combining mark)
constexpr char16_t complex = TextFolder::complex; // folds to something other than one unit

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

char16_t punctuation(char16_t u)
{
    if (u == u'\u2018' || u == u'\u2019')
        return u'\'';
    if (u == u'\u201C' || u == u'\u201D' || u == u'\u00AB' || u == u'\u00BB')
        return u'"';
    return u == u'\u2013' || u == u'\u2014' ? u'-' : u;
}

// A QString sharing `view`'s characters, for hash and set look-ups without copying.
QString raw(QStringView view)
{
    return QString::fromRawData(view.data(), view.size());
}

} // namespace

NameRecognizer::NameRecognizer(const Glossary& glossary)
    : glossary(glossary), worldGivenNames(sharedGivenNames())
{
    const QStringList entryIds = glossary.entryIds();
    for (const QString& id : entryIds) {
        const GlossaryEntry* entry = glossary.entry(id);
        if (!entry)
            continue;
        for (const QStringList* list : {&entry->english, &entry->vietnamese})
            for (const QString& form : *list)
                addPattern(forms, form, entry->id, entry->type);
        for (const QString& given : entry->givenNames) {
            Tokens tokens;
            tokenize(given, tokens);
            if (tokens.list.size() != 1)
                continue;
            givenNames[tokens.folded].append({entry->id, given});
            // Vietnamese text writes "Trọng": its "Trong" is the word "in", whoever was named.
            const bool unmarkedSpelling = std::any_of(
                entry->givenNames.cbegin(), entry->givenNames.cend(), [&](const QString& other) {
                    return other != given && folder.stripMarks(other) == given;
                });
            if (!unmarkedSpelling)
                givenNamesVi[tokens.folded].append({entry->id, given});
        }
    }
    const QStringList officeIds = glossary.officeIds();
    for (const QString& id : officeIds)
        if (const Office* office = glossary.office(id))
            for (int v = 0; v < 2; ++v)
                for (const QString& title : v ? office->vietnamese : office->english)
                    addPattern(titles[v], title, office->id, EntityType::Person);
    // The order of the lists is the order of equally long patterns: titles, then keywords.
    const struct
    {
        PatternIndex* index;
        QStringView file;
        const char16_t* id;
        EntityType type;
    } patterns[] = {
        {&titles[0], u"en/titles.txt", u"title", EntityType::Person},
        {&titles[1], u"vi/titles.txt", u"title", EntityType::Person},
        {&englishKeywords, u"en/organisation-keywords.txt", u"", EntityType::Organisation},
        {&englishKeywords, u"en/place-keywords.txt", u"", EntityType::Place},
        {&vietnameseKeywords, u"vi/organisation-keywords.txt", u"", EntityType::Organisation},
        {&vietnameseKeywords, u"vi/place-keywords.txt", u"", EntityType::Place},
    };
    for (const auto& group : patterns)
        for (const QString& word : LanguageData::words(group.file))
            addPattern(*group.index, word, QStringView(group.id).toString(), group.type);
    for (const PatternIndex& index : titles)
        for (const QList<Pattern>& patterns : index)
            for (const Pattern& pattern : patterns)
                titleLastWords.insert(pattern.tokens.constLast());
    addRuleWords();
}

void NameRecognizer::tokenize(QStringView text, Tokens& out) const
{
    out.list.clear();
    out.folded.clear();
    out.folded.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.start = int(i);
        token.foldedStart = int(out.folded.size());
        if (!isWordChar(c)) {
            out.folded.append(QChar(punctuation(c.unicode())));
            token.end = int(++i);
            token.foldedLength = 1;
            out.list.append(token);
            continue;
        }
        token.word = true;
        token.upper = c.isUpper() || c.isTitleCase();
        bool allCaps = true;
        int letters = 0;
        for (; i < n && isWordChar(text[i]); ++i) {
            const QChar ch = text[i];
            const char16_t u = ch.unicode();
            if (u < 0x80) {
                const bool capital = u >= u'A' && u <= u'Z';
                if (capital || (u >= u'a' && u <= u'z')) {
                    ++letters;
                    allCaps = allCaps && capital;
                }
                out.folded.append(QChar(capital ? char16_t(u + 32) : u));
                continue;
            }
            if (ch.isLetter()) {
                ++letters;
                allCaps = allCaps && !ch.isLower();
            }
            const char16_t folded = TextFolder::foldUnit(u);
            if (folded == dropped)
                continue;
            if (folded != complex && folded != 0)
                out.folded.append(QChar(folded));
            else if (ch.isSurrogate())
                out.folded.append(ch);
            else
                out.folded.append(folder.fold(QStringView(&u, 1)));
        }
        token.end = int(i);
        token.allCaps = allCaps && letters >= 2;
        token.foldedLength = int(out.folded.size()) - token.foldedStart;
        out.list.append(token);
    }
}

void NameRecognizer::addPattern(PatternIndex& index, QStringView form, const QString& id,
                                EntityType type) const
{
    Tokens tokens;
    tokenize(form, tokens);
    if (tokens.list.isEmpty())
        return;
    Pattern pattern;
    pattern.id = id;
    pattern.type = type;
    for (int i = 0; i < tokens.list.size(); ++i) {
        const Token& token = tokens.list.at(i);
        pattern.tokens.append(tokens.foldedAt(i).toString());
        pattern.caseNeeds.append(token.allCaps ? 'A' : token.upper ? 'U' : ' ');
    }
    // "Vietnam" and "Viet Nam" (Việt Nam) are one spelling, in every name that contains them:
    // "Việt Nam - Russia Intergovernmental Committee" is the glossary's "Vietnam - Russia …".
    Pattern variant = pattern;
    for (int i = 0; i < variant.tokens.size(); ++i) {
        if (variant.tokens.at(i) == u"vietnam") {
            variant.tokens.replace(i, QStringLiteral("viet"));
            variant.tokens.insert(i + 1, QStringLiteral("nam"));
            variant.caseNeeds.insert(i + 1, variant.caseNeeds.at(i));
        } else if (variant.tokens.at(i) == u"viet" && variant.tokens.value(i + 1) == u"nam") {
            variant.tokens.replace(i, QStringLiteral("vietnam"));
            variant.tokens.removeAt(i + 1);
            variant.caseNeeds.removeAt(i + 1);
        }
    }
    const bool hasVariant = variant.tokens != pattern.tokens;
    for (const Pattern* one : {&pattern, &variant}) {
        if (one == &variant && !hasVariant)
            break;
        QList<Pattern>& list = index[one->tokens.front()];
        if (std::any_of(list.cbegin(), list.cend(), [&](const Pattern& existing) {
                return existing.tokens == one->tokens && existing.id == id;
            }))
            continue;
        // Longest first; among equally long ones, the order of the glossary.
        const auto at = std::upper_bound(
            list.begin(), list.end(), *one,
            [](const Pattern& a, const Pattern& b) { return a.tokens.size() > b.tokens.size(); });
        list.insert(at, *one);
    }
}

const NameRecognizer::Pattern* NameRecognizer::matchAt(const PatternIndex& index,
                                                       const Tokens& tokens, int i,
                                                       bool caseSensitive) const
{
    if (i < 0 || i >= tokens.list.size() || !tokens.list.at(i).word)
        return nullptr;
    const QStringView key = tokens.foldedAt(i);
    const auto it = index.constFind(raw(key));
    if (it == index.cend())
        return nullptr;
    for (const Pattern& pattern : it.value()) {
        const int n = int(pattern.tokens.size());
        if (i + n > tokens.list.size())
            continue;
        bool matches = true;
        for (int k = 0; k < n && matches; ++k) {
            const Token& token = tokens.list.at(i + k);
            const char need = caseSensitive ? pattern.caseNeeds.at(k) : ' ';
            matches = (k == 0 || tokens.foldedAt(i + k) == pattern.tokens.at(k)) &&
                      (need != 'U' || token.upper) && (need != 'A' || token.allCaps);
        }
        if (matches)
            return &pattern;
    }
    return nullptr;
}

QStringList NameRecognizer::titleEndingAt(const Tokens& tokens, int end, bool vietnamese,
                                          int* titleStart) const
{
    const PatternIndex& titles = this->titles[vietnamese ? 1 : 0];
    if (end > 0 && !tokens.list.at(end - 1).word && tokens.foldedAt(end - 1) == u".")
        --end; // "Mr. Smith"
    for (int start = std::max(0, end - 8); start < end; ++start) {
        if (!tokens.list.at(start).word)
            continue;
        const QStringView key = tokens.foldedAt(start);
        const auto it = titles.constFind(raw(key));
        if (it == titles.cend())
            continue;
        QStringList offices;
        for (const Pattern& pattern : it.value()) {
            if (pattern.tokens.size() != end - start)
                continue;
            bool matches = true;
            for (int k = 1; k < pattern.tokens.size() && matches; ++k)
                matches = tokens.foldedAt(start + k) == pattern.tokens.at(k);
            if (matches)
                offices.append(pattern.id);
        }
        if (!offices.isEmpty()) {
            if (titleStart)
                *titleStart = start;
            return offices;
        }
    }
    return {};
}

std::optional<TitleMention> NameRecognizer::titleBefore(QStringView text, Language language,
                                                        int nameStart) const
{
    // Most names have no title: rule that out from the word before the name alone, without
    // tokenizing (this runs for every person mentioned).
    int wordEnd = nameStart;
    while (wordEnd > 0 && text.at(wordEnd - 1).isSpace())
        --wordEnd;
    int wordStart = wordEnd;
    while (wordStart > 0 &&
           (text.at(wordStart - 1).isLetterOrNumber() || text.at(wordStart - 1).isMark()))
        --wordStart;
    if (wordStart == wordEnd)
        return std::nullopt;
    QString word;
    for (QChar c : text.mid(wordStart, wordEnd - wordStart)
                       .toString()
                       .normalized(QString::NormalizationForm_D))
        if (!c.isMark())
            word.append(c == u'đ' || c == u'Đ' ? QChar(u'd') : c.toLower());
    if (!titleLastWords.contains(word))
        return std::nullopt;

    // A title is a few words: tokenize only the text just before the name, from a space.
    constexpr int window = 48; // longer than the longest title ("Deputy Chairman of the …")
    int from = std::max(0, nameStart - window);
    while (from > 0 && from > nameStart - 2 * window && !text.at(from - 1).isSpace())
        --from;
    const QStringView before = text.mid(from, nameStart - from);
    Tokens tokens;
    tokenize(before, tokens);
    const int end = int(tokens.list.size());
    // Only when nothing but spaces separates the title from the name: not "… Secretary. Putin".
    if (end == 0 || !tokens.list.last().word)
        return std::nullopt;
    int first = -1;
    QStringList offices = titleEndingAt(tokens, end, language == Language::Vietnamese, &first);
    offices.removeAll(QStringLiteral("title"));
    if (offices.isEmpty() || first < 0)
        return std::nullopt;
    offices.removeDuplicates();
    offices.sort();
    const int start = from + tokens.list.at(first).start;
    return TitleMention{start, from + tokens.list.at(end - 1).end - start, offices};
}

bool NameRecognizer::sentenceInitial(const Tokens& tokens, int i, QStringView text) const
{
    int j = i - 1;
    while (j >= 0 && !tokens.list.at(j).word &&
           QStringLiteral("\"'([").contains(raw(tokens.foldedAt(j))))
        --j;
    if (j < 0)
        return true;
    if (tokens.list.at(j).word)
        return false;
    const QStringView mark = tokens.foldedAt(j);
    if (mark == u"." && j > 0 && tokens.list.at(j - 1).word) {
        const QStringView before = tokens.originalAt(text, j - 1);
        const QStringView folded = tokens.foldedAt(j - 1);
        if ((before.size() == 1 && tokens.list.at(j - 1).upper) ||
            abbreviations.contains(raw(folded)))
            return false;
    }
    return mark == u"." || mark == u"!" || mark == u"?" || mark == u":" || mark == u"\u2026" ||
           mark == u"\u2022" || (mark == u"-" && j == 0);
}

NameMention& NameRecognizer::Scan::add(int from, int to, EntityType type, const QString& id,
                                       bool given)
{
    NameMention mention;
    mention.start = at(from).start;
    mention.length = at(to - 1).end - mention.start;
    mention.type = type;
    mention.entryId = id;
    if (id.isEmpty()) {
        bool quoted = false; // a person's nickname is not part of the name's key
        for (int k = from; k < to; ++k) {
            if (type == EntityType::Person && mark(k, u"\"")) {
                quoted = !quoted;
                continue;
            }
            if (quoted)
                continue;
            // "O'Brien" stays one word: "o'brien".
            const bool joined = k > from && at(k).start == at(k - 1).end &&
                                (folded(k) == u"'" || folded(k - 1) == u"'");
            if (!at(k).word && !joined)
                continue;
            if (!mention.canonical.isEmpty() && !joined)
                mention.canonical += u' ';
            mention.canonical += folded(k);
        }
    } else {
        mention.canonical = id;
    }
    mention.givenNameOnly = given;
    std::fill(claimed.begin() + from, claimed.begin() + to, true);
    out.append(mention);
    return out.last();
}

int NameRecognizer::Scan::mentionStartingAt(int token) const
{
    if (token < 0 || token >= size())
        return -1;
    for (int m = 0; m < out.size(); ++m)
        if (out.at(m).start == at(token).start)
            return m;
    return -1;
}

int NameRecognizer::Scan::tokenFrom(int offset) const
{
    const auto it = std::lower_bound(tokens.list.cbegin(), tokens.list.cend(), offset,
                                     [](const Token& t, int at) { return t.start < at; });
    return int(it - tokens.list.cbegin());
}

QList<NameMention> NameRecognizer::find(QStringView text, Language language,
                                        NameContext* context) const
{
    NameContext local; // what this paragraph defines, when no document context is kept
    Scan scan;
    scan.text = text;
    tokenize(text, scan.tokens);
    scan.claimed.fill(false, scan.size());
    scan.vietnamese = language == Language::Vietnamese;
    scan.context = context ? context : &local;

    findForms(scan);
    findGivenNames(scan);
    extendNames(scan);
    if (scan.vietnamese)
        findShortForms(scan);
    findGivenNameRuns(scan);
    findChineseNames(scan);
    findByRules(scan);
    findKnownAcronyms(scan);
    findKnownSurnames(scan);
    findCities(scan);

    std::sort(scan.out.begin(), scan.out.end(),
              [](const NameMention& a, const NameMention& b) { return a.start < b.start; });
    // Only now: a bare given name needs its person named before it, not later in the paragraph.
    for (NameMention& m : scan.out) {
        if (m.type != EntityType::Person)
            continue;
        // "Bộ trưởng Straw" once "Jack Straw" was named: the same person.
        if (m.entryId.isEmpty() && !m.canonical.contains(u' '))
            if (const QString full = scan.context->surnames.value(m.canonical); !full.isEmpty())
                m.canonical = full;
        if (!m.entryId.isEmpty()) {
            scan.context->named.insert(m.entryId);
            continue;
        }
        // The surname is the last word but a suffix: "Winner" in "James E. Winner, Jr.".
        QStringList words = m.canonical.split(u' ');
        while (words.size() > 2 && foldedSuffixes.contains(words.constLast()))
            words.removeLast();
        if (words.size() < 2)
            continue;
        const QString surname = words.constLast();
        const auto known = scan.context->surnames.constFind(surname);
        scan.context->surnames.insert(
            surname, known == scan.context->surnames.cend() || *known == m.canonical ? m.canonical
                                                                                     : QString());
    }
    return scan.out;
}

void NameRecognizer::findForms(Scan& scan) const
{
    const int n = scan.size();
    for (int i = 0; i < n; ++i) {
        const Pattern* pattern = matchAt(forms, scan.tokens, i);
        if (!pattern)
            continue;
        const int size = int(pattern->tokens.size());
        int later = i + 1; // "the Kremlin Palace": "Kremlin Palace", not "the Kremlin"
        for (const Pattern* other = nullptr; later < i + size; ++later)
            if ((other = matchAt(forms, scan.tokens, later)) && other->tokens.size() >= size &&
                later + other->tokens.size() > i + size)
                break;
        if (later < i + size) {
            i = later - 1;
            continue;
        }
        // "the South": the article is context the form asks for, not part of the name.
        const int from = size > 1 && pattern->tokens.front() == u"the" ? i + 1 : i;
        // "tiếng Nga" is the Russian language, not Russia.
        if ((!scan.vietnamese || pattern->type != EntityType::Place ||
             !scan.lower(i - 1, u"tieng")) &&
            !insideOtherName(scan, *pattern, from, i + size))
            scan.add(from, i + size, pattern->type, pattern->id, false);
        i += size - 1;
    }
}

bool NameRecognizer::insideOtherName(const Scan& scan, const Pattern& pattern, int from,
                                     int to) const
{
    // "Hillary Clinton" is not Bill Clinton: a surname alone after another capitalised word
    // (not a title: "President Bush") is someone else's.
    if (pattern.type == EntityType::Person && to - from == 1 && scan.capital(from - 1) &&
        titleEndingAt(scan.tokens, from, scan.vietnamese).isEmpty() &&
        !(sentenceInitial(scan.tokens, from - 1, scan.text) &&
          stopWords.contains(raw(scan.folded(from - 1)))))
        return true;
    // "Michael R. Bloomberg" is no company: a word after a middle initial ends a person's name.
    if (to - from == 1 && scan.mark(from - 1, u".") && scan.capital(from - 2) &&
        scan.original(from - 2).size() == 1 && scan.capital(from - 3))
        return true;
    // "Ông Hồ Văn Nam" is a man, not Yunnan (Vân Nam): a place does not follow a family name.
    if (scan.vietnamese && pattern.type != EntityType::Person && scan.capital(from - 1) &&
        isFamily(scan, from - 1))
        return true;
    const bool oneSyllablePlace =
        scan.vietnamese && to - from == 1 &&
        (pattern.type == EntityType::Place || pattern.type == EntityType::Organisation);
    if (!oneSyllablePlace &&
        !glossary.isAmbiguousForm(scan.tokens.folded.mid(
            scan.at(from).foldedStart, scan.at(to - 1).foldedStart + scan.at(to - 1).foldedLength -
                                           scan.at(from).foldedStart)))
        return false;
    // "Ảnh" (a photo) is no "Anh": in Vietnamese text, marks written are marks meant. A form
    // written bare ("Lao") is left to the entity linker, which weighs it against the English.
    if (scan.vietnamese) {
        const QString written =
            scan.text.sliced(scan.at(from).start, scan.at(to - 1).end - scan.at(from).start)
                .toString();
        const GlossaryEntry* entry = glossary.entry(pattern.id);
        const auto same = [&](const QString& form) {
            return form.compare(written, Qt::CaseInsensitive) == 0;
        };
        // Only where the form is bare: "Mỷ" for "Mỹ" is a slip worth a name-variant note.
        const auto bare = [&](const QString& form) {
            return folder.fold(form) == folder.fold(written) && folder.stripMarks(form) == form;
        };
        if (entry && folder.stripMarks(written) != written &&
            (std::any_of(entry->vietnamese.cbegin(), entry->vietnamese.cend(), bare) ||
             std::any_of(entry->english.cbegin(), entry->english.cend(), bare)) &&
            std::none_of(entry->vietnamese.cbegin(), entry->vietnamese.cend(), same) &&
            std::none_of(entry->english.cbegin(), entry->english.cend(), same))
            return true;
    }
    // "Nguyễn Thị Nga", "Ông Đức", "Michael Jordan": the form ends a name; a capitalised word
    // opening the sentence ("Theo Nga, …") does not make one.
    const int before = from - 1;
    if (scan.capital(before) && !(sentenceInitial(scan.tokens, before, scan.text) &&
                                  stopWords.contains(raw(scan.folded(before)))))
        return true;
    // "Anh ấy" is "he", "Anh em" brothers; "SEC" is no "Séc".
    if (scan.lower(to, u"ay") || (to - from == 1 && startsWord(scan, from)) ||
        (scan.at(from).allCaps && scan.at(from).end - scan.at(from).start > 1 &&
         !pattern.caseNeeds.contains('A')))
        return true;
    // "Jordan Henderson", "Anh Tuấn": the form starts one, unless an office's title comes
    // first ("Thủ tướng Anh Tony Blair").
    if (!scan.capital(to))
        return false;
    const QStringList offices = titleEndingAt(scan.tokens, from, scan.vietnamese);
    return offices.isEmpty() || offices == QStringList{QStringLiteral("title")};
}

bool NameRecognizer::startsWord(const Scan& scan, int i) const
{
    return scan.vietnamese && i + 1 < scan.size() && scan.at(i + 1).word &&
           givenNameWords.contains(scan.folded(i).toString() + u' ' +
                                   scan.folded(i + 1).toString());
}

void NameRecognizer::findGivenNames(Scan& scan) const
{
    const int n = scan.size();
    for (int i = 0; i < n; ++i) {
        if (scan.claimed.at(i) || !scan.capital(i))
            continue;
        const auto& given = scan.vietnamese ? givenNamesVi : givenNames;
        const auto it = given.constFind(raw(scan.folded(i)));
        if (it == given.cend())
            continue;
        // "Chính phủ" is the government, after a title too: "Thủ tướng Chính phủ" is the Prime
        // Minister, not Phạm Minh Chính.
        if (startsWord(scan, i))
            continue;
        QStringList ids; // the people with this given name, then those that fit
        for (const auto& [id, form] : it.value())
            // Vietnamese text writes the marks: "Phòng" (a department) is not Phóng. Written
            // bare ("Thủ tướng Chinh"), the marks are missing: a finding of its own.
            if (!ids.contains(id) && (!scan.vietnamese || form == scan.original(i) ||
                                      folder.stripMarks(scan.original(i)) == scan.original(i)))
                ids.append(id);
        const int offset = scan.at(i).start;
        auto namedBefore = [&](const QString& id) {
            return scan.context->named.contains(id) ||
                   std::any_of(scan.out.cbegin(), scan.out.cend(), [&](const NameMention& m) {
                       return m.entryId == id && m.start < offset;
                   });
        };
        QStringList candidates;
        if (const QStringList offices = titleEndingAt(scan.tokens, i, scan.vietnamese);
            !offices.isEmpty()) {
            for (const QString& id : std::as_const(ids)) {
                const GlossaryEntry* entry = glossary.entry(id);
                for (const OfficeTerm& term : entry ? entry->offices : QList<OfficeTerm>())
                    if (offices.contains(term.office) && !candidates.contains(id))
                        candidates.append(id);
            }
            if (candidates.size() != 1) // "Ông Lâm": any title, then who was named before
                candidates = ids.size() == 1 ? ids : QStringList();
            if (candidates.isEmpty())
                std::copy_if(ids.cbegin(), ids.cend(), std::back_inserter(candidates), namedBefore);
        } else if (!scan.capital(i - 1) && !scan.capital(i + 1)) {
            const QStringView original = scan.original(i);
            QStringList exact;
            for (const auto& [id, form] : it.value())
                if (form == original && !exact.contains(id))
                    exact.append(id);
            // Only someone named before: with hundreds of people in the glossary, a capitalised
            // syllable alone ("80 năm Chiến thắng") is too often a word or someone else.
            std::copy_if(exact.cbegin(), exact.cend(), std::back_inserter(candidates), namedBefore);
        }
        if (candidates.size() == 1)
            scan.add(i, i + 1, EntityType::Person, candidates.front(), true);
    }
}

} // namespace songngu
