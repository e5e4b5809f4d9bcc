// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/ArticleConventions.h"

#include "text/LanguageData.h"

#include <algorithm>

namespace songngu {

namespace {

QRegularExpression compile(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption |
                                       QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

} // namespace

ArticleConventions::ArticleConventions()
    : dateline(compile(QStringLiteral(u"^\\s*date\\s+(\\d{4})-(\\d{2})-(\\d{2})\\s+"
                                      u"([^\\s—–][^—–]{0,60}?)\\s*[—–]\\s*"))),
      credit(compile(QStringLiteral(u"(?:^|\\s)[—–-]+\\s*([A-Z]{2,}(?:/[A-Z]{2,})*)\\s*\\.?$"))),
      boilerplate(compile(LanguageData::words(u"boilerplate-patterns.txt").join(u'|')))
{
    if (!boilerplate.isValid())
        qFatal("Language data %s: %s",
               qUtf8Printable(LanguageData::resourcePath(u"boilerplate-patterns.txt")),
               qUtf8Printable(boilerplate.errorString()));
    // QRegularExpression's case-insensitive option would let "[A-Z]" match lower case.
    credit.setPatternOptions(QRegularExpression::UseUnicodePropertiesOption);
    credit.optimize();
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
    QStringView body = paragraph.trimmed();
    if (body.endsWith(u'.'))
        body.chop(1);
    // A date line is one full date (with its year) and at most a weekday and commas before it:
    // "May 11, 2025", "Chủ nhật, ngày 11/5/2025". No article date: nothing may be guessed.
    const QList<DateMention> found = dates.find(body, Language::Unknown, QDate());
    if (found.isEmpty())
        return std::nullopt;
    const DateMention& date = found.back();
    if (date.start + date.length != body.size() || date.precision != DateMention::Precision::Day ||
        date.isRange())
        return std::nullopt;
    for (qsizetype i = 0; i < date.start; ++i) {
        const bool covered =
            std::any_of(found.cbegin(), found.cend() - 1, [i](const DateMention& m) {
                return i >= m.start && i < m.start + m.length;
            });
        if (body[i].isLetterOrNumber() && !covered)
            return std::nullopt; // words before the date that are not a weekday
    }
    return date.first;
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
