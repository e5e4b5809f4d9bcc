// SPDX-License-Identifier: GPL-3.0-or-later
// TMX export and import: the header and structure other tools expect, text that must survive
// exactly, files other tools write, bad files that must import nothing and say why, saves that
// never leave a partial file, and documents that come back from their export as they were.
#include "checks/ConsistencyChecker.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "io/AlignedTextExport.h"
#include "io/DocumentReader.h"
#include "io/PairAligner.h"
#include "io/TmxFile.h"
#include "io/TmxReader.h"
#include "support/FailingWrites.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace songngu;
using namespace songngu::testing;
using namespace Qt::StringLiterals;

namespace {

using Units = QList<TranslationUnit>;
using Attributes = QMap<QString, QString>;

// One line per unit, so that a failed comparison shows where the difference is.
QString describe(const Units& units)
{
    QStringList lines;
    for (const TranslationUnit& unit : units)
        lines.append(u"en[%1] vi[%2]"_s.arg(unit.english, unit.vietnamese) +
                     (unit.kind.isEmpty() ? QString() : u" kind[%1]"_s.arg(unit.kind)));
    return lines.join(u'\n');
}

// A document's rows as "kind: English | Vietnamese", a row's paragraphs joined by a space as the
// export joins them.
QStringList rowsOf(const Document& document)
{
    QStringList rows;
    for (int row = 0; row < document.rows.size(); ++row) {
        QStringList sides;
        for (const Language language : {Language::English, Language::Vietnamese}) {
            const Paragraph* paragraph = document.segment(row, language);
            sides.append(paragraph ? QString(paragraph->text).replace(QChar::LineSeparator, u' ')
                                   : QString());
        }
        rows.append(rowKindCode(document.rows.at(row).kind) + u": "_s + sides.join(u" | "_s));
    }
    return rows;
}

// The creation date of every export below: with it, two exports of one document are the same.
const QDateTime fixedDate(QDate(2025, 5, 12), QTime(8, 30), Qt::UTC);

// A minimal TMX around `body`, as other tools write it.
QByteArray foreign(const QByteArray& body)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="Other" creationtoolversion="1" segtype="sentence"
 o-tmf="other" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
<body>)"_ba +
           body + "</body></tmx>\n"_ba;
}

// The <seg> texts of each <tu> as "lang=text", read with nothing but QXmlStreamReader.
QList<QStringList> variantsOf(const QByteArray& tmx, QString* error)
{
    QList<QStringList> units;
    QXmlStreamReader xml(tmx);
    QString language;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"tu") {
            units.append(QStringList());
        } else if (xml.name() == u"tuv") {
            language = xml.attributes().value(u"xml:lang"_s).toString();
        } else if (xml.name() == u"seg" && !units.isEmpty()) {
            units.last().append(language + u'=' + xml.readElementText());
        }
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return units;
}

} // namespace

Q_DECLARE_METATYPE(TranslationUnit)
Q_DECLARE_METATYPE(Units)
Q_DECLARE_METATYPE(TmxDocumentProperties)
Q_DECLARE_METATYPE(AlignedTextExport::OneSidedRows)
Q_DECLARE_METATYPE(TmxHeader)

class TestTmxFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void header_data();
    void header();
    void oneVariantPerSide_data();
    void oneVariantPerSide();
    void textSurvivesExactly_data();
    void textSurvivesExactly();
    void forbiddenCharacters_data();
    void forbiddenCharacters();
    void roundTrip_data();
    void roundTrip();
    void foreignFiles_data();
    void foreignFiles();
    void utf16File();
    void errors_data();
    void errors();
    void externalEntityIsNotFetched();
    void readFile();
    void failedSaveLeavesNothing_data();
    void failedSaveLeavesNothing();
    void saveReplacesTheWholeFile();
    void documentProperties_data();
    void documentProperties();
    void documentSurvivesExport_data();
    void documentSurvivesExport();
    void exportIsByteStable_data();
    void exportIsByteStable();
    void pairsOnly();

private:
    // The sample or fixture files (two: the English of one aligned with the Vietnamese of the
    // other), read as the window reads them.
    static DocumentPtr documentOf(const QStringList& files);
    // What the checks find, one line per finding: kind, severity, row and message (not the
    // fingerprint, which holds the file name).
    QStringList findingsOf(const Document& document) const;

    QTemporaryDir dir;
    Glossary glossary;
};

