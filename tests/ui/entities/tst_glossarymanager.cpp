// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the glossary as a user does: Add to Glossary on a name the glossary already has, and
// Edit ▸ Glossary…, which lists the built-in and the user's entries with their origin, filters
// them ignoring case and diacritics, edits any entry (a built-in one becomes the user's
// override) and deletes the user's own (deleting an override brings the built-in entry back).
#include "support/IsolatedUserData.h"
#include "ui/common/AppSettings.h"
#include "ui/common/FoldedFilterProxy.h"
#include "ui/entities/EntitiesController.h"
#include "ui/entities/EntitiesPanel.h"
#include "ui/entities/GlossaryEntryDialog.h"
#include "ui/entities/GlossaryManager.h"
#include "ui/entities/GlossaryModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/view/AlignedPane.h"
#include "ui/view/PairedView.h"
#include "ui/view/PaneAnnotations.h"

#include "support/AsyncTimeout.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace songngu;

namespace {

using Origin = GlossaryModel::Origin;

// Runs `act` on the next modal dialog of type T as soon as it is shown: exec() blocks the test,
// so what the user does in the dialog has to be queued before it opens. Gives up after 10 s.
template <typename T> void whenShown(std::function<void(T*)> act)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    auto tries = std::make_shared<int>(1000);
    QObject::connect(poll, &QTimer::timeout, [poll, act, tries] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if ((!dialog || !dialog->isVisible()) && --*tries > 0)
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog)
            act(dialog);
    });
    poll->start();
}

// Saves the entry dialog when it lets the user; else cancels it, which the test then reports.
void saveOrCancel(GlossaryEntryDialog* dialog)
{
    QPushButton* save = dialog->buttons()->button(QDialogButtonBox::Save);
    if (save->isEnabled())
        save->click();
    else
        dialog->reject();
}

void answerQuestion(QMessageBox::StandardButton answer)
{
    whenShown<QMessageBox>([answer](QMessageBox* box) { box->button(answer)->click(); });
}

GlossaryEntry entry(const QString& id, EntityType type, const QStringList& english,
                    const QStringList& vietnamese)
{
    GlossaryEntry made;
    made.id = id;
    made.type = type;
    made.english = english;
    made.vietnamese = vietnamese;
    return made;
}

// The user's glossary the manager tests start from: an entry of their own and an override of
// the built-in "moscow" (whose built-in Vietnamese forms include "Moskva").
void writeUserGlossary()
{
    UserGlossary user;
    user.addOrReplace(entry(QStringLiteral("hoang-thi-mai"), EntityType::Person,
                            {QStringLiteral("Hoang Thi Mai")}, {QStringLiteral("Hoàng Thị Mai")}));
    user.addOrReplace(entry(QStringLiteral("moscow"), EntityType::Place, {QStringLiteral("Moscow")},
                            {QStringLiteral("Mạc Tư Khoa")}));
    QString error;
    QVERIFY2(user.save(&error), qPrintable(error));
}

QStringList shownIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(GlossaryModel::EntryIdRole).toString());
    return ids;
}

Origin originOf(const GlossaryModel& model, const QString& id)
{
    return model.originAt(model.rowOfId(id));
}

} // namespace

class TestGlossaryManager : public QObject
{
    Q_OBJECT

private:
    bool isolated = false;

    // This suite's own data and settings folders, emptied before and after the run (never
    // anything else: only once they are known to be the test folders).
    void removeUserData() const
    {
        if (!isolated)
            return;
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QFile::remove(AppSettings().fileName());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The user's glossary and settings go to this suite's test folders, never the user's own.
        isolated = testing::isolateUserData();
        QVERIFY(isolated);
        QVERIFY(UserGlossary::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        removeUserData();
    }
    void cleanupTestCase() { removeUserData(); }
    void init() { QFile::remove(UserGlossary::defaultPath()); }

    void addToGlossaryEditsANameAlreadyInTheGlossary_data();
    void addToGlossaryEditsANameAlreadyInTheGlossary();
    void modelTellsWhereEachEntryComesFrom_data();
    void modelTellsWhereEachEntryComesFrom();
    void filterIgnoresCaseAndDiacritics_data();
    void filterIgnoresCaseAndDiacritics();
    void deletingAUserEntry_data();
    void deletingAUserEntry();
    void builtInEntriesCannotBeDeleted();
    void editingABuiltInEntryMakesAnOverride();
    void theEditMenuOpensTheManager();
};

void TestGlossaryManager::addToGlossaryEditsANameAlreadyInTheGlossary_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("how"); // 0: right-click it, 1: select it first, 2: in the Entities list
    QTest::newRow("a built-in person, clicked in the Vietnamese pane")
        << QStringLiteral("nguyen-phu-trong") << QStringLiteral("Nguyễn Phú Trọng") << 0;
    QTest::newRow("a built-in person, selected with the mouse")
        << QStringLiteral("nguyen-phu-trong") << QStringLiteral("Nguyễn Phú Trọng") << 1;
    QTest::newRow("a built-in place whose Vietnamese form is not its id")
        << QStringLiteral("kremlin-palace") << QStringLiteral("Điện Kremlin") << 0;
    QTest::newRow("a built-in place, selected with the mouse")
        << QStringLiteral("kremlin-palace") << QStringLiteral("Điện Kremlin") << 1;
    QTest::newRow("a built-in person, from the Entities list")
        << QStringLiteral("nguyen-phu-trong") << QStringLiteral("Nguyễn Phú Trọng") << 2;
}

