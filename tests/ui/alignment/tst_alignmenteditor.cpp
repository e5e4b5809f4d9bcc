// SPDX-License-Identifier: GPL-3.0-or-later
// Aligned documents in the window: a pair of files listed as one document, corrections with
// undo that are saved and come back, unsure rows, Compare With… and Export Aligned Text (with
// or without the rows of one language).
#include "align/AlignmentCorrections.h"
#include "io/TmxFile.h"
#include "support/IsolatedUserData.h"
#include "ui/alignment/AlignmentEditor.h"
#include "ui/common/AppSettings.h"
#include "ui/documents/DocumentListModel.h"
#include "ui/documents/DocumentListPanel.h"
#include "ui/findings/FindingsController.h"
#include "ui/shell/MainWindow.h"
#include "ui/view/AlignmentModel.h"
#include "ui/view/PairedView.h"

#include "support/AsyncTimeout.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

// Where the window keeps corrections (the test-mode data folder).
QString correctionsFolder()
{
    return AlignmentCorrections::folderIn(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString sample(const QString& prefix)
{
    const QDir dir(QStringLiteral(SONGNGU_SAMPLES_DIR));
    return dir.filePath(dir.entryList({prefix + u"_*.txt"_s}, QDir::Files).value(0));
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// story.en.txt: 000's English; story.vi.txt: 001's Vietnamese paragraphs without the sixth.
void writeStory(const QString& folder)
{
    QFile english(sample(u"000"_s));
    QVERIFY(english.open(QIODevice::ReadOnly));
    write(folder + u"/story.en.txt"_s, english.readAll());
    QFile source(sample(u"001"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QStringList vietnamese;
    for (const QString& block : QString::fromUtf8(source.readAll()).split(u"\n\n"_s)) {
        const QString trimmed = block.trimmed();
        if (trimmed.startsWith(u'•'))
            vietnamese.append(trimmed.mid(1).trimmed());
    }
    QCOMPARE(vietnamese.size(), 21);
    vietnamese.removeAt(5);
    write(folder + u"/story.vi.txt"_s, vietnamese.join(u"\n\n"_s).toUtf8());
}

void openAndWait(MainWindow& window, const QStringList& paths)
{
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.openPaths(paths);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, testing::asyncTimeout);
}

QAction* actionNamed(const QList<QAction*>& actions, const QString& text)
{
    for (QAction* action : actions)
        if (action->text().remove(u'&') == text)
            return action;
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(AlignedTextExport::OneSidedRows)

class TestAlignmentEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        QFile::remove(AppSettings().fileName());
        QDir(correctionsFolder()).removeRecursively();
    }
    void cleanup()
    {
        QFile::remove(AppSettings().fileName());
        QDir(correctionsFolder()).removeRecursively();
    }

    // The two files are one document, aligned: the paragraph missing from the Vietnamese is a
    // one-sided row with its missing-translation finding.
    void pairOfFilesIsOneDocument()
    {
        QTemporaryDir folder;
        writeStory(folder.path());
        MainWindow window;
        openAndWait(window, {folder.path()});
        DocumentListModel* documents = window.documentModel();
        QCOMPARE(documents->rowCount(), 1);
        const DocumentPtr document = documents->documentAt(0);
        QVERIFY(document);
        QCOMPARE(document->metadata.format, DocumentFormat::Aligned);
        QVERIFY(document->metadata.path.endsWith(u"story.en.txt"_s));
        QVERIFY(document->metadata.vietnamesePath.endsWith(u"story.vi.txt"_s));
        QVERIFY(documents->resultAt(0).parallel);
        int oneSided = -1;
        for (int row = 0; row < document->rows.size(); ++row)
            if (document->rows.at(row).kind == RowKind::OneSided)
                oneSided = row;
        QVERIFY(oneSided >= 0);
        QVERIFY(document->segment(oneSided, Language::English)
                    ->text.startsWith(u"He emphasised that the Soviet Union"_s));
        QCOMPARE(document->segment(oneSided, Language::Vietnamese), nullptr);
    }

    // Merge, undo, redo; the correction is saved and a new window finds it again.
    void correctionsUndoAndComeBack()
    {
        QTemporaryDir folder;
        writeStory(folder.path());
        int merged = 0;
        {
            MainWindow window;
            openAndWait(window, {folder.path()});
            QTRY_COMPARE(window.alignmentModel()->document(),
                         window.documentModel()->documentAt(0));
            AlignmentEditor* editor = window.alignmentEditor();
            const int rows = window.alignmentModel()->rowCount();
            QAction* merge = actionNamed(editor->rowActions(), u"Merge With Next Row"_s);
            QVERIFY(merge && merge->isEnabled());
            window.pairedView()->setCurrentRow(3);
            merge->trigger();
            merged = rows - 1;
            QCOMPARE(window.alignmentModel()->rowCount(), merged);
            QCOMPARE(window.pairedView()->currentRow(), 3);
            QVERIFY(editor->undoAction()->isEnabled());
            editor->undoAction()->trigger();
            QCOMPARE(window.alignmentModel()->rowCount(), rows);
            editor->redoAction()->trigger();
            QCOMPARE(window.alignmentModel()->rowCount(), merged);
            // A command that does not apply changes nothing and says so.
            QSignalSpy messages(editor, &AlignmentEditor::message);
            window.pairedView()->setCurrentRow(merged - 1);
            merge->trigger();
            QCOMPARE(window.alignmentModel()->rowCount(), merged);
            QCOMPARE(messages.count(), 1);
            // Rows kept for texts that have changed since (a reload) are not applied.
            const ReadResult result = window.documentModel()->resultAt(0);
            QVERIFY(!editor->setRows(result.path, u"another text"_s, result.parallel->rows(), 0));
            // Both files are remembered for the next session, so that they pair again.
            const QStringList paths = window.documentModel()->paths();
            QVERIFY(paths.contains(folder.filePath(u"story.en.txt"_s)));
            QVERIFY(paths.contains(folder.filePath(u"story.vi.txt"_s)));
        }
        MainWindow again;
        openAndWait(again, {folder.path()});
        QCOMPARE(again.documentModel()->documentAt(0)->rows.size(), merged);
        // Discarding them brings the aligner's rows back, and for good.
        QTRY_COMPARE(again.alignmentModel()->document(), again.documentModel()->documentAt(0));
        QVERIFY(again.alignmentEditor()->discardCorrections());
        QCOMPARE(again.alignmentModel()->rowCount(), merged + 1);
        QVERIFY(!again.alignmentEditor()->undoAction()->isEnabled());
        MainWindow third;
        openAndWait(third, {folder.path()});
        QCOMPARE(third.documentModel()->documentAt(0)->rows.size(), merged + 1);
    }

    // F5 after a correction reads the files again and keeps the correction while the texts
    // still match: for a pair of files and for a comparison alike.
    void reloadKeepsCorrections_data()
    {
        QTest::addColumn<bool>("comparison");
        QTest::newRow("pair of files") << false;
        QTest::newRow("Compare With") << true;
    }
    void reloadKeepsCorrections()
    {
        QFETCH(bool, comparison);
        QTemporaryDir folder;
        writeStory(folder.path());
        MainWindow window;
        if (comparison) {
            openAndWait(window, {sample(u"000"_s), sample(u"001"_s)});
            QVERIFY(window.alignmentEditor()->compareWith(
                window.documentModel()->rowOfPath(sample(u"000"_s)),
                window.documentModel()->rowOfPath(sample(u"001"_s))));
        } else {
            openAndWait(window, {folder.path()});
        }
        const int listRow = window.documentModel()->rowCount() - 1;
        window.documentList()->selectSourceRow(listRow);
        QTRY_COMPARE(window.alignmentModel()->document(),
                     window.documentModel()->documentAt(listRow));
        const int rows = window.alignmentModel()->rowCount();
        window.pairedView()->setCurrentRow(3);
        actionNamed(window.alignmentEditor()->rowActions(), u"Merge With Next Row"_s)->trigger();
        QCOMPARE(window.alignmentModel()->rowCount(), rows - 1);
        const DocumentPtr before = window.alignmentModel()->document();
        window.reloadShown();
        QTRY_VERIFY_WITH_TIMEOUT(window.alignmentModel()->document() != before,
                                 testing::asyncTimeout);
        QCOMPARE(window.alignmentModel()->rowCount(), rows - 1);
        QVERIFY(window.alignmentEditor()->undoAction()->isEnabled());
    }

    // F9 walks the rows the aligner is unsure of, wrapping; Shift+F9 goes back.
    void uncertainRows()
    {
        auto document = std::make_shared<Document>();
        document->metadata.path = u"/made/up.txt"_s;
        document->metadata.title = u"Made up"_s;
        for (int row = 0; row < 6; ++row) {
            document->paragraphs.append({u"Paragraph %1."_s.arg(row), Language::English, row, {}});
            AlignedRow aligned = AlignedRow::single(RowKind::OneSided, Language::English, row);
            aligned.confidence = row == 2 || row == 4 ? 0.6 : 0.99;
            document->rows.append(aligned);
        }
        MainWindow window;
        window.documentModel()->addResults({ReadResult{document->metadata.path, document, {}, {}}});
        window.documentList()->selectSourceRow(0);
        QTRY_COMPARE(window.alignmentModel()->document(), DocumentPtr(document));
        QCOMPARE(window.alignmentModel()->index(2, 0).data(AlignmentModel::UncertainRole).toBool(),
                 true);
        AlignmentEditor* editor = window.alignmentEditor();
        editor->nextUncertainAction()->trigger();
        QCOMPARE(window.pairedView()->currentRow(), 2);
        editor->nextUncertainAction()->trigger();
        QCOMPARE(window.pairedView()->currentRow(), 4);
        editor->nextUncertainAction()->trigger();
        QCOMPARE(window.pairedView()->currentRow(), 2);
        editor->previousUncertainAction()->trigger();
        QCOMPARE(window.pairedView()->currentRow(), 4);
        // Not a document the aligner made: nothing to correct.
        QVERIFY(!actionNamed(editor->rowActions(), u"Split Row"_s)->isEnabled());
    }

    // The comparison's findings are its own: 000 (English only) keeps none, the comparison
    // (whose Vietnamese names Nguyễn Phú Trọng where 000 names Tô Lâm) has the errors, in the
    // list and in the report for all documents.
    void compareWithCountsFindingsOnTheComparison()
    {
        MainWindow window;
        openAndWait(window, {sample(u"000"_s), sample(u"001"_s)});
        DocumentListModel* documents = window.documentModel();
        const int english = documents->rowOfPath(sample(u"000"_s));
        const int vietnamese = documents->rowOfPath(sample(u"001"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window.findingsController()->isChecking(), testing::asyncTimeout);
        const auto errors = [documents](int row) {
            return documents->index(row, 0).data(DocumentListModel::ErrorCountRole).toInt();
        };
        QTRY_VERIFY(errors(english) >= 0);
        const int englishErrors = errors(english);
        QVERIFY(window.alignmentEditor()->compareWith(english, vietnamese));
        const int compared = documents->rowOfPath(sample(u"000"_s) + u" ⇄ "_s + sample(u"001"_s));
        QVERIFY(compared >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(errors(compared) > 0, testing::asyncTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findingsController()->isChecking(), testing::asyncTimeout);
        QCOMPARE(errors(english), englishErrors);

        QTemporaryDir folder;
        const QString report = folder.filePath(u"all.json"_s);
        QString error;
        QVERIFY2(window.findingsController()->writeReportForAll(report, &error), qPrintable(error));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("name-mismatch"));
    }

    // 000's English with 001's Vietnamese: a new document in the list, then exported.
    void compareWithAndExport_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("TMX for translation memories") << u"story.tmx"_s;
        QTest::newRow("tab-separated text for scripts") << u"story.tsv"_s;
        QTest::newRow("CSV for spreadsheets") << u"story.csv"_s;
    }
    void compareWithAndExport()
    {
        QFETCH(QString, fileName);
        MainWindow window;
        openAndWait(window, {sample(u"000"_s), sample(u"001"_s)});
        DocumentListModel* documents = window.documentModel();
        const int english = documents->rowOfPath(sample(u"000"_s));
        const int vietnamese = documents->rowOfPath(sample(u"001"_s));
        QVERIFY(english >= 0 && vietnamese >= 0);
        QVERIFY(window.alignmentEditor()->compareWith(english, vietnamese));
        QCOMPARE(documents->rowCount(), 3);
        const int compared = documents->rowOfPath(sample(u"000"_s) + u" ⇄ "_s + sample(u"001"_s));
        QVERIFY(compared >= 0);
        QTRY_COMPARE(window.documentList()->currentSourceRow(), compared);
        const DocumentPtr document = documents->documentAt(compared);
        QCOMPARE(document->rows.size(), 20);
        QCOMPARE(document->pairCount(), 20);

        QTemporaryDir folder;
        const QString path = folder.filePath(fileName);
        QVERIFY(window.alignmentEditor()->exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (fileName.endsWith(u".tmx"_s)) {
            const TmxReadResult tmx = TmxFile::read(bytes);
            QVERIFY2(tmx.ok(), qPrintable(tmx.error));
            QCOMPARE(tmx.units.size(), 20);
            QVERIFY(tmx.units.at(1).vietnamese.startsWith(u"Ông khẳng định"_s));
        } else if (fileName.endsWith(u".tsv"_s)) {
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            QCOMPARE(lines.size(), 20);
            QCOMPARE(lines.at(1).count('\t'), 1);
        } else {
            QVERIFY(bytes.startsWith("en,vi\r\n"));
            QCOMPARE(bytes.count("\r\n"), 21);
        }
    }

    // Sample 001's English headlines, date line and credit: a <tu> with their side alone, kept
    // as what they are, or left out when the user picks "pairs only"; the title goes with them.
    void exportOneSidedRows_data()
    {
        QTest::addColumn<AlignedTextExport::OneSidedRows>("oneSidedRows");
        QTest::addColumn<QStringList>("englishOnly"); // the kinds of those units
        QTest::newRow("kept: the one-sided rows, each with its one side")
            << AlignedTextExport::OneSidedRows::Kept
            << QStringList{u"headline"_s, u"date-line"_s, u"headline"_s, u"boilerplate"_s};
        QTest::newRow("pairs only: the one-sided rows left out")
            << AlignedTextExport::OneSidedRows::LeftOut << QStringList{};
    }
    void exportOneSidedRows()
    {
        QFETCH(AlignedTextExport::OneSidedRows, oneSidedRows);
        QFETCH(QStringList, englishOnly);
        MainWindow window;
        openAndWait(window, {sample(u"001"_s)});
        const int row = window.documentModel()->rowOfPath(sample(u"001"_s));
        QVERIFY(row >= 0);
        QTRY_COMPARE(window.documentList()->currentSourceRow(), row);
        const DocumentPtr document = window.documentModel()->documentAt(row);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"001.tmx"_s);
        QVERIFY(window.alignmentEditor()->exportTo(path, oneSidedRows));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("<seg></seg>"));
        const TmxReadResult tmx = TmxFile::read(bytes);
        QVERIFY2(tmx.ok(), qPrintable(tmx.error));
        QCOMPARE(tmx.document.title, document->metadata.title);
        QCOMPARE(tmx.document.date, QDate(2025, 5, 11));
        QStringList englishKinds; // of the units with the English side alone
        for (const TranslationUnit& unit : tmx.units)
            if (unit.vietnamese.isEmpty())
                englishKinds.append(unit.kind);
        QCOMPARE(englishKinds, englishOnly);
        const qsizetype bothSides = std::count_if(
            document->rows.cbegin(), document->rows.cend(),
            [](const AlignedRow& row) { return row.english >= 0 && row.vietnamese >= 0; });
        QCOMPARE(tmx.units.size(), oneSidedRows == AlignedTextExport::OneSidedRows::Kept
                                       ? document->rows.size()
                                       : bothSides);
    }
};

QTEST_MAIN(TestAlignmentEditor)
#include "tst_alignmenteditor.moc"
