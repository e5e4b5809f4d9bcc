// SPDX-License-Identifier: GPL-3.0-or-later
// Glossary entries to and from CSV and TBX, and the glossary's own JSON: round trips, files
// other tools write, and bad inputs that must import nothing and say why.
#include "glossary/Glossary.h"
#include "glossary/GlossaryExchange.h"
#include "support/IsolatedUserData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

using Entries = QList<GlossaryEntry>;

GlossaryEntry entry(const QString& id, EntityType type, const QStringList& english,
                    const QStringList& vietnamese, const QStringList& given = {},
                    bool vietnameseName = false, const QList<OfficeTerm>& offices = {})
{
    return GlossaryEntry{id, type, english, vietnamese, given, vietnameseName, offices};
}

// The glossary's JSON shows a difference readably when a comparison fails.
QString json(const Entries& entries)
{
    return QString::fromUtf8(Glossary::toJson(entries));
}

} // namespace

Q_DECLARE_METATYPE(Entries)

class TestGlossaryExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(testing::isolateUserData()); }

    void roundTrip_data();
    void roundTrip();
    void builtInGlossaryRoundTrips();
    void csvImport_data();
    void csvImport();
    void csvErrors_data();
    void csvErrors();
    void tbxImport_data();
    void tbxImport();
    void tbxErrors_data();
    void tbxErrors();
    void tbxIsTbxBasic();
    void formatFor_data();
    void formatFor();
    void files();
};

void TestGlossaryExchange::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<Entries>("entries");
    const Entries rows[] = {
        {entry(u"to-lam"_s, EntityType::Person, {u"To Lam"_s, u"Tô Lâm"_s}, {u"Tô Lâm"_s},
               {u"Lam"_s, u"Lâm"_s}, true,
               {{u"vn-president"_s, QDate(2024, 5, 22), QDate(2024, 10, 21)},
                {u"cpv-general-secretary"_s, QDate(2024, 8, 3), QDate()}})},
        {entry(u"hanoi"_s, EntityType::Place, {u"Hanoi, Vietnam"_s, u"Ha Noi"_s},
               {u"Hà Nội, Việt Nam"_s})},
        {entry(u"bamboo"_s, EntityType::Event, {u"the \"Bamboo\" diplomacy"_s, u"\"quoted\""_s},
               {u"ngoại giao \"cây tre\""_s})},
        {entry(u"two-lines"_s, EntityType::Agreement, {u"Joint Statement\non Partnership"_s},
               {u"Tuyên bố chung,\nvề Đối tác"_s})},
        {entry(u"vietnam"_s, EntityType::Place, {u"Vietnam"_s, u"Viet Nam"_s, u"Việt Nam"_s},
               {u"Việt Nam"_s, u"VN"_s, u"nước Cộng hòa Xã hội chủ nghĩa Việt Nam"_s})},
        {entry(u"mat-xco-va"_s, EntityType::Place, {}, {u"Mát-xcơ-va"_s})},
        {entry(u"at-t"_s, EntityType::Organisation, {u"AT&T <Vietnam> & 'Co'"_s}, {})},
        {entry(u"han-nom"_s, EntityType::Organisation, {u"𠀧 Institute"_s}, {u"Viện 𠀧"_s})},
        {entry(u"a"_s, EntityType::Person, {u"A"_s}, {}),
         entry(u"b"_s, EntityType::Place, {}, {u"B"_s}, {u"Bê"_s}),
         entry(u"c"_s, EntityType::Event, {u"C, \"c\""_s}, {u"C"_s})},
    };
    const char* names[] = {
        "person: diacritics, given names, closed and open terms of office",
        "commas inside forms",
        "quotes inside and around forms",
        "newlines inside forms",
        "several forms in each language",
        "only a Vietnamese form",
        "XML special characters",
        "a character outside the Basic Multilingual Plane",
        "several entries, one with given names but no English",
    };
    static_assert(std::size(rows) == std::size(names));
    for (const char* format : {"csv", "tbx"})
        for (size_t i = 0; i < std::size(rows); ++i)
            QTest::addRow("%s: %s", format, names[i]) << QString::fromLatin1(format) << rows[i];
}

