// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/ClockTimeReader.h"

#include <algorithm>
#include <array>

namespace songngu::numbers {

ClockTimeReader::ClockTimeReader(QStringView text, const QList<Token>& tokens,
                                 const Lexicon& lexicon)
    : text(text), tokens(tokens), lexicon(lexicon)
{}

QStringView ClockTimeReader::cueAt(int from) const
{
    // The cues are short ASCII words: the word after `from` lower-cased into a small buffer, then
    // one hash lookup per form: the word ("UTC", "a.m."), without a final full stop ("hrs."),
    // and with the word after it ("local time").
    constexpr qsizetype longest = 12;
    std::array<char16_t, 2 * longest + 1> lower{};
    qsizetype size = 0;
    qsizetype k = from;
    for (int word = 0; word < 2; ++word) {
        for (qsizetype skipped = 0; k < text.size() && skipped < 2 && text[k].isSpace(); ++skipped)
            ++k;
        if (word == 1)
            lower[size++] = u' ';
        const qsizetype start = size;
        for (; k < text.size() && size < qsizetype(lower.size()); ++k) {
            const char16_t c = text[k].unicode();
            if (c >= 0x80 || !((c | 0x20) >= u'a' && (c | 0x20) <= u'z') && c != u'.')
                break;
            lower[size++] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
        if (size == start || size - start > longest || lower[start] == u'.' ||
            (k < text.size() && text[k].unicode() >= 0x80 && text[k].isLetter()))
            return {};
        for (qsizetype end : {size, lower[size - 1] == u'.' ? size - 1 : qsizetype(0)}) {
            if (end == 0)
                continue;
            const QString form =
                QString::fromRawData(reinterpret_cast<const QChar*>(lower.data()), end);
            if (const auto it = lexicon.timeCues.constFind(form); it != lexicon.timeCues.cend())
                return it.value();
        }
    }
    return {};
}

bool ClockTimeReader::wordIn(qsizetype i, const QSet<QString>& words) const
{
    return i >= 0 && i < tokens.size() && tokens[i].type == TokenType::Word &&
           containsLower(words, text.sliced(tokens[i].start, tokens[i].length));
}

std::optional<ClockTimeReader::Time> ClockTimeReader::at(qsizetype i) const
{
    const Token& t = tokens[i];
    const QStringView digits = text.sliced(t.start, t.digitsLength);
    const bool plain =
        std::all_of(digits.begin(), digits.end(), [](QChar c) { return isDigit(c.unicode()); });
    const auto time = [&](qsizetype next, int hours, int minutes) -> std::optional<Time> {
        if (hours > 24 || minutes > 59)
            return std::nullopt;
        return Time{next, tokens[next - 1].end(), hours * 60 + minutes};
    };
    if (plain && digits.size() <= 2) {
        const int hours = digits.toInt();
        if (t.type == TokenType::DigitsSuffix) { // "5pm", "10am"
            const QString suffix = text.sliced(t.start + t.digitsLength, t.length - t.digitsLength)
                                       .toString()
                                       .toLower();
            if (hours <= 12 && lexicon.timeCues.value(suffix) == u"meridiem")
                return time(i + 1, hours, 0);
            return std::nullopt;
        }
        if (std::optional<Time> found = colon(i, hours))
            return found;
        if (std::optional<Time> found = hourWord(i, hours))
            return found;
        const QStringView cue = cueAt(t.end());
        if (cue == u"zone" || cue == u"meridiem") // "2 pm EDT", "10 a.m."
            return time(i + 1, hours, 0);
        return std::nullopt;
    }
    if (t.type != TokenType::Digits)
        return std::nullopt;
    // "0920": no count is written with a leading zero; "1020 BST".
    if (plain && digits.size() == 4 && (digits[0] == u'0' || !cueAt(t.end()).isEmpty()))
        return time(i + 1, digits.first(2).toInt(), digits.last(2).toInt());
    // "16.50 hrs", "10.30 GMT", "at 07.00"; not "at 3.27 percent", "at 4.50 million".
    const qsizetype dot = digits.size() - 3;
    if ((digits.size() != 4 && digits.size() != 5) || digits[dot] != u'.')
        return std::nullopt;
    const bool amountAfter =
        (t.end() < text.size() && text[t.end()] == u'%') ||
        (i + 1 < tokens.size() && tokens[i + 1].gap == Gap::Space && tokens[i + 1].word);
    if (!cueAt(t.end()).isEmpty() ||
        (t.gap == Gap::Space && wordIn(i - 1, lexicon.timeCuesBefore) && !amountAfter))
        return time(i + 1, digits.first(dot).toInt(), digits.last(2).toInt());
    return std::nullopt;
}

// "09:20", "8:00AM", "17:30:00".
std::optional<ClockTimeReader::Time> ClockTimeReader::colon(qsizetype i, int hours) const
{
    const Token& t = tokens[i];
    if (i + 1 >= tokens.size() || t.end() >= text.size() || text[t.end()] != u':' ||
        tokens[i + 1].start != t.end() + 1 || tokens[i + 1].digitsLength != 2 ||
        (tokens[i + 1].type != TokenType::Digits && tokens[i + 1].type != TokenType::DigitsSuffix))
        return std::nullopt;
    const Token& m = tokens[i + 1];
    const int minutes = text.sliced(m.start, 2).toInt();
    qsizetype next = i + 2;
    if (m.type == TokenType::Digits && next < tokens.size() && m.end() < text.size() &&
        text[m.end()] == u':' && tokens[next].start == m.end() + 1 &&
        tokens[next].digitsLength == 2)
        ++next; // seconds
    if (hours > 24 || minutes > 59)
        return std::nullopt;
    return Time{next, tokens[next - 1].end(), hours * 60 + minutes};
}

// "10 giờ 20", "6 giờ 30 phút", "10 giờ sáng", "lúc 7 giờ".
std::optional<ClockTimeReader::Time> ClockTimeReader::hourWord(qsizetype i, int hours) const
{
    if (i + 1 >= tokens.size() || tokens[i + 1].gap != Gap::Space ||
        !wordIn(i + 1, lexicon.hourWords) || hours > 24)
        return std::nullopt;
    const qsizetype after = i + 2;
    if (after < tokens.size() && tokens[after].gap == Gap::Space &&
        tokens[after].type == TokenType::Digits && tokens[after].digitsLength <= 2) {
        const int minutes = text.sliced(tokens[after].start, tokens[after].length).toInt();
        if (minutes <= 59)
            return Time{after + 1, tokens[after].end(), hours * 60 + minutes};
    }
    const bool dayPart =
        after < tokens.size() && tokens[after].gap == Gap::Space && wordIn(after, lexicon.dayParts);
    const bool cueBefore = tokens[i].gap == Gap::Space && wordIn(i - 1, lexicon.timeCuesBefore);
    if (dayPart || cueBefore)
        return Time{i + 2, tokens[i + 1].end(), hours * 60};
    return std::nullopt;
}

} // namespace songngu::numbers
