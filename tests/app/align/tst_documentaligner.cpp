// SPDX-License-Identifier: GPL-3.0-or-later
// Aligning documents: 000's English with 001's Vietnamese (the same story from two sources), a
// missing paragraph, one bilingual file, and sentences inside paragraph pairs.
#include "align/DocumentAligner.h"
#include "glossary/Glossary.h"
#include "io/DocumentReader.h"
#include "io/TmxFile.h"
#include "support/CommandLineTestSupport.h"
#include "support/IsolatedUserData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

DocumentPtr sample(const QString& prefix)
{
    return DocumentReader().read(testing::samplePath(prefix)).document;
}

DocumentPtr fromText(const QString& text)
{
    return DocumentReader().readBytes(text.toUtf8(), u"test.txt"_s).document;
}

// The paragraphs of `document` in `language`, as the aligner numbers them.
QStringList texts(const Document& document, Language language)
{
    QStringList list;
    for (int p : document.paragraphsIn(language))
        list.append(document.paragraphs.at(p).text);
    return list;
}

} // namespace

class TestDocumentAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        QVERIFY(glossary.loadBuiltIn());
    }

    // 000 is the English original of the story whose Vietnamese is in 001. Both have 21
    // paragraphs; 001's Vietnamese cuts the lead differently (its second paragraph begins with
    // the end of 000's first), so the first two pair as one 2-2 row and the other 19 one to one.
    void englishOf000WithVietnameseOf001()
    {
        const DocumentPtr english = sample(u"000"_s);
        const DocumentPtr vietnamese = sample(u"001"_s);
        QVERIFY(english && vietnamese);
        const QStringList ours = texts(*english, Language::English);
        const QStringList theirs = texts(*vietnamese, Language::Vietnamese);
        QCOMPARE(ours.size(), 21);
        QCOMPARE(theirs.size(), 21);
        const QList<AlignedUnit> units = DocumentAligner(&glossary).align(english, vietnamese);
        QCOMPARE(units.size(), 20);
        QCOMPARE(units.front().english, ours.mid(0, 2));
        QCOMPARE(units.front().vietnamese, theirs.mid(0, 2));
        for (int k = 2; k < 21; ++k) {
            QCOMPARE(units.at(k - 1).english, QStringList{ours.at(k)});
            QCOMPARE(units.at(k - 1).vietnamese, QStringList{theirs.at(k)});
        }
    }

    // A paragraph left out of the translation is a row with an empty Vietnamese side.
    void missingParagraphIsOneSided_data()
    {
        QTest::addColumn<int>("dropped");
        QTest::newRow("the fourth paragraph untranslated") << 4;
        QTest::newRow("the last paragraph untranslated") << 20;
        QTest::newRow("the eleventh paragraph untranslated") << 11;
    }
    void missingParagraphIsOneSided()
    {
        QFETCH(int, dropped);
        const DocumentPtr english = sample(u"000"_s);
        QStringList theirs = texts(*sample(u"001"_s), Language::Vietnamese);
        theirs.removeAt(dropped);
        const DocumentPtr vietnamese = fromText(theirs.join(u"\n\n"_s));
        const QList<AlignedUnit> units = DocumentAligner(&glossary).align(english, vietnamese);
        const QStringList ours = texts(*english, Language::English);
        bool found = false;
        for (const AlignedUnit& unit : units) {
            if (unit.vietnamese.isEmpty()) {
                QCOMPARE(unit.english, QStringList{ours.at(dropped)});
                found = true;
            }
        }
        QVERIFY(found);
    }

    // One file with both languages (an interleaved file read without its marks): its English
    // paragraphs are aligned with its Vietnamese ones.
    void oneBilingualFile()
    {
        const DocumentPtr document = sample(u"001"_s);
        const QList<AlignedUnit> units = DocumentAligner(&glossary).align(document, document);
        int pairs = 0;
        for (const AlignedUnit& unit : units)
            pairs += !unit.english.isEmpty() && !unit.vietnamese.isEmpty() ? 1 : 0;
        QVERIFY2(pairs >= 20, qPrintable(QString::number(pairs)));
        QVERIFY(units.front().vietnamese.isEmpty()); // the English headline has no translation
    }

    // Sentences: every sentence of both sides appears once, in order.
    void sentencesInsideParagraphPairs()
    {
        const DocumentPtr english = sample(u"000"_s);
        const DocumentPtr vietnamese = sample(u"001"_s);
        const QList<AlignedUnit> paragraphs = DocumentAligner(&glossary).align(english, vietnamese);
        const QList<AlignedUnit> sentences =
            DocumentAligner(&glossary).align(english, vietnamese, DocumentAligner::Unit::Sentence);
        QVERIFY(sentences.size() > paragraphs.size());
        QString englishJoined;
        QString sentencesJoined;
        for (const AlignedUnit& unit : paragraphs)
            englishJoined += unit.english.join(QString());
        for (const AlignedUnit& unit : sentences)
            sentencesJoined += unit.english.join(QString());
        englishJoined.remove(u' ');
        sentencesJoined.remove(u' ');
        QCOMPARE(sentencesJoined, englishJoined);
    }

    // `songngu align`: tab-separated rows by default, JSON and TMX on request.
    void commandLineFormats()
    {
        const QString english = testing::samplePath(u"000"_s);
        const QString vietnamese = testing::samplePath(u"001"_s);
        const testing::Run tsv = testing::run({u"align"_s, english, vietnamese});
        QCOMPARE(tsv.exitCode, 0);
        const QStringList lines = tsv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 20);
        for (const QString& line : lines)
            QCOMPARE(line.count(u'\t'), 1);
        QVERIFY(lines.at(1).startsWith(u"He affirmed that the Russia-Việt Nam"_s));
        QVERIFY(lines.at(1).contains(u"\tÔng khẳng định"_s));
        // Segments of a 2-2 row joined by one space.
        const QStringList ours = texts(*sample(u"000"_s), Language::English);
        QVERIFY(lines.front().startsWith(ours.at(0) + u' ' + ours.at(1) + u'\t'));

        const testing::Run json =
            testing::run({u"align"_s, u"--format"_s, u"json"_s, english, vietnamese});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(u"unit"_s).toString(), u"paragraph"_s);
        QCOMPARE(root.value(u"rows"_s).toArray().size(), 20);
        QCOMPARE(root.value(u"rows"_s).toArray().at(0).toObject().value(u"en"_s).toArray().size(),
                 2);

        const testing::Run tmx = testing::run(
            {u"align"_s, u"--format"_s, u"tmx"_s, u"--unit"_s, u"sentence"_s, english, vietnamese});
        QCOMPARE(tmx.exitCode, 0);
        const TmxReadResult back = TmxFile::read(tmx.out.toUtf8());
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.segtype, u"sentence"_s);
        QVERIFY(back.units.size() > 20);
    }

    // Tabs and line breaks inside text would break the rows: they become spaces. A side with
    // no segment is an empty field.
    void tsvKeepsOneRowPerLine()
    {
        QTemporaryDir dir;
        const QString english = dir.filePath(u"story.en.txt"_s);
        const QString vietnamese = dir.filePath(u"story.vi.txt"_s);
        QFile file(english);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("The minister\tarrived in Hanoi on Monday for talks.\n\n"
                   "He met the president and the prime minister, and the two sides signed "
                   "agreements on trade, education and energy.\n\nThe visit ends on Friday.\n");
        file.close();
        QFile other(vietnamese);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("Bộ trưởng\tđã đến Hà Nội vào thứ Hai để hội đàm.\n\n"
                    "Chuyến thăm kết thúc vào thứ Sáu.\n");
        other.close();
        const testing::Run tsv = testing::run({u"align"_s, english, vietnamese});
        QCOMPARE(tsv.exitCode, 0);
        const QStringList lines = tsv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"The minister arrived in Hanoi on Monday for talks.\t"
                              u"Bộ trưởng đã đến Hà Nội vào thứ Hai để hội đàm."_s);
        QCOMPARE(lines.at(1), u"He met the president and the prime minister, and the two sides "
                              u"signed agreements on trade, education and energy.\t"_s);
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString english = testing::samplePath(u"000"_s);
        QTest::newRow("no file") << QStringList{u"align"_s} << u"give an English file"_s;
        QTest::newRow("three files")
            << QStringList{u"align"_s, english, english, english} << u"give an English file"_s;
        QTest::newRow("unknown unit")
            << QStringList{u"align"_s, u"--unit"_s, u"word"_s, english} << u"unknown unit"_s;
        QTest::newRow("unknown format")
            << QStringList{u"align"_s, u"--format"_s, u"xml"_s, english} << u"unknown format"_s;
        QTest::newRow("no such file")
            << QStringList{u"align"_s, u"/nonexistent/a.txt"_s} << u"/nonexistent/a.txt"_s;
        QTest::newRow("an English-only file alone")
            << QStringList{u"align"_s, english} << u"has no Vietnamese paragraphs"_s;
    }
    void commandLineErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const testing::Run run = testing::run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // The Vietnamese file given first: aligned the right way round, with a note.
    void swappedFilesAreNoted()
    {
        const testing::Run run = testing::run(
            {u"align"_s, testing::samplePath(u"001"_s), testing::samplePath(u"000"_s)});
        // 001 has English paragraphs too, so it is not "the Vietnamese text": no swap, and 000
        // has nothing to align with 001's English.
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"has no Vietnamese paragraphs"_s));
        QTemporaryDir dir;
        const QString vietnamese = dir.filePath(u"story.vi.txt"_s);
        QFile file(vietnamese);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(texts(*sample(u"001"_s), Language::Vietnamese).join(u"\n\n"_s).toUtf8());
        file.close();
        const testing::Run swapped =
            testing::run({u"align"_s, vietnamese, testing::samplePath(u"000"_s)});
        QCOMPARE(swapped.exitCode, 0);
        QVERIFY(swapped.err.contains(u"aligning it with"_s));
        QVERIFY(swapped.out.startsWith(u"MOSCOW"_s));
    }

    // An interleaved file with two Vietnamese paragraphs before their two English ones: the
    // parser would pair the second Vietnamese with the first English; the reader aligns it
    // again, so every paragraph finds its translation.
    void displacedInterleavingIsRealigned()
    {
        QFile file(testing::samplePath(u"001"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList blocks = QString::fromUtf8(file.readAll()).split(u"\n\n"_s);
        QList<int> marked;
        for (int k = 0; k < blocks.size(); ++k)
            if (blocks.at(k).trimmed().startsWith(u'•'))
                marked.append(k);
        const int first = marked.at(3); // V, E, V, E → V, V, E, E
        blocks.swapItemsAt(first + 1, first + 2);
        const ReadResult read =
            DocumentReader().readBytes(blocks.join(u"\n\n"_s).toUtf8(), u"displaced.txt"_s);
        QVERIFY(read.ok());
        QVERIFY(read.parallel);
        const Document& document = *read.document;
        int oneSided = 0;
        for (const AlignedRow& row : document.rows)
            oneSided += row.kind == RowKind::OneSided ? 1 : 0;
        QCOMPARE(oneSided, 0);
        QCOMPARE(document.pairCount(), 21);
        for (int row = 0; row < document.rows.size(); ++row) {
            const Paragraph* english = document.segment(row, Language::English);
            if (english && english->text.startsWith(u"He affirmed"_s))
                QVERIFY(document.segment(row, Language::Vietnamese)
                            ->text.startsWith(u"Ông khẳng định"_s));
        }
    }

    // A translation left out is not a displacement: the file is read as it is.
    void missingTranslationIsNotRealigned()
    {
        QFile file(testing::samplePath(u"001"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList blocks = QString::fromUtf8(file.readAll()).split(u"\n\n"_s);
        for (int k = 0; k < blocks.size(); ++k)
            if (blocks.at(k).trimmed().startsWith(u'•') && k > 10) {
                blocks.removeAt(k);
                break;
            }
        const ReadResult read =
            DocumentReader().readBytes(blocks.join(u"\n\n"_s).toUtf8(), u"missing.txt"_s);
        QVERIFY(read.ok());
        QVERIFY(!read.parallel);
    }

    // A short interleaved file with one Vietnamese paragraph untranslated and a closing English
    // paragraph untranslated: the aligner could pair every paragraph by shifting the pairs in
    // between, but that is no likelier by their lengths, and the file's own pairing stands.
    void shortFileWithTwoOmissionsIsNotRealigned()
    {
        const ReadResult read = DocumentReader().read(
            QStringLiteral(SONGNGU_TEST_DATA_DIR "/alignment/translation-left-out.txt"));
        QVERIFY(read.ok());
        QVERIFY(!read.parallel);
        QCOMPARE(read.document->metadata.format, DocumentFormat::Interleaved);
        for (int row = 0; row < read.document->rows.size(); ++row) {
            const Paragraph* english = read.document->segment(row, Language::English);
            if (english && english->text.startsWith(u"Japan pledged"_s))
                QVERIFY(read.document->segment(row, Language::Vietnamese)
                            ->text.startsWith(u"Phía Nhật Bản"_s));
        }
    }

    // A TMX file opens as a document of aligned rows: one per translation unit, a unit with
    // one language only a one-sided row; checks and the rest work on it as on any document.
    void tmxOpensAsAlignedRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"memory.tmx"_s);
        QVERIFY(TmxFile::save(path,
                              {{u"General Secretary To Lam held talks with President Putin."_s,
                                u"Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Putin."_s},
                               {u"The visit ends on Friday."_s, QString()},
                               {u"Two agreements were signed."_s, u"Hai văn kiện đã được ký."_s}}));
        const ReadResult read = DocumentReader().read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const Document& document = *read.document;
        QCOMPARE(document.metadata.format, DocumentFormat::Tmx);
        QCOMPARE(document.rows.size(), 3);
        QCOMPARE(document.pairCount(), 2);
        QCOMPARE(document.rows.at(1).kind, RowKind::OneSided);
        QCOMPARE(document.segment(2, Language::Vietnamese)->text, u"Hai văn kiện đã được ký."_s);
        QCOMPARE(document.segment(2, Language::Vietnamese)->language, Language::Vietnamese);
        // The name check finds 001's mistake in a translation memory too.
        const testing::Run run = testing::run({u"check"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(u"name-mismatch"_s));
        QVERIFY(run.out.contains(u"missing-translation"_s));
    }

    // `songngu check` on a folder with story.en.txt and story.vi.txt checks them as one
    // document: the paragraph missing from the Vietnamese is a finding.
    void checkRunsOnAPairOfFiles()
    {
        QTemporaryDir dir;
        QFile english(testing::samplePath(u"000"_s));
        QVERIFY(english.open(QIODevice::ReadOnly));
        QFile out(dir.filePath(u"story.en.txt"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(english.readAll());
        out.close();
        QStringList theirs = texts(*sample(u"001"_s), Language::Vietnamese);
        theirs.removeAt(5);
        QFile vietnamese(dir.filePath(u"story.vi.txt"_s));
        QVERIFY(vietnamese.open(QIODevice::WriteOnly));
        vietnamese.write(theirs.join(u"\n\n"_s).toUtf8());
        vietnamese.close();
        const testing::Run run = testing::run({u"check"_s, dir.path()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out.count(u"missing-translation"_s), 1);
        QVERIFY(run.out.contains(u"name-mismatch"_s));
        QVERIFY(!run.out.contains(u"story.vi.txt"_s)); // listed under its English file
    }

private:
    Glossary glossary;
};

QTEST_GUILESS_MAIN(TestDocumentAligner)
#include "tst_documentaligner.moc"