void TestGlossaryExchange::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(Entries, entries);
    const bool csv = format == u"csv";
    const QByteArray data =
        csv ? GlossaryExchange::toCsv(entries) : GlossaryExchange::toTbx(entries);
    Entries imported;
    QString error;
    const bool ok = csv ? GlossaryExchange::fromCsv(data, imported, &error)
                        : GlossaryExchange::fromTbx(data, imported, &error);
    QVERIFY2(ok, qPrintable(error + u'\n' + QString::fromUtf8(data)));
    QCOMPARE(json(imported), json(entries));
    QVERIFY(imported == entries);
}

void TestGlossaryExchange::builtInGlossaryRoundTrips()
{
    // Every built-in entry and office, through JSON, CSV and TBX: no form the built-in data uses
    // is lost (none contains the CSV form separator, for one).
    Glossary builtIn;
    QString error;
    QVERIFY2(builtIn.loadBuiltIn(&error), qPrintable(error));
    const Entries entries = builtIn.entries();
    QVERIFY(entries.size() > 50);
    QVERIFY(std::is_sorted(entries.cbegin(), entries.cend(),
                           [](const auto& a, const auto& b) { return a.id < b.id; }));

    Glossary reloaded;
    QVERIFY2(reloaded.loadJson(Glossary::toJson(entries, builtIn.offices()), &error),
             qPrintable(error));
    QVERIFY(reloaded.entries() == entries);
    QVERIFY(reloaded.offices() == builtIn.offices());
    QCOMPARE(reloaded.holders(u"cpv-general-secretary"_s, QDate(2025, 5, 11)),
             QStringList{u"to-lam"_s});

    // CSV and TBX carry names, types, given names and terms of office; a country's adjectives
    // and capital, a province's dates and a death date are the JSON glossary's alone.
    Entries exchanged = entries;
    for (GlossaryEntry& entry : exchanged) {
        entry.englishAdjectives.clear();
        entry.vietnameseAdjectives.clear();
        entry.capital.clear();
        entry.mergedInto.clear();
        entry.died = entry.from = entry.to = QDate();
    }
    Entries fromCsv;
    QVERIFY2(GlossaryExchange::fromCsv(GlossaryExchange::toCsv(entries), fromCsv, &error),
             qPrintable(error));
    QCOMPARE(json(fromCsv), json(exchanged));
    Entries fromTbx;
    QVERIFY2(GlossaryExchange::fromTbx(GlossaryExchange::toTbx(entries), fromTbx, &error),
             qPrintable(error));
    QCOMPARE(json(fromTbx), json(exchanged));
}

