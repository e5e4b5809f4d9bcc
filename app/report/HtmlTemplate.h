// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>
#include <variant>

namespace songngu {

// Markup that only HtmlTemplate makes: text can become part of it only escaped, so a document
// whose text looks like HTML can never add markup to a page.
class HtmlMarkup
{
public:
    HtmlMarkup() = default;
    static HtmlMarkup escaped(const QString& text) { return HtmlMarkup(text.toHtmlEscaped()); }
    const QString& toString() const { return markup; }
    HtmlMarkup& operator+=(const HtmlMarkup& other)
    {
        markup += other.markup;
        return *this;
    }
    friend HtmlMarkup operator+(HtmlMarkup left, const HtmlMarkup& right) { return left += right; }

private:
    friend class HtmlTemplate;
    explicit HtmlMarkup(QString markup) : markup(std::move(markup)) {}

    QString markup;
};

// A piece of HTML with {{name}} placeholders (name: letters, digits and _). fill() replaces each
// in one pass: text with QString::toHtmlEscaped(), markup from other templates as it is; what it
// inserts is never read for placeholders again. Anything else, braces included, is kept as
// written.
class HtmlTemplate
{
public:
    using Value = std::variant<QString, HtmlMarkup>; // text (escaped) or markup
    using Values = std::initializer_list<std::pair<QStringView, Value>>;

    HtmlTemplate() = default;
    explicit HtmlTemplate(QStringView html);
    // The <template id="name">…</template> elements of `html` by name, each exactly what is
    // between its tags (line breaks too). Text outside them is for the reader (comments).
    static QHash<QString, HtmlTemplate> templatesIn(QStringView html);

    QStringList placeholders() const; // in order, repeats included
    // A placeholder without a value is left empty, with a warning: a mistake in the program.
    HtmlMarkup fill(Values values = {}) const;

private:
    QStringList pieces; // text, name, text, name, …, text
};

} // namespace songngu
