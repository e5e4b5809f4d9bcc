// SPDX-License-Identifier: GPL-3.0-or-later
// VietnameseSpelling: which words have the shape of a Vietnamese syllable, and which spellings
// differ only in where a tone mark sits.
#include "text/VietnameseSpelling.h"

#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

class TestVietnameseSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isSyllable_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("syllable");
        QTest::newRow("a syllable without marks") << u"Lao"_s << true;
        QTest::newRow("a vowel alone as its rhyme") << u"My"_s << true;
        QTest::newRow("a marked syllable with a three-letter initial") << u"nghiêng"_s << true;
        QTest::newRow("đ counts as d") << u"Đường"_s << true;
        QTest::newRow("a family name written bare") << u"Nguyen"_s << true;
        QTest::newRow("upper case") << u"LƯƠNG"_s << true;
        QTest::newRow("a final Vietnamese never writes: l") << u"Nouvel"_s << false;
        QTest::newRow("a final Vietnamese never writes: r") << u"Observateur"_s << false;
        QTest::newRow("a cluster Vietnamese never writes: rv") << u"Harvick"_s << false;
        QTest::newRow("an initial Vietnamese never writes: j") << u"John"_s << false;
        QTest::newRow("sh is no initial or final") << u"Bush"_s << false;
        QTest::newRow("two syllables are not one") << u"Glasgow"_s << false;
        QTest::newRow("empty") << QString() << false;
        for (const char* s : {"nguyen", "hoang", "chinh", "truong", "quynh", "nghieng", "thai",
                              "khuya", "ngoai", "gia"})
            QTest::addRow("%s is a Vietnamese syllable", s) << QString::fromLatin1(s) << true;
        for (const char* s : {"masi", "bush", "ryan", "gaza", "israel", "bain", "wang", "zhang",
                              "kenya", "park", "aic"})
            QTest::addRow("%s is not: a glide takes no final, or no such letters", s)
                << QString::fromLatin1(s) << false;
    }
    void isSyllable()
    {
        QFETCH(QString, word);
        QFETCH(bool, syllable);
        QCOMPARE(VietnameseSpelling::isSyllable(word), syllable);
    }

    void toneKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("old and new tone placement") << u"Cộng hòa"_s << u"Cộng hoà"_s << true;
        QTest::newRow("uy: thủy and thuỷ") << u"thủy"_s << u"thuỷ"_s << true;
        QTest::newRow("decomposed and precomposed")
            << u"Hòa"_s << u"Ho\u0300a"_s.normalized(QString::NormalizationForm_D) << true;
        QTest::newRow("a tone missing is another spelling") << u"Hoa Kỳ"_s << u"Hòa Kỳ"_s << false;
        QTest::newRow("another tone is another spelling") << u"Mỹ"_s << u"Mỷ"_s << false;
        QTest::newRow("a vowel mark is spelling") << u"Cộng"_s << u"Công"_s << false;
        QTest::newRow("tones of two syllables stay with their syllable")
            << u"Lương Cường"_s << u"Lường Cương"_s << false;
    }
    void toneKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(VietnameseSpelling::toneKey(a) == VietnameseSpelling::toneKey(b), same);
    }
};

QTEST_GUILESS_MAIN(TestVietnameseSpelling)
#include "tst_vietnamesespelling.moc"