void TestGlossaryExchange::csvImport_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Entries>("expected");
    const Entries hanoi = {entry(u"hanoi"_s, EntityType::Place, {u"Hanoi"_s}, {u"Hà Nội"_s})};
    QTest::newRow("UTF-8 with BOM and CRLF, as spreadsheets save it")
        << "\xEF\xBB\xBFid,type,en,vi\r\nhanoi,place,Hanoi,Hà Nội\r\n"_ba << hanoi;
    QTest::newRow("no BOM, LF, no final newline")
        << "id,type,en,vi\nhanoi,place,Hanoi,Hà Nội"_ba << hanoi;
    QTest::newRow("columns in another order, capitalised, and unknown ones ignored")
        << "Notes,VI,Type,EN,ID\nchecked 2025,Hà Nội,Place,Hanoi,hanoi\n"_ba << hanoi;
    QTest::newRow("blank lines and spaces around quoted fields")
        << "id,type,en,vi\n\n hanoi , place , \"Hanoi\" ,  \"Hà Nội\"\n\n"_ba << hanoi;
    QTest::newRow("decomposed marks become composed")
        << "id,type,en,vi\nhanoi,place,Hanoi,Ha\xCC\x80 No\xCC\xA3\xCC\x82i\n"_ba << hanoi;
    QTest::newRow("an empty id is made from the first form")
        << "type,vi,en\nperson,Nguyễn Văn Khang,\n"_ba
        << Entries{entry(u"nguyen-van-khang"_s, EntityType::Person, {}, {u"Nguyễn Văn Khang"_s})};
    QTest::newRow("several forms, blanks and repeats dropped")
        << "id,type,en,vi,given,vietnamese_name\n"
           "to-lam,person, To Lam | Tô Lâm ||To Lam,Tô Lâm,Lam|Lâm,yes\n"_ba
        << Entries{entry(u"to-lam"_s, EntityType::Person, {u"To Lam"_s, u"Tô Lâm"_s}, {u"Tô Lâm"_s},
                         {u"Lam"_s, u"Lâm"_s}, true)};
    QTest::newRow("a quoted field over two CRLF lines keeps one LF")
        << "id,type,en\r\nx,event,\"one\r\ntwo\"\r\n"_ba
        << Entries{entry(u"x"_s, EntityType::Event, {u"one\ntwo"_s}, {})};
    QTest::newRow("offices column, open-ended term")
        << "id,type,en,offices\nx,person,X,vn-president 2021-04-05/2023-01-18|cpv-chief 2024-08-03/\n"_ba
        << Entries{entry(u"x"_s, EntityType::Person, {u"X"_s}, {}, {}, false,
                         {{u"vn-president"_s, QDate(2021, 4, 5), QDate(2023, 1, 18)},
                          {u"cpv-chief"_s, QDate(2024, 8, 3), QDate()}})};
    // "Hà Nội, Việt Nam" as Excel on Vietnamese Windows saves it: Windows-1258, combining tones.
    QTest::newRow("Windows-1258, as spreadsheets save plain CSV in Vietnamese Windows")
        << "id,type,en,vi\r\nhanoi,place,Hanoi,\"Ha\xCC N\xF4\xF2i, Vi\xEA\xF2t Nam\"\r\n"_ba
        << Entries{entry(u"hanoi"_s, EntityType::Place, {u"Hanoi"_s}, {u"Hà Nội, Việt Nam"_s})};
    QTest::newRow("a header and nothing else is an empty glossary")
        << "id,type,en,vi,given,vietnamese_name\r\n"_ba << Entries{};
}

void TestGlossaryExchange::csvImport()
{
    QFETCH(QByteArray, csv);
    QFETCH(Entries, expected);
    Entries imported;
    QString error;
    QVERIFY2(GlossaryExchange::fromCsv(csv, imported, &error), qPrintable(error));
    QCOMPARE(json(imported), json(expected));
}

void TestGlossaryExchange::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("an empty file has no header") << QByteArray() << u"header row"_s;
    QTest::newRow("a data row where the header should be")
        << "hanoi,place,Hanoi,Hà Nội\n"_ba << u"line 1: the header row must name"_s;
    QTest::newRow("unknown type, named with its line")
        << "id,type,en\na,place,A\nb,planet,B\n"_ba << u"line 3: unknown type 'planet'"_s;
    QTest::newRow("a missing type") << "id,type,en\na,,A\n"_ba << u"line 2: no type"_s;
    QTest::newRow("no form in either language")
        << "id,type,en,vi,given\na,person,,|,Lam\n"_ba << u"line 2: no English or Vietnamese"_s;
    QTest::newRow("an unclosed quote, reported where it opens")
        << "id,type,en\na,place,\"A\nb,place,B\n"_ba << u"line 2: a quoted field is not closed"_s;
    QTest::newRow("text after a closing quote")
        << "id,type,en\na,place,\"A\"B\n"_ba << u"line 2: text after the closing quote"_s;
    QTest::newRow("line numbers count the lines inside quoted fields")
        << "id,type,en\na,place,\"A\nA\nA\"\nb,planet,B\n"_ba << u"line 5: unknown type"_s;
    QTest::newRow("a flag that is neither true nor false")
        << "id,type,en,vietnamese_name\na,person,A,maybe\n"_ba
        << u"line 2: vietnamese_name must be true or false, not 'maybe'"_s;
    QTest::newRow("a term of office without its dates")
        << "id,type,en,offices\na,person,A,vn-president\n"_ba
        << u"line 2: bad term of office 'vn-president'"_s;
    QTest::newRow("a term of office with a bad end date")
        << "id,type,en,offices\na,person,A,vn-president 2020-01-01/2021-13-01\n"_ba
        << u"line 2: bad term of office"_s;
    QTest::newRow("the same id twice") << "id,type,en\na,place,A\na,place,B\n"_ba
                                       << u"line 3: the id 'a' is already used on line 2"_s;
    QTest::newRow("bytes that are neither UTF-8 nor Windows-1258 Vietnamese")
        << "id,type,en\na,place,\x81\x8D\x8F\x90\x9D\n"_ba << u"CSV UTF-8"_s;
    QTest::newRow("a binary file") << "\x00\x01\x02\x03id,type\n"_ba << u"CSV UTF-8"_s;
}

