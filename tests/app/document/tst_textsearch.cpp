// SPDX-License-Identifier: GPL-3.0-or-later
// TextSearch: finding a query in a document's paragraphs regardless of case and diacritics,
// with matches reported in the paragraphs' own (unfolded) offsets and in reading order.
#include "document/TextSearch.h"
#include "text/TextFolder.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;

namespace {

// One row per entry: "english|vietnamese", either side may be empty.
DocumentPtr makeDocument(const QStringList& rows)
{
    auto document = std::make_shared<Document>();
    for (const QString& spec : rows) {
        const QStringList sides = spec.split(u'|');
        AlignedRow row;
        row.kind = RowKind::Pair;
        if (!sides.value(0).isEmpty()) {
            row.english = int(document->paragraphs.size());
            document->paragraphs.append({sides.value(0), Language::English, 1, {}});
        }
        if (!sides.value(1).isEmpty()) {
            row.vietnamese = int(document->paragraphs.size());
            document->paragraphs.append({sides.value(1), Language::Vietnamese, 1, {}});
        }
        document->rows.append(row);
    }
    return document;
}

// "row lang start+length" per match, e.g. "0 vi 4+6", joined by ", ".
QString describe(const QList<TextMatch>& matches)
{
    QStringList parts;
    for (const TextMatch& match : matches)
        parts.append(u"%1 %2 %3+%4"_s.arg(match.row)
                         .arg(languageCode(match.language))
                         .arg(match.start)
                         .arg(match.length));
    return parts.join(u", "_s);
}

QString nfd(const QString& text)
{
    return text.normalized(QString::NormalizationForm_D);
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAll_data();
    void findAll();
    void matchesCoverTheOriginalText_data();
    void matchesCoverTheOriginalText();
    void foldAgreesWithTextFolder_data();
    void foldAgreesWithTextFolder();
    void newDocumentReplacesTheOld();
    void noDocumentFindsNothing();
    void largeDocument();
};

void TestTextSearch::findAll_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ASCII query finds a marked Vietnamese name")
        << QStringList{u"|Tổng Bí thư Tô Lâm phát biểu"_s} << u"to lam"_s << u"0 vi 12+6"_s;
    QTest::newRow("marked query finds the unmarked English spelling")
        << QStringList{u"General Secretary To Lam said|"_s} << u"Tô Lâm"_s << u"0 en 18+6"_s;
    QTest::newRow("đ folds to d: dang finds Đảng")
        << QStringList{u"|Đảng Cộng sản Việt Nam"_s} << u"dang"_s << u"0 vi 0+4"_s;
    QTest::newRow("upper-case query finds lower-case text")
        << QStringList{u"|thủ đô Hà Nội"_s} << u"HA NOI"_s << u"0 vi 7+6"_s;
    QTest::newRow("NFD query finds NFC text")
        << QStringList{u"|Tổng Bí thư Tô Lâm"_s} << nfd(u"Tô Lâm"_s) << u"0 vi 12+6"_s;
    QTest::newRow("NFD text: offsets count the combining marks before the match")
        << QStringList{u"|"_s + nfd(u"Tô Lâm"_s)} << u"lam"_s << u"0 vi 4+4"_s;
    QTest::newRow("NFD text: a match spans its combining marks")
        << QStringList{u"|"_s + nfd(u"Đảng Cộng sản"_s)} << u"cong"_s << u"0 vi 6+6"_s;
    QTest::newRow("a character outside the BMP before the match shifts nothing")
        << QStringList{u"|\U0001D400 Tô Lâm"_s} << u"to lam"_s << u"0 vi 3+6"_s;
    QTest::newRow("a surrogate pair inside the match is covered whole")
        << QStringList{u"A\U0001F600B|"_s} << u"\U0001F600b"_s << u"0 en 1+3"_s;
    QTest::newRow("reading order: rows in order, English before Vietnamese")
        << QStringList{u"To Lam arrived|Tô Lâm đến"_s, u"|Ông Tô Lâm"_s, u"Mr To Lam|"_s}
        << u"to lam"_s << u"0 en 0+6, 0 vi 0+6, 1 vi 4+6, 2 en 3+6"_s;
    QTest::newRow("several matches in one paragraph, left to right")
        << QStringList{u"|Lâm, lam, LÂM"_s} << u"lam"_s << u"0 vi 0+3, 0 vi 5+3, 0 vi 10+3"_s;
    QTest::newRow("matches do not overlap")
        << QStringList{u"aaaaa|"_s} << u"aa"_s << u"0 en 0+2, 0 en 2+2"_s;
    QTest::newRow("a match inside a word counts")
        << QStringList{u"Vietnamese|"_s} << u"nam"_s << u"0 en 4+3"_s;
    QTest::newRow("no occurrence") << QStringList{u"Hanoi|Hà Nội"_s} << u"moscow"_s << QString();
    QTest::newRow("empty query finds nothing")
        << QStringList{u"Hanoi|Hà Nội"_s} << QString() << QString();
    QTest::newRow("a query of only combining marks finds nothing")
        << QStringList{u"|"_s + nfd(u"Tô Lâm"_s)} << u"\u0302"_s << QString();
    QTest::newRow("query longer than every paragraph")
        << QStringList{u"Hanoi|Hà Nội"_s} << u"Hanoi Hanoi Hanoi"_s << QString();
}

void TestTextSearch::findAll()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    TextSearch search;
    search.setDocument(makeDocument(rows));
    QCOMPARE(describe(search.findAll(query)), expected);
    // A second search reuses the folded text and must agree.
    QCOMPARE(describe(search.findAll(query)), expected);
}