void TestTmxFile::header_data()
{
    QTest::addColumn<TmxHeader>("header");
    QTest::addColumn<Attributes>("expected");
    const Attributes fixed = {{u"creationtool"_s, u"Song Ngữ"_s},
                              {u"creationtoolversion"_s, QStringLiteral(SONGNGU_VERSION)},
                              {u"datatype"_s, u"plaintext"_s},
                              {u"segtype"_s, u"paragraph"_s},
                              {u"adminlang"_s, u"en"_s},
                              {u"srclang"_s, u"en"_s},
                              {u"o-tmf"_s, u"songngu"_s}};
    QTest::newRow("default: paragraphs, this build's version") << TmxHeader{} << fixed;
    Attributes sentences = fixed;
    sentences[u"segtype"_s] = u"sentence"_s;
    sentences[u"creationtoolversion"_s] = u"9.8.7"_s;
    QTest::newRow("sentences and a given version")
        << TmxHeader{u"sentence"_s, u"9.8.7"_s, {}} << sentences;
    QTest::newRow("a segtype TMX does not know is written as paragraph")
        << TmxHeader{u"chapter"_s, {}, {}} << fixed;
    Attributes dated = fixed;
    dated[u"creationdate"_s] = u"20250102T030405Z"_s;
    QTest::newRow("a creation date is written in UTC, as TMX wants it")
        << TmxHeader{u"paragraph"_s,
                     {},
                     QDateTime(QDate(2025, 1, 2), QTime(10, 4, 5), QTimeZone(7 * 3600))}
        << dated;
}

void TestTmxFile::header()
{
    QFETCH(TmxHeader, header);
    QFETCH(Attributes, expected);
    const QByteArray tmx = TmxFile::write({{u"a"_s, u"b"_s}}, header);
    QVERIFY(tmx.startsWith(R"(<?xml version="1.0" encoding="UTF-8"?>)"));
    QXmlStreamReader xml(tmx);
    QString dtd;
    while (!xml.atEnd() && !xml.isStartElement()) {
        xml.readNext();
        if (xml.isDTD())
            dtd = xml.text().trimmed().toString();
    }
    QCOMPARE(dtd, uR"(<!DOCTYPE tmx SYSTEM "tmx14.dtd">)"_s);
    QCOMPARE(xml.name(), u"tmx"_s);
    QCOMPARE(xml.attributes().value(u"version"_s), u"1.4"_s);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), u"header"_s);
    Attributes attributes;
    for (const QXmlStreamAttribute& attribute : xml.attributes())
        attributes.insert(attribute.qualifiedName().toString(), attribute.value().toString());
    QCOMPARE(attributes, expected);
    xml.skipCurrentElement();
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), u"body"_s);
}

void TestTmxFile::oneVariantPerSide_data()
{
    QTest::addColumn<TranslationUnit>("unit");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("a pair: both variants, English first")
        << TranslationUnit{u"One."_s, u"Một."_s}
        << QList<QStringList>{{u"en=One."_s, u"vi=Một."_s}};
    QTest::newRow("English only: no empty Vietnamese <seg>, which tools take for a translation")
        << TranslationUnit{u"Two."_s, {}} << QList<QStringList>{{u"en=Two."_s}};
    QTest::newRow("Vietnamese only, as the headline of a Vietnamese-first article")
        << TranslationUnit{{}, u"Ba."_s, u"headline"_s} << QList<QStringList>{{u"vi=Ba."_s}};
    QTest::newRow("neither side: no unit, as a <tu> needs a <tuv>")
        << TranslationUnit{{}, {}, u"content"_s} << QList<QStringList>{};
}

void TestTmxFile::oneVariantPerSide()
{
    QFETCH(TranslationUnit, unit);
    QFETCH(QList<QStringList>, expected);
    const Units units = {{u"Before."_s, u"Trước."_s}, unit, {u"After."_s, u"Sau."_s}};
    QString error;
    const QList<QStringList> variants = variantsOf(TmxFile::write(units), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QStringList> before = {{u"en=Before."_s, u"vi=Trước."_s}};
    const QList<QStringList> after = {{u"en=After."_s, u"vi=Sau."_s}};
    QCOMPARE(variants, before + expected + after);
}

void TestTmxFile::textSurvivesExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("markup characters") << uR"(<b>bold</b> & "quoted" & 'single' > less)"_s;
    QTest::newRow("the end of a CDATA section") << u"a]]>b <![CDATA[c]]>"_s;
    QTest::newRow("what looks like an entity stays text") << u"&amp; &lt; &#13; &nbsp;"_s;
    QTest::newRow("line feeds and tabs") << u"line one\n\tline two\n\n"_s;
    QTest::newRow("carriage returns, which parsers would turn into line feeds")
        << u"CRLF\r\nCR\rend\r"_s;
    QTest::newRow("leading, trailing and repeated spaces") << u"  two  spaces  "_s;
    QTest::newRow("only whitespace") << u" \t\n "_s;
    QTest::newRow("a character outside the Basic Multilingual Plane") << u"Chữ Nôm 𠀧 𡨸"_s;
}

void TestTmxFile::textSurvivesExactly()
{
    QFETCH(QString, text);
    const QByteArray tmx = TmxFile::write({{text, text}});
    QVERIFY(!tmx.contains("]]>"));
    QString error;
    const QList<QStringList> variants = variantsOf(tmx, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(variants, (QList<QStringList>{{u"en="_s + text, u"vi="_s + text}}));
    const TmxReadResult result = TmxFile::read(tmx);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.units, (Units{{text, text}}));
}