void TestGlossaryExchange::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const Entries before = {entry(u"kept"_s, EntityType::Place, {u"Kept"_s}, {})};
    Entries imported = before;
    QString message;
    QVERIFY(!GlossaryExchange::fromCsv(csv, imported, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(imported == before); // nothing of a bad file is taken
}

void TestGlossaryExchange::tbxImport_data()
{
    QTest::addColumn<QByteArray>("tbx");
    QTest::addColumn<Entries>("expected");
    // As translation tools export TBX v2: martif, tig and ntig, regional language tags.
    QTest::newRow("older TBX (martif) from another tool")
        << R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>Exported termbase</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descripGrp><descrip type="subjectField">Organization</descrip></descripGrp>
      <langSet xml:lang="en-US">
        <tig><term>Ministry of Foreign Affairs</term><termNote type="termType">fullForm</termNote></tig>
        <tig><term>MOFA</term><termNote type="termType">acronym</termNote></tig>
      </langSet>
      <langSet xml:lang="vi-VN">
        <ntig><termGrp><term>Bộ Ngoại giao</term></termGrp></ntig>
      </langSet>
      <langSet xml:lang="fr"><tig><term>Ministère des Affaires étrangères</term></tig></langSet>
    </termEntry>
    <termEntry>
      <descrip type="subjectField">Politics</descrip>
      <langSet xml:lang="vi"><tig><term>Phạm Minh Chính</term></tig>
        <tig><term>Chính</term><termNote type="termType">shortForm</termNote></tig></langSet>
    </termEntry>
    <termEntry id="c3"><langSet xml:lang="de"><tig><term>Nur Deutsch</term></tig></langSet></termEntry>
  </body></text>
</martif>
)"_ba
        << Entries{entry(u"c1"_s, EntityType::Organisation,
                         {u"Ministry of Foreign Affairs"_s, u"MOFA"_s}, {u"Bộ Ngoại giao"_s}),
                   entry(u"pham-minh-chinh"_s, EntityType::Person, {}, {u"Phạm Minh Chính"_s},
                         {u"Chính"_s})};
    QTest::newRow("TBX-Basic v3 written by hand")
        << R"(<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>by hand</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="to-lam">
      <descrip type="subjectField">person</descrip>
      <note>songngu:vietnamese-name</note>
      <note>songngu:office cpv-general-secretary 2024-08-03/</note>
      <note>Checked against the Party's website.</note>
      <langSec xml:lang="en">
        <termSec><term>To Lam</term></termSec>
        <termSec><term>Tô <hi type="bold">Lâm</hi></term></termSec>
        <termSec><term>Lam</term><termNote type="termType">shortForm</termNote></termSec>
      </langSec>
      <langSec xml:lang="vi"><termSec><term>Tô Lâm</term></termSec>
        <termSec><term>Lâm</term><termNote type="termType">shortForm</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
)"_ba
        << Entries{entry(u"to-lam"_s, EntityType::Person, {u"To Lam"_s, u"Tô Lâm"_s}, {u"Tô Lâm"_s},
                         {u"Lam"_s, u"Lâm"_s}, true,
                         {{u"cpv-general-secretary"_s, QDate(2024, 8, 3), QDate()}})};
    QTest::newRow("a termbase with no entries")
        << R"(<tbx type="TBX-Basic" style="dca"><text><body/></text></tbx>)"_ba << Entries{};
}

