// SPDX-License-Identifier: GPL-3.0-or-later
// Parallel texts: the rows the aligner proposes, each correction a user can make to them, and
// the Document the window shows for them.
#include "align/ParallelText.h"
#include "io/DocumentReader.h"

#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

DocumentPtr read(const QString& text)
{
    return DocumentReader().readBytes(text.toUtf8(), u"test.txt"_s).document;
}

// Four English paragraphs (the third of two sentences) and their Vietnamese, one paragraph
// each: the aligner pairs them one to one.
ParallelText story()
{
    const DocumentPtr english = read(
        u"The minister arrived in Hanoi on Monday for two days of talks with his counterpart.\n\n"
        "The two sides discussed trade, investment and education, and agreed to meet again.\n\n"
        "They signed three agreements. The first covers energy and the second transport.\n\n"
        "The visit ends on Wednesday with a press conference at the Foreign Ministry.\n"_s);
    const DocumentPtr vietnamese = read(
        u"Bộ trưởng đã đến Hà Nội vào thứ Hai để có hai ngày hội đàm với người đồng cấp.\n\n"
        "Hai bên đã thảo luận về thương mại, đầu tư và giáo dục, và nhất trí sẽ gặp lại.\n\n"
        "Họ đã ký ba thỏa thuận. Thỏa thuận đầu tiên về năng lượng và thứ hai về giao thông.\n\n"
        "Chuyến thăm kết thúc vào thứ Tư với một cuộc họp báo tại Bộ Ngoại giao.\n"_s);
    return ParallelText(english, vietnamese);
}

// Rows as "english units-vietnamese units", e.g. "1-1 1-1 2-2 1-1".
QString shape(const ParallelText& text)
{
    QStringList list;
    for (const RowSpan& row : text.rows())
        list.append(QStringLiteral("%1-%2")
                        .arg(row.count(Language::English))
                        .arg(row.count(Language::Vietnamese)));
    return list.join(u' ');
}

bool covers(const ParallelText& text)
{
    ParallelText copy = text;
    return copy.setRows(text.rows());
}

} // namespace

