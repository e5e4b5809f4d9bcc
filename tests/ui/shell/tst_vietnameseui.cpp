// SPDX-License-Identifier: GPL-3.0-or-later
// The interface in Vietnamese as a user meets it: Qt's own buttons and file dialogs speak
// Vietnamese too, and every menu's accelerators are distinct.
#include "support/IsolatedUserData.h"
#include "support/Translations.h"
#include "ui/common/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace songngu;
using namespace Qt::StringLiterals;

class TestVietnameseUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(testing::isolateUserData());
        QFile::remove(AppSettings().fileName());
        QCOMPARE(installTranslations(*qApp, u"vi"_s), u"vi"_s);
    }
    void cleanupTestCase() { QFile::remove(AppSettings().fileName()); }

    void standardButtons_data()
    {
        QTest::addColumn<QDialogButtonBox::StandardButton>("button");
        QTest::addColumn<QString>("text");
        QTest::newRow("Cancel, in every dialog") << QDialogButtonBox::Cancel << u"Hủy"_s;
        QTest::newRow("Save, in the glossary entry dialog") << QDialogButtonBox::Save << u"Lưu"_s;
        QTest::newRow("OK, in message boxes") << QDialogButtonBox::Ok << u"Đồng ý"_s;
        QTest::newRow("Open") << QDialogButtonBox::Open << u"Mở"_s;
        QTest::newRow("Close") << QDialogButtonBox::Close << u"Đóng"_s;
    }
    void standardButtons()
    {
        QFETCH(QDialogButtonBox::StandardButton, button);
        QFETCH(QString, text);
        QDialogButtonBox box(button);
        QCOMPARE(box.button(button)->text(), text);
    }

    void messageBoxOk()
    {
        QMessageBox box(QMessageBox::Warning, u"Chưa lưu"_s, u"…"_s, QMessageBox::Ok);
        QCOMPARE(box.button(QMessageBox::Ok)->text(), u"Đồng ý"_s);
    }

    void fileDialogLabels_data()
    {
        QTest::addColumn<QFileDialog::AcceptMode>("mode");
        QTest::addColumn<QFileDialog::DialogLabel>("label");
        QTest::addColumn<QString>("text");
        const auto open = QFileDialog::AcceptOpen;
        const auto save = QFileDialog::AcceptSave;
        QTest::newRow("Look in:") << open << QFileDialog::LookIn << u"Tìm trong:"_s;
        QTest::newRow("File name:") << open << QFileDialog::FileName << u"&Tên tệp:"_s;
        QTest::newRow("Files of type:") << open << QFileDialog::FileType << u"Loại tệp:"_s;
        QTest::newRow("Open button") << open << QFileDialog::Accept << u"&Mở"_s;
        QTest::newRow("Save button, exporting") << save << QFileDialog::Accept << u"&Lưu"_s;
        QTest::newRow("Cancel button") << open << QFileDialog::Reject << u"Hủy"_s;
    }
    void fileDialogLabels()
    {
        QFETCH(QFileDialog::AcceptMode, mode);
        QFETCH(QFileDialog::DialogLabel, label);
        QFETCH(QString, text);
        // Qt's own dialog, the one shown where the desktop offers none (and in these tests).
        QFileDialog dialog;
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(mode);
        QCOMPARE(dialog.labelText(label), text);
    }

    // A letter twice in one menu makes Alt+letter cycle instead of choose.
    void menuAcceleratorsAreDistinct()
    {
        MainWindow window;
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QList<QList<QAction*>> groups = {menus};
        for (const QAction* menu : menus)
            if (menu->menu())
                groups.append(menu->menu()->actions());
        QStringList clashes;
        for (const QList<QAction*>& actions : groups) {
            QHash<QChar, QString> taken;
            for (const QAction* action : actions) {
                const QString text = action->text();
                const qsizetype at = QString(text).replace(u"&&"_s, u"__"_s).indexOf(u'&');
                if (action->isSeparator() || at < 0 || at + 1 >= text.size())
                    continue;
                const QChar key = text.at(at + 1).toCaseFolded();
                if (taken.contains(key))
                    clashes.append(taken.value(key) + u" / "_s + text);
                taken.insert(key, text);
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        QCOMPARE(menus.front()->text(), u"&Tệp"_s); // the check ran on the Vietnamese menus
    }
};

QTEST_MAIN(TestVietnameseUi)
#include "tst_vietnameseui.moc"
