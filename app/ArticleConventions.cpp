#include "ArticleConventions.h"

#include <array>

namespace songngu {

namespace {

// An optional weekday before a date line, English or Vietnamese, with its comma.
constexpr auto weekday = u"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         u"Thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|"
                         u"Chủ\\s+nhật|Chủ\\s+Nhật|CN|T[2-7])\\s*,?\\s*)?";

QRegularExpression compile(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption |
                                       QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

std::optional<QDate> validDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

ArticleConventions::ArticleConventions()
    : dateline(compile(QStringLiteral(u"^\\s*date\\s+(\\d{4})-(\\d{2})-(\\d{2})\\s+"
                                      u"([^\\s—–][^—–]{0,60}?)\\s*[—–]\\s*"))),
      isoDate(compile(QString::fromUtf16(weekday) +
                      QStringLiteral(u"(\\d{4})-(\\d{1,2})-(\\d{1,2})\\.?$"))),
      englishMonthFirst(compile(QString::fromUtf16(weekday) +
                                QStringLiteral(u"([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                                               u",?\\s+(\\d{4})\\.?$"))),
      englishDayFirst(compile(QString::fromUtf16(weekday) +
                              QStringLiteral(u"(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?"
                                             u",?\\s+(\\d{4})\\.?$"))),
      numericDate(
          compile(QString::fromUtf16(weekday) +
                  QStringLiteral(u"(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\.?$"))),
      vietnameseDate(compile(QString::fromUtf16(weekday) +
                             QStringLiteral(u"ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})"
                                            u",?\\s+năm\\s+(\\d{4})\\.?$"))),
      credit(compile(QStringLiteral(u"(?:^|\\s)[—–-]+\\s*([A-Z]{2,}(?:/[A-Z]{2,})*)\\s*\\.?$"))),
      boilerplate(compile(QStringLiteral(
          u"^(?:view|read|see)\\s+(?:the\\s+)?original(?:\\s+(?:post|article|story))?"
          u"(?:\\s+here)?\\s*[.!]?$|"
          u"^read\\s+more\\b.{0,60}$|"
          u"^(?:xem|đọc)\\s+(?:bài|tin)\\s+gốc.{0,40}$|"
          u"^(?:source|nguồn)\\s*:.{0,80}$|"
          u"^(?:advertisement|quảng\\s+cáo)$|"
          u"^/\\.$")))
{
    // QRegularExpression's case-insensitive option would let "[A-Z]" match lower case.
    credit.setPatternOptions(QRegularExpression::UseUnicodePropertiesOption);
    credit.optimize();
}

int ArticleConventions::monthNumber(QStringView name)
{
    static constexpr std::array<const char16_t*, 12> months{u"jan", u"feb", u"mar", u"apr",
                                                            u"may", u"jun", u"jul", u"aug",
                                                            u"sep", u"oct", u"nov", u"dec"};
    if (name.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i)
        if (name.first(3).compare(QStringView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

std::optional<ArticleConventions::Dateline>
ArticleConventions::matchDateline(QStringView firstParagraph) const
{
    const QRegularExpressionMatch match = dateline.match(firstParagraph);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return Dateline{date, match.captured(4).trimmed(), match.capturedStart(4)};
}

std::optional<QDate> ArticleConventions::matchDateParagraph(QStringView paragraph) const
{
    if (paragraph.isEmpty() || paragraph.size() > 48 || !paragraph.front().isLetterOrNumber())
        return std::nullopt;
    QRegularExpressionMatch m = isoDate.match(paragraph);
    if (m.hasMatch() && m.capturedStart() == 0)
        return validDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                         m.capturedView(3).toInt());
    m = englishMonthFirst.match(paragraph);
    if (m.hasMatch() && m.capturedStart() == 0) {
        if (const int month = monthNumber(m.capturedView(1)))
            return validDate(m.capturedView(3).toInt(), month, m.capturedView(2).toInt());
    }
    m = englishDayFirst.match(paragraph);
    if (m.hasMatch() && m.capturedStart() == 0) {
        if (const int month = monthNumber(m.capturedView(2)))
            return validDate(m.capturedView(3).toInt(), month, m.capturedView(1).toInt());
    }
    // Day first, as Vietnamese and British news write it.
    m = numericDate.match(paragraph);
    if (m.hasMatch() && m.capturedStart() == 0)
        return validDate(m.capturedView(3).toInt(), m.capturedView(2).toInt(),
                         m.capturedView(1).toInt());
    m = vietnameseDate.match(paragraph);
    if (m.hasMatch() && m.capturedStart() == 0)
        return validDate(m.capturedView(3).toInt(), m.capturedView(2).toInt(),
                         m.capturedView(1).toInt());
    return std::nullopt;
}

QString ArticleConventions::matchCredit(QStringView lastParagraph) const
{
    const QRegularExpressionMatch match =
        credit.match(lastParagraph.last(qMin<qsizetype>(40, lastParagraph.size())));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool ArticleConventions::isBoilerplate(QStringView paragraph) const
{
    return paragraph.size() <= 120 && boilerplate.match(paragraph).hasMatch();
}

bool ArticleConventions::looksLikeHeadline(QStringView paragraph)
{
    if (paragraph.isEmpty() || paragraph.size() > 200 || paragraph.contains(u'\n'))
        return false;
    static constexpr QStringView closing = u".!?:;,…";
    // Look past closing quotes and brackets: `He said: “Welcome.”` ends a sentence too.
    static constexpr QStringView enclosing = u"\"'”’»)]";
    qsizetype end = paragraph.size();
    while (end > 0 && enclosing.contains(paragraph[end - 1]))
        --end;
    return end > 0 && !closing.contains(paragraph[end - 1]);
}

} // namespace songngu