void TestTmxFile::forbiddenCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString r = QString(QChar::ReplacementCharacter);
    QTest::newRow("NUL") << u"a"_s + QChar(0) + u"b"_s << u"a"_s + r + u"b"_s;
    QTest::newRow("C0 controls from a pasted terminal text")
        << u"\x01\x08\x1b[0m\x1f"_s << r + r + r + u"[0m"_s + r;
    QTest::newRow("vertical tab and form feed, as word processors export breaks")
        << u"page\vbreak\f"_s << u"page"_s + r + u"break"_s + r;
    QTest::newRow("U+FFFE and U+FFFF, not characters") << u"\uFFFEx\uFFFF"_s << r + u"x"_s + r;
    QTest::newRow("a lone high surrogate")
        << u"x"_s + QChar(0xD840) + u"y"_s << u"x"_s + r + u"y"_s;
    QTest::newRow("a lone low surrogate at the end") << u"x"_s + QChar(0xDC00) << u"x"_s + r;
    QTest::newRow("a surrogate pair in the wrong order")
        << QString(QChar(0xDC00)) + QChar(0xD840) << r + r;
    QTest::newRow("tab, LF and CR are allowed") << u"\t\n\r"_s << u"\t\n\r"_s;
}

void TestTmxFile::forbiddenCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    TmxHeader header;
    header.creationToolVersion = u"1.0"_s + text;
    const QByteArray tmx = TmxFile::write({{text, u"vi"_s}}, header);
    QString error;
    variantsOf(tmx, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u'\n' + QString::fromUtf8(tmx)));
    const TmxReadResult result = TmxFile::read(tmx);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.units, (Units{{expected, u"vi"_s}}));
}

void TestTmxFile::roundTrip_data()
{
    QTest::addColumn<Units>("units");
    QTest::addColumn<QString>("segtype");
    QTest::newRow("a paragraph pair")
        << Units{{u"Hanoi is the capital of Vietnam."_s, u"Hà Nội là thủ đô của Việt Nam."_s}}
        << u"paragraph"_s;
    QTest::newRow("rows with a missing side, in their order")
        << Units{{u"Title"_s, u"Tiêu đề"_s},
                 {u"Untranslated."_s, {}},
                 {{}, u"Chỉ có tiếng Việt."_s},
                 {u"Last."_s, u"Cuối."_s}}
        << u"paragraph"_s;
    QTest::newRow("each unit's kind, so that a headline stays a headline")
        << Units{{{}, u"Tiêu đề"_s, u"headline"_s},
                 {{}, u"Chủ nhật, ngày 11/5/2025"_s, u"date-line"_s},
                 {u"Text."_s, u"Văn bản."_s, u"content"_s},
                 {u"Untranslated."_s, {}, u"content"_s},
                 {u"A <kind> & more"_s, u"Một"_s, u"x & <y>"_s}}
        << u"paragraph"_s;
    // "Tiếng Việt" precomposed (NFC) and decomposed (NFD): neither is normalised on the way.
    QTest::newRow("precomposed and combining Vietnamese letters are kept as they are")
        << Units{{u"Vietnamese"_s, u"Ti\u1EBFng Vi\u1EC7t"_s},
                 {u"Vietnamese"_s, u"Tie\u0302\u0301ng Vie\u0323\u0302t"_s}}
        << u"sentence"_s;
    QTest::newRow("sentences with quotes, dashes and numbers")
        << Units{{u"GDP grew 7.09% in 2024 — the \"fastest\" in years."_s,
                  u"GDP tăng 7,09% năm 2024 – “nhanh nhất” trong nhiều năm."_s},
                 {u"Đắk Lắk's coffee: 1,000,000 tonnes."_s, u"Cà phê Đắk Lắk: 1.000.000 tấn."_s}}
        << u"sentence"_s;
}

void TestTmxFile::roundTrip()
{
    QFETCH(Units, units);
    QFETCH(QString, segtype);
    TmxHeader header;
    header.segtype = segtype;
    const TmxReadResult result = TmxFile::read(TmxFile::write(units, header));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(describe(result.units), describe(units));
    QVERIFY(result.units == units);
    QCOMPARE(result.segtype, segtype);
    QCOMPARE(result.skipped, 0);
}