void TestTextSearch::matchesCoverTheOriginalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("covered");

    QTest::newRow("precomposed name") << u"Ông Tô Lâm nói"_s << u"to lam"_s << u"Tô Lâm"_s;
    QTest::newRow("decomposed name keeps its marks")
        << nfd(u"Ông Tô Lâm nói"_s) << u"TO LAM"_s << nfd(u"Tô Lâm"_s);
    QTest::newRow("decomposed text, match at the very end")
        << nfd(u"Đà Nẵng"_s) << u"nang"_s << nfd(u"Nẵng"_s);
    QTest::newRow("decomposed text, match at the very start")
        << nfd(u"Đảng viên"_s) << u"dang"_s << nfd(u"Đảng"_s);
}

void TestTextSearch::matchesCoverTheOriginalText()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QString, covered);
    TextSearch search;
    search.setDocument(makeDocument({u"|"_s + text}));
    const QList<TextMatch> matches = search.findAll(query);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(text.mid(matches.front().start, matches.front().length), covered);
}

void TestTextSearch::foldAgreesWithTextFolder_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Vietnamese sentence") << u"Tổng Bí thư Tô Lâm thăm Đà Nẵng."_s;
    QTest::newRow("all capitals with stacked marks") << u"ĐẢNG CỘNG SẢN VIỆT NAM"_s;
    QTest::newRow("decomposed input") << nfd(u"Nguyễn Phú Trọng, Lương Cường"_s);
    QTest::newRow("English with punctuation") << u"Hanoi – May 11, 2025 (VNS)"_s;
}

void TestTextSearch::foldAgreesWithTextFolder()
{
    // Per-character folding is an optimisation: it must give what the filter box's folding
    // gives, or the two would disagree about what "matches".
    QFETCH(QString, text);
    TextSearch search;
    const TextFolder folder;
    QCOMPARE(search.fold(text), folder.fold(text));
    QVERIFY(search.fold(text) != text);
}

void TestTextSearch::newDocumentReplacesTheOld()
{
    TextSearch search;
    search.setDocument(makeDocument({u"|Tô Lâm"_s}));
    QCOMPARE(search.findAll(u"to lam"_s).size(), 1);
    // Same number of paragraphs, different text: stale folded text would still find "to lam".
    search.setDocument(makeDocument({u"|Hà Nội"_s}));
    QCOMPARE(search.findAll(u"to lam"_s).size(), 0);
    QCOMPARE(search.findAll(u"ha noi"_s).size(), 1);
}

void TestTextSearch::noDocumentFindsNothing()
{
    TextSearch search;
    QVERIFY(search.findAll(u"a"_s).isEmpty());
    search.setDocument(makeDocument({u"a|a"_s}));
    QCOMPARE(search.findAll(u"a"_s).size(), 2);
    search.setDocument(nullptr);
    QVERIFY(search.findAll(u"a"_s).isEmpty());
}

void TestTextSearch::largeDocument()
{
    // 20,000 rows, about 10 MB as UTF-8, with the name in every 50th row on both sides. The
    // timing is printed for the README, not asserted: machines differ.
    const QString english =
        u"The delegation discussed trade, investment, energy and education "
        "cooperation between the two countries on Tuesday in the capital, "
        "and officials agreed to meet again before the end of the year. Both sides "
        "signed three agreements after talks that lasted two hours. "_s;
    const QString vietnamese =
        u"Đoàn đại biểu đã thảo luận về hợp tác thương mại, đầu tư, năng "
        "lượng và giáo dục giữa hai nước vào thứ Ba tại thủ đô, các quan "
        "chức nhất trí gặp lại trước cuối năm. Hai bên đã ký ba thỏa thuận. "_s;
    auto document = std::make_shared<Document>();
    constexpr int rows = 20000;
    qint64 utf8Bytes = 0;
    for (int i = 0; i < rows; ++i) {
        const bool named = i % 50 == 0;
        const QString en = english + (named ? u"General Secretary To Lam spoke."_s : QString());
        const QString vi = vietnamese + (named ? u"Tổng Bí thư Tô Lâm phát biểu."_s : QString());
        utf8Bytes += en.toUtf8().size() + vi.toUtf8().size();
        document->paragraphs.append({en, Language::English, 1, {}});
        document->paragraphs.append({vi, Language::Vietnamese, 1, {}});
        document->rows.append({RowKind::Pair, 2 * i, 2 * i + 1});
    }
    QVERIFY(utf8Bytes > 10'000'000);

    TextSearch search;
    search.setDocument(document);
    QElapsedTimer timer;
    timer.start();
    const QList<TextMatch> first = search.findAll(u"to lam"_s);
    const qint64 firstMs = timer.restart();
    const QList<TextMatch> again = search.findAll(u"TÔ LÂM"_s);
    const qint64 againMs = timer.restart();
    const QList<TextMatch> common = search.findAll(u"a"_s);
    const qint64 commonMs = timer.elapsed();
    qInfo("%d rows, %.1f MB: first search %lld ms (folds the document), next %lld ms, "
          "%lld matches of \"a\" in %lld ms",
          rows, double(utf8Bytes) / 1e6, firstMs, againMs, qint64(common.size()), commonMs);

    QCOMPARE(first.size(), 2 * rows / 50);
    QCOMPARE(again, first);
    QCOMPARE(first.at(1), (TextMatch{0, Language::Vietnamese, int(vietnamese.size()) + 12, 6}));
    QVERIFY(common.size() > rows * 20);
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
