// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlTemplate.h"

#include <QDebug>
#include <QRegularExpression>

namespace songngu {

HtmlTemplate::HtmlTemplate(QStringView html)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
    qsizetype textStart = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        pieces.append(html.sliced(textStart, match.capturedStart() - textStart).toString());
        pieces.append(match.captured(1));
        textStart = match.capturedEnd();
    }
    pieces.append(html.sliced(textStart).toString());
}

QHash<QString, HtmlTemplate> HtmlTemplate::templatesIn(QStringView html)
{
    static const QRegularExpression element(
        QStringLiteral("<template id=\"(\\w+)\">(.*?)</template>"),
        QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, HtmlTemplate> templates;
    for (auto it = element.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        templates.insert(match.captured(1), HtmlTemplate(match.capturedView(2)));
    }
    return templates;
}

QStringList HtmlTemplate::placeholders() const
{
    QStringList names;
    for (qsizetype i = 1; i < pieces.size(); i += 2)
        names.append(pieces.at(i));
    return names;
}

HtmlMarkup HtmlTemplate::fill(Values values) const
{
    QString html = pieces.value(0);
    for (qsizetype i = 1; i < pieces.size(); i += 2) {
        const QString& name = pieces.at(i);
        const auto value = std::find_if(values.begin(), values.end(),
                                        [&name](const auto& named) { return named.first == name; });
        if (value == values.end())
            qWarning("HtmlTemplate: no value for {{%s}}", qUtf8Printable(name));
        else if (const auto* text = std::get_if<QString>(&value->second))
            html += HtmlMarkup::escaped(*text).markup;
        else
            html += std::get<HtmlMarkup>(value->second).toString();
        html += pieces.at(i + 1);
    }
    return HtmlMarkup(html);
}

} // namespace songngu
