// SPDX-License-Identifier: GPL-3.0-or-later
// TextFolder: the matching key that makes "Tô Lâm", "TO LAM" and "to lam" the same name.
#include "text/TextFolder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using songngu::TextFolder;

class TestTextFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void stripMarksKeepsCase_data();
    void stripMarksKeepsCase();
    void decomposedInputFoldsTheSame_data();
    void decomposedInputFoldsTheSame();
    void spellingsOfOneNameMatch_data();
    void spellingsOfOneNameMatch();
    void instanceIsReusable();
    void foldUnitIsFoldOfTheUnit();
};

void TestTextFolder::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("circumflexes removed and lower-cased") << u"Tô Lâm"_s << u"to lam"_s;
    QTest::newRow("đ is a letter of its own that NFD does not split")
        << u"Đà Nẵng"_s << u"da nang"_s;
    QTest::newRow("capital Đ and stacked marks in upper case") << u"ĐẢNG"_s << u"dang"_s;
    QTest::newRow("horn letters ơ and ư lose the horn") << u"Lương Cường"_s << u"luong cuong"_s;
    QTest::newRow("dot below under a circumflex") << u"Hội nghị"_s << u"hoi nghi"_s;
    QTest::newRow("breve and tilde") << u"Nguyễn Văn Ăn"_s << u"nguyen van an"_s;
    QTest::newRow("ASCII is only lower-cased")
        << u"TO LAM, Moscow 2025"_s << u"to lam, moscow 2025"_s;
    QTest::newRow("punctuation and spacing are kept")
        << u"Việt Nam – Nga."_s << u"viet nam – nga."_s;
    QTest::newRow("empty stays empty") << QString() << QString();
    QTest::newRow("Cyrillic, unit by unit") << u"Путин"_s << u"путин"_s;
    QTest::newRow("Greek with its accent") << u"Αθήνα"_s << u"αθηνα"_s;
    QTest::newRow("letters outside the table: the whole text through ICU")
        << u"東京 Tô Lâm"_s << u"東京 to lam"_s;
    QTest::newRow("a letter without a decomposition stays") << u"Ærøskøbing"_s << u"ærøskøbing"_s;
}

void TestTextFolder::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    const TextFolder folder;
    QCOMPARE(folder.fold(text), folded);
}

void TestTextFolder::stripMarksKeepsCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stripped");

    QTest::newRow("capitals stay capitals") << u"Đà Nẵng"_s << u"Da Nang"_s;
    QTest::newRow("all-caps headline stays all caps") << u"ĐẢNG CỘNG SẢN"_s << u"DANG CONG SAN"_s;
    QTest::newRow("lower-case đ becomes d") << u"đàm phán"_s << u"dam phan"_s;
}

void TestTextFolder::stripMarksKeepsCase()
{
    QFETCH(QString, text);
    QFETCH(QString, stripped);
    const TextFolder folder;
    QCOMPARE(folder.stripMarks(text), stripped);
}

void TestTextFolder::decomposedInputFoldsTheSame_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("name with circumflex") << u"Tô Lâm"_s;
    QTest::newRow("đ and stacked marks") << u"Đà Nẵng"_s;
    QTest::newRow("upper case with hook above") << u"ĐẢNG"_s;
    QTest::newRow("horn plus tone") << u"Lương Cường"_s;
}

void TestTextFolder::decomposedInputFoldsTheSame()
{
    QFETCH(QString, text);
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != text); // the row really has something to decompose
    const TextFolder folder;
    QCOMPARE(folder.fold(nfd), folder.fold(text));
    QCOMPARE(folder.stripMarks(nfd), folder.stripMarks(text));
}

void TestTextFolder::spellingsOfOneNameMatch_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("Vietnamese spelling vs English press spelling")
        << u"Lương Cường"_s << u"Luong Cuong"_s;
    QTest::newRow("marked name vs all-caps ASCII") << u"Tô Lâm"_s << u"TO LAM"_s;
    QTest::newRow("country name with and without marks") << u"Việt Nam"_s << u"Viet Nam"_s;
    QTest::newRow("NFD vs upper-case ASCII")
        << u"Nguyễn Phú Trọng"_s.normalized(QString::NormalizationForm_D) << u"NGUYEN PHU TRONG"_s;
}

void TestTextFolder::spellingsOfOneNameMatch()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const TextFolder folder;
    QCOMPARE(folder.fold(a), folder.fold(b));
    QVERIFY(a != b);
}

void TestTextFolder::instanceIsReusable()
{
    // One transliterator serves many calls: no state may leak from one text to the next.
    const TextFolder folder;
    QCOMPARE(folder.fold(u"Đà Nẵng"_s), u"da nang"_s);
    QCOMPARE(folder.fold(u"Tô Lâm"_s), u"to lam"_s);
    QCOMPARE(folder.fold(u"Đà Nẵng"_s), u"da nang"_s);
}

void TestTextFolder::foldUnitIsFoldOfTheUnit()
{
    // The per-unit table behind fold()'s fast path says what ICU says of the unit alone: a CJK
    // letter first sends the text down the whole-text path.
    const TextFolder folder;
    int tabled = 0;
    for (char16_t u = 1; u < TextFolder::tableSize; ++u) {
        const char16_t unit = TextFolder::foldUnit(u);
        if (unit == TextFolder::complex)
            continue;
        ++tabled;
        const QString expected = folder.fold(u"東"_s + QChar(u)).mid(1);
        QCOMPARE(unit == TextFolder::dropped ? QString() : QString(QChar(unit)), expected);
    }
    // ASCII, Latin-1, Latin Extended, the combining marks, Greek, Cyrillic and Vietnamese.
    QVERIFY2(tabled > 1000, qPrintable(QString::number(tabled)));
    QCOMPARE(TextFolder::foldUnit(u'\u1EC7'), u'e'); // ệ
    QCOMPARE(TextFolder::foldUnit(u'\u0301'), TextFolder::dropped);
}

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