void TestGlossaryManager::addToGlossaryEditsANameAlreadyInTheGlossary()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(int, how);
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.openPaths({QStringLiteral(SONGNGU_SAMPLES_DIR "/001_19bb709d9f59f387.txt")});
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, testing::asyncTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.pairedView()->annotations()->entities() != nullptr,
                             testing::asyncTimeout);
    const int entity = window.pairedView()->annotations()->entities()->indexOf(id);
    QVERIFY(entity >= 0);

    // Right-click the name in its pane ▸ Add to Glossary…: the dialog opens on the known entry.
    const QList<EntityMention>& mentions =
        window.pairedView()->annotations()->entities()->entities.at(entity).mentions;
    const auto mention = std::find_if(mentions.cbegin(), mentions.cend(),
                                      [&](const EntityMention& m) { return m.text == text; });
    QVERIFY(mention != mentions.cend());
    AlignedPane* pane = window.pairedView()->pane(mention->language);
    window.pairedView()->scrollToRow(mention->row);
    // On its first letter: a name wrapped onto two lines has nothing at its rectangle's centre.
    const QRect first = pane->textRect(mention->row, mention->start, 1);
    const QPoint at = first.center();
    QVERIFY(pane->rect().contains(at));
    if (how == 1) {
        const QRect last = pane->textRect(mention->row, mention->start + mention->length - 1, 1);
        const QPoint end(last.right() - 1, last.center().y());
        QTest::mousePress(pane, Qt::LeftButton, {}, QPoint(first.left() + 1, first.center().y()));
        QTest::mouseMove(pane, end);
        QTest::mouseRelease(pane, Qt::LeftButton, {}, end);
        QCOMPARE(pane->selectedText(), text);
    }
    bool saveEnabled = false;
    QString shownId;
    bool idReadOnly = false;
    whenShown<GlossaryEntryDialog>([&](GlossaryEntryDialog* dialog) {
        saveEnabled = dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled();
        shownId = dialog->idEdit()->text();
        idReadOnly = dialog->idEdit()->isReadOnly();
        dialog->englishEdit()->appendPlainText(QStringLiteral("Added by the test"));
        saveOrCancel(dialog);
    });
    EntitiesController* controller = window.entitiesController();
    QSignalSpy shown(controller, &EntitiesController::entitiesShown);
    bool offered = false;
    QTimer::singleShot(50, [&offered] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions())
            if (action->text() == AlignedPane::tr("&Add to Glossary…") && action->isEnabled()) {
                offered = true;
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        menu->close();
    });
    if (how == 2) {
        Q_EMIT window.entitiesPanel()->addToGlossaryRequested(entity);
    } else {
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, pane->mapToGlobal(at));
        QApplication::sendEvent(pane, &event);
        QVERIFY(offered);
    }
    QCOMPARE(shownId, id);
    QVERIFY(idReadOnly);
    QVERIFY(saveEnabled);

    // Saved as the user's entry under the same id, which now overrides the built-in one.
    UserGlossary saved;
    QVERIFY(saved.load());
    QVERIFY(saved.entry(id));
    QVERIFY(saved.entry(id)->english.contains(QStringLiteral("Added by the test")));
    QVERIFY(
        controller->glossary()->entry(id)->english.contains(QStringLiteral("Added by the test")));
    QCOMPARE(controller->glossary()->size(),
             UserGlossary(QStringLiteral("/nonexistent")).overBuiltIn()->size());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0,
                             testing::asyncTimeout); // the document recognised again
}

