// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/DocumentParser.h"

#include "document/AdjacentPairing.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace songngu {

namespace {

constexpr char16_t bullet = u'•';

// Wider lines than this are paragraphs of their own, not a hard wrap (e-mail wraps at 72–80,
// some editors at 100–132).
constexpr qsizetype widestWrap = 160;

struct Line
{
    QStringView text; // trimmed, never empty
    int number = 0;   // 1-based
};

bool endsSentence(QStringView line)
{
    // Closing quotes and brackets after the stop: "… he said." ” or (… 2025.)
    qsizetype end = line.size();
    while (end > 0 && QStringView(u"\"”’'»)]").contains(line[end - 1]))
        --end;
    return end > 0 && QStringView(u".!?…:;").contains(line[end - 1]);
}

qsizetype firstWordLength(QStringView line)
{
    const qsizetype space = line.indexOf(u' ');
    return space < 0 ? line.size() : space;
}

// Whether the file's lines are hard-wrapped paragraphs rather than one paragraph per line: a
// wrapped line ends where the next word would not have fitted within the wrap width, and most
// lines of wrapped text do. One such line proves nothing (the longest line always "fits").
bool isHardWrapped(const QList<QList<Line>>& blocks, qsizetype width)
{
    if (width > widestWrap)
        return false;
    int forced = 0;
    int lines = 0;
    for (const QList<Line>& block : blocks) {
        for (qsizetype i = 0; i + 1 < block.size(); ++i) {
            forced += block[i].text.size() + 1 + firstWordLength(block[i + 1].text) > width;
            ++lines;
        }
    }
    return forced >= 2 && forced * 2 >= lines;
}

// The credit ends the last content paragraph ("… — VNS") or stands alone after it.
QString creditIn(const QList<Paragraph>& paragraphs, const QList<ParagraphRole>& roles,
                 const ArticleConventions& conventions)
{
    for (qsizetype i = roles.size() - 1; i >= 0; --i) {
        if (roles.at(i) != ParagraphRole::Content && roles.at(i) != ParagraphRole::Boilerplate)
            continue;
        QString credit = conventions.matchCredit(paragraphs.at(i).text);
        if (!credit.isEmpty() || roles.at(i) == ParagraphRole::Content)
            return credit;
    }
    return {};
}

} // namespace

