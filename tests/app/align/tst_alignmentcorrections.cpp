// SPDX-License-Identifier: GPL-3.0-or-later
// Alignment corrections: keyed by the texts' content, saved (atomically) and restored, never
// applied to other texts, and garbage files reported without touching the rows or the file.
#include "align/AlignmentCorrections.h"
#include "io/DocumentReader.h"
#include "support/IsolatedUserData.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>
#include <cmath>

#include "support/FailingWrites.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

using namespace songngu;
using namespace songngu::testing;
using namespace Qt::StringLiterals;

namespace {

// Four paragraphs a side, the third of two sentences: five sentences each.
const QString englishText =
    u"The festival opened in Hue on Friday with a parade along the Perfume River.\n\n"
    "Thousands of visitors watched the boats, and many of them stayed until midnight.\n\n"
    "Tickets sold out in a single day. The organisers added two more evenings.\n\n"
    "The festival closes on Sunday with fireworks over the old citadel.\n"_s;
const QString vietnameseText =
    u"Lễ hội khai mạc tại Huế vào thứ Sáu với cuộc diễu hành dọc sông Hương.\n\n"
    "Hàng nghìn du khách đã xem thuyền, và nhiều người trong số họ ở lại đến nửa đêm.\n\n"
    "Vé đã bán hết chỉ trong một ngày. Ban tổ chức đã thêm hai buổi tối nữa.\n\n"
    "Lễ hội bế mạc vào Chủ nhật với màn pháo hoa trên kinh thành cổ.\n"_s;

ParallelText pair(const QString& english, const QString& vietnamese,
                  const QString& folder = u"/articles"_s)
{
    const DocumentReader reader;
    return ParallelText(reader.readBytes(english.toUtf8(), folder + u"/en.txt"_s).document,
                        reader.readBytes(vietnamese.toUtf8(), folder + u"/vi.txt"_s).document);
}

ParallelText story(const QString& folder = u"/articles"_s)
{
    return pair(englishText, vietnameseText, folder);
}

// A saved file for the story (five sentences a side) with `rows`, or `counts` instead of the
// story's.
QByteArray savedFile(const char* rows,
                     const char* counts = "\"english_units\": 5, \"vietnamese_units\": 5")
{
    return QByteArray("{\"format\": \"songngu-alignment\", \"version\": 1, ") + counts +
           ", \"rows\": " + rows + ", \"saved\": \"2025-05-11T09:30:00Z\"}";
}

// Rows as "englishBegin-englishEnd/vietnameseBegin-vietnameseEnd …", without the confidence,
// which restored rows set to 1.
QString spans(const QList<RowSpan>& rows)
{
    QStringList list;
    for (const RowSpan& row : rows)
        list.append(u"%1-%2/%3-%4"_s.arg(row.englishBegin)
                        .arg(row.englishEnd)
                        .arg(row.vietnameseBegin)
                        .arg(row.vietnameseEnd));
    return list.join(u' ');
}

} // namespace