void TestGlossaryManager::modelTellsWhereEachEntryComesFrom_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Origin>("origin");
    QTest::addColumn<QString>("vietnamese");
    QTest::newRow("only built in")
        << QStringLiteral("to-lam") << Origin::BuiltIn << QStringLiteral("Tô Lâm");
    QTest::newRow("only the user's")
        << QStringLiteral("hoang-thi-mai") << Origin::User << QStringLiteral("Hoàng Thị Mai");
    QTest::newRow("the user's over a built-in one: shown once, as the user's version")
        << QStringLiteral("moscow") << Origin::Override << QStringLiteral("Mạc Tư Khoa");
}

void TestGlossaryManager::modelTellsWhereEachEntryComesFrom()
{
    QFETCH(QString, id);
    QFETCH(Origin, origin);
    QFETCH(QString, vietnamese);
    writeUserGlossary();
    UserGlossary user;
    QVERIFY(user.load());
    Glossary builtIn;
    QVERIFY(builtIn.loadBuiltIn());

    GlossaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGlossaries(builtIn, user);
    QCOMPARE(model.rowCount(), user.overBuiltIn()->size()); // each entry in effect once
    const int row = model.rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.originAt(row), origin);
    QCOMPARE(model.index(row, GlossaryModel::OriginColumn).data(GlossaryModel::OriginRole).toInt(),
             int(origin));
    QCOMPARE(model.index(row, GlossaryModel::OriginColumn).data().toString(),
             GlossaryModel::originName(origin));
    QCOMPARE(model.index(row, GlossaryModel::VietnameseColumn).data().toString(), vietnamese);
    QCOMPARE(model.index(row, GlossaryModel::IdColumn).data().toString(), id);
    QVERIFY(!model.index(row, GlossaryModel::TypeColumn).data().toString().isEmpty());

    // Filling it again (after each change) passes the tester too.
    QVERIFY(user.remove(id) || origin == Origin::BuiltIn);
    model.setGlossaries(builtIn, user);
    QCOMPARE(model.rowOfId(id) >= 0, origin != Origin::User);
}

void TestGlossaryManager::filterIgnoresCaseAndDiacritics_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // ids among those shown
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("no marks finds a Vietnamese name")
        << QStringLiteral("trong") << QStringList{QStringLiteral("nguyen-phu-trong")}
        << QStringList{QStringLiteral("to-lam")};
    QTest::newRow("capitals and marks find it too")
        << QStringLiteral("PHÚ TRỌNG") << QStringList{QStringLiteral("nguyen-phu-trong")}
        << QStringList{QStringLiteral("to-lam")};
    QTest::newRow("a Vietnamese form that is not the id")
        << QStringLiteral("dien kremlin") << QStringList{QStringLiteral("kremlin-palace")}
        << QStringList{QStringLiteral("kremlin")};
    QTest::newRow("the user's form of an override")
        << QStringLiteral("mac tu khoa") << QStringList{QStringLiteral("moscow")}
        << QStringList{QStringLiteral("hoang-thi-mai")};
}

void TestGlossaryManager::filterIgnoresCaseAndDiacritics()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, hidden);
    writeUserGlossary();
    MainWindow window;
    GlossaryManager manager(window.entitiesController(), &window);
    QAbstractItemModelTester tester(manager.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = manager.model()->rowCount();
    manager.filterEdit()->setText(filter);
    const QStringList shown = shownIds(*manager.proxy());
    for (const QString& id : std::as_const(expected))
        QVERIFY2(shown.contains(id), qPrintable(id));
    for (const QString& id : std::as_const(hidden))
        QVERIFY2(!shown.contains(id), qPrintable(id));
    QVERIFY(shown.size() < all);
    QVERIFY(manager.countLabel()->text().contains(QString::number(shown.size())));
    QVERIFY(manager.countLabel()->text().contains(QString::number(all)));
}

void TestGlossaryManager::deletingAUserEntry_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<bool>("listed");    // after the answer
    QTest::addColumn<Origin>("origin");  // when still listed
    QTest::addColumn<QString>("lookup"); // a form the glossary in effect then knows
    QTest::newRow("the user's own entry is gone")
        << QStringLiteral("hoang-thi-mai") << QMessageBox::Yes << false << Origin::User
        << QString();
    QTest::newRow("deleting an override brings the built-in entry back")
        << QStringLiteral("moscow") << QMessageBox::Yes << true << Origin::BuiltIn
        << QStringLiteral("Moskva");
    QTest::newRow("cancelled: the entry stays")
        << QStringLiteral("hoang-thi-mai") << QMessageBox::Cancel << true << Origin::User
        << QStringLiteral("Hoàng Thị Mai");
}