class TestParallelText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsParagraphs()
    {
        const ParallelText text = story();
        QCOMPARE(text.units(Language::English).size(), 5);
        QCOMPARE(text.units(Language::Vietnamese).size(), 5);
        QCOMPARE(shape(text), u"1-1 1-1 2-2 1-1"_s);
        const Document document = text.toDocument();
        QCOMPARE(document.rows.size(), 4);
        QCOMPARE(document.pairCount(), 4);
        QCOMPARE(document.segment(2, Language::English)->text,
                 u"They signed three agreements. The first covers energy and the second "
                 "transport."_s);
        QCOMPARE(document.segment(2, Language::English)->sentences.size(), 2);
        // Every sentence span of every row is its unit's text, in order.
        for (const Language language : {Language::English, Language::Vietnamese}) {
            QStringList spans;
            for (int row = 0; row < document.rows.size(); ++row) {
                const Paragraph* paragraph = document.segment(row, language);
                for (const SentenceSpan& span : paragraph->sentences)
                    spans.append(paragraph->text.mid(span.start, span.length));
            }
            QStringList units = text.unitTexts(language, 0, 5);
            for (QString& unit : units)
                unit = unit.trimmed();
            QCOMPARE(spans, units);
        }
        QCOMPARE(document.segment(3, Language::Vietnamese)->language, Language::Vietnamese);
    }

    void corrections_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("language");
        QTest::addColumn<bool>("applies");
        QTest::addColumn<QString>("after");
        const int en = int(Language::English);
        const int vi = int(Language::Vietnamese);
        QTest::newRow("merge a row with the next")
            << u"merge"_s << 1 << en << true << u"1-1 3-3 1-1"_s;
        QTest::newRow("merge the last row: nothing after it")
            << u"merge"_s << 3 << en << false << u"1-1 1-1 2-2 1-1"_s;
        QTest::newRow("split a row of two sentences a side")
            << u"split"_s << 2 << en << true << u"1-1 1-1 1-1 1-1 1-1"_s;
        QTest::newRow("split a row of one sentence a side: nothing to split")
            << u"split"_s << 0 << en << false << u"1-1 1-1 2-2 1-1"_s;
        QTest::newRow("move the first English sentence up")
            << u"up"_s << 2 << en << true << u"1-1 2-1 1-2 1-1"_s;
        QTest::newRow("move up from the first row: no row above")
            << u"up"_s << 0 << vi << false << u"1-1 1-1 2-2 1-1"_s;
        QTest::newRow("move the last Vietnamese sentence down")
            << u"down"_s << 2 << vi << true << u"1-1 1-1 2-1 1-2"_s;
        QTest::newRow("move down the only sentence: the row goes")
            << u"down"_s << 0 << en << true << u"0-1 2-1 2-2 1-1"_s;
        QTest::newRow("an empty counterpart shifts the side down to the end")
            << u"empty"_s << 1 << vi << true << u"1-1 1-0 2-1 1-2 0-1"_s;
    }
    void corrections()
    {
        QFETCH(QString, operation);
        QFETCH(int, row);
        QFETCH(int, language);
        QFETCH(bool, applies);
        QFETCH(QString, after);
        ParallelText text = story();
        const Language side = Language(language);
        bool applied = false;
        if (operation == u"merge")
            applied = text.mergeWithNext(row);
        else if (operation == u"split")
            applied = text.split(row);
        else if (operation == u"up")
            applied = text.moveFirstUp(row, side);
        else if (operation == u"down")
            applied = text.moveLastDown(row, side);
        else if (operation == u"empty")
            applied = text.insertEmpty(row, side);
        QCOMPARE(applied, applies);
        QCOMPARE(shape(text), after);
        QVERIFY(covers(text));
        // Whatever the rows, the document shows every sentence once, in order.
        const Document document = text.toDocument();
        QString english;
        for (int r = 0; r < document.rows.size(); ++r)
            if (const Paragraph* p = document.segment(r, Language::English))
                english += p->text + u' ';
        QCOMPARE(english.simplified(), text.text(Language::English, 0, 5).simplified());
        // And its sentences are still its units, whichever rows hold them.
        QStringList spans;
        for (int r = 0; r < document.rows.size(); ++r)
            if (const Paragraph* p = document.segment(r, Language::Vietnamese))
                for (const SentenceSpan& span : p->sentences)
                    spans.append(p->text.mid(span.start, span.length));
        QStringList units = text.unitTexts(Language::Vietnamese, 0, 5);
        for (QString& unit : units)
            unit = unit.trimmed();
        QCOMPARE(spans, units);
    }

    // An empty counterpart stops shifting at the first row whose side is already empty.
    void emptyCounterpartStopsAtAGap()
    {
        ParallelText text = story();
        QVERIFY(text.insertEmpty(1, Language::Vietnamese)); // 1-1 1-0 2-1 1-2 0-1
        QVERIFY(text.insertEmpty(0, Language::Vietnamese)); // the gap in row 1 takes it
        QCOMPARE(shape(text), u"1-0 1-1 2-1 1-2 0-1"_s);
        const Document document = text.toDocument();
        QCOMPARE(document.rows.at(0).kind, RowKind::OneSided);
        QCOMPARE(document.rows.at(4).kind, RowKind::OneSided);
    }

    void realignFromARow()
    {
        ParallelText text = story();
        QVERIFY(text.insertEmpty(1, Language::Vietnamese));
        QVERIFY(text.realignFrom(1));
        QCOMPARE(shape(text), u"1-1 1-1 2-2 1-1"_s);
        QVERIFY(!text.realignFrom(7));
    }

    void setRowsRefusesGapsAndOverlaps_data()
    {
        QTest::addColumn<QList<RowSpan>>("rows");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("all units in order") << QList<RowSpan>{{0, 5, 0, 5, 1}} << true;
        QTest::newRow("a gap") << QList<RowSpan>{{0, 2, 0, 2, 1}, {3, 5, 2, 5, 1}} << false;
        QTest::newRow("an overlap") << QList<RowSpan>{{0, 3, 0, 2, 1}, {2, 5, 2, 5, 1}} << false;
        QTest::newRow("units left over") << QList<RowSpan>{{0, 4, 0, 5, 1}} << false;
        QTest::newRow("an empty row") << QList<RowSpan>{{0, 5, 0, 5, 1}, {5, 5, 5, 5, 1}} << false;
    }
    void setRowsRefusesGapsAndOverlaps()
    {
        QFETCH(QList<RowSpan>, rows);
        QFETCH(bool, accepted);
        ParallelText text = story();
        const QList<RowSpan> before = text.rows();
        QCOMPARE(text.setRows(rows), accepted);
        QCOMPARE(text.rows(), accepted ? rows : before);
    }

    // A headline with no counterpart stays a headline: not a missing translation.
    void headlineKeepsItsKind()
    {
        const DocumentPtr english = read(u"Minister visits Hanoi for talks on trade and energy\n\n"
                                         "The minister arrived in Hanoi on Monday for talks.\n"_s);
        const DocumentPtr vietnamese = read(u"Bộ trưởng đã đến Hà Nội vào thứ Hai để hội đàm.\n"_s);
        const Document document = ParallelText(english, vietnamese).toDocument();
        QCOMPARE(document.rows.size(), 2);
        QCOMPARE(document.rows.at(0).kind, english->rows.at(0).kind);
        QCOMPARE(document.rows.at(1).kind, RowKind::Pair);
        QCOMPARE(document.metadata.languages,
                 (QList<Language>{Language::English, Language::Vietnamese}));
    }
};

QTEST_GUILESS_MAIN(TestParallelText)
#include "tst_paralleltext.moc"