QList<DocumentParser::RawParagraph> DocumentParser::splitParagraphs(QStringView text)
{
    // The lines, in blocks separated by blank lines. Any of LF, CRLF and CR ends a line.
    QList<QList<Line>> blocks(1);
    int lineNumber = 0;
    for (qsizetype pos = 0, n = text.size(); pos < n;) {
        qsizetype end = pos;
        while (end < n && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        ++lineNumber;
        const QStringView line = text.sliced(pos, end - pos).trimmed();
        if (!line.isEmpty())
            blocks.back().append(Line{line, lineNumber});
        else if (!blocks.back().isEmpty())
            blocks.append(QList<Line>());
        if (end < n && text[end] == u'\r' && end + 1 < n && text[end + 1] == u'\n')
            ++end;
        pos = end + 1;
    }
    // The wrap width, if any: the widest line of the blocks of several lines, leaving out the
    // widest 5 % of them, if there are 20 or more (a URL or a pasted paragraph in wrapped text
    // is not its width).
    QList<qsizetype> widths;
    for (const QList<Line>& block : std::as_const(blocks))
        if (block.size() > 1)
            for (const Line& line : block)
                widths.append(line.text.size());
    std::sort(widths.begin(), widths.end());
    const qsizetype width =
        widths.isEmpty() ? 0 : widths.at(widths.size() - 1 - widths.size() / 20);

    QList<RawParagraph> paragraphs;
    auto add = [&paragraphs](QString paragraphText, int line) {
        RawParagraph paragraph;
        paragraph.line = line;
        if (paragraphText.front() == bullet) {
            paragraph.marked = true;
            paragraphText = paragraphText.sliced(1).trimmed();
        }
        paragraph.text = std::move(paragraphText);
        if (!paragraph.text.isEmpty())
            paragraphs.append(std::move(paragraph));
    };
    const bool wrapped = isHardWrapped(blocks, width);
    for (const QList<Line>& block : std::as_const(blocks)) {
        QString current;
        int currentLine = 0;
        for (qsizetype i = 0; i < block.size(); ++i) {
            const Line& line = block[i];
            if (current.isEmpty()) {
                current = line.text.toString();
                currentLine = line.number;
            } else {
                // Joined lines of one paragraph read as one flowing paragraph.
                current += u' ';
                current += line.text;
            }
            if (i + 1 == block.size())
                break;
            const QStringView next = block[i + 1].text;
            // A "•" mark always opens a paragraph (a mark alone on its line, the one below it);
            // a line cut mid-sentence never ends one.
            if (line.text == QStringView(&bullet, 1))
                continue;
            bool ends = next.front() == bullet;
            if (!ends && !(!endsSentence(line.text) && next.front().isLower()))
                ends = wrapped ? line.text.size() + 1 + firstWordLength(next) <= width : true;
            if (ends) {
                add(std::exchange(current, {}), currentLine);
            }
        }
        if (!current.isEmpty())
            add(std::move(current), currentLine);
    }
    return paragraphs;
}

ParagraphRole DocumentParser::classify(const QString& paragraph, int index, const QString& headline,
                                       QDate* date) const
{
    if (index == 0 && !headline.isEmpty())
        return ParagraphRole::Headline;
    if (!headline.isEmpty() && paragraph == headline)
        return ParagraphRole::Headline; // the title repeated further down, as web copies do
    if (const std::optional<QDate> found = conventions.matchDateParagraph(paragraph)) {
        if (date && !date->isValid())
            *date = *found;
        return ParagraphRole::DateLine;
    }
    if (conventions.isBoilerplate(paragraph))
        return ParagraphRole::Boilerplate;
    // A credit on a line of its own ("— VNS") is not text to translate.
    if (paragraph.size() <= 24 && QStringView(u"—–-").contains(paragraph.front()) &&
        !conventions.matchCredit(paragraph).isEmpty())
        return ParagraphRole::Boilerplate;
    return ParagraphRole::Content;
}

QString DocumentParser::titleFrom(const Document& document, const QList<ParagraphRole>& roles)
{
    for (int i = 0; i < document.paragraphs.size(); ++i) {
        if (roles.at(i) == ParagraphRole::Headline)
            return document.paragraphs.at(i).text;
    }
    for (int i = 0; i < document.paragraphs.size(); ++i) {
        if (roles.at(i) != ParagraphRole::Content)
            continue;
        const Paragraph& paragraph = document.paragraphs.at(i);
        QStringView first = paragraph.text;
        if (!paragraph.sentences.isEmpty())
            first =
                first.sliced(paragraph.sentences.front().start, paragraph.sentences.front().length);
        // Drop a dateline opening such as "MOSCOW — ".
        const qsizetype dash = first.indexOf(u'—');
        if (dash > 0 && dash < 40 &&
            first.first(dash).trimmed().toString().toUpper() == first.first(dash).trimmed())
            first = first.sliced(dash + 1).trimmed();
        constexpr qsizetype limit = 120;
        if (first.size() <= limit)
            return first.toString();
        qsizetype cut = first.lastIndexOf(u' ', limit);
        if (cut < limit / 2)
            cut = limit;
        return first.first(cut).toString() + u'…';
    }
    return {};
}

Document DocumentParser::parse(QStringView text) const
{
    Document document;
    QList<RawParagraph> raw = splitParagraphs(text);

    std::optional<ArticleConventions::Dateline> dateline;
    if (!raw.isEmpty())
        dateline = conventions.matchDateline(raw.front().text);
    if (dateline) {
        raw.front().text.remove(0, dateline->prefixLength);
        document.metadata.format = DocumentFormat::Dateline;
        document.metadata.date = dateline->date;
        document.metadata.place = dateline->place;
    }
    const bool anyMarked =
        std::any_of(raw.cbegin(), raw.cend(), [](const RawParagraph& p) { return p.marked; });
    if (!dateline && anyMarked)
        document.metadata.format = DocumentFormat::Interleaved;

    const QString headline = !dateline && raw.size() > 1 && !raw.front().marked &&
                                     ArticleConventions::looksLikeHeadline(raw.front().text)
                                 ? raw.front().text
                                 : QString();

    QList<ParagraphRole> roles;
    roles.reserve(raw.size());
    document.paragraphs.reserve(raw.size());
    QDate dateFromText;
    int english = 0;
    int vietnamese = 0;
    for (int i = 0; i < raw.size(); ++i) {
        RawParagraph& source = raw[i];
        Paragraph paragraph;
        paragraph.line = source.line;
        paragraph.text = std::move(source.text);
        const ParagraphRole role = source.marked
                                       ? ParagraphRole::Content
                                       : classify(paragraph.text, i, headline, &dateFromText);
        paragraph.language = source.marked ? Language::Vietnamese : detector.detect(paragraph.text);
        if (role == ParagraphRole::Content) {
            english += paragraph.language == Language::English;
            vietnamese += paragraph.language == Language::Vietnamese;
        }
        roles.append(role);
        document.paragraphs.append(std::move(paragraph));
    }

    // Paragraphs whose language could not be told: in an interleaved file the marks say that
    // unmarked text is English; elsewhere they take the document's main language.
    const bool interleaved = document.metadata.format == DocumentFormat::Interleaved;
    const Language main =
        interleaved || english >= vietnamese ? Language::English : Language::Vietnamese;
    for (int i = 0; i < document.paragraphs.size(); ++i) {
        Paragraph& paragraph = document.paragraphs[i];
        if (paragraph.language == Language::Unknown) {
            paragraph.language = main;
            if (roles.at(i) == ParagraphRole::Content)
                (main == Language::English ? english : vietnamese) += 1;
        }
        paragraph.sentences = splitter.split(paragraph.text, paragraph.language);
    }

    document.rows = AdjacentPairing::rows(document.paragraphs, roles);

    if (english > 0 || vietnamese == 0)
        document.metadata.languages.append(Language::English);
    if (vietnamese > 0)
        document.metadata.languages.append(Language::Vietnamese);
    if (!document.metadata.date.isValid())
        document.metadata.date = dateFromText;
    document.metadata.credit = creditIn(document.paragraphs, roles, conventions);
    document.metadata.title = titleFrom(document, roles);
    return document;
}

} // namespace songngu
