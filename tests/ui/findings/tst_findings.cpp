// SPDX-License-Identifier: GPL-3.0-or-later
// The Findings tab as an editor uses it: the findings of the sample article listed with their
// severity, filtered, stepped through with F8 while the panes follow, ignored and brought back,
// and exported as a report.
#include "checks/IgnoredFindings.h"
#include "support/IsolatedUserData.h"
#include "ui/documents/DocumentListModel.h"
#include "ui/documents/DocumentListPanel.h"
#include "ui/findings/FindingsController.h"
#include "ui/findings/FindingsFilterProxy.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/view/FindingMarks.h"
#include "ui/view/PairedView.h"
#include "ui/view/PaneAnnotations.h"

#include "support/AsyncTimeout.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

const QString interleaved = QStringLiteral(SONGNGU_SAMPLES_DIR "/001_19bb709d9f59f387.txt");
const QString englishOnly = QStringLiteral(SONGNGU_SAMPLES_DIR "/000_037a6d204ec47f07.txt");

Finding finding(const QString& kind, Severity severity, int row, const QString& fingerprint)
{
    Finding f;
    f.kind = kind;
    f.severity = severity;
    f.row = row;
    f.message = kind + QStringLiteral(" in row ") + QString::number(row);
    f.fingerprint = fingerprint;
    f.vietnamese = findingSpan(QStringLiteral("Tổng Bí thư Trọng phát biểu."), 12, 5);
    return f;
}

FindingsPtr someFindings()
{
    return std::make_shared<const QList<Finding>>(QList<Finding>{
        finding(QStringLiteral("name-mismatch"), Severity::Error, 2, QStringLiteral("a")),
        finding(QStringLiteral("title-holder"), Severity::Warning, 2, QStringLiteral("b")),
        finding(QStringLiteral("name-mismatch"), Severity::Error, 4, QStringLiteral("c")),
        finding(QStringLiteral("duplicate-segment"), Severity::Info, 7, QStringLiteral("d")),
    });
}

QStringList shownFingerprints(const QAbstractItemModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(FindingsModel::FingerprintRole).toString());
    return list;
}

