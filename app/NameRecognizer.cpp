#include "NameRecognizer.h"

#include <algorithm>

namespace songngu {

namespace {

constexpr char16_t dropped = 0xFFFF; // folds to nothing (a combining mark)
constexpr char16_t complex = 0xFFFE; // folds to something other than one code unit

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

// Ids of the entries and offices the glossary may hold. Glossary has no way to list them yet,
// so they are read from the built-in glossary; entries themselves always come from `glossary`
// (so a user glossary's overrides apply, but its new ids are not seen). See the report / TODO:
// replace with Glossary::entryIds() / officeIds() once they exist.
QStringList split(QStringView words)
{
    QStringList list;
    for (QStringView word : words.split(u'|'))
        list.append(word.toString());
    return list;
}

// A QString sharing `view`'s characters, for hash and set look-ups without copying.
QString raw(QStringView view)
{
    return QString::fromRawData(view.data(), view.size());
}

} // namespace

NameRecognizer::NameRecognizer(const Glossary& glossary) : glossary(glossary)
{
    for (char16_t u = 0x80; u < foldTable.size(); ++u) {
        if (QChar(u).isSurrogate())
            continue;
        const QString folded = folder.fold(QStringView(&u, 1));
        foldTable[u] = folded.isEmpty()     ? dropped
                       : folded.size() == 1 ? folded[0].unicode()
                                            : complex;
    }
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
            if (tokens.list.size() == 1)
                givenNames[tokens.folded].append({entry->id, given});
        }
    }
    const QStringList officeIds = glossary.officeIds();
    for (const QString& id : officeIds)
        if (const Office* office = glossary.office(id))
            for (int v = 0; v < 2; ++v)
                for (const QString& title : v ? office->vietnamese : office->english)
                    addPattern(titles[v], title, office->id, EntityType::Person);
    const struct
    {
        PatternIndex* index;
        const char16_t* words;
        const char16_t* id;
        EntityType type;
    } patterns[] = {
        {&titles[0],
         u"Mr|Mrs|Ms|Dr|Prof|Professor|Minister|Deputy Minister|Deputy Prime Minister|Chairman|"
         u"Chairwoman|Vice Chairman|Ambassador|Governor|Senator|Secretary|General|President|"
         u"Vice President|Prime Minister|General Secretary|Premier|Chancellor|King|Queen|"
         u"Prince|Mayor|Director",
         u"title", EntityType::Person},
        {&titles[1],
         u"Ông|Bà|Đồng chí|Tổng Bí thư|Chủ tịch nước|Chủ tịch|Phó Chủ tịch|Thủ tướng|"
         u"Phó Thủ tướng|Tổng thống|Bộ trưởng|Thứ trưởng|Đại sứ|Đại tướng|Thượng tướng|Giáo sư|"
         u"Tiến sĩ|Giám đốc",
         u"title", EntityType::Person},
        {&englishKeywords,
         u"Party|Ministry|Committee|Council|Agency|Bank|University|Association|Company|"
         u"Corporation|Group|Institute|Department|Assembly|Army|Union|Federation|Organisation|"
         u"Organization|Commission|Fund|Academy|Forum|Office|Government",
         u"", EntityType::Organisation},
        {&englishKeywords,
         u"Square|City|Province|District|Street|River|Island|Islands|Bay|Sea|Lake|Mountain|"
         u"Park|Airport|Port|Palace|Region",
         u"", EntityType::Place},
        {&vietnameseKeywords,
         u"Đảng|Bộ|Ủy ban|Uỷ ban|Hội đồng|Ngân hàng|Trường|Đại học|Viện|Tổng cục|Cục|Công ty|"
         u"Tập đoàn|Quỹ|Hội|Ban|Sở|Tòa án|Viện Kiểm sát|Học viện|Quân đội",
         u"", EntityType::Organisation},
        {&vietnameseKeywords,
         u"Quảng trường|Thành phố|Tỉnh|Huyện|Quận|Xã|Phường|Sông|Đảo|Quần đảo|Vịnh|Biển|Núi|Hồ|"
         u"Cảng|Sân bay|Điện|Cung điện",
         u"", EntityType::Place},
    };
    for (const auto& group : patterns)
        for (const QString& word : split(group.words))
            addPattern(*group.index, word, QStringView(group.id).toString(), group.type);
    for (const QString& name :
         split(u"Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Tô|"
               u"Lương|Đinh|Trương|Mai|Cao|Lâm|Đào|Hà|Vương|Trịnh|Đoàn|Tạ|Thái|Quách|Tăng"))
        familyNames << name << folder.stripMarks(name);
    const QStringList stop =
        split(u"the|he|she|they|it|at|on|in|this|that|these|those|we|i|a|an|but|and|as|by|for|"
              u"from|with|during|after|before|while|when|both|its|his|her|their|our|there|also|"
              u"however|meanwhile|according|speaking|earlier|later|today|yesterday|last|next|if|"
              u"since|so|such|all|many|some|other|each|most|then");
    const QStringList calendar =
        split(u"january|february|march|april|may|june|july|august|september|october|november|"
              u"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    const QStringList connecting = split(u"of|the|and|de|for");
    const QStringList function =
        split(u"và|là|của|cho|với|tại|trong|đã|sẽ|đang|được|có|này|đó|khi|để|về|từ|như|nhằm|"
              u"nằm|cũng|vào|ra|lên|theo|bị|thì|mà|nhưng|hay|hoặc|các|những|một|hai|ở|sau|trước|"
              u"năm|ngày|tháng|nói|biết|phát|khẳng|nhấn|sáng|chiều|tối|hôm|nay");
    stopWords = QSet<QString>(stop.cbegin(), stop.cend());
    calendarWords = QSet<QString>(calendar.cbegin(), calendar.cend());
    connectors = QSet<QString>(connecting.cbegin(), connecting.cend());
    functionWords = QSet<QString>(function.cbegin(), function.cend());
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
            const char16_t folded = u < foldTable.size() ? foldTable[u] : complex;
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
    QList<Pattern>& list = index[pattern.tokens.front()];
    for (const Pattern& existing : std::as_const(list))
        if (existing.tokens == pattern.tokens && existing.id == id)
            return;
    // Longest first; among equally long ones, the order of the glossary.
    const auto at =
        std::upper_bound(list.begin(), list.end(), pattern, [](const Pattern& a, const Pattern& b) {
            return a.tokens.size() > b.tokens.size();
        });
    list.insert(at, pattern);
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

QStringList NameRecognizer::titleEndingAt(const Tokens& tokens, int end, bool vietnamese) const
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
        if (!offices.isEmpty())
            return offices;
    }
    return {};
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
        if ((before.size() == 1 && tokens.list.at(j - 1).upper) || folded == u"mr" ||
            folded == u"mrs" || folded == u"ms" || folded == u"dr" || folded == u"st" ||
            folded == u"tp" || folded == u"prof")
            return false;
    }
    return mark == u"." || mark == u"!" || mark == u"?" || mark == u":" || mark == u"\u2026" ||
           mark == u"\u2022" || (mark == u"-" && j == 0);
}