void TestGlossaryManager::deletingAUserEntry()
{
    QFETCH(QString, id);
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(bool, listed);
    QFETCH(Origin, origin);
    QFETCH(QString, lookup);
    writeUserGlossary();
    MainWindow window;
    EntitiesController* controller = window.entitiesController();
    GlossaryManager manager(controller, &window);
    QAbstractItemModelTester tester(manager.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    manager.filterEdit()->setText(QStringLiteral("mai"));
    QVERIFY(manager.selectEntry(id)); // clears the filter when it hides the entry
    QCOMPARE(manager.currentId(), id);
    QVERIFY(manager.deleteButton()->isEnabled());
    QVERIFY(!manager.deleteButton()->toolTip().isEmpty());

    answerQuestion(answer);
    manager.deleteButton()->click();
    QCOMPARE(manager.model()->rowOfId(id) >= 0, listed);
    if (listed)
        QCOMPARE(originOf(*manager.model(), id), origin);
    UserGlossary saved; // saved at once
    QVERIFY(saved.load());
    QCOMPARE(saved.entry(id) != nullptr, answer != QMessageBox::Yes);
    QCOMPARE(controller->glossary()->entry(id) != nullptr, listed); // applied at once
    if (!lookup.isEmpty())
        QCOMPARE(controller->glossary()->lookup(lookup).size(), 1);
    // Something shown stays current, so Edit and Delete keep working from the keyboard.
    QCOMPARE(manager.currentId().isEmpty(), manager.proxy()->rowCount() == 0);
}

void TestGlossaryManager::builtInEntriesCannotBeDeleted()
{
    MainWindow window;
    GlossaryManager manager(window.entitiesController(), &window);
    QVERIFY(manager.selectEntry(QStringLiteral("to-lam")));
    QVERIFY(manager.editButton()->isEnabled());
    QVERIFY(!manager.deleteButton()->isEnabled());
    QVERIFY(manager.deleteButton()->toolTip().contains(QStringLiteral("Built-in")));
    manager.deleteCurrent(); // does nothing, even when asked directly
    QCOMPARE(originOf(*manager.model(), QStringLiteral("to-lam")), Origin::BuiltIn);
    QVERIFY(!QFile::exists(UserGlossary::defaultPath()));
}

void TestGlossaryManager::editingABuiltInEntryMakesAnOverride()
{
    MainWindow window;
    EntitiesController* controller = window.entitiesController();
    GlossaryManager manager(controller, &window);
    QAbstractItemModelTester tester(manager.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = manager.model()->rowCount();
    manager.filterEdit()->setText(QStringLiteral("trong"));
    QVERIFY(manager.selectEntry(QStringLiteral("nguyen-phu-trong")));

    bool saveEnabled = false;
    whenShown<GlossaryEntryDialog>([&](GlossaryEntryDialog* dialog) {
        saveEnabled = dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled();
        dialog->vietnameseEdit()->appendPlainText(QStringLiteral("Cụ Trọng"));
        saveOrCancel(dialog);
    });
    manager.editButton()->click();
    QVERIFY(saveEnabled);
    QCOMPARE(originOf(*manager.model(), QStringLiteral("nguyen-phu-trong")), Origin::Override);
    QCOMPARE(manager.model()->rowCount(), all);                        // replaced, not added
    QCOMPARE(manager.currentId(), QStringLiteral("nguyen-phu-trong")); // still selected
    QCOMPARE(controller->glossary()->lookup(QStringLiteral("cu trong")).size(), 1);
    UserGlossary saved;
    QVERIFY(saved.load());
    QVERIFY(saved.entry(QStringLiteral("nguyen-phu-trong")));
    // Its terms of office, which the dialog does not show, are kept.
    QVERIFY(!saved.entry(QStringLiteral("nguyen-phu-trong"))->offices.isEmpty());
}

void TestGlossaryManager::theEditMenuOpensTheManager()
{
    MainWindow window;
    QAction* action = window.entitiesController()->manageGlossaryAction();
    QVERIFY(!action->associatedObjects().isEmpty()); // in a menu
    bool listed = false;
    whenShown<GlossaryManager>([&](GlossaryManager* manager) {
        listed = manager->model()->rowOfId(QStringLiteral("to-lam")) >= 0;
        manager->reject();
    });
    action->trigger();
    QVERIFY(listed);
}

QTEST_MAIN(TestGlossaryManager)
#include "tst_glossarymanager.moc"
