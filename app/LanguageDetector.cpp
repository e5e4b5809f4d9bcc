#include "LanguageDetector.h"

#include <QSet>

#include <array>

namespace songngu {

namespace {

bool hasVietnameseMark(QStringView word)
{
    for (const QChar ch : word) {
        const char16_t c = ch.unicode();
        if (c >= 0x1EA0 && c <= 0x1EF9)
            return true;
        switch (c) {
        case u'ă': case u'Ă': case u'đ': case u'Đ': case u'ơ': case u'Ơ': case u'ư': case u'Ư':
        case u'â': case u'Â': case u'ê': case u'Ê': case u'ô': case u'Ô': case u'ĩ': case u'ũ':
        case u'à': case u'á': case u'ã': case u'è': case u'é': case u'ì': case u'í':
        case u'ò': case u'ó': case u'õ': case u'ù': case u'ú': case u'ý':
            return true;
        default:
            break;
        }
    }
    return false;
}

// Lower-case ASCII function words; only whole words are compared.
constexpr std::array englishWords{u"the", u"and", u"of", u"to", u"in", u"is", u"was", u"that",
                                  u"with", u"for", u"on", u"at", u"by", u"from", u"as", u"his",
                                  u"he", u"it", u"are", u"were", u"has", u"have", u"this", u"an",
                                  u"its", u"their", u"which", u"be", u"will", u"said"};
constexpr std::array vietnameseWords{u"cho", u"trong", u"theo", u"nhau", u"anh", u"em", u"con",
                                     u"tin", u"ra", u"khi", u"hai", u"ba", u"bao", u"cao", u"sang",
                                     u"sinh", u"thanh", u"thu", u"tham", u"chi", u"ta", u"nay"};

bool contains(const auto& words, QStringView word)
{
    for (const char16_t* w : words)
        if (word.compare(QStringView(w), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

Language LanguageDetector::detect(QStringView text) const
{
    int english = 0;
    int vietnamese = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < n && (text[i].isLetter() || text[i].isMark()))
            ++i;
        if (i == start)
            break;
        const QStringView word = text.sliced(start, i - start);
        // Scores are in half words. A capitalised marked word is mostly a name ("Tô Lâm",
        // "Việt Nam") that English news writes as well, so it counts half: otherwise an English
        // sentence naming three people reads as Unknown and takes the document's language.
        if (hasVietnameseMark(word))
            vietnamese += word.front().isUpper() ? 1 : 2;
        else if (word.size() <= 5 && contains(englishWords, word))
            english += 2;
        else if (word.size() <= 5 && contains(vietnameseWords, word))
            vietnamese += 2;
    }
    if (english == 0 && vietnamese == 0)
        return Language::Unknown;
    // English names Vietnamese people and places, so it needs a clear majority of marked words.
    return vietnamese > english * 2 ? Language::Vietnamese
           : english >= vietnamese  ? Language::English
                                    : Language::Unknown;
}

} // namespace songngu
