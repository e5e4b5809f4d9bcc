// SPDX-License-Identifier: GPL-3.0-or-later
// The Entities tab and the entity highlighting of the paired view, as a user meets them: the
// list grouped by type with counts and a filter, selecting an entity and stepping through its
// mentions, hovering a name to light its counterpart, and adding a name to the glossary.
#include "support/IsolatedUserData.h"
#include "support/PairedViewTestSupport.h"
#include "ui/common/Colours.h"
#include "ui/common/FoldedFilterProxy.h"
#include "ui/entities/EntitiesController.h"
#include "ui/entities/EntitiesPanel.h"
#include "ui/entities/EntityLegend.h"
#include "ui/entities/EntityModel.h"
#include "ui/entities/GlossaryEntryDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/view/EntityHighlights.h"
#include "ui/view/PaneAnnotations.h"

#include "support/AsyncTimeout.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

using namespace songngu;
using namespace songngu::testing;

namespace {

// Row 0 names everyone; rows 1..28 are filler; row 29 refers to To Lam by his given name.
QList<RowSpec> article()
{
    QList<RowSpec> rows{
        {RowKind::Pair, QStringLiteral("General Secretary To Lam met President Putin in Moscow."),
         QStringLiteral("Tổng Bí thư Tô Lâm hội đàm với Tổng thống Putin tại Moskva.")}};
    for (int i = 1; i < 29; ++i)
        rows.append(
            {RowKind::Pair, words(Language::English, 30, i), words(Language::Vietnamese, 30, i)});
    rows.append({RowKind::Pair, QStringLiteral("General Secretary Lam thanked Putin."),
                 QStringLiteral("Tổng Bí thư Lâm cảm ơn Tổng thống Putin.")});
    return rows;
}

GlossaryPtr builtInGlossary()
{
    auto glossary = std::make_shared<Glossary>();
    glossary->loadBuiltIn();
    return glossary;
}

EntitiesPtr recognise(const DocumentPtr& document)
{
    const GlossaryPtr glossary = builtInGlossary();
    return std::make_shared<DocumentEntities>(EntityRecognizer(*glossary).recognize(*document));
}

// The entity ids the tree shows (under every group), in display order.
QStringList shownIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            ids.append(model.index(row, 0, parent).data(EntityModel::EntityIdRole).toString());
    }
    return ids;
}

void removeUserGlossary()
{
    QFile::remove(UserGlossary::defaultPath());
}

} // namespace