void TestGlossaryExchange::tbxImport()
{
    QFETCH(QByteArray, tbx);
    QFETCH(Entries, expected);
    Entries imported;
    QString error;
    QVERIFY2(GlossaryExchange::fromTbx(tbx, imported, &error), qPrintable(error));
    QCOMPARE(json(imported), json(expected));
}

void TestGlossaryExchange::tbxErrors_data()
{
    QTest::addColumn<QByteArray>("tbx");
    QTest::addColumn<QString>("error");
    const QByteArray good = R"(<tbx><text><body>
<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>A</term></termSec></langSec></conceptEntry>
)"_ba;
    QTest::newRow("malformed XML: an unclosed element")
        << good + "<conceptEntry id=\"b\"><langSec>\n</conceptEntry></body></text></tbx>"_ba
        << u"line 4, column"_s;
    QTest::newRow("malformed XML: the file ends early") << QByteArray(good) << u"line 3"_s;
    QTest::newRow("an empty file") << "\n"_ba << u"the file is empty"_s;
    QTest::newRow("XML that is not TBX") << "<html><body/></html>"_ba << u"not a TBX file"_s;
    QTest::newRow("a bad term of office")
        << QByteArray(good).replace("<langSec",
                                    "<note>songngu:office vn-president soon/</note><langSec") +
               "</body></text></tbx>"_ba
        << u"entry 'a' has a bad term of office"_s;
    QTest::newRow("the same id twice")
        << good + good.sliced(good.indexOf("<conceptEntry")) + "</body></text></tbx>"_ba
        << u"the id 'a' is used twice"_s;
    QTest::newRow("an entity that expands without end")
        << R"(<!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&d;</term>
</termSec></langSec></conceptEntry></body></text></tbx>)"_ba
        << u"line"_s;
}