void TestTmxFile::foreignFiles_data()
{
    QTest::addColumn<QByteArray>("tmx");
    QTest::addColumn<Units>("expected");
    QTest::addColumn<int>("skipped");
    QTest::newRow("regional tags in any case: en-US, EN-GB, vi-VN, vi_VN")
        << foreign(R"(<tu><tuv xml:lang="en-US"><seg>One</seg></tuv>
<tuv xml:lang="vi-VN"><seg>Một</seg></tuv></tu>
<tu><tuv xml:lang="VI_vn"><seg>Hai</seg></tuv><tuv xml:lang="EN-GB"><seg>Two</seg></tuv></tu>)"_ba)
        << Units{{u"One"_s, u"Một"_s}, {u"Two"_s, u"Hai"_s}} << 0;
    QTest::newRow("TMX 1.1's lang attribute")
        << R"(<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx11.dtd"><tmx version="1.1">
<header creationtool="Old" segtype="sentence"/><body>
<tu><tuv lang="EN"><seg>Old</seg></tuv><tuv lang="VI"><seg>Cũ</seg></tuv></tu>
</body></tmx>)"_ba
        << Units{{u"Old"_s, u"Cũ"_s}} << 0;
    QTest::newRow("inline codes dropped, <hi> text kept, as Trados and Okapi write them")
        << foreign(
               R"(<tu><tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph>now, <hi type="bold">please</hi><it pos="begin">&lt;i&gt;</it>.<ut>{\b}</ut></seg></tuv>
<tuv xml:lang="vi"><seg>Nhấn <bpt i="1">&lt;b&gt;<sub>footnote</sub></bpt>Lưu<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>)"_ba)
        << Units{{u"Press Savenow, please."_s, u"Nhấn Lưu"_s}} << 0;
    QTest::newRow("other languages ignored, a unit with French only skipped")
        << foreign(
               R"(<tu><tuv xml:lang="fr"><seg>Un</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv>
<tuv xml:lang="de"><seg>Eins</seg></tuv><tuv xml:lang="vi"><seg>Một</seg></tuv></tu>
<tu><tuv xml:lang="fr-FR"><seg>Seulement</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Two</seg></tuv><tuv xml:lang="vi"><seg>Hai</seg></tuv></tu>)"_ba)
        << Units{{u"One"_s, u"Một"_s}, {u"Two"_s, u"Hai"_s}} << 1;
    QTest::newRow("the first variant of a language in a unit wins")
        << foreign(
               R"(<tu><tuv xml:lang="en"><seg>First</seg></tuv><tuv xml:lang="en-GB"><seg>Second</seg></tuv>
<tuv xml:lang="vi"><seg>Đầu</seg></tuv><tuv xml:lang="vi"><seg>Sau</seg></tuv></tu>)"_ba)
        << Units{{u"First"_s, u"Đầu"_s}} << 0;
    QTest::newRow("a unit with one language is a row with a missing side")
        << foreign(R"(<tu><tuv xml:lang="en"><seg>Alone</seg></tuv></tu>
<tu><tuv xml:lang="vi"><seg>Một mình</seg></tuv></tu>)"_ba)
        << Units{{u"Alone"_s, {}}, {{}, u"Một mình"_s}} << 0;
    QTest::newRow("an empty <seg>, as earlier exports wrote a missing side, is a missing side")
        << foreign(R"(<tu><tuv xml:lang="en"><seg>Alone</seg></tuv><tuv xml:lang="vi"><seg></seg>
</tuv></tu><tu><tuv xml:lang="en"><seg>Two</seg></tuv><tuv xml:lang="vi"><seg>Hai</seg></tuv></tu>)"_ba)
        << Units{{u"Alone"_s, {}}, {u"Two"_s, u"Hai"_s}} << 0;
    QTest::newRow("notes, props and attributes around the segments, as memoQ writes them")
        << foreign(R"(<tu tuid="7" creationdate="20240101T000000Z"><prop type="x-context">ctx</prop>
<note>checked</note><tuv xml:lang="en" changeid="me"><prop type="x-origin">tm</prop><seg>Text</seg></tuv>
<tuv xml:lang="vi"><note>a note</note><seg>Văn bản</seg></tuv></tu>)"_ba)
        << Units{{u"Text"_s, u"Văn bản"_s}} << 0;
    QTest::newRow(
        "Song Ngữ's kind of a unit read after a note; one inside a <tuv> is not the unit's")
        << foreign(R"(<tu><note>n</note><prop type="x-songngu-kind"> headline </prop>
<tuv xml:lang="vi"><seg>Tiêu đề</seg></tuv></tu>
<tu><tuv xml:lang="en"><prop type="x-songngu-kind">headline</prop><seg>One</seg></tuv>
<tuv xml:lang="vi"><seg>Một</seg></tuv></tu>)"_ba)
        << Units{{{}, u"Tiêu đề"_s, u"headline"_s}, {u"One"_s, u"Một"_s}} << 0;
    QTest::newRow("whitespace and line breaks inside a segment kept as written")
        << foreign("<tu><tuv xml:lang=\"en\"><seg>  two\n  lines </seg></tuv>"
                   "<tuv xml:lang=\"vi\"><seg>\thai\r\ndòng</seg></tuv></tu>"_ba)
        << Units{{u"  two\n  lines "_s, u"\thai\ndòng"_s}} << 0;
    QTest::newRow("CDATA, character references and entities the file defines")
        << R"(<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY vn "Việt Nam">]><tmx version="1.4">
