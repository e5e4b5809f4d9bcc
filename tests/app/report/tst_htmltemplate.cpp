// SPDX-License-Identifier: GPL-3.0-or-later
// HTML templates: placeholders filled in one pass, text always escaped, markup only from other
// templates, and template elements read exactly as written.
#include "report/HtmlTemplate.h"

#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

class TestHtmlTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsPlaceholders_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text"); // the value of {{text}}
        QTest::addColumn<QString>("expected");

        QTest::newRow("text is escaped")
            << u"<p>{{text}}</p>"_s << u"<script>alert(\"x\") & 'y'</script>"_s
            << u"<p>&lt;script&gt;alert(&quot;x&quot;) &amp; 'y'&lt;/script&gt;</p>"_s;
        QTest::newRow("text that looks like a placeholder is not filled again")
            << u"<p>{{text}}</p>"_s << u"{{text}} {{other}}"_s << u"<p>{{text}} {{other}}</p>"_s;
        QTest::newRow("a placeholder used twice")
            << u"<title>{{text}}</title><h1>{{text}}</h1>"_s << u"Report"_s
            << u"<title>Report</title><h1>Report</h1>"_s;
        QTest::newRow("braces that are no placeholder are kept (CSS)")
            << u"a { b } {{ text }} {{}} {text} {{text}"_s << u"x"_s
            << u"a { b } {{ text }} {{}} {text} {{text}"_s;
        QTest::newRow("line breaks and Unicode kept as written")
            << u"<p>\n{{text}}\n</p>\n"_s << u"Tô Lâm\n"_s << u"<p>\nTô Lâm\n\n</p>\n"_s;
        QTest::newRow("no placeholder") << u"<br>"_s << u"x"_s << u"<br>"_s;
        QTest::newRow("empty text") << u"[{{text}}]"_s << QString() << u"[]"_s;
    }
    void fillsPlaceholders()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(HtmlTemplate(html).fill({{u"text", text}, {u"other", u"<b>"_s}}).toString(),
                 expected);
    }

    void markupIsInsertedAsItIs()
    {
        const HtmlMarkup marked =
            HtmlTemplate(u"<mark>{{text}}</mark>").fill({{u"text", u"a < b"_s}});
        const HtmlMarkup cells = HtmlTemplate(u"<td>{{cell}}</td>").fill({{u"cell", marked}}) +
                                 HtmlMarkup::escaped(u" & more"_s);
        QCOMPARE(cells.toString(), u"<td><mark>a &lt; b</mark></td> &amp; more"_s);
        QCOMPARE(HtmlTemplate(u"<tr>{{cells}}</tr>").placeholders(), QStringList{u"cells"_s});
    }

    void missingValueIsLeftEmptyWithWarning()
    {
        QTest::ignoreMessage(QtWarningMsg, "HtmlTemplate: no value for {{title}}");
        QCOMPARE(HtmlTemplate(u"<h1>{{title}}</h1>{{text}}").fill({{u"text", u"x"_s}}).toString(),
                 u"<h1></h1>x"_s);
    }

    void templatesAreReadExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("contents"); // of each name, filled with no values

        QTest::newRow("line breaks inside a template are kept, those outside dropped")
            << u"<!-- a comment -->\n<template id=\"row\"><tr>\n</tr>\n</template>\n"
               "<template id=\"br\"><br></template>\n"_s
            << QStringList{u"row"_s, u"br"_s} << QStringList{u"<tr>\n</tr>\n"_s, u"<br>"_s};
        QTest::newRow("an empty template") << u"<template id=\"none\"></template>"_s
                                           << QStringList{u"none"_s} << QStringList{QString()};
        QTest::newRow("text outside templates is not a template")
            << u"<p>{{text}}</p><template id=\"p\">{{text}}</template>"_s << QStringList{u"p"_s}
            << QStringList{u"x"_s};
        QTest::newRow("no templates") << u"<p>plain</p>"_s << QStringList() << QStringList();
    }
    void templatesAreReadExactly()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(QStringList, contents);
        const QHash<QString, HtmlTemplate> templates = HtmlTemplate::templatesIn(file);
        QCOMPARE(templates.size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVERIFY2(templates.contains(names.at(i)), qPrintable(names.at(i)));
            QCOMPARE(templates.value(names.at(i)).fill({{u"text", u"x"_s}}).toString(),
                     contents.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlTemplate)
#include "tst_htmltemplate.moc"
