// SPDX-License-Identifier: GPL-3.0-or-later
// Dependencies point one way: the engine's layers, the widgets above the engine and never the
// command line, no include cycle. The tree is checked, and so are made-up trees that break a rule,
// to show that a broken rule fails with the offending line named.
#include "support/IncludeLayering.h"

#include <QTest>

using songngu::testing::IncludeLayering;
using songngu::testing::SourceTree;
using namespace Qt::StringLiterals;

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTreeIsLayered()
    {
        const SourceTree tree = IncludeLayering::read(QStringLiteral(SONGNGU_SOURCE_DIR));
        QVERIFY2(tree.size() > 100, "the sources were not found");
        QVERIFY(tree.contains(QStringLiteral("app/main.cpp")));
        const QStringList violations = IncludeLayering::violations(tree);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void aBrokenRuleIsNamed_data()
    {
        QTest::addColumn<SourceTree>("tree");
        QTest::addColumn<QString>("violation");

        // A layered tree; each row adds one include that breaks a rule, to a header that includes
        // nothing, so that the row breaks that rule alone.
        const SourceTree base{
            {u"app/main.cpp"_s, u"#include \"cli/Cli.h\"\n#include \"ui/shell/Window.h\"\n"_s},
            {u"app/text/Folder.h"_s, u"#pragma once\n"_s},
            {u"app/document/Doc.h"_s, u"#include \"text/Folder.h\"\n"_s},
            {u"app/document/Parser.h"_s, u"#pragma once\n"_s},
            {u"app/align/Aligner.h"_s, u"#include \"document/Doc.h\"\n"_s},
            {u"app/align/Rows.h"_s, QString()},
            {u"app/checks/Checker.h"_s, u"#include \"document/Doc.h\"\n"_s},
            {u"app/checks/Finding.h"_s, QString()},
            {u"app/cli/Cli.h"_s, u"#include \"checks/Checker.h\"\n"_s},
            {u"ui/view/Pane.h"_s, u"#include \"document/Doc.h\"\n"_s},
            {u"ui/view/Colours.h"_s, QString()},
            {u"ui/shell/Window.h"_s, u"#include \"ui/view/Pane.h\"\n"_s},
            {u"ui/shell/Settings.h"_s, QString()},
        };
        const auto with = [&base](const QString& file, const QString& text) {
            SourceTree tree = base;
            tree[file] += text;
            return tree;
        };
        QTest::newRow("a lower layer includes a higher one")
            << with(u"app/text/Folder.h"_s, u"#include \"align/Rows.h\"\n"_s)
            << u"app/text/Folder.h:2: #include \"align/Rows.h\": text may not include align, a "
               "higher layer"_s;
        QTest::newRow("sibling layers include each other")
            << with(u"app/align/Aligner.h"_s, u"\n#include \"checks/Finding.h\"\n"_s)
            << u"app/align/Aligner.h:3: #include \"checks/Finding.h\": align and checks are "
               "sibling layers and stay apart"_s;
        QTest::newRow("the engine includes a widget")
            << with(u"app/document/Doc.h"_s, u"#include \"ui/view/Colours.h\"\n"_s)
            << u"app/document/Doc.h:2: #include \"ui/view/Colours.h\": the engine never includes "
               "the widgets"_s;
        QTest::newRow("a widget includes the command line")
            << with(u"ui/view/Pane.h"_s, u"#include \"cli/Cli.h\"\n"_s)
            << u"ui/view/Pane.h:2: #include \"cli/Cli.h\": the widgets never include the command "
               "line"_s;
        QTest::newRow("a view includes the shell")
            << with(u"ui/view/Pane.h"_s, u"#include \"ui/shell/Settings.h\"\n"_s)
            << u"ui/view/Pane.h:2: #include \"ui/shell/Settings.h\": view may not include shell, "
               "a higher layer"_s;
        QTest::newRow("a header that is not there")
            << with(u"app/align/Aligner.h"_s, u"#include \"Aligner2.h\"\n"_s)
            << u"app/align/Aligner.h:2: #include \"Aligner2.h\": no such file in app/ or ui/"_s;
        QTest::newRow("a folder without a layer")
            << with(u"app/spelling/Speller.h"_s, u"#include \"text/Folder.h\"\n"_s)
            << u"app/spelling/Speller.h:1: #include \"text/Folder.h\": engine folder spelling has "
               "no layer: add it to IncludeLayering"_s;
        SourceTree cycle = with(u"app/document/Doc.h"_s, u"#include \"document/Parser.h\"\n"_s);
        cycle[u"app/document/Parser.h"_s] += u"#include \"document/Doc.h\"\n"_s;
        QTest::newRow("two classes of one layer include each other")
            << cycle
            << u"include cycle: app/document/Doc.h:2: #include \"document/Parser.h\" → "
               "app/document/Parser.h:2: #include \"document/Doc.h\""_s;
    }

    void aBrokenRuleIsNamed()
    {
        QFETCH(SourceTree, tree);
        QFETCH(QString, violation);
        QCOMPARE(IncludeLayering::violations(tree), QStringList{violation});
    }

    void aLayeredTreePasses()
    {
        const SourceTree tree{
            {QStringLiteral("app/main.cpp"), QStringLiteral("#include \"ui/shell/W.h\"\n")},
            {QStringLiteral("app/support/A.h"), QString()},
            {QStringLiteral("app/cli/C.cpp"), QStringLiteral("#include \"support/A.h\"\n")},
            {QStringLiteral("ui/shell/W.h"), QStringLiteral("#include \"support/A.h\"\n")},
        };
        QCOMPARE(IncludeLayering::violations(tree), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