class TestAlignmentCorrections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        QVERIFY(dir.isValid());
        const ParallelText text = story();
        QCOMPARE(text.units(Language::English).size(), 5); // savedFile() counts on it
        QCOMPARE(text.units(Language::Vietnamese).size(), 5);
        QVERIFY(text.rows().size() > 2);
    }

    void folderIsTheOneGiven()
    {
        // The folder is always given: nothing here looks in the user's data folder on its own.
        QCOMPARE(AlignmentCorrections::folderIn(u"/data/songngu"_s), u"/data/songngu/alignments"_s);
        const AlignmentCorrections corrections(dir.filePath(u"given/alignments"_s));
        QCOMPARE(corrections.folder(), dir.filePath(u"given/alignments"_s));
        const ParallelText text = story();
        QCOMPARE(corrections.path(text), dir.filePath(u"given/alignments"_s) + u'/' +
                                             AlignmentCorrections::key(text) + u".json"_s);
    }

    void keyIsTheContent_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("vietnamese");
        QTest::addColumn<bool>("sameSentences");
        QTest::addColumn<bool>("sameKey");
        QTest::newRow("the same texts") << englishText << vietnameseText << true << true;
        QString crlf = englishText;
        QTest::newRow("Windows line endings: the same sentences and paragraphs")
            << crlf.replace(u"\n"_s, u"\r\n"_s) << vietnameseText << true << true;
        QString word = englishText;
        QTest::newRow("a word changed in English")
            << word.replace(u"Friday"_s, u"Saturday"_s) << vietnameseText << false << false;
        QString accent = vietnameseText;
        QTest::newRow("an accent changed in Vietnamese")
            << englishText << accent.replace(u"Huế"_s, u"Hue"_s) << false << false;
        QString moved = englishText;
        QTest::newRow("a paragraph break moved: the same sentences in other paragraphs")
            << moved.replace(u"midnight.\n\nTickets"_s, u"midnight. Tickets"_s)
                   .replace(u"day. The"_s, u"day.\n\nThe"_s)
            << vietnameseText << true << false;
        QTest::newRow("a sentence added")
            << englishText + u"\n2025.\n"_s << vietnameseText << false << false;
    }

    void keyIsTheContent()
    {
        QFETCH(QString, english);
        QFETCH(QString, vietnamese);
        QFETCH(bool, sameSentences);
        QFETCH(bool, sameKey);
        const ParallelText text = story(u"/articles"_s);
        const QString key = AlignmentCorrections::key(text);
        QCOMPARE(key.size(), 64);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(key).hasMatch());
        // Other paths, so that only the content can make the keys equal.
        const ParallelText other = pair(english, vietnamese, u"/elsewhere/copy"_s);
        const auto sentences = [](const ParallelText& of) {
            QStringList all;
            for (const Language language : {Language::English, Language::Vietnamese})
                all += of.unitTexts(language, 0, int(of.units(language).size()));
            return all;
        };
        QCOMPARE(sentences(other) == sentences(text), sameSentences);
        QCOMPARE(AlignmentCorrections::key(other) == key, sameKey);
        QCOMPARE(AlignmentCorrections::key(other), AlignmentCorrections::key(other)); // stable
    }

    void sidesDoNotRunTogether()
    {
        // "2025." as the last English sentence or the first Vietnamese one: the same text in a
        // row, another pair of texts.
        const ParallelText atEnglishEnd = pair(englishText + u"\n2025.\n"_s, vietnameseText);
        const ParallelText atVietnameseStart = pair(englishText, u"2025.\n\n"_s + vietnameseText);
        QCOMPARE(atEnglishEnd.units(Language::English).size(), 6);
        QCOMPARE(atVietnameseStart.units(Language::Vietnamese).size(), 6);
        QVERIFY(AlignmentCorrections::key(atEnglishEnd) !=
                AlignmentCorrections::key(atVietnameseStart));
    }

    void restoresTheCorrectedRows()
    {
        const AlignmentCorrections corrections(dir.filePath(u"round/alignments"_s));
        ParallelText corrected = story(u"/articles"_s);
        const QList<RowSpan> automatic = corrected.rows();
        QString error = u"stale"_s;
        QVERIFY(!corrections.has(corrected));
        QVERIFY(!corrections.restore(corrected, &error)); // none saved: not an error
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(corrected.rows(), automatic);

        QVERIFY(corrected.mergeWithNext(1));
        QVERIFY2(corrections.save(corrected, &error), qPrintable(error)); // creates the folder
        QVERIFY(QFileInfo::exists(corrections.path(corrected)));

        // The same texts opened again, from elsewhere: the automatic rows, then the user's.
        ParallelText reopened = story(u"/moved/elsewhere"_s);
        QCOMPARE(reopened.rows(), automatic);
        QVERIFY(corrections.has(reopened));
        QVERIFY2(corrections.restore(reopened, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(spans(reopened.rows()), spans(corrected.rows()));
        // The aligner's confidence comes back with its rows (to three places), so rows it was
        // unsure of are still marked; the merged row is the user's choice.
        for (qsizetype i = 0; i < reopened.rows().size(); ++i)
            QVERIFY(std::abs(reopened.rows().at(i).confidence - corrected.rows().at(i).confidence) <
                    0.001);

        // Saving again replaces the rows.
        QVERIFY(reopened.split(1));
        QVERIFY2(corrections.save(reopened, &error), qPrintable(error));
        ParallelText third = story();
        QVERIFY2(corrections.restore(third, &error), qPrintable(error));
        QCOMPARE(spans(third.rows()), spans(reopened.rows()));
    }

    void changedTextsDoNotGetTheRows()
    {
        const AlignmentCorrections corrections(dir.filePath(u"changed"_s));
        ParallelText text = story();
        QVERIFY(text.mergeWithNext(0));
        QVERIFY(corrections.save(text));

        QString edited = englishText;
        ParallelText changed = pair(edited.replace(u"Friday"_s, u"Saturday"_s), vietnameseText);
        const QList<RowSpan> rows = changed.rows();
        QVERIFY(AlignmentCorrections::key(changed) != AlignmentCorrections::key(text));
        QVERIFY(!corrections.has(changed));
        QString error;
        QVERIFY(!corrections.restore(changed, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(changed.rows(), rows);
    }

    void fileHasTheDocumentedFields()
    {
        const AlignmentCorrections corrections(dir.filePath(u"fields"_s));
        ParallelText text = story();
        QVERIFY(text.mergeWithNext(2));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(corrections.save(text));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(readAll(corrections.path(text)), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.keys(), (QStringList{u"english_units"_s, u"format"_s, u"rows"_s, u"saved"_s,
                                           u"version"_s, u"vietnamese_units"_s}));
        QCOMPARE(root.value(u"format"_s), QJsonValue(u"songngu-alignment"_s));
        QCOMPARE(root.value(u"version"_s), QJsonValue(1));
        QCOMPARE(root.value(u"english_units"_s), QJsonValue(5));
        QCOMPARE(root.value(u"vietnamese_units"_s), QJsonValue(5));
        const QJsonArray rows = root.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), text.rows().size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const RowSpan& row = text.rows().at(i);
            const QJsonArray saved = rows.at(i).toArray();
            QCOMPARE(saved.size(), 5);
            QCOMPARE((QList<int>{saved.at(0).toInt(), saved.at(1).toInt(), saved.at(2).toInt(),
                                 saved.at(3).toInt()}),
                     (QList<int>{row.englishBegin, row.englishEnd, row.vietnameseBegin,
                                 row.vietnameseEnd}));
            QVERIFY(std::abs(saved.at(4).toDouble() - row.confidence) < 0.001);
        }
        const QDateTime saved =
            QDateTime::fromString(root.value(u"saved"_s).toString(), Qt::ISODate);
        QVERIFY(saved.isValid());
        QCOMPARE(saved.timeSpec(), Qt::UTC);
        QVERIFY(saved >= before && saved <= after);
    }

    void badFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON (a hand edit gone wrong)")
            << QByteArray("{\"format\": \"songngu-alignment\", \"rows\": [") << u"offset"_s;
        QTest::newRow("a JSON list, not an object")
            << QByteArray("[[0, 5, 0, 5]]") << u"not a JSON object"_s;
        QTest::newRow("another program's JSON")
            << QByteArray("{\"format\": \"songngu-glossary\", \"rows\": []}")
            << u"songngu-alignment"_s;
        QTest::newRow("a newer version, which this one would misread")
            << QByteArray(savedFile("[[0, 5, 0, 5]]").replace("\"version\": 1", "\"version\": 2"))
            << u"newer"_s;
        QTest::newRow("unit counts of other texts")
            << savedFile("[[0, 5, 0, 5]]", "\"english_units\": 6, \"vietnamese_units\": 5")
            << u"english_units"_s;
        QTest::newRow("unit counts missing")
            << savedFile("[[0, 5, 0, 5]]", "\"x\": 0") << u"english_units"_s;
        QTest::newRow("unit counts as strings")
            << savedFile("[[0, 5, 0, 5]]", "\"english_units\": \"5\", \"vietnamese_units\": 5")
            << u"english_units"_s;
        QTest::newRow("a unit count too large for an int")
            << savedFile("[[0, 5, 0, 5]]", "\"english_units\": 5, \"vietnamese_units\": 1e300")
            << u"english_units"_s;
        QTest::newRow("rows not a list") << savedFile("{\"0\": [0, 5, 0, 5]}") << u"rows"_s;
        QTest::newRow("a row of three numbers") << savedFile("[[0, 5, 0]]") << u"row 1"_s;
        QTest::newRow("a row of strings")
            << savedFile("[[\"0\", \"5\", \"0\", \"5\"]]") << u"row 1"_s;
        QTest::newRow("a row that is an object")
            << savedFile("[[0, 1, 0, 1], {\"englishBegin\": 1}]") << u"row 2"_s;
        QTest::newRow("a negative number") << savedFile("[[-1, 5, 0, 5]]") << u"row 1"_s;
        QTest::newRow("a fraction") << savedFile("[[0, 2.5, 0, 2], [2.5, 5, 2, 5]]") << u"row 1"_s;
        QTest::newRow("a number too large for an int")
            << savedFile("[[0, 1e300, 0, 5]]") << u"row 1"_s;
        QTest::newRow("a number past the last sentence")
            << savedFile("[[0, 6, 0, 5]]") << u"row 1"_s;
        QTest::newRow("no rows: nothing covered") << savedFile("[]") << u"cover"_s;
        QTest::newRow("rows that leave a gap")
            << savedFile("[[0, 1, 0, 1], [2, 5, 1, 5]]") << u"cover"_s;
        QTest::newRow("rows that overlap")
            << savedFile("[[0, 2, 0, 2], [1, 5, 2, 5]]") << u"cover"_s;
        QTest::newRow("rows that stop short") << savedFile("[[0, 4, 0, 4]]") << u"cover"_s;
        QTest::newRow("rows out of order")
            << savedFile("[[2, 5, 2, 5], [0, 2, 0, 2]]") << u"cover"_s;
        QTest::newRow("a row without sentences")
            << savedFile("[[0, 0, 0, 0], [0, 5, 0, 5]]") << u"cover"_s;
    }

    void badFileIsReportedAndKept()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, why);
        const AlignmentCorrections corrections(
            dir.filePath(u"bad/%1"_s.arg(QString::fromUtf8(QTest::currentDataTag()))));
        ParallelText text = story();
        const QString path = corrections.path(text);
        QVERIFY(writeAll(path, contents));
        const QList<RowSpan> rows = text.rows();

        QVERIFY(corrections.has(text));
        QString error;
        QVERIFY(!corrections.restore(text, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(text.rows(), rows);

        // Never written over: the user may want to fix it by hand.
        QVERIFY(!corrections.save(text, &error));
        QVERIFY2(error.contains(u"fix or remove"_s), qPrintable(error));
        QCOMPARE(readAll(path), contents);

        // Discarded, saving and restoring work again.
        QVERIFY2(corrections.forget(text, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(corrections.save(text, &error), qPrintable(error));
        QVERIFY2(corrections.restore(text, &error), qPrintable(error));
        QCOMPARE(text.rows().size(), rows.size());
    }

    void forgetDiscardsTheCorrections()
    {
        const AlignmentCorrections corrections(dir.filePath(u"forget"_s));
        ParallelText text = story();
        const QList<RowSpan> automatic = text.rows();
        QVERIFY(text.mergeWithNext(0));
        QVERIFY(corrections.save(text));
        QVERIFY(corrections.has(text));

        QString error;
        QVERIFY2(corrections.forget(text, &error), qPrintable(error));
        QVERIFY(!corrections.has(text));
        QVERIFY(QDir(corrections.folder()).isEmpty());
        QVERIFY2(corrections.forget(text, &error), qPrintable(error)); // nothing left: fine

        ParallelText reopened = story();
        QVERIFY(!corrections.restore(reopened, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(reopened.rows(), automatic);
    }

    void failedSaveLeavesNoPartialFile_data()
    {
        QTest::addColumn<bool>("hadFile");
        QTest::addColumn<QString>("failure"); // "read-only", "full disk" or "file in the way"
        QTest::addColumn<QString>("why");
        QTest::newRow("read-only folder: no temporary file can be made")
            << true << u"read-only"_s << u"cannot write"_s;
        QTest::newRow("full disk: writing the temporary file fails")
            << true << u"full disk"_s << u"cannot write"_s;
        QTest::newRow("full disk, first save: nothing left behind")
            << false << u"full disk"_s << u"cannot write"_s;
        // Unlike a read-only folder, this fails for root too.
        QTest::newRow("a file where the folder should be: it cannot be made")
            << false << u"file in the way"_s << u"cannot create the folder"_s;
    }

    void failedSaveLeavesNoPartialFile()
    {
        QFETCH(bool, hadFile);
        QFETCH(QString, failure);
        QFETCH(QString, why);
        const QString folder = dir.filePath(
            u"failing/%1/alignments"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const AlignmentCorrections corrections(folder);
        ParallelText text = story();
        QByteArray saved;
        if (hadFile) {
            QVERIFY(corrections.save(text));
            saved = readAll(corrections.path(text));
            QVERIFY(!saved.isEmpty());
        } else if (failure == u"file in the way"_s) {
            QVERIFY(writeAll(folder, "not a folder"));
        } else {
            QVERIFY(QDir().mkpath(folder));
        }
        QVERIFY(text.mergeWithNext(0));

        std::optional<FailingWrites> failing;
        if (failure != u"file in the way"_s) {
            failing.emplace(folder, failure == u"full disk"_s, 16);
            if (!failing->unavailable().isEmpty())
                QSKIP(qPrintable(failing->unavailable()));
        }

        QString error;
        QVERIFY(!corrections.save(text, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        if (failure == u"file in the way"_s) {
            QCOMPARE(readAll(folder), QByteArray("not a folder"));
            return;
        }
        QVERIFY2(error.contains(AlignmentCorrections::key(text)), qPrintable(error));
        QCOMPARE(readAll(corrections.path(text)), saved); // neither replaced nor truncated
        const QStringList expected =
            hadFile ? QStringList{QFileInfo(corrections.path(text)).fileName()} : QStringList{};
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), expected);
    }

    void worksFromWorkerThreads()
    {
        const AlignmentCorrections corrections(dir.filePath(u"threads"_s));
        ParallelText corrected = story();
        QVERIFY(corrected.mergeWithNext(1));
        QVERIFY(corrections.save(corrected));

        // Each thread its own texts, one shared const AlignmentCorrections.
        std::atomic<int> restored = 0;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back(QThread::create([&] {
                ParallelText text = story();
                if (corrections.restore(text) && spans(text.rows()) == spans(corrected.rows()) &&
                    corrections.save(text))
                    ++restored;
            }));
        for (const auto& thread : threads)
            thread->start();
        for (const auto& thread : threads)
            QVERIFY(thread->wait(30000));
        QCOMPARE(restored.load(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAlignmentCorrections)
#include "tst_alignmentcorrections.moc"
