// SPDX-License-Identifier: GPL-3.0-or-later
// Entities of a document: names, dates and numbers linked across English and Vietnamese.
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "io/DocumentReader.h"

#include <QDir>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Entity& entity)
{
    QStringList parts;
    for (const EntityMention& m : entity.mentions)
        parts.append(u"[%1 %2] %3"_s.arg(m.row + 1).arg(languageCode(m.language), m.text));
    return entity.id + u": "_s + parts.join(u", "_s);
}

QStringList mentionTexts(const Entity& entity, int row, Language language)
{
    QStringList texts;
    for (const EntityMention& m : entity.mentionsIn(row, language))
        texts.append(m.text);
    return texts;
}

} // namespace

class TestEntityRecognizer : public QObject
{
    Q_OBJECT

private:
    Glossary glossary;
    std::unique_ptr<EntityRecognizer> recognizer;
    DocumentPtr sample;
    DocumentEntities found;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
        recognizer = std::make_unique<EntityRecognizer>(glossary);
        const ReadResult read = DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR) +
                                                      u"/001_19bb709d9f59f387.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        sample = read.document;
        found = recognizer->recognize(*sample);
        QCOMPARE(found.rows.size(), sample->rows.size());
    }

    // Row 3 (index 2) of sample 001: the English names To Lam, the Vietnamese Nguyễn Phú Trọng.
    void sampleRow_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("english");
        QTest::addColumn<QStringList>("vietnamese");
        QTest::newRow("to-lam: English only")
            << u"to-lam"_s << 2 << QStringList{u"To Lam"_s} << QStringList();
        QTest::newRow("nguyen-phu-trong: Vietnamese only")
            << u"nguyen-phu-trong"_s << 2 << QStringList() << QStringList{u"Nguyễn Phú Trọng"_s};
        QTest::newRow("vladimir-putin: both")
            << u"vladimir-putin"_s << 2 << QStringList{u"Vladimir Putin"_s}
            << QStringList{u"Vladimir Putin"_s};
        QTest::newRow("the date of the talks: both")
            << u"date:2025-05-10"_s << 2 << QStringList{u"May 10"_s}
            << QStringList{u"ngày 10 tháng 5"_s};
    }
    void sampleRow()
    {
        QFETCH(QString, id);
        QFETCH(int, row);
        QFETCH(QStringList, english);
        QFETCH(QStringList, vietnamese);
        const Entity* entity = found.entity(id);
        QVERIFY2(entity, qPrintable(id));
        QCOMPARE(mentionTexts(*entity, row, Language::English), english);
        QCOMPARE(mentionTexts(*entity, row, Language::Vietnamese), vietnamese);
        if (!english.isEmpty() || !vietnamese.isEmpty())
            QVERIFY(found.entitiesInRow(row).contains(found.indexOf(id)));
    }

    void sampleEntities_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("sameRowBothLanguages"); // else: both languages somewhere
        QTest::newRow("person in both languages") << u"vladimir-putin"_s << u"person"_s << true;
        QTest::newRow("number 80: 80th and 80 năm") << u"number:80"_s << u"number"_s << true;
        QTest::newRow("date") << u"date:2025-05-10"_s << u"date"_s << true;
    }
    void sampleEntities()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(bool, sameRowBothLanguages);
        const Entity* entity = found.entity(id);
        QVERIFY2(entity, qPrintable(id));
        QCOMPARE(entity->type, type);
        QVERIFY2(entity->mentionCount(Language::English) > 0, qPrintable(describe(*entity)));
        QVERIFY2(entity->mentionCount(Language::Vietnamese) > 0, qPrintable(describe(*entity)));
        if (sameRowBothLanguages) {
            bool both = false;
            for (int row = 0; row < sample->rows.size(); ++row)
                both = both || (!entity->mentionsIn(row, Language::English).isEmpty() &&
                                !entity->mentionsIn(row, Language::Vietnamese).isEmpty());
            QVERIFY2(both, qPrintable(describe(*entity)));
        }
    }

    void glossaryCanonicalForms()
    {
        const Entity* entity = found.entity(u"to-lam"_s);
        QVERIFY(entity);
        const GlossaryEntry* entry = glossary.entry(u"to-lam"_s);
        QVERIFY(entry);
        QCOMPARE(entity->english, entry->english.first());
        QCOMPARE(entity->vietnamese, entry->vietnamese.first());
        QCOMPARE(entity->type, u"person"_s);
        // "General Secretary Lam's visit": the given name alone is the same person.
        bool given = false;
        for (const EntityMention& m : entity->mentions)
            given = given || (m.language == Language::English && m.text == u"Lam");
        QVERIFY2(given, qPrintable(describe(*entity)));

        const Entity* date = found.entity(u"date:2025-05-10"_s);
        QVERIFY(date);
        QCOMPARE(date->english, u"2025-05-10"_s);
        QCOMPARE(date->vietnamese, u"2025-05-10"_s);
    }

    void mentionsMatchTheText()
    {
        for (int index = 0; index < found.entities.size(); ++index) {
            const Entity& entity = found.entities.at(index);
            QCOMPARE(found.indexOf(entity.id), index);
            QVERIFY(!entity.mentions.isEmpty());
            for (const EntityMention& m : entity.mentions) {
                const Paragraph* p = sample->segment(m.row, m.language);
                QVERIFY2(p, qPrintable(describe(entity)));
                QCOMPARE(p->text.mid(m.start, m.length), m.text);
                QVERIFY(found.entitiesInRow(m.row).contains(index));
            }
        }
        QVERIFY(found.entitiesInRow(-1).isEmpty());
        QVERIFY(found.entitiesInRow(int(sample->rows.size())).isEmpty());
        QVERIFY(!found.entity(u"date:1999-01-01"_s));
    }

    void mentionsDoNotOverlap()
    {
        // The year of "Công ước Liên Hợp Quốc về Luật Biển năm 1982" belongs to the name.
        const Entity* unclos = found.entity(u"unclos-1982"_s);
        QVERIFY(unclos);
        QVERIFY(unclos->mentionCount(Language::Vietnamese) > 0);
        QVERIFY(!found.entity(u"date:1982"_s));
        QVERIFY(!found.entity(u"number:1982"_s));

        QMap<std::pair<int, Language>, QList<EntityMention>> byParagraph;
        for (const Entity& entity : std::as_const(found.entities))
            for (const EntityMention& m : entity.mentions)
                byParagraph[{m.row, m.language}].append(m);
        for (QList<EntityMention>& mentions : byParagraph) {
            std::sort(
                mentions.begin(), mentions.end(),
                [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
            for (int i = 1; i < mentions.size(); ++i)
                QVERIFY2(mentions.at(i - 1).start + mentions.at(i - 1).length <=
                             mentions.at(i).start,
                         qPrintable(mentions.at(i - 1).text + u" / "_s + mentions.at(i).text));
        }
    }

    void ruleFoundNameLinksAcrossLanguages()
    {
        const QString text = u"Leaders meet in Hanoi\n\n"
                             u"• Ông Nguyễn Văn Khang đã gặp hai nhà báo vào ngày 10 tháng 5.\n\n"
                             u"May 11, 2025\n\n"
                             u"Mr Nguyen Van Khang met two reporters on May 10.\n"_s;
        const ReadResult read = DocumentReader().readBytes(text.toUtf8(), u"hand.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const Document& document = *read.document;
        const DocumentEntities entities = recognizer->recognize(document);

        int pairRow = -1;
        for (int row = 0; row < document.rows.size(); ++row)
            if (document.rows.at(row).kind == RowKind::Pair)
                pairRow = row;
        QVERIFY(pairRow >= 0);

        const Entity* name = entities.entity(u"name:nguyen van khang"_s);
        QVERIFY(name);
        QCOMPARE(name->type, u"person"_s);
        QCOMPARE(mentionTexts(*name, pairRow, Language::English),
                 QStringList{u"Nguyen Van Khang"_s});
        QCOMPARE(mentionTexts(*name, pairRow, Language::Vietnamese),
                 QStringList{u"Nguyễn Văn Khang"_s});
        QCOMPARE(name->english, u"Nguyen Van Khang"_s);
        QCOMPARE(name->vietnamese, u"Nguyễn Văn Khang"_s);

        const Entity* two = entities.entity(u"number:2"_s);
        QVERIFY(two);
        QCOMPARE(mentionTexts(*two, pairRow, Language::English), QStringList{u"two"_s});
        QCOMPARE(mentionTexts(*two, pairRow, Language::Vietnamese), QStringList{u"hai"_s});

        // The numbers inside "ngày 10 tháng 5" belong to the date, not to numbers 10 and 5.
        QVERIFY(entities.entity(u"date:2025-05-10"_s));
        QVERIFY(!entities.entity(u"number:5"_s));
        QVERIFY(!entities.entity(u"number:10"_s));

        // One row, three entities, in order of first mention (English first).
        const QList<int> inRow = entities.entitiesInRow(pairRow);
        QStringList ids;
        for (int index : inRow)
            ids.append(entities.entities.at(index).id);
        QCOMPARE(ids,
                 QStringList({u"name:nguyen van khang"_s, u"number:2"_s, u"date:2025-05-10"_s}));
    }

    // A row's one organisation found by rule on each side, unaccounted for by the other side,
    // is the same organisation translated ("Sở Y tế Bắc Kinh", "Beijing Health Bureau"); with
    // two on a side nothing is guessed.
    void leftoverOrganisationsPair_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<bool>("linked");
        QTest::newRow("one each side: the translation")
            << u"The Lautoka Environment Bureau said prices rose."_s
            << u"Cục Môi trường Lautoka cho biết giá đã tăng."_s << true;
        QTest::newRow("two on the English side: which one is unknown")
            << u"The Lautoka Environment Bureau and the Suva Traders Union said prices rose."_s
            << u"Cục Môi trường Lautoka cho biết giá đã tăng."_s << false;
    }
    void leftoverOrganisationsPair()
    {
        QFETCH(QString, english);
        QFETCH(QString, vietnamese);
        QFETCH(bool, linked);
        const QString text = u"• "_s + vietnamese + u"\n\n"_s + english + u"\n"_s;
        const ReadResult read = DocumentReader().readBytes(text.toUtf8(), u"hand.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const DocumentEntities entities = recognizer->recognize(*read.document);
        const Entity* association = entities.entity(u"name:lautoka environment bureau"_s);
        QVERIFY(association);
        QCOMPARE(association->type, u"organisation"_s);
        QCOMPARE(association->mentionCount(Language::Vietnamese), linked ? 1 : 0);
        if (linked)
            QCOMPARE(association->vietnamese, u"Cục Môi trường Lautoka"_s);
    }

    void leftoverPlacesPair()
    {
        const QString text = u"• Con tàu chìm ở Vịnh Lautoka hôm qua.\n\n"
                             u"The boat sank in Lautoka Bay yesterday.\n"_s;
        const ReadResult read = DocumentReader().readBytes(text.toUtf8(), u"hand.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const DocumentEntities entities = recognizer->recognize(*read.document);
        const Entity* bay = entities.entity(u"name:lautoka bay"_s);
        QVERIFY(bay);
        QCOMPARE(bay->type, u"place"_s);
        QCOMPARE(bay->vietnamese, u"Vịnh Lautoka"_s);
    }

    // A bare given name refers to a person named in full in an earlier row, in either language.
    void givenNameAcrossRows_data()
    {
        QTest::addColumn<QStringList>("rows"); // one paragraph per row; "vi:" marks Vietnamese
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("id"); // empty: not a mention
        const QString filler = u"The talks were fruitful."_s;
        QStringList named(8, filler);
        named[2] = u"General Secretary To Lam held talks in Moscow."_s;
        named[7] = u"Lam expressed his thanks."_s;
        QTest::newRow("given name in row 7, full name in row 2")
            << named << 7 << u"Lam"_s << u"to-lam"_s;
        QStringList vietnamese = named;
        vietnamese[2] = u"vi:Tổng Bí thư Tô Lâm hội đàm tại Moskva."_s;
        QTest::newRow("full name in Vietnamese, given name in English")
            << vietnamese << 7 << u"Lam"_s << u"to-lam"_s;
        QStringList nobody(8, filler);
        nobody[7] = named[7];
        QTest::newRow("nobody named earlier, sentence-initial word: not linked")
            << nobody << 7 << u"Lam"_s << QString();
        QStringList later = nobody;
        later[2] = named[7];
        later[7] = named[2];
        QTest::newRow("named only later: not linked") << later << 2 << u"Lam"_s << QString();
    }
    void givenNameAcrossRows()
    {
        QFETCH(QStringList, rows);
        QFETCH(int, row);
        QFETCH(QString, word);
        QFETCH(QString, id);
        Document document;
        document.metadata.date = QDate(2025, 5, 11);
        for (QString text : rows) {
            const Language language =
                text.startsWith(u"vi:"_s) ? Language::Vietnamese : Language::English;
            if (language == Language::Vietnamese)
                text.remove(0, 3);
            document.rows.append(
                AlignedRow::single(RowKind::OneSided, language, int(document.paragraphs.size())));
            document.paragraphs.append(Paragraph{text, language, 1, {}});
        }
        const DocumentEntities entities = recognizer->recognize(document);
        QString linked;
        for (int index : entities.entitiesInRow(row))
            for (const EntityMention& m : entities.entities.at(index).mentions)
                if (m.row == row && m.text == word)
                    linked = entities.entities.at(index).id;
        QCOMPARE(linked, id);
    }

    // A lone syllable without marks that folds to a place is that place only when the English
    // of the row names it in other letters: "Lao" of "Đảng Lao động" is no Laos.
    void bareWordForAPlace_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<QString>("id"); // of "Lao" in the Vietnamese; empty: not a mention
        QTest::newRow("the Labour Party")
            << u"The Labour Party won the election."_s << u"Đảng Lao động thắng cử."_s << QString();
        QTest::newRow("Laos in the English: a slip for Lào")
            << u"The delegation visited Laos."_s << u"Đoàn đã thăm Lao."_s << u"laos"_s;
        QTest::newRow("marked: always the place")
            << u"The delegation visited its neighbour."_s << u"Đoàn đã thăm Lào."_s << u"laos"_s;
    }
    void bareWordForAPlace()
    {
        QFETCH(QString, english);
        QFETCH(QString, vietnamese);
        QFETCH(QString, id);
        Document document;
        document.paragraphs = {Paragraph{english, Language::English, 1, {}},
                               Paragraph{vietnamese, Language::Vietnamese, 1, {}}};
        AlignedRow row;
        row.kind = RowKind::Pair;
        row.english = 0;
        row.vietnamese = 1;
        document.rows.append(row);
        const DocumentEntities entities = recognizer->recognize(document);
        QString found;
        for (const Entity& entity : entities.entities)
            for (const EntityMention& m : entity.mentions)
                if (m.language == Language::Vietnamese &&
                    (m.text == u"Lao"_s || m.text == u"Lào"_s))
                    found = entity.id;
        QCOMPARE(found, id);
    }

    // Titles written with a person, resolved to the glossary office they name.
    void titles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("vietnamese");
        QTest::addColumn<QString>("title"); // as written; empty: no title mention
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("holder");
        QTest::newRow("English office title")
            << u"General Secretary To Lam spoke."_s << false << u"General Secretary"_s
            << u"title:cpv-general-secretary"_s << u"to-lam"_s;
        QTest::newRow("Vietnamese title and given name")
            << u"Tổng Bí thư Trọng phát biểu."_s << true << u"Tổng Bí thư"_s
            << u"title:cpv-general-secretary"_s << u"nguyen-phu-trong"_s;
        QTest::newRow("two offices named 'President': the one the person held")
            << u"President Putin spoke."_s << false << u"President"_s << u"title:ru-president"_s
            << u"vladimir-putin"_s;
        QTest::newRow("'President' with a Vietnamese person: Vietnam's")
            << u"State President Luong Cuong spoke."_s << false << u"State President"_s
            << u"title:vn-president"_s << u"luong-cuong"_s;
        QTest::newRow("the title's organisation comes between")
            << u"Tổng Bí thư Đảng Cộng sản Việt Nam (ĐCSVN) Nguyễn Phú Trọng phát biểu."_s << true
            << u"Tổng Bí thư"_s << u"title:cpv-general-secretary"_s << u"nguyen-phu-trong"_s;
        QTest::newRow("'of the' and an organisation come between")
            << u"General Secretary of the Communist Party of Vietnam (CPV) Central Committee "
               u"To Lam spoke."_s
            << false << u"General Secretary"_s << u"title:cpv-general-secretary"_s << u"to-lam"_s;
        QTest::newRow("a country between title and name")
            << u"Tổng thống Nga Vladimir Putin phát biểu."_s << true << u"Tổng thống"_s
            << u"title:ru-president"_s << u"vladimir-putin"_s;
        QTest::newRow("an English adjective names the country and joins the title")
            << u"British Prime Minister Tony Blair spoke."_s << false << u"British Prime Minister"_s
            << u"title:gb-prime-minister"_s << u"tony-blair"_s;
        QTest::newRow("the country's name before the title")
            << u"US President George W. Bush spoke."_s << false << u"President"_s
            << u"title:us-president"_s << u"george-w-bush"_s;
        QTest::newRow("a possessive country before the title")
            << u"Japan's Prime Minister Junichiro Koizumi spoke."_s << false << u"Prime Minister"_s
            << u"title:jp-prime-minister"_s << u"junichiro-koizumi"_s;
        QTest::newRow("a Vietnamese short form that is also a word, after the title")
            << u"Thủ tướng Anh Tony Blair phát biểu."_s << true << u"Thủ tướng"_s
            << u"title:gb-prime-minister"_s << u"tony-blair"_s;
        QTest::newRow("a country written with the title outranks the person's own offices")
            << u"French President Vladimir Putin spoke."_s << false << u"French President"_s
            << u"title:fr-president"_s << u"vladimir-putin"_s;
        QTest::newRow("a generic title is not an office")
            << u"Mr Putin spoke."_s << false << QString() << QString() << QString();
        QTest::newRow("not across a full stop") << u"He met the General Secretary. Putin spoke."_s
                                                << false << QString() << QString() << QString();
    }
    void titles()
    {
        QFETCH(QString, text);
        QFETCH(bool, vietnamese);
        QFETCH(QString, title);
        QFETCH(QString, id);
        QFETCH(QString, holder);
        const Language language = vietnamese ? Language::Vietnamese : Language::English;
        Document document;
        document.metadata.date = QDate(2025, 5, 11);
        document.rows.append(AlignedRow::single(RowKind::OneSided, language, 0));
        document.paragraphs.append(Paragraph{text, language, 1, {}});
        const DocumentEntities entities = recognizer->recognize(document);
        if (title.isEmpty()) {
            QVERIFY(entities.titles.isEmpty());
            for (const Entity& entity : entities.entities)
                QVERIFY2(entity.type != u"title"_s, qPrintable(describe(entity)));
            return;
        }
        QCOMPARE(entities.titles.size(), 1);
        const TitleLink& link = entities.titles.first();
        const Entity& office = entities.entities.at(link.title);
        QCOMPARE(office.id, id);
        QCOMPARE(office.type, u"title"_s);
        QCOMPARE(mentionTexts(office, 0, language), QStringList{title});
        QCOMPARE(entities.entities.at(link.person).id, holder);
        QCOMPARE(link.row, 0);
        QCOMPARE(link.language, language);
    }

    // A Sino-Vietnamese form and the English name are one person.
    void sinoVietnameseLinksToTheEnglishName()
    {
        Document document;
        document.paragraphs = {
            Paragraph{
                u"Chinese President Xi Jinping met Premier Li Qiang."_s, Language::English, 1, {}},
            Paragraph{u"Chủ tịch Trung Quốc Tập Cận Bình đã gặp Thủ tướng Lý Cường."_s,
                      Language::Vietnamese,
                      1,
                      {}}};
        AlignedRow row;
        row.kind = RowKind::Pair;
        row.english = 0;
        row.vietnamese = 1;
        document.rows.append(row);
        const DocumentEntities entities = recognizer->recognize(document);
        for (const auto& [id, english, vietnamese] :
             {std::tuple{u"xi-jinping"_s, u"Xi Jinping"_s, u"Tập Cận Bình"_s},
              std::tuple{u"li-qiang"_s, u"Li Qiang"_s, u"Lý Cường"_s}}) {
            const Entity* person = entities.entity(id);
            QVERIFY2(person, qPrintable(id));
            QCOMPARE(mentionTexts(*person, 0, Language::English), QStringList{english});
            QCOMPARE(mentionTexts(*person, 0, Language::Vietnamese), QStringList{vietnamese});
        }
    }

    // An article without a date still has days: "May 9" and "ngày 9 tháng 5" link, yearless.
    void undatedDocumentLinksDays()
    {
        const QString text = u"Leaders meet in Moscow\n\n"
                             u"• Hai bên hội đàm tại Moskva vào ngày 9 tháng 5.\n\n"
                             u"The two sides held talks in Moscow on May 9.\n"_s;
        const ReadResult read = DocumentReader().readBytes(text.toUtf8(), u"undated.txt"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(!read.document->metadata.date.isValid());
        const DocumentEntities entities = recognizer->recognize(*read.document);
        const Entity* day = entities.entity(u"date:--05-09"_s);
        QVERIFY2(day, qPrintable(entities.byId.keys().join(u", "_s)));
        QCOMPARE(day->mentionCount(Language::English), 1);
        QCOMPARE(day->mentionCount(Language::Vietnamese), 1);
        QVERIFY(!entities.entity(u"number:9"_s));
    }

    void emptyDocument()
    {
        const DocumentEntities none = recognizer->recognize(Document());
        QVERIFY(none.entities.isEmpty());
        QVERIFY(none.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEntityRecognizer)
#include "tst_entityrecognizer.moc"