<header/><body><tu><tuv xml:lang="en"><seg><![CDATA[<a> & b]]> &#x1EC7; &#233;</seg></tuv>
<tuv xml:lang="vi"><seg>&vn;</seg></tuv></tu></body></tmx>)"_ba
        << Units{{u"<a> & b ệ é"_s, u"Việt Nam"_s}} << 0;
    QTest::newRow("UTF-8 with a BOM, as Windows tools save it")
        << "\xEF\xBB\xBF"_ba + foreign(R"(<tu><tuv xml:lang="en"><seg>BOM</seg></tuv>
<tuv xml:lang="vi"><seg>Dấu BOM</seg></tuv></tu>)"_ba)
        << Units{{u"BOM"_s, u"Dấu BOM"_s}} << 0;
}

void TestTmxFile::foreignFiles()
{
    QFETCH(QByteArray, tmx);
    QFETCH(Units, expected);
    QFETCH(int, skipped);
    const TmxReadResult result = TmxFile::read(tmx);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(describe(result.units), describe(expected));
    QCOMPARE(result.skipped, skipped);
}

void TestTmxFile::utf16File()
{
    // As Trados saves TMX: UTF-16 little-endian with a BOM.
    const QString text = uR"(<?xml version="1.0" encoding="UTF-16"?>
<tmx version="1.4"><header creationtool="SDL" segtype="sentence"/><body>
<tu><tuv xml:lang="en-US"><seg>Wide</seg></tuv><tuv xml:lang="vi-VN"><seg>Rộng 𠀧</seg></tuv></tu>
</body></tmx>)"_s;
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    const QByteArray tmx = "\xFF\xFE"_ba + QByteArray(encoder.encode(text));
    const TmxReadResult result = TmxFile::read(tmx);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.units, (Units{{u"Wide"_s, u"Rộng 𠀧"_s}}));
    QCOMPARE(result.segtype, u"sentence"_s);
}

void TestTmxFile::errors_data()
{
    QTest::addColumn<QByteArray>("tmx");
    QTest::addColumn<QString>("error");
    const QByteArray unit = R"(<tu><tuv xml:lang="en"><seg>A</seg></tuv>
<tuv xml:lang="vi"><seg>B</seg></tuv></tu>)"_ba;
    QTest::newRow("an empty file") << "\n \n"_ba << u"the file is empty"_s;
    QTest::newRow("text that is not XML")
        << "English\tVietnamese\n"_ba << u"the file is not well-formed XML: line 1, column 1"_s;
    QTest::newRow("an unclosed element, with its line and column")
        << foreign(unit + "\n<tu><tuv xml:lang=\"en\"><seg>C</tuv></tu>"_ba)
        << u"the file is not well-formed XML: line 6, column 35"_s;
    QTest::newRow("a file cut short, as by a failed download")
        << foreign(unit).first(foreign(unit).size() - 20) << u"not well-formed XML: line 5"_s;
    QTest::newRow("XML that is not TMX")
        << "<html><body>x</body></html>"_ba << u"not a TMX file: the root element is <html>"_s;
    QTest::newRow("a TBX glossary picked by mistake")
        << "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\"><text/></tbx>"_ba
        << u"not a TMX file: the root element is <tbx>, not <tmx>"_s;
    QTest::newRow("only an XML declaration")
        << "<?xml version=\"1.0\"?>"_ba << u"not well-formed XML"_s;
    QTest::newRow("no Vietnamese anywhere: an English-German memory")
        << foreign(
               R"(<tu><tuv xml:lang="en-US"><seg>A</seg></tuv><tuv xml:lang="de-DE"><seg>B</seg></tuv></tu>)"_ba)
        << u"the TMX file has no Vietnamese (vi) segments"_s;
    QTest::newRow("no English anywhere")
        << foreign(
               R"(<tu><tuv xml:lang="vi"><seg>A</seg></tuv><tuv xml:lang="fr"><seg>B</seg></tuv></tu>)"_ba)
        << u"the TMX file has no English (en) segments"_s;
    QTest::newRow("neither language")
        << foreign(R"(<tu><tuv xml:lang="fr"><seg>A</seg></tuv></tu>)"_ba)
        << u"the TMX file has no English (en) or Vietnamese (vi)"_s;
    QTest::newRow("an empty body") << foreign({}) << u"no English (en) or Vietnamese (vi)"_s;
    QTest::newRow("an entity no DTD defines")
        << foreign(
               R"(<tu><tuv xml:lang="en"><seg>A&nbsp;B</seg></tuv><tuv xml:lang="vi"><seg>C</seg></tuv></tu>)"_ba)
        << u"not well-formed XML: line 4"_s;
    QTest::newRow("an entity left to the external DTD, which is never read")
        << R"(<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><header/><body>
<tu><tuv xml:lang="en"><seg>A&nbsp;B</seg></tuv><tuv xml:lang="vi"><seg>C</seg></tuv></tu>
</body></tmx>)"_ba
        << u"line 2, column 35: the entity &nbsp; is not defined in the file"_s;
    QTest::newRow("an entity outside any segment, left to the external DTD")
        << R"(<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><header/>