QList<NameMention> NameRecognizer::find(QStringView text, Language language) const
{
    Tokens tokens;
    tokenize(text, tokens);
    const QList<Token>& list = tokens.list;
    const int n = int(list.size());
    QList<bool> claimed(n, false);
    QList<NameMention> out;
    auto add = [&](int from, int to, EntityType type, const QString& id, bool given) {
        NameMention mention;
        mention.start = list.at(from).start;
        mention.length = list.at(to - 1).end - mention.start;
        mention.type = type;
        mention.entryId = id;
        if (id.isEmpty()) {
            for (int k = from; k < to; ++k) {
                if (!list.at(k).word)
                    continue;
                if (!mention.canonical.isEmpty())
                    mention.canonical += u' ';
                mention.canonical += tokens.foldedAt(k);
            }
        } else {
            mention.canonical = id;
        }
        mention.givenNameOnly = given;
        out.append(mention);
        std::fill(claimed.begin() + from, claimed.begin() + to, true);
    };
    auto capital = [&](int k) {
        return k >= 0 && k < n && list.at(k).word && list.at(k).upper;
    };

    const bool vietnamese = language == Language::Vietnamese;

    // 1. Glossary forms, longest first.
    for (int i = 0; i < n; ++i) {
        const Pattern* pattern = matchAt(forms, tokens, i);
        if (!pattern)
            continue;
        const int size = int(pattern->tokens.size());
        int later = i + 1; // "the Kremlin Palace": "Kremlin Palace", not "the Kremlin"
        for (const Pattern* other = nullptr; later < i + size; ++later)
            if ((other = matchAt(forms, tokens, later)) && other->tokens.size() >= size &&
                later + other->tokens.size() > i + size)
                break;
        if (later < i + size) {
            i = later - 1;
            continue;
        }
        add(i, i + size, pattern->type, pattern->id, false);
        i += size - 1;
    }

    // 2. Given names after a title, or alone once the person was named.
    for (int i = 0; i < n; ++i) {
        if (claimed.at(i) || !capital(i))
            continue;
        const QStringView key = tokens.foldedAt(i);
        const auto it = givenNames.constFind(raw(key));
        if (it == givenNames.cend())
            continue;
        QStringList ids; // the people with this given name, then those that fit
        for (const auto& [id, form] : it.value())
            if (!ids.contains(id))
                ids.append(id);
        auto namedBefore = [&](const QString& id) {
            return std::any_of(out.cbegin(), out.cend(), [&](const NameMention& m) {
                return m.entryId == id && m.start < list.at(i).start;
            });
        };
        QStringList candidates;
        if (const QStringList offices = titleEndingAt(tokens, i, vietnamese); !offices.isEmpty()) {
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
        } else if (!capital(i - 1) && !capital(i + 1)) {
            const QStringView original = tokens.originalAt(text, i);
            QStringList exact;
            for (const auto& [id, form] : it.value())
                if (form == original && !exact.contains(id))
                    exact.append(id);
            std::copy_if(exact.cbegin(), exact.cend(), std::back_inserter(candidates), namedBefore);
            if (candidates.isEmpty() && exact.size() == 1 && !sentenceInitial(tokens, i, text))
                candidates = exact;
        }
        if (candidates.size() == 1)
            add(i, i + 1, EntityType::Person, candidates.front(), true);
    }

    // 3. Rules for names outside the glossary.
    const PatternIndex& keywords = vietnamese ? vietnameseKeywords : englishKeywords;
    auto free = [&](int k) {
        return capital(k) && !claimed.at(k);
    };
    auto isFamily = [&](int k) {
        return familyNames.contains(raw(tokens.originalAt(text, k)));
    };
    for (int i = 0; i < n; ++i) {
        if (!free(i))
            continue;
        int start = i;
        bool person = false;
        while (const Pattern* title = matchAt(titles[vietnamese], tokens, start, false)) {
            start += int(title->tokens.size());
            if (start < n && tokens.foldedAt(start) == u".")
                ++start;
            person = true;
        }
        const bool initial = sentenceInitial(tokens, i, text);
        if (!person) {
            person = !titleEndingAt(tokens, i, vietnamese).isEmpty();
            if (initial && !person &&
                (vietnamese ? !isFamily(i) : stopWords.contains(raw(tokens.foldedAt(i)))))
                continue; // "Trong khuôn khổ", "The two leaders"
        }
        if (person && start > i && !free(start)) {
            i = start - 1; // a title before a glossary name or lower-case text
            continue;
        }
        std::optional<EntityType> type;
        int end = start;
        if (const Pattern* keyword =
                vietnamese && !person ? matchAt(keywords, tokens, start) : nullptr) {
            // "Ủy ban Nhân dân Thành phố Hà Nội", "Bộ Ngoại giao": capitalised syllables, each
            // maybe followed by a lower-case one before a capital, a function word or the end.
            end = start + int(keyword->tokens.size());
            if (!free(end))
                continue;
            while (free(end)) {
                ++end;
                while (end < n && list.at(end).word && !list.at(end).upper && !claimed.at(end) &&
                       !functionWords.contains(raw(tokens.originalAt(text, end))) &&
                       end - start < 12 &&
                       (free(end + 1) || end + 1 == n || !list.at(end + 1).word ||
                        functionWords.contains(raw(tokens.originalAt(text, end + 1)))))
                    ++end;
            }
            while (!capital(end - 1) &&
                   functionWords.contains(raw(tokens.originalAt(text, end - 1))))
                --end;
            type = keyword->type;
        } else {
            while (end < n) {
                if (free(end))
                    ++end;
                else if (!vietnamese && end > start && end + 1 < n && list.at(end).word &&
                         !list.at(end).upper && connectors.contains(raw(tokens.foldedAt(end))) &&
                         free(end + 1))
                    end += 2;
                else
                    break;
            }
            if (end == start) {
                i = std::max(i, start - 1);
                continue;
            }
            const int size = end - start;
            if (!vietnamese)
                for (int k = start; k < end && !type; ++k)
                    if (const Pattern* keyword = matchAt(keywords, tokens, k))
                        type = keyword->type;
            const bool onlyCapitals = std::all_of(list.begin() + start, list.begin() + end,
                                                  [](const Token& t) { return t.upper; });
            if (person && !type && size <= 4)
                type = EntityType::Person;
            else if (!type && onlyCapitals && size >= 2 && size <= 4 && isFamily(start) &&
                     (vietnamese || size > 2 || !initial))
                type = EntityType::Person;
        }
        if (type)
            add(start, end, *type, QString(), false);
        i = std::max(i, end - 1);
    }
    std::sort(out.begin(), out.end(),
              [](const NameMention& a, const NameMention& b) { return a.start < b.start; });
    return out;
}

} // namespace songngu