void openAndWaitForFindings(MainWindow& window, const QString& path)
{
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.openPaths({path});
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, testing::asyncTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.findingsController()->analysis() != nullptr,
                             testing::asyncTimeout);
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        QFile::remove(IgnoredFindings::defaultPath());
    }
    void cleanup() { QFile::remove(IgnoredFindings::defaultPath()); }

    void modelShowsKindRowMessageAndCounts()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(someFindings());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, FindingsModel::KindColumn).data().toString(),
                 QStringLiteral("Name mismatch"));
        QCOMPARE(model.index(0, FindingsModel::RowColumn).data().toInt(), 3); // 1-based
        QVERIFY(!model.index(0, FindingsModel::KindColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.count(Severity::Error, false), 2);
        model.setIgnored({QStringLiteral("a")});
        QVERIFY(model.index(0, 0).data(FindingsModel::IgnoredRole).toBool());
        QCOMPARE(model.count(Severity::Error, false), 1);
        QCOMPARE(model.count(Severity::Error, true), 1);
        for (const QString& kind : FindingsModel::kinds())
            QVERIFY2(FindingsModel::kindName(kind) != kind, qPrintable(kind));
        model.setFindings(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersByKindSeverityAndIgnored_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("severity"); // -1: all
        QTest::addColumn<bool>("showIgnored");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("everything but the ignored one")
            << QString() << -1 << false << QStringList{u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("ignored ones on request")
            << QString() << -1 << true << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("one kind") << u"name-mismatch"_s << -1 << true
                                  << QStringList{u"a"_s, u"c"_s};
        QTest::newRow("one severity")
            << QString() << int(Severity::Warning) << false << QStringList{u"b"_s};
        QTest::newRow("kind and severity that never meet")
            << u"duplicate-segment"_s << int(Severity::Error) << true << QStringList{};
    }
    void filtersByKindSeverityAndIgnored()
    {
        QFETCH(QString, kind);
        QFETCH(int, severity);
        QFETCH(bool, showIgnored);
        QFETCH(QStringList, shown);
        FindingsModel model;
        FindingsFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setFindings(someFindings());
        model.setIgnored({QStringLiteral("a")});
        proxy.setKind(kind);
        proxy.setSeverity(severity < 0 ? std::nullopt : std::optional(Severity(severity)));
        proxy.setShowIgnored(showIgnored);
        QCOMPARE(shownFingerprints(proxy), shown);
    }

    void marksUnderlineFindingsAndWashTheCurrentOne()
    {
        FindingMarks marks;
        marks.setFindings(someFindings());
        const QPalette palette;
        QList<QTextLayout::FormatRange> ranges = marks.formats(2, Language::Vietnamese, palette);
        QCOMPARE(ranges.size(), 2); // two findings on the same span
        QCOMPARE(ranges[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(ranges[0].format.underlineColor(), FindingMarks::severityColour(Severity::Error));
        QVERIFY(ranges[0].format.background().style() == Qt::NoBrush);
        QVERIFY(marks.setCurrent(0));
        QVERIFY(marks.formats(2, Language::Vietnamese, palette)[0].format.background().style() !=
                Qt::NoBrush);
        QCOMPARE(marks.findingsAt(2, Language::Vietnamese, 13), QList<int>({0, 1}));
        QVERIFY(marks.findingsAt(2, Language::Vietnamese, 2).isEmpty());
        QVERIFY(marks.formats(2, Language::English, palette).isEmpty());
        // Ignored findings are not marked, unless current.
        marks.setIgnored({QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(marks.findingsAt(2, Language::Vietnamese, 13), QList<int>({0}));
        QVERIFY(marks.formats(4, Language::Vietnamese, palette).isEmpty());
    }

    void sampleFindingsAreListedAndSteppedThrough()
    {
        MainWindow window;
        window.show();
        openAndWaitForFindings(window, interleaved);
        FindingsPanel* panel = window.findingsPanel();
        QCOMPARE(window.sidePanel()->currentWidget(), panel); // the first tab
        const FindingsPtr findings = window.findingsController()->findings();
        QVERIFY(!findings->isEmpty());
        QCOMPARE(panel->model()->rowCount(), findings->size());
        QVERIFY(panel->countsLabel()->text().contains(QStringLiteral("error")));

        // F8: the first finding in the list; the panes go to its row and wash its spans.
        PairedView* view = window.pairedView();
        QAction* next = window.findingsController()->nextFindingAction();
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
        next->trigger();
        const int first = panel->selectedFinding();
        QCOMPARE(first, panel->proxy()->index(0, 0).data(FindingsModel::FindingIndexRole).toInt());
        QCOMPARE(view->annotations()->currentFinding(), first);
        const Finding& shown = findings->at(first);
        QCOMPARE(view->currentRow(), shown.row);
        QVERIFY(!panel->detailLabel()->text().isEmpty());
        QVERIFY(shown.vietnamese);
        const QString tip =
            view->annotations()->toolTip(shown.row, Language::Vietnamese, shown.vietnamese->start);
        QVERIFY2(tip.contains(shown.message), qPrintable(tip));

        // Shift+F8 from the first wraps to the last.
        window.findingsController()->previousFindingAction()->trigger();
        QCOMPARE(panel->view()->currentIndex().row(), panel->proxy()->rowCount() - 1);

        // Choosing in the list moves the view; the view's choice shows in the list.
        const QModelIndex third = panel->proxy()->index(2, 0);
        panel->view()->setCurrentIndex(third);
        QCOMPARE(view->annotations()->currentFinding(),
                 third.data(FindingsModel::FindingIndexRole).toInt());
        view->annotations()->setCurrentFinding(first);
        QCOMPARE(panel->selectedFinding(), first);

        // The kind filter lists the kinds found, with counts.
        QVERIFY(panel->kindBox()->count() >= 2);
        const int mismatches = panel->kindBox()->findData(QStringLiteral("name-mismatch"));
        QVERIFY(mismatches > 0);
        panel->kindBox()->setCurrentIndex(mismatches);
        for (int row = 0; row < panel->proxy()->rowCount(); ++row)
            QCOMPARE(panel->proxy()->index(row, 0).data(FindingsModel::KindRole).toString(),
                     QStringLiteral("name-mismatch"));
    }

    void ignoringHidesAFindingAndPersists()
    {
        MainWindow window;
        window.show();
        openAndWaitForFindings(window, interleaved);
        FindingsPanel* panel = window.findingsPanel();
        FindingsController* controller = window.findingsController();
        const int before = panel->proxy()->rowCount();
        window.findingsController()->nextFindingAction()->trigger();
        const int chosen = panel->selectedFinding();
        const QString fingerprint = controller->findings()->at(chosen).fingerprint;
        QCOMPARE(controller->ignoreAction()->text(), QStringLiteral("Ignore"));
        controller->ignoreAction()->trigger();
        QCOMPARE(panel->proxy()->rowCount(), before - 1);
        // The list goes on with the finding now in its place, and the panes follow.
        const int following = panel->selectedFinding();
        QVERIFY(following >= 0 && following != chosen);
        QCOMPARE(window.pairedView()->annotations()->currentFinding(), following);
        QVERIFY(panel->countsLabel()->text().contains(QStringLiteral("1 ignored")));
        IgnoredFindings saved;
        QVERIFY(saved.load());
        QVERIFY(saved.isIgnored(fingerprint));

        // Shown on request, and brought back.
        panel->showIgnoredBox()->setChecked(true);
        QCOMPARE(panel->proxy()->rowCount(), before);
        panel->selectFinding(chosen);
        QCOMPARE(controller->ignoreAction()->text(), QStringLiteral("Unignore"));
        QString error;
        QVERIFY2(controller->setIgnored(chosen, false, &error), qPrintable(error));
        QVERIFY(saved.load());
        QVERIFY(!saved.isIgnored(fingerprint));

        // A new window remembers what is ignored.
        QVERIFY(controller->setIgnored(chosen, true, &error));
        MainWindow again;
        openAndWaitForFindings(again, interleaved);
        QCOMPARE(again.findingsPanel()->proxy()->rowCount(), before - 1);
    }

    void twoWindowsIgnoringKeepBoth()
    {
        MainWindow first;
        MainWindow second; // read the (empty) list before the first window saved anything
        openAndWaitForFindings(first, interleaved);
        openAndWaitForFindings(second, interleaved);
        QString error;
        QVERIFY2(first.findingsController()->setIgnored(0, true, &error), qPrintable(error));
        QVERIFY2(second.findingsController()->setIgnored(1, true, &error), qPrintable(error));
        IgnoredFindings saved;
        QVERIFY(saved.load());
        const FindingsPtr findings = first.findingsController()->findings();
        QVERIFY(saved.isIgnored(findings->at(0).fingerprint));
        QVERIFY(saved.isIgnored(findings->at(1).fingerprint));
    }

    void folderNameVariantsShowWithTheirEntityWithoutLeavingTheList()
    {
        MainWindow window;
        window.show();
        QSignalSpy checked(window.findingsController(), &FindingsController::documentsChecked);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        window.openPaths({QStringLiteral(SONGNGU_SAMPLES_DIR)});
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, testing::asyncTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() > 0 && !window.findingsController()->isChecking(),
                                 testing::asyncTimeout);
        window.documentList()->selectSourceRow(window.documentModel()->rowOfPath(englishOnly));
        // "Tô Lâm" here and "To Lam" elsewhere: a name variant across the folder, listed with
        // this document's findings.
        FindingsPanel* panel = window.findingsPanel();
        const auto hasVariant = [&] {
            const FindingsPtr listed = window.findingsController()->findings();
            return listed &&
                   window.findingsController()->analysis()->document->metadata.path ==
                       englishOnly &&
                   std::any_of(listed->cbegin(), listed->cend(),
                               [](const Finding& f) { return f.kind == u"name-variant"; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasVariant(), testing::asyncTimeout);
        const FindingsPtr findings = window.findingsController()->findings();
        const auto variant =
            std::find_if(findings->cbegin(), findings->cend(),
                         [](const Finding& f) { return f.kind == u"name-variant"; });
        QVERIFY(variant->spellings.size() >= 2);
        window.sidePanel()->setCurrentWidget(panel);
        panel->view()->setCurrentIndex(panel->proxy()->mapFromSource(
            panel->model()->index(int(variant - findings->cbegin()), 0)));
        PaneAnnotations* marks = window.pairedView()->annotations();
        QVERIFY(marks->selectedEntity() >= 0);
        QCOMPARE(marks->entities()->entities.at(marks->selectedEntity()).id, variant->entity);
        // The detail names each spelling with its count and documents.
        QVERIFY(panel->detailLabel()->text().contains(variant->spellings.first().text));
        QVERIFY(panel->detailLabel()->text().contains(
            QFileInfo(variant->spellings.first().documents.first()).fileName()));
        QCOMPARE(window.sidePanel()->currentWidget(), panel); // still the list
        const auto withRow = std::find_if(findings->cbegin(), findings->cend(),
                                          [](const Finding& f) { return f.row >= 0; });
        if (withRow != findings->cend()) {
            panel->view()->setCurrentIndex(panel->proxy()->mapFromSource(
                panel->model()->index(int(withRow - findings->cbegin()), 0)));
            QCOMPARE(marks->selectedEntity(), -1);
        }
    }

    void reportsAreWrittenInEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("kind"); // as the format writes it
        // People read the window's names of kinds; machines the stable ids.
        QTest::newRow("HTML for people") << u"report.html"_s << "Name mismatch"_ba;
        QTest::newRow("CSV for spreadsheets") << u"report.csv"_s << "name-mismatch"_ba;
        QTest::newRow("JSON for scripts") << u"report.json"_s << "name-mismatch"_ba;
    }
    void reportsAreWrittenInEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, kind);
        MainWindow window;
        openAndWaitForFindings(window, interleaved);
        QTemporaryDir folder;
        const QString path = folder.filePath(name);
        QString error;
        QVERIFY2(window.findingsController()->writeReport(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(kind));
        if (name.endsWith(u".json")) {
            const QJsonObject root = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(root.value(u"findings").toArray().size(),
                     window.findingsController()->findings()->size());
        }
    }

    void theDocumentListCountsErrorsAndWarnings()
    {
        MainWindow window;
        QSignalSpy checked(window.findingsController(), &FindingsController::documentsChecked);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        window.openPaths({QStringLiteral(SONGNGU_SAMPLES_DIR)});
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, testing::asyncTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() > 0 && !window.findingsController()->isChecking(),
                                 testing::asyncTimeout);
        DocumentListModel* list = window.documentModel();
        const QModelIndex bilingual =
            list->index(list->rowOfPath(interleaved), DocumentListModel::ErrorsColumn);
        QVERIFY(bilingual.data(DocumentListModel::ErrorCountRole).toInt() >= 5);
        QCOMPARE(bilingual.data().toInt(),
                 bilingual.data(DocumentListModel::ErrorCountRole).toInt());
        const QModelIndex english =
            list->index(list->rowOfPath(englishOnly), DocumentListModel::ErrorsColumn);
        QCOMPARE(english.data(DocumentListModel::ErrorCountRole).toInt(), 0);
        QVERIFY(english.data().isNull()); // zero is left blank

        // Ignoring a finding of the shown document lowers its count.
        QTRY_VERIFY_WITH_TIMEOUT(window.findingsController()->analysis() != nullptr,
                                 testing::asyncTimeout);
        window.documentList()->selectSourceRow(list->rowOfPath(interleaved));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findingsController()->analysis() &&
                window.findingsController()->analysis()->document->metadata.path == interleaved,
            testing::asyncTimeout);
        const int before = bilingual.data(DocumentListModel::ErrorCountRole).toInt();
        const FindingsPtr findings = window.findingsController()->findings();
        const auto error = std::find_if(findings->cbegin(), findings->cend(), [](const Finding& f) {
            return f.severity == Severity::Error;
        });
        QVERIFY(error != findings->cend());
        QString message;
        QVERIFY(window.findingsController()->setIgnored(int(error - findings->cbegin()), true,
                                                        &message));
        QCOMPARE(bilingual.data(DocumentListModel::ErrorCountRole).toInt(), before - 1);

        // The report of every document has every listed document and their findings, less
        // the ignored one.
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("all.json"));
        QVERIFY(window.findingsController()->exportAllReportAction()->isEnabled());
        QVERIFY2(window.findingsController()->writeReportForAll(path, &message),
                 qPrintable(message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"documents").toArray().size(), list->rowCount());
        int errors = 0;
        for (const QJsonValue& value : root.value(u"findings").toArray())
            errors += value.toObject().value(u"severity").toString() == u"error" ? 1 : 0;
        QCOMPARE(errors, before - 1);
    }

    void anEnglishOnlyArticleHasNoErrors()
    {
        MainWindow window;
        openAndWaitForFindings(window, englishOnly);
        QCOMPARE(window.findingsPanel()->model()->count(Severity::Error, false), 0);
    }
};

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