&company;<body>)"_ba +
               unit + "</body></tmx>"_ba
        << u"the entity &company; is not defined"_s;
    QTest::newRow("an entity that expands without end")
        << R"(<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&d;</seg></tuv>
<tuv xml:lang="vi"><seg>x</seg></tuv></tu></body></tmx>)"_ba
        << u"not well-formed XML: line 5"_s;
}

void TestTmxFile::errors()
{
    QFETCH(QByteArray, tmx);
    QFETCH(QString, error);
    const TmxReadResult result = TmxFile::read(tmx);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY(result.units.isEmpty()); // nothing of a bad file is taken
}

void TestTmxFile::externalEntityIsNotFetched()
{
    // An external entity pointing at a local file: its content must not reach the units (an
    // XXE attack), and a segment that needs it is not silently shortened.
    QVERIFY(dir.isValid());
    const QString secret = dir.filePath(u"secret.txt"_s);
    QVERIFY(writeAll(secret, "TOP-SECRET"));
    const QByteArray tmx = R"(<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "file://)"_ba +
                           QFile::encodeName(dir.filePath(u"tmx14.dtd"_s)) +
                           R"(" [<!ENTITY leak SYSTEM "file://)"_ba + QFile::encodeName(secret) +
                           R"(">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>A &leak; B</seg></tuv>
<tuv xml:lang="vi"><seg>C</seg></tuv></tu></body></tmx>)"_ba;
    QVERIFY(writeAll(dir.filePath(u"tmx14.dtd"_s), R"(<!ENTITY leak "FROM-THE-DTD">)"));
    const TmxReadResult result = TmxFile::read(tmx);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"the entity &leak; refers to another file"_s),
             qPrintable(result.error));
    QVERIFY(!result.error.contains(u"TOP-SECRET"_s));
    QVERIFY(!result.error.contains(u"FROM-THE-DTD"_s));
}

void TestTmxFile::readFile()
{
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(u"memory.tmx"_s);
    QString error;
    QVERIFY2(TmxFile::save(good, {{u"One"_s, u"Một"_s}}, {}, &error), qPrintable(error));
    TmxReadResult result = TmxFile::readFile(good);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.units, (Units{{u"One"_s, u"Một"_s}}));

    result = TmxFile::readFile(dir.filePath(u"missing.tmx"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"cannot open "_s) && result.error.contains(u"missing.tmx"_s),
             qPrintable(result.error));

    const QString bad = dir.filePath(u"bad.tmx"_s);
    QVERIFY(writeAll(bad, "<tmx><body>"));
    result = TmxFile::readFile(bad);
    QVERIFY2(result.error.startsWith(QDir::toNativeSeparators(bad) + u": the file is not"_s),
             qPrintable(result.error));

    result = TmxFile::readFile(dir.path());
    QVERIFY(!result.ok());

    // Sparse, so the test takes no disk space; it is refused before anything is read.
    const QString huge = dir.filePath(u"huge.tmx"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(TmxFile::maxFileSize + 1));
    }
    result = TmxFile::readFile(huge);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"huge.tmx is too large for a translation memory (513 MB; "
                                   "the limit is 512 MB)"_s),
             qPrintable(result.error));
    QFile::remove(huge);
}

void TestTmxFile::failedSaveLeavesNothing_data()
{
    QTest::addColumn<bool>("readOnlyFolder"); // else a full disk
    QTest::newRow("read-only folder: no temporary file can be made") << true;
    QTest::newRow("full disk: writing the temporary file fails") << false;
}

