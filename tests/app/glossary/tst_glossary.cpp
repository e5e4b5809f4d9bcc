// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in glossary and the rules for looking it up and overriding it.
#include "glossary/Glossary.h"
#include "io/DocumentReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

class TestGlossary : public QObject
{
    Q_OBJECT

private:
    Glossary glossary;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
        QVERIFY(glossary.size() > 50);
    }

    void formsFindTheirEntry_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("id");
        QTest::newRow("English spelling without marks") << u"To Lam"_s << u"to-lam"_s;
        QTest::newRow("Vietnamese spelling") << u"Tô Lâm"_s << u"to-lam"_s;
        QTest::newRow("upper case, decomposed marks") << u"TO\u0302 LA\u0302M"_s << u"to-lam"_s;
        QTest::newRow("the former General Secretary")
            << u"Nguyễn Phú Trọng"_s << u"nguyen-phu-trong"_s;
        QTest::newRow("a name written without its marks") << u"Luong Cuong"_s << u"luong-cuong"_s;
        QTest::newRow("Russian president") << u"Vladimir Putin"_s << u"vladimir-putin"_s;
        QTest::newRow("Sino-Vietnamese form of Xi Jinping") << u"Tập Cận Bình"_s << u"xi-jinping"_s;
        QTest::newRow("Xi Jinping in English") << u"Xi Jinping"_s << u"xi-jinping"_s;
        QTest::newRow("party by its name") << u"Communist Party of Vietnam"_s << u"cpv"_s;
        QTest::newRow("party by its Vietnamese acronym, đ folded") << u"ĐCSVN"_s << u"cpv"_s;
        QTest::newRow("party by its English acronym") << u"CPV"_s << u"cpv"_s;
        QTest::newRow("United Russia in Vietnamese")
            << u"Đảng Nước Nga Thống nhất"_s << u"united-russia"_s;
        QTest::newRow("Moscow") << u"Moscow"_s << u"moscow"_s;
        QTest::newRow("Moskva") << u"Moskva"_s << u"moscow"_s;
        QTest::newRow("Mát-xcơ-va") << u"Mát-xcơ-va"_s << u"moscow"_s;
        QTest::newRow("Red Square in Vietnamese") << u"Quảng trường Đỏ"_s << u"red-square"_s;
        QTest::newRow("agreement: Joint Statement") << u"Tuyên bố chung"_s << u"joint-statement"_s;
        QTest::newRow("agreement: partnership") << u"Quan hệ Đối tác Chiến lược Toàn diện"_s
                                                << u"comprehensive-strategic-partnership"_s;
        QTest::newRow("agreement: UNCLOS in Vietnamese")
            << u"Công ước Liên Hợp Quốc về Luật Biển năm 1982"_s << u"unclos-1982"_s;
        QTest::newRow("agreement: 1982 UNCLOS") << u"1982 UNCLOS"_s << u"unclos-1982"_s;
    }
    void formsFindTheirEntry()
    {
        QFETCH(QString, form);
        QFETCH(QString, id);
        const QList<const GlossaryEntry*> found = glossary.lookup(form);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front()->id, id);
    }

    void unknownFormsFindNothing()
    {
        QVERIFY(glossary.lookup(u"Lam"_s).isEmpty()); // a given name alone is not a full form
        QVERIFY(glossary.lookup(u"trân trọng"_s).isEmpty());
        QVERIFY(glossary.lookup(QString()).isEmpty());
    }

    void officeHoldersFollowTheDates_data()
    {
        QTest::addColumn<QString>("office");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("holders");
        const QString gs = u"cpv-general-secretary"_s;
        QTest::newRow("General Secretary on the articles' date")
            << gs << QDate(2025, 5, 11) << QStringList{u"to-lam"_s};
        QTest::newRow("General Secretary before Trọng died")
            << gs << QDate(2024, 1, 1) << QStringList{u"nguyen-phu-trong"_s};
        QTest::newRow("the last day of Trọng's term counts")
            << gs << QDate(2024, 7, 19) << QStringList{u"nguyen-phu-trong"_s};
        QTest::newRow("vacancy between the terms") << gs << QDate(2024, 7, 25) << QStringList{};
        QTest::newRow("Lâm's first day") << gs << QDate(2024, 8, 3) << QStringList{u"to-lam"_s};
        QTest::newRow("State President in May 2025")
            << u"vn-president"_s << QDate(2025, 5, 11) << QStringList{u"luong-cuong"_s};
        QTest::newRow("Russian President, open-ended term")
            << u"ru-president"_s << QDate(2025, 5, 11) << QStringList{u"vladimir-putin"_s};
        QTest::newRow("Russian Prime Minister")
            << u"ru-prime-minister"_s << QDate(2025, 5, 9) << QStringList{u"mikhail-mishustin"_s};
    }
    void officeHoldersFollowTheDates()
    {
        QFETCH(QString, office);
        QFETCH(QDate, date);
        QFETCH(QStringList, holders);
        QVERIFY(glossary.office(office));
        QCOMPARE(glossary.holders(office, date), holders);
    }

    void builtInDataIsConsistent()
    {
        // Every file's ids and references, over the whole built-in glossary: a typo in a data
        // file would silently never match.
        for (const GlossaryEntry& entry : glossary.entries()) {
            for (const OfficeTerm& term : entry.offices) {
                QVERIFY2(glossary.office(term.office), qPrintable(entry.id + u' ' + term.office));
                QVERIFY2(term.to.isNull() || term.to >= term.from, qPrintable(entry.id));
            }
            QVERIFY2(entry.capital.isEmpty() || glossary.entry(entry.capital),
                     qPrintable(entry.id));
            for (const QString& successor : entry.mergedInto)
                QVERIFY2(glossary.entry(successor), qPrintable(entry.id + u' ' + successor));
            QVERIFY2(!entry.english.isEmpty() || !entry.vietnamese.isEmpty(), qPrintable(entry.id));
        }
        for (const Office& office : glossary.offices())
            QVERIFY2(office.country.isEmpty() || glossary.entry(office.country),
                     qPrintable(office.id));
    }

    void countriesByNameAndAdjective_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("country");
        QTest::newRow("English adjective") << u"British"_s << u"united-kingdom"_s;
        QTest::newRow("Vietnamese short form") << u"Anh"_s << u"united-kingdom"_s;
        QTest::newRow("Vietnamese name, unmarked") << u"Thai Lan"_s << u"thailand"_s;
        QTest::newRow("English name") << u"Japan"_s << u"japan"_s;
        QTest::newRow("a capital is no country") << u"Paris"_s << QString();
        QTest::newRow("a person is no country") << u"Tony Blair"_s << QString();
    }
    void countriesByNameAndAdjective()
    {
        QFETCH(QString, form);
        QFETCH(QString, country);
        QCOMPARE(glossary.countryOf(form), country);
    }

    void officesBelongToCountries()
    {
        QVERIFY(glossary.officesOf(u"united-kingdom"_s).contains(u"gb-prime-minister"_s));
        QCOMPARE(glossary.holders(u"gb-prime-minister"_s, QDate(2005, 7, 7)),
                 QStringList{u"tony-blair"_s});
        const GlossaryEntry* putin = glossary.entry(u"vladimir-putin"_s);
        QVERIFY(putin);
        const QStringList terms = glossary.describeTerms(*putin);
        QVERIFY2(terms.value(0).startsWith(u"President (Russia): 2012-05-07"_s),
                 qPrintable(terms.join(u'\n')));
        QVERIFY(terms.value(0).endsWith(u'–'));
    }

    void everyOfficeTermNamesAKnownOffice()
    {
        // Catches typos in the data file, which would silently never match.
        const QStringList ids = {u"to-lam"_s,         u"nguyen-phu-trong"_s, u"luong-cuong"_s,
                                 u"vladimir-putin"_s, u"dmitry-medvedev"_s,  u"xi-jinping"_s};
        for (const QString& id : ids) {
            const GlossaryEntry* entry = glossary.entry(id);
            QVERIFY2(entry, qPrintable(id));
            QVERIFY(!entry->offices.isEmpty());
            for (const OfficeTerm& term : entry->offices) {
                QVERIFY2(glossary.office(term.office), qPrintable(term.office));
                QVERIFY(term.to.isNull() || term.to >= term.from);
            }
        }
        QCOMPARE(glossary.entry(u"to-lam"_s)->givenNames, QStringList({u"Lam"_s, u"Lâm"_s}));
        QVERIFY(glossary.entry(u"to-lam"_s)->vietnameseName);
    }

    void samplePeopleAreAllKnown()
    {
        // Every full name of a person in the sample articles is in the glossary.
        const QStringList people = {
            u"Tô Lâm"_s,          u"Vladimir Putin"_s,       u"Mikhail Mishustin"_s,
            u"Dmitry Medvedev"_s, u"Aleksandr Lukashenko"_s, u"Ngô Phương Ly"_s,
            u"Lê Duẩn"_s,         u"Hồ Chí Minh"_s,          u"Lương Cường"_s,
            u"Nguyễn Phú Trọng"_s};
        for (const QString& name : people) {
            const QList<const GlossaryEntry*> found = glossary.lookup(name);
            QVERIFY2(found.size() == 1 && found.front()->type == EntityType::Person,
                     qPrintable(name));
        }
    }

    void laterEntriesOverrideAndBadFilesChangeNothing()
    {
        Glossary user;
        QVERIFY(user.loadBuiltIn());
        const QByteArray override = R"({"format": "songngu-glossary", "entries": [
            {"id": "moscow", "type": "place", "en": ["Moscow"], "vi": ["Mạc Tư Khoa"]}]})";
        QString error;
        QVERIFY2(user.loadJson(override, &error), qPrintable(error));
        QCOMPARE(user.lookup(u"Mạc Tư Khoa"_s).size(), 1);
        QVERIFY(user.lookup(u"Moskva"_s).isEmpty()); // replaced, not merged
        const int before = user.size();

        QVERIFY(!user.loadJson("{not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!user.loadJson(R"({"format": "other"})", &error));
        QVERIFY(!user.loadJson(R"({"format": "songngu-glossary", "entries": [
            {"id": "ok", "type": "place", "en": ["Okland"]},
            {"id": "bad", "type": "planet"}]})",
                               &error));
        QVERIFY(error.contains(u"bad"_s));
        QCOMPARE(user.size(), before);
        QVERIFY(user.lookup(u"Okland"_s).isEmpty()); // nothing of a rejected file is kept
        QVERIFY(!user.load(u"/no/such/glossary.json"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