void TestGlossaryExchange::tbxErrors()
{
    QFETCH(QByteArray, tbx);
    QFETCH(QString, error);
    const Entries before = {entry(u"kept"_s, EntityType::Place, {u"Kept"_s}, {})};
    Entries imported = before;
    QString message;
    QVERIFY(!GlossaryExchange::fromTbx(tbx, imported, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(imported == before);
}

void TestGlossaryExchange::tbxIsTbxBasic()
{
    // Checked element by element rather than against the schema, which is not shipped.
    const QByteArray tbx = GlossaryExchange::toTbx(
        {entry(u"to-lam"_s, EntityType::Person, {u"To Lam"_s}, {u"Tô Lâm"_s}, {u"Lâm"_s})});
    QXmlStreamReader xml(tbx);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), u"tbx"_s);
    QCOMPARE(xml.namespaceUri(), u"urn:iso:std:iso:30042:ed-2"_s);
    QCOMPARE(xml.attributes().value(u"type"_s), u"TBX-Basic"_s);
    QCOMPARE(xml.attributes().value(u"style"_s), u"dca"_s);
    QStringList path;
    QStringList seen;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path.append(xml.name().toString());
            QString step = path.join(u'/');
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                step += u' ' + attribute.qualifiedName().toString() + u'=' +
                        attribute.value().toString();
            seen.append(step);
        } else if (xml.isEndElement()) {
            if (path.isEmpty())
                break; // the root's end
            path.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && !seen.isEmpty()) {
            seen.last() += u" \""_s + xml.text().toString() + u'"';
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QStringList expected = {
        u"tbxHeader"_s,
        u"tbxHeader/fileDesc"_s,
        u"tbxHeader/fileDesc/sourceDesc"_s,
        u"tbxHeader/fileDesc/sourceDesc/p \"Song Ngữ glossary\""_s,
        u"text"_s,
        u"text/body"_s,
        u"text/body/conceptEntry id=to-lam"_s,
        u"text/body/conceptEntry/descrip type=subjectField \"person\""_s,
        u"text/body/conceptEntry/langSec xml:lang=en"_s,
        u"text/body/conceptEntry/langSec/termSec"_s,
        u"text/body/conceptEntry/langSec/termSec/term \"To Lam\""_s,
        u"text/body/conceptEntry/langSec/termSec/termNote type=partOfSpeech \"properNoun\""_s,
        u"text/body/conceptEntry/langSec xml:lang=vi"_s,
        u"text/body/conceptEntry/langSec/termSec"_s,
        u"text/body/conceptEntry/langSec/termSec/term \"Tô Lâm\""_s,
        u"text/body/conceptEntry/langSec/termSec/termNote type=partOfSpeech \"properNoun\""_s,
        u"text/body/conceptEntry/langSec/termSec"_s,
        u"text/body/conceptEntry/langSec/termSec/term \"Lâm\""_s,
        u"text/body/conceptEntry/langSec/termSec/termNote type=partOfSpeech \"properNoun\""_s,
        u"text/body/conceptEntry/langSec/termSec/termNote type=termType \"shortForm\""_s,
    };
    QCOMPARE(seen, expected);
}

void TestGlossaryExchange::formatFor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("tbx");
    QTest::newRow("csv suffix") << u"/tmp/names.csv"_s << QByteArray("<x>") << false;
    QTest::newRow("tbx suffix, any case") << u"/tmp/names.TBX"_s << QByteArray() << true;
    QTest::newRow("xml suffix") << u"names.xml"_s << QByteArray() << true;
    QTest::newRow("no suffix, XML after a BOM and blanks")
        << u"names"_s << QByteArray("\xEF\xBB\xBF \n<?xml version=\"1.0\"?>") << true;
    QTest::newRow("no suffix, text") << u"names.txt"_s << QByteArray("id,type,en") << false;
}

void TestGlossaryExchange::formatFor()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, data);
    QFETCH(bool, tbx);
    QCOMPARE(GlossaryExchange::formatFor(path, data) == GlossaryExchange::Format::Tbx, tbx);
}

void TestGlossaryExchange::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Entries entries = {entry(u"hanoi"_s, EntityType::Place, {u"Hanoi"_s}, {u"Hà Nội"_s})};
    for (const QString& name : {u"names.csv"_s, u"names.tbx"_s}) {
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(GlossaryExchange::exportFile(path, entries, &error), qPrintable(error));
        Entries imported;
        QVERIFY2(GlossaryExchange::importFile(path, imported, &error), qPrintable(error));
        QVERIFY(imported == entries);
    }
    // The format comes from the suffix: a CSV file named .tbx is read as TBX and refused.
    QFile::copy(dir.filePath(u"names.csv"_s), dir.filePath(u"wrong.tbx"_s));
    Entries imported;
    QString error;
    QVERIFY(!GlossaryExchange::importFile(dir.filePath(u"wrong.tbx"_s), imported, &error));
    QVERIFY2(error.contains(u"wrong.tbx"_s), qPrintable(error));
    QVERIFY(!GlossaryExchange::importFile(dir.filePath(u"none.csv"_s), imported, &error));
    QVERIFY2(error.contains(u"none.csv"_s), qPrintable(error));
    QVERIFY(!GlossaryExchange::exportFile(dir.filePath(u"no/such/folder/names.csv"_s), entries,
                                          &error));
    QVERIFY2(error.contains(u"names.csv"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestGlossaryExchange)
#include "tst_glossaryexchange.moc"