void TestTmxFile::failedSaveLeavesNothing()
{
    QFETCH(bool, readOnlyFolder);
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(readOnlyFolder ? u"readonly"_s : u"full"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/memory.tmx"_s;
    const Units units(200, TranslationUnit{u"A long enough English paragraph."_s,
                                           u"Một đoạn tiếng Việt đủ dài."_s});
    {
        const FailingWrites failing(folder, !readOnlyFolder, 1024);
        if (!failing.unavailable().isEmpty())
            QSKIP(qPrintable(failing.unavailable()));
        QString error;
        QVERIFY(!TmxFile::save(path, units, {}, &error));
        QVERIFY2(error.contains(u"memory.tmx"_s), qPrintable(error));
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestTmxFile::saveReplacesTheWholeFile()
{
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"replaced.tmx"_s);
    QVERIFY(writeAll(path, QByteArray(100000, 'x'))); // longer than what replaces it
    const Units units = {{u"New"_s, u"Mới"_s}};
    QString error;
    QVERIFY2(TmxFile::save(path, units, {}, &error), qPrintable(error));
    QCOMPARE(readAll(path), TmxFile::write(units));
    QCOMPARE(TmxFile::readFile(path).units, units);
}

void TestTmxFile::initTestCase()
{
    QString error;
    QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
}

DocumentPtr TestTmxFile::documentOf(const QStringList& files)
{
    const DocumentReader reader;
    QList<DocumentPtr> read;
    for (const QString& file : files) {
        const ReadResult result = reader.read(QStringLiteral(SONGNGU_SOURCE_DIR) + u'/' + file);
        if (!result.ok())
            return nullptr;
        read.append(result.document);
    }
    return read.size() == 2 ? PairAligner::align(read.front(), read.back()).document
                            : read.value(0);
}

QStringList TestTmxFile::findingsOf(const Document& document) const
{
    const DocumentEntities entities = EntityRecognizer(glossary).recognize(document);
    QStringList lines;
    for (const Finding& finding : ConsistencyChecker(glossary).check(document, entities))
        lines.append(u"%1 %2 row %3: %4"_s.arg(finding.kind, severityCode(finding.severity))
                         .arg(finding.row + 1)
                         .arg(finding.message));
    return lines;
}

void TestTmxFile::documentProperties_data()
{
    QTest::addColumn<QByteArray>("tmx");
    QTest::addColumn<TmxDocumentProperties>("expected");
    const TmxDocumentProperties all = {u"Tổng Bí thư hội đàm <Moscow> & Kremlin"_s,
                                       QDate(2025, 5, 11), u"MOSCOW"_s, u"VNA/VNS"_s};
    TmxHeader header;
    header.document = all;
    QTest::newRow("written by Song Ngữ: title, date, place and credit come back")
        << TmxFile::write({{u"a"_s, u"b"_s}}, header) << all;
    header.document = {u"Only a title"_s, {}, {}, {}};
    QTest::newRow("a title alone: the rest reads as empty")
        << TmxFile::write({{u"a"_s, u"b"_s}}, header) << header.document;
    const QByteArray unit = R"(<tu><tuv xml:lang="en"><seg>A</seg></tuv>
<tuv xml:lang="vi"><seg>B</seg></tuv></tu>)"_ba;
    QTest::newRow("kept by another tool: any case, spaces trimmed, the first of a type wins")
        << R"(<?xml version="1.0"?><tmx version="1.4"><header creationtool="Okapi">
<prop type="x-other">x</prop><prop type="X-SongNgu-Title">
  Tiêu đề  </prop><prop type="x-songngu-title">Second</prop>
<prop type="x-songngu-date">2025-05-11</prop></header><body>)"_ba +
               unit + "</body></tmx>"_ba
        << TmxDocumentProperties{u"Tiêu đề"_s, QDate(2025, 5, 11), {}, {}};
    QTest::newRow("a date that is not ISO 8601 is left out, not guessed")
        << foreign(unit).replace("datatype=\"plaintext\"/>",
                                 "datatype=\"plaintext\"><prop type=\"x-songngu-date\">11/5/2025"
                                 "</prop></header>")
        << TmxDocumentProperties{};
    QTest::newRow("a title in a unit is not the document's")
        << foreign(R"(<tu><prop type="x-songngu-title">Unit</prop><tuv xml:lang="en"><seg>A</seg>
</tuv><tuv xml:lang="vi"><seg>B</seg></tuv></tu>)"_ba)
        << TmxDocumentProperties{};
    QTest::newRow("another tool's file: nothing") << foreign(unit) << TmxDocumentProperties{};
}

void TestTmxFile::documentProperties()
{
    QFETCH(QByteArray, tmx);
    QFETCH(TmxDocumentProperties, expected);
    const TmxReadResult result = TmxFile::read(tmx);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.title, expected.title);
    QCOMPARE(result.document.date, expected.date);
    QCOMPARE(result.document.place, expected.place);
    QCOMPARE(result.document.credit, expected.credit);
    QCOMPARE(result.units.size(), 1);
}

void TestTmxFile::documentSurvivesExport_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("oneSidedNotContent"); // headlines, date lines, boilerplate
    QTest::addColumn<int>("missingTranslations");
    QTest::newRow("sample 001: English headlines, date line and credit alone, nothing missing")
        << QStringList{u"resources/samples/001_19bb709d9f59f387.txt"_s} << 4 << 0;
    QTest::newRow("Vietnamese first: a headline, a date line and boilerplate of one language")
        << QStringList{u"tests/data/plain_bilingual_vi_first.txt"_s} << 4 << 0;
    QTest::newRow("translations left out: their content rows still miss them")
        << QStringList{u"tests/data/alignment/translation-left-out.txt"_s} << 1 << 2;
    QTest::newRow("000's English with 001's Vietnamese: a dateline's place and credit")
        << QStringList{u"resources/samples/000_037a6d204ec47f07.txt"_s,
                       u"resources/samples/001_19bb709d9f59f387.txt"_s}
        << 0 << 0;
}