class TestEntities : public QObject, public PairedViewFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        removeUserGlossary();
    }
    void cleanup()
    {
        resetFixture();
        removeUserGlossary();
    }

    void modelGroupsEntitiesByTypeWithCounts()
    {
        const EntitiesPtr entities = recognise(makeDocument(article()));
        EntityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntities(entities);
        QVERIFY(model.rowCount() >= 2);
        // Groups in the fixed type order, each only when the document has that type.
        QStringList groupTypes;
        for (int group = 0; group < model.rowCount(); ++group)
            groupTypes.append(model.index(group, 0).data(EntityModel::TypeRole).toString());
        QCOMPARE(groupTypes.first(), QStringLiteral("person"));
        QVERIFY(groupTypes.contains(QStringLiteral("place")));
        QCOMPARE(groupTypes.size(), QSet<QString>(groupTypes.cbegin(), groupTypes.cend()).size());

        const int toLam = entities->indexOf(QStringLiteral("to-lam"));
        QVERIFY(toLam >= 0);
        const QModelIndex row = model.indexOfEntity(toLam);
        QCOMPARE(row.parent().data(EntityModel::TypeRole).toString(), QStringLiteral("person"));
        QCOMPARE(row.siblingAtColumn(EntityModel::EnglishColumn).data().toString(),
                 QStringLiteral("To Lam"));
        QCOMPARE(row.siblingAtColumn(EntityModel::VietnameseColumn).data().toString(),
                 QStringLiteral("Tô Lâm"));
        // "To Lam" and "Lam" in English, "Tô Lâm" and "Lâm" in Vietnamese.
        QCOMPARE(row.siblingAtColumn(EntityModel::EnglishCountColumn).data().toInt(), 2);
        QCOMPARE(row.siblingAtColumn(EntityModel::VietnameseCountColumn).data().toInt(), 2);

        model.setEntities(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filterIgnoresDiacriticsAndMatchesEverySpelling_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("shown");
        QTest::newRow("Vietnamese form without marks") << "to lam"
                                                       << "to-lam" << true;
        QTest::newRow("given name alone") << "lâm"
                                          << "to-lam" << true;
        QTest::newRow("upper case") << "PUTIN"
                                    << "vladimir-putin" << true;
        QTest::newRow("the Vietnamese spelling of a place") << "moskva"
                                                            << "moscow" << true;
        QTest::newRow("a group name shows its members") << "people"
                                                        << "to-lam" << true;
        QTest::newRow("other entities are hidden") << "putin"
                                                   << "to-lam" << false;
        QTest::newRow("nothing matches") << "zzzz"
                                         << "moscow" << false;
    }
    void filterIgnoresDiacriticsAndMatchesEverySpelling()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        QFETCH(bool, shown);
        EntityModel model;
        FoldedFilterProxy proxy(EntityModel::SearchKeyRole, EntityModel::SortRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setEntities(recognise(makeDocument(article())));
        QVERIFY(shownIds(proxy).contains(expected));
        proxy.setFilterText(filter);
        QCOMPARE(shownIds(proxy).contains(expected), shown);
    }

    void numbersSortByValueAndCountsByCount()
    {
        EntityModel model;
        FoldedFilterProxy proxy(EntityModel::SearchKeyRole, EntityModel::SortRole);
        proxy.setSourceModel(&model);
        model.setEntities(recognise(makeDocument(
            {{RowKind::Pair, QStringLiteral("They sold 100 cars, 20 bikes and 3 boats; 3 left."),
              QStringLiteral("Họ bán 100 ô tô, 20 xe đạp và 3 thuyền.")}})));
        QModelIndex numbers;
        for (int group = 0; group < proxy.rowCount(); ++group)
            if (proxy.index(group, 0).data(EntityModel::TypeRole) == QStringLiteral("number"))
                numbers = proxy.index(group, 0);
        QVERIFY(numbers.isValid());
        const auto order = [&](int column) {
            QStringList ids;
            for (int row = 0; row < proxy.rowCount(numbers); ++row)
                ids.append(
                    proxy.index(row, column, numbers).data(EntityModel::EntityIdRole).toString());
            return ids;
        };
        proxy.sort(EntityModel::EnglishColumn, Qt::AscendingOrder);
        QCOMPARE(order(0), QStringList({QStringLiteral("number:3"), QStringLiteral("number:20"),
                                        QStringLiteral("number:100")}));
        proxy.sort(EntityModel::EnglishCountColumn, Qt::DescendingOrder);
        QCOMPARE(order(0).first(), QStringLiteral("number:3")); // written twice
    }

    // Stepping through mentions inside a selected finding's span: the current mention is drawn
    // over the finding's wash, not hidden under it.
    void currentMentionIsDrawnOverTheSelectedFinding()
    {
        const EntitiesPtr entities = recognise(makeDocument(article()));
        const int putin = entities->indexOf(QStringLiteral("vladimir-putin"));
        QVERIFY(putin >= 0);
        const EntityMention first = entities->entities.at(putin).mentions.front();
        QCOMPARE(first.language, Language::English);
        const QString text =
            QStringLiteral("General Secretary To Lam met President Putin in Moscow.");
        Finding finding;
        finding.kind = QStringLiteral("name-mismatch");
        finding.row = first.row;
        finding.english = findingSpan(text, 0, int(text.size())); // the whole paragraph
        finding.fingerprint = QStringLiteral("f");
        PaneAnnotations marks;
        marks.setEntities(entities);
        marks.setFindings(std::make_shared<const QList<Finding>>(QList<Finding>{finding}));
        marks.setCurrentFinding(0);
        marks.setSelectedEntity(putin);
        marks.setCurrentMention(0);
        const QPalette palette;
        const QList<QTextLayout::FormatRange> ranges =
            marks.formats(first.row, Language::English, palette);
        QVERIFY(ranges.size() >= 2);
        // Later ranges are drawn over earlier ones: the last one is the current mention.
        QCOMPARE(ranges.back().start, first.start);
        QCOMPARE(ranges.back().length, first.length);
        QVERIFY(ranges.back().format.fontUnderline());
    }

    void highlightsHaveThreeStrengthsAndFollowHover()
    {
        const EntitiesPtr entities = recognise(makeDocument(article()));
        const int putin = entities->indexOf(QStringLiteral("vladimir-putin"));
        QVERIFY(putin >= 0);
        const QPalette palette;
        EntityHighlights marks;
        marks.setEntities(entities);
        const int everything = int(marks.formats(0, Language::English, palette).size());
        QVERIFY(everything >= 3); // To Lam, Putin, Moscow

        QVERIFY(marks.setShowAll(false));
        QVERIFY(marks.formats(0, Language::English, palette).isEmpty());
        QVERIFY(marks.setSelected(putin));
        const QList<QTextLayout::FormatRange> selected =
            marks.formats(0, Language::English, palette);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(QStringLiteral("General Secretary To Lam met President Putin in Moscow.")
                     .mid(selected[0].start, selected[0].length),
                 QStringLiteral("Putin"));
        QCOMPARE(selected[0].format.background().color(),
                 EntityHighlights::typeWash(QStringLiteral("person"), palette, 0.5));
        QVERIFY(!selected[0].format.fontUnderline());

        QVERIFY(marks.setCurrentMention(0));
        QVERIFY(marks.formats(0, Language::English, palette)[0].format.fontUnderline());
        QVERIFY(!marks.formats(0, Language::Vietnamese, palette)[0].format.fontUnderline());

        // Hovering lights the entity in both languages of that row only.
        QVERIFY(marks.setSelected(-1));
        QVERIFY(marks.setHover(29, putin));
        QVERIFY(marks.formats(0, Language::Vietnamese, palette).isEmpty());
        QCOMPARE(marks.formats(29, Language::Vietnamese, palette).size(), 1);
        QCOMPARE(marks.formats(29, Language::English, palette).size(), 1);
        QVERIFY(!marks.setHover(29, putin));
        QVERIFY(marks.setHover(-1, -1));
        QVERIFY(marks.formats(29, Language::English, palette).isEmpty());
    }

    void typeColoursAreDistinctAndReadOnLightAndDark()
    {
        const QStringList types = EntityHighlights::typeCodes();
        QCOMPARE(types.size(), 8);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QSet<QRgb> seen;
        for (const QString& type : types) {
            QVERIFY2(!seen.contains(EntityHighlights::typeColour(type).rgb()), qPrintable(type));
            seen.insert(EntityHighlights::typeColour(type).rgb());
            QVERIFY(!EntityHighlights::typeName(type).isEmpty());
            for (const QPalette& palette : {light, dark}) {
                // The strongest wash still leaves the palette's text readable (WCAG AA).
                const QColor wash = EntityHighlights::typeWash(type, palette, 0.62);
                QVERIFY2(colours::contrast(wash, palette.color(QPalette::Text)) >= 4.5,
                         qPrintable(type));
            }
        }
    }

    void stepsThroughMentionsInReadingOrderAndWraps()
    {
        showDocument(article());
        const EntitiesPtr entities = recognise(model->document());
        view->annotations()->setEntities(entities);
        const int toLam = entities->indexOf(QStringLiteral("to-lam"));
        QSignalSpy selected(view->annotations(), &PaneAnnotations::selectedEntityChanged);
        QSignalSpy mentions(view->annotations(), &PaneAnnotations::currentMentionChanged);
        view->annotations()->setSelectedEntity(toLam);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().at(0).toInt(), toLam);

        const QList<EntityMention>& all = entities->entities.at(toLam).mentions;
        QCOMPARE(all.size(), 4);
        view->nextMention();
        QCOMPARE(view->annotations()->currentMention(), 0);
        QCOMPARE(view->currentRow(), 0);
        view->nextMention();
        view->nextMention();
        QCOMPARE(view->annotations()->currentMention(), 2);
        QCOMPARE(view->currentRow(), 29);
        QVERIFY(english()->rowRect(29).isValid()); // scrolled into view
        view->nextMention();
        view->nextMention(); // past the last: back to the first
        QCOMPARE(view->annotations()->currentMention(), 0);
        QCOMPARE(view->currentRow(), 0);
        view->previousMention(); // before the first: the last
        QCOMPARE(view->annotations()->currentMention(), 3);
        QCOMPARE(mentions.count(), 7);

        // A new selection starts from where the reader is.
        view->annotations()->setSelectedEntity(-1);
        view->setCurrentRow(10);
        view->annotations()->setSelectedEntity(toLam);
        view->nextMention();
        QCOMPARE(view->annotations()->currentMention(), 2);
        view->annotations()->setSelectedEntity(-1);
        view->setCurrentRow(10);
        view->annotations()->setSelectedEntity(toLam);
        view->previousMention();
        QCOMPARE(view->annotations()->currentMention(), 1);
    }

    void anotherDocumentDropsTheEntities()
    {
        showDocument(article());
        view->annotations()->setEntities(recognise(model->document()));
        view->annotations()->setSelectedEntity(0);
        QSignalSpy invalidated(view->annotations(), &PaneAnnotations::entitiesInvalidated);
        QSignalSpy selected(view->annotations(), &PaneAnnotations::selectedEntityChanged);
        model->setDocument(
            makeDocument({{RowKind::Pair, QStringLiteral("Other."), QStringLiteral("Khác.")}}));
        QCOMPARE(invalidated.count(), 1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().at(0).toInt(), -1);
        QVERIFY(!view->annotations()->entities());
        QCOMPARE(view->annotations()->selectedEntity(), -1);
    }

    void hoveringANameLightsItsCounterpart()
    {
        showDocument(article());
        const EntitiesPtr entities = recognise(model->document());
        view->annotations()->setEntities(entities);
        view->annotations()->setHighlightAllEntities(false); // only the hover is painted
        const int putin = entities->indexOf(QStringLiteral("vladimir-putin"));
        const EntityMention english0 =
            entities->entities.at(putin).mentionsIn(0, Language::English).first();
        const EntityMention vietnamese0 =
            entities->entities.at(putin).mentionsIn(0, Language::Vietnamese).first();
        const QRect over = english()->textRect(0, english0.start, english0.length);
        QVERIFY(over.isValid());
        QTest::mouseMove(english(), over.center());
        QTRY_COMPARE(view->annotations()->hoveredEntity(), putin);

        // The Vietnamese "Putin" is painted in the hover colour.
        const QColor hover =
            EntityHighlights::typeWash(QStringLiteral("person"), vietnamese()->palette(), 0.62);
        const QRect counterpart = vietnamese()->textRect(0, vietnamese0.start, vietnamese0.length);
        const QImage image = rendered(vietnamese());
        int hovered = 0;
        for (int y = counterpart.top(); y <= counterpart.bottom(); ++y)
            for (int x = counterpart.left(); x <= counterpart.right(); ++x)
                hovered += image.pixel(x, y) == hover.rgb() ? 1 : 0;
        QVERIFY2(hovered > counterpart.width() * counterpart.height() / 4,
                 qPrintable(QString::number(hovered)));

        // Off the text (the gutter), and out of the pane, nothing is lit.
        QTest::mouseMove(english(), QPoint(2, over.center().y()));
        QTRY_COMPARE(view->annotations()->hoveredEntity(), -1);
        QTest::mouseMove(english(), over.center());
        QTRY_COMPARE(view->annotations()->hoveredEntity(), putin);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(english(), &leave);
        QCOMPARE(view->annotations()->hoveredEntity(), -1);
    }

    void legendNamesEveryType()
    {
        EntityLegend legend;
        for (const QString& type : EntityHighlights::typeCodes()) {
            const QWidget* cell = legend.findChild<QWidget*>(QStringLiteral("legend-") + type);
            QVERIFY2(cell, qPrintable(type));
            const QList<QLabel*> labels = cell->findChildren<QLabel*>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel* label) {
                return label->text() == EntityHighlights::typeName(type);
            }));
        }
    }

    void entryDialogDerivesTheIdAndNeedsAForm()
    {
        GlossaryEntryDialog dialog;
        QPushButton* save = dialog.buttons()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        dialog.vietnameseEdit()->setPlainText(
            QStringLiteral("Nguyễn Văn Khang\n\nNguyễn Văn Khang"));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.idEdit()->text(), QStringLiteral("nguyen-van-khang"));
        dialog.givenNamesEdit()->setText(QStringLiteral("An, An ,"));
        const GlossaryEntry entry = dialog.entry();
        QCOMPARE(entry.vietnamese,
                 QStringList{QStringLiteral("Nguyễn Văn Khang")}); // no duplicates
        QCOMPARE(entry.givenNames, QStringList{QStringLiteral("An")});
        QCOMPARE(entry.type, EntityType::Person);

        // Given names are for people only.
        dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(int(EntityType::Place)));
        QVERIFY(!dialog.givenNamesEdit()->isEnabled());
        QVERIFY(dialog.entry().givenNames.isEmpty());

        // A new entry may not take the id of another: saving would replace that one.
        dialog.setTakenIds({QStringLiteral("to-lam")});
        dialog.setEntry({}, false);
        dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(int(EntityType::Person)));
        dialog.englishEdit()->setPlainText(QStringLiteral("To Lam"));
        QCOMPARE(dialog.idEdit()->text(), QStringLiteral("to-lam"));
        QVERIFY(!save->isEnabled());

        // An existing entry keeps its id, so saving overrides it, and keeps what the dialog
        // does not edit: its terms of office.
        GlossaryEntry known;
        known.id = QStringLiteral("to-lam");
        known.english = {QStringLiteral("To Lam")};
        known.offices = {{QStringLiteral("cpv-general-secretary"), QDate(2024, 8, 3), QDate()}};
        dialog.setEntry(known, true);
        QVERIFY(dialog.idEdit()->isReadOnly());
        QVERIFY(save->isEnabled());
        dialog.englishEdit()->setPlainText(QStringLiteral("To Lam\nTô Lâm"));
        QCOMPARE(dialog.entry().id, QStringLiteral("to-lam"));
        QCOMPARE(dialog.entry().english.size(), 2);
        QCOMPARE(dialog.entry().offices, known.offices);
    }

    void windowListsEntitiesAndKeepsPanelAndViewInStep()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        window.openPaths({QStringLiteral(SONGNGU_SAMPLES_DIR "/001_19bb709d9f59f387.txt")});
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, testing::asyncTimeout);
        EntitiesPanel* panel = window.entitiesPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->entities() != nullptr, testing::asyncTimeout);
        QCOMPARE(panel->entities(), window.pairedView()->annotations()->entities());
        QVERIFY(window.sidePanel()->indexOf(panel) >= 0);

        // Choosing in the list selects in the view; stepping moves the view and the label.
        const int toLam = panel->entities()->indexOf(QStringLiteral("to-lam"));
        QVERIFY(toLam >= 0);
        panel->view()->setCurrentIndex(
            panel->proxy()->mapFromSource(panel->model()->indexOfEntity(toLam)));
        QCOMPARE(window.pairedView()->annotations()->selectedEntity(), toLam);
        QAction* next = window.entitiesController()->nextMentionAction();
        QVERIFY(next->isEnabled());
        next->trigger();
        const EntityMention first = panel->entities()->entities.at(toLam).mentions.first();
        QCOMPARE(window.pairedView()->currentRow(), first.row);
        QVERIFY(panel->positionLabel()->text().contains(QString::number(first.row + 1)));

        // Choosing in the view ("Show in Entities") selects in the list and shows the tab.
        window.sidePanel()->setCurrentIndex(0);
        const int putin = panel->entities()->indexOf(QStringLiteral("vladimir-putin"));
        Q_EMIT window.pairedView()->showInEntitiesRequested(putin);
        QCOMPARE(panel->selectedEntity(), putin);
        QCOMPARE(window.sidePanel()->currentWidget(), panel);

        // Filtering hides rows but does not change what the panes highlight.
        panel->filterEdit()->setText(QStringLiteral("lam"));
        QCOMPARE(window.pairedView()->annotations()->selectedEntity(), putin);
        QCOMPARE(panel->selectedEntity(), putin);
        panel->filterEdit()->clear();
        QCOMPARE(panel->view()->currentIndex().data(EntityModel::EntityIndexRole).toInt(), putin);
        // Showing an entity the filter hides clears the filter.
        panel->filterEdit()->setText(QStringLiteral("putin"));
        window.pairedView()->annotations()->setSelectedEntity(toLam);
        QVERIFY(panel->filterEdit()->text().isEmpty());
        QCOMPARE(panel->view()->currentIndex().data(EntityModel::EntityIndexRole).toInt(), toLam);

        // A filter that matches nothing says so.
        panel->filterEdit()->setText(QStringLiteral("zzzz"));
        QVERIFY(panel->messageLabel()->isVisibleTo(panel));
        QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("zzzz")));
        panel->filterEdit()->clear();
        QVERIFY(!panel->messageLabel()->isVisibleTo(panel));

        // Closing the document empties the tab.
        window.closeAll();
        QVERIFY(!panel->entities());
        QVERIFY(!panel->messageLabel()->text().isEmpty());
        QVERIFY(!next->isEnabled());
    }

    void addingANameToTheGlossaryRecognisesItAgain()
    {
        MainWindow window;
        window.show();
        const QString path = QStringLiteral(SONGNGU_TEST_DATA_DIR "/entities_unknown_name.txt");
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        window.openPaths({path});
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, testing::asyncTimeout);
        EntitiesController* controller = window.entitiesController();
        QTRY_VERIFY_WITH_TIMEOUT(window.pairedView()->annotations()->entities() != nullptr,
                                 testing::asyncTimeout);
        QCOMPARE(window.pairedView()->annotations()->entities()->indexOf(
                     QStringLiteral("hoang-thi-mai")),
                 -1);

        // A known name is edited under its id; an unknown one starts a new entry.
        bool existing = false;
        const GlossaryEntry known =
            controller->proposedEntry(Language::English, QStringLiteral("TO LAM"), -1, &existing);
        QVERIFY(existing);
        QCOMPARE(known.id, QStringLiteral("to-lam"));
        GlossaryEntry entry = controller->proposedEntry(
            Language::Vietnamese, QStringLiteral("Hoàng Thị Mai"), -1, &existing);
        QVERIFY(!existing);
        QCOMPARE(entry.vietnamese, QStringList{QStringLiteral("Hoàng Thị Mai")});
        entry.id = Glossary::makeId(entry);
        entry.english = {QStringLiteral("Hoang Thi Mai")};
        entry.givenNames = {QStringLiteral("Mai")};
        entry.vietnameseName = true;

        QSignalSpy shown(controller, &EntitiesController::entitiesShown);
        QString error;
        QVERIFY2(controller->saveEntry(entry, &error), qPrintable(error));
        QVERIFY(QFile::exists(UserGlossary::defaultPath()));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, testing::asyncTimeout);
        const EntitiesPtr entities = window.pairedView()->annotations()->entities();
        const int mai = entities->indexOf(QStringLiteral("hoang-thi-mai"));
        QVERIFY(mai >= 0);
        // Both spellings and the given name alone are now one entity.
        QCOMPARE(entities->entities.at(mai).mentionCount(Language::English), 2);
        QCOMPARE(entities->entities.at(mai).mentionCount(Language::Vietnamese), 2);

        // The next window reads the user's glossary too.
        UserGlossary again;
        QVERIFY(again.load());
        QVERIFY(again.entry(QStringLiteral("hoang-thi-mai")));
    }

    void anUnreadableUserGlossaryIsNeverOverwritten()
    {
        const QString path = UserGlossary::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray broken = "{\"format\": \"songngu-glossary\", \"entries\": [ {\"id\": ";
        file.write(broken);
        file.close();

        MainWindow window;
        EntitiesController* controller = window.entitiesController();
        QSignalSpy messages(controller, &EntitiesController::message);
        QTRY_COMPARE(messages.count(), 1); // once the window listens
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("not used")));

        GlossaryEntry entry;
        entry.english = {QStringLiteral("Hoang Thi Mai")};
        entry.id = Glossary::makeId(entry);
        QString error;
        QVERIFY(!controller->saveEntry(entry, &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        int added = 0;
        QVERIFY(!controller->importFile(path, &added, &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
        // The built-in glossary still works.
        QVERIFY(controller->glossary()->entry(QStringLiteral("to-lam")));
    }

    void importingAndExportingTheGlossary()
    {
        MainWindow window;
        EntitiesController* controller = window.entitiesController();
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QString error;
        int added = -1;

        // An export of the glossary in effect imports back as nothing new.
        for (const QString name : {QStringLiteral("all.tbx"), QStringLiteral("all.csv")}) {
            const QString path = folder.filePath(name);
            QVERIFY2(controller->exportFile(path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
            QVERIFY2(controller->importFile(path, &added, &error), qPrintable(error));
            QCOMPARE(added, 0);
            QVERIFY(!QFile::exists(UserGlossary::defaultPath()));
        }

        // A new entry is added to the user's glossary and used at once.
        const QString csv = folder.filePath(QStringLiteral("new.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,type,en,vi,given,vietnamese_name\r\n"
                   "hoang-thi-mai,person,Hoang Thi Mai,Hoàng Thị Mai,Mai,true\r\n");
        file.close();
        QVERIFY2(controller->importFile(csv, &added, &error), qPrintable(error));
        QCOMPARE(added, 1);
        QVERIFY(controller->glossary()->entry(QStringLiteral("hoang-thi-mai")));
        UserGlossary saved;
        QVERIFY(saved.load());
        QCOMPARE(saved.entries().size(), 1);

        // A bad file changes nothing and says why.
        const QString bad = folder.filePath(QStringLiteral("bad.tbx"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("<tbx><text><body><conceptEntry");
        badFile.close();
        error.clear();
        QVERIFY(!controller->importFile(bad, &added, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(saved.load());
        QCOMPARE(saved.entries().size(), 1);
    }
};

QTEST_MAIN(TestEntities)
#include "tst_entities.moc"