// Exported as TMX and opened again, a document has the same rows, kinds, title, date, place
// and credit, and so the same findings.
void TestTmxFile::documentSurvivesExport()
{
    QFETCH(QStringList, files);
    QFETCH(int, oneSidedNotContent);
    QFETCH(int, missingTranslations);
    const DocumentPtr original = documentOf(files);
    QVERIFY(original);
    const QByteArray tmx = AlignedTextExport::write(AlignedTextExport::Format::Tmx, *original);
    QVERIFY(!tmx.contains("<seg></seg>") && !tmx.contains("<seg/>"));
    // Under another name: the title must come from the file's content, not its name.
    const ReadResult reopened = TmxReader().read(tmx, dir.filePath(u"exported.tmx"_s), {});
    QVERIFY2(reopened.ok(), qPrintable(reopened.error));
    const Document& document = *reopened.document;
    QCOMPARE(rowsOf(document), rowsOf(*original));
    const qsizetype notContent =
        std::count_if(document.rows.cbegin(), document.rows.cend(), [](const AlignedRow& row) {
            return row.kind != RowKind::Pair && row.kind != RowKind::OneSided &&
                   (row.english < 0 || row.vietnamese < 0);
        });
    QCOMPARE(notContent, oneSidedNotContent);
    QCOMPARE(document.metadata.title, original->metadata.title);
    QVERIFY(document.metadata.title != u"exported"_s);
    QCOMPARE(document.metadata.date, original->metadata.date);
    QCOMPARE(document.metadata.place, original->metadata.place);
    QCOMPARE(document.metadata.credit, original->metadata.credit);
    const QStringList findings = findingsOf(document);
    QCOMPARE(findings, findingsOf(*original));
    QCOMPARE(std::count_if(
                 findings.cbegin(), findings.cend(),
                 [](const QString& line) { return line.startsWith(u"missing-translation "_s); }),
             missingTranslations);
}

void TestTmxFile::exportIsByteStable_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<AlignedTextExport::OneSidedRows>("oneSidedRows");
    const QStringList sample = {u"resources/samples/001_19bb709d9f59f387.txt"_s};
    QTest::newRow("sample 001, one-sided rows kept")
        << sample << AlignedTextExport::OneSidedRows::Kept;
    QTest::newRow("sample 001, pairs only") << sample << AlignedTextExport::OneSidedRows::LeftOut;
    QTest::newRow("boilerplate and a Vietnamese date line")
        << QStringList{u"tests/data/plain_bilingual_vi_first.txt"_s}
        << AlignedTextExport::OneSidedRows::Kept;
    QTest::newRow("an aligned pair with a place and a credit")
        << QStringList{u"resources/samples/000_037a6d204ec47f07.txt"_s,
                       u"resources/samples/001_19bb709d9f59f387.txt"_s}
        << AlignedTextExport::OneSidedRows::Kept;
}

// Export, open, export again: the same bytes, so nothing was lost or changed on the way.
void TestTmxFile::exportIsByteStable()
{
    QFETCH(QStringList, files);
    QFETCH(AlignedTextExport::OneSidedRows, oneSidedRows);
    const DocumentPtr original = documentOf(files);
    QVERIFY(original);
    const AlignedTextExport::Options options{oneSidedRows, fixedDate};
    const QString path = dir.filePath(u"stable.tmx"_s);
    QString error;
    QVERIFY2(AlignedTextExport::save(path, *original, options, &error), qPrintable(error));
    const QByteArray first = readAll(path);
    QVERIFY(first.contains(R"(creationdate="20250512T083000Z")"));
    const ReadResult reopened = DocumentReader().read(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error));
    QVERIFY2(AlignedTextExport::save(path, *reopened.document, options, &error), qPrintable(error));
    QCOMPARE(QString::fromUtf8(readAll(path)), QString::fromUtf8(first));
}

// The user's other choice: a memory of translations only, without the rows of one language.
void TestTmxFile::pairsOnly()
{
    const DocumentPtr original = documentOf({u"resources/samples/001_19bb709d9f59f387.txt"_s});
    QVERIFY(original);
    const AlignedTextExport::Options options{AlignedTextExport::OneSidedRows::LeftOut, {}};
    const QByteArray tmx =
        AlignedTextExport::write(AlignedTextExport::Format::Tmx, *original, options);
    const TmxReadResult read = TmxFile::read(tmx);
    QVERIFY2(read.ok(), qPrintable(read.error));
    const qsizetype bothSides =
        std::count_if(original->rows.cbegin(), original->rows.cend(), [](const AlignedRow& row) {
            return row.english >= 0 && row.vietnamese >= 0;
        });
    QVERIFY(bothSides < original->rows.size());
    QCOMPARE(read.units.size(), bothSides);
    for (const TranslationUnit& unit : read.units)
        QVERIFY2(!unit.english.isEmpty() && !unit.vietnamese.isEmpty(), qPrintable(unit.english));
    const ReadResult reopened = TmxReader().read(tmx, dir.filePath(u"pairs.tmx"_s), {});
    QVERIFY2(reopened.ok(), qPrintable(reopened.error));
    QCOMPARE(reopened.document->metadata.title, original->metadata.title);
    QCOMPARE(reopened.document->metadata.date, original->metadata.date);
    QVERIFY(findingsOf(*reopened.document).filter(u"missing-translation"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestTmxFile)
#include "tst_tmxfile.moc"
