// SPDX-License-Identifier: GPL-3.0-or-later
// The models the views read, checked by QAbstractItemModelTester while they change.
#include "io/DocumentReader.h"
#include "ui/common/FoldedFilterProxy.h"
#include "ui/documents/DocumentListModel.h"
#include "ui/view/AlignmentModel.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QTest>

using namespace songngu;

namespace {
ReadResult readSample(const QString& name)
{
    return DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR "/") + name);
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alignmentModelExposesRowsAndSides()
    {
        AlignmentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const ReadResult result = readSample(QStringLiteral("001_19bb709d9f59f387.txt"));
        QVERIFY(result.ok());
        model.setDocument(result.document);
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.columnCount(), 2);

        const QModelIndex headlineVi = model.index(0, AlignmentModel::VietnameseColumn);
        QCOMPARE(headlineVi.data(AlignmentModel::RowKindRole).toInt(), int(RowKind::Headline));
        QCOMPARE(headlineVi.data(AlignmentModel::HasSegmentRole).toBool(), false);
        QVERIFY(headlineVi.data().toString().isEmpty());

        const QModelIndex pairVi = model.index(2, AlignmentModel::VietnameseColumn);
        QCOMPARE(pairVi.data(AlignmentModel::RowKindRole).toInt(), int(RowKind::Pair));
        QVERIFY(pairVi.data().toString().contains(QStringLiteral("Nguyễn Phú Trọng")));
        QCOMPARE(pairVi.data(AlignmentModel::LanguageRole).toInt(), int(Language::Vietnamese));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), AlignmentModel::tr("English"));

        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void listModelAddsReplacesAndClears()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ReadResult good = readSample(QStringLiteral("000_037a6d204ec47f07.txt"));
        const ReadResult missing{QStringLiteral("/nonexistent/x.txt"), nullptr,
                                 QStringLiteral("no such file")};
        model.addResults({good, missing});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.documentCount(), 1);
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.index(0, DocumentListModel::DateColumn)
                     .data(DocumentListModel::SortRole)
                     .toDate(),
                 QDate(2025, 5, 11));
        QCOMPARE(model.index(1, DocumentListModel::TitleColumn).data().toString(),
                 QStringLiteral("x.txt"));
        QVERIFY(model.index(1, DocumentListModel::FormatColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("no such file")));
        QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isNull());

        // Reading the same path again replaces the entry instead of listing it twice.
        model.addResults({good});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfPath(good.path), 0);

        // Closing the first entry renumbers the rest.
        model.removeEntry(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfPath(missing.path), 0);
        QCOMPARE(model.rowOfPath(good.path), -1);
        model.removeEntry(5); // out of range: nothing happens
        QCOMPARE(model.rowCount(), 1);
        model.addResults({good});
        QCOMPARE(model.rowOfPath(good.path), 1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfPath(good.path), -1);
    }

    void tooltipsNeverRenderDocumentMarkup()
    {
        DocumentListModel model;
        const ReadResult html = DocumentReader().readBytes(
            QByteArrayLiteral("<b>Bold</b> <img src=x> headline\n\nBody text of the article.\n"),
            QStringLiteral("/tmp/html.txt"));
        QVERIFY(html.ok());
        model.addResults({html});
        QCOMPARE(model.index(0, 0).data().toString(),
                 QStringLiteral("<b>Bold</b> <img src=x> headline"));
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;")));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
    }

    void proxyFiltersFoldedAndSorts_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("expected");
        QTest::newRow("plain ascii finds accented") << QStringLiteral("to lam") << 2;
        QTest::newRow("d finds đ") << QStringLiteral("dang") << 1;
        QTest::newRow("decomposed input matches") << QStringLiteral("To\u0302 La\u0302m") << 2;
        QTest::newRow("words in any order") << QStringLiteral("lam to") << 2;
        QTest::newRow("no match") << QStringLiteral("putin") << 0;
    }
    void proxyFiltersFoldedAndSorts()
    {
        QFETCH(QString, filter);
        QFETCH(int, expected);
        DocumentListModel model;
        DocumentReader reader;
        model.addResults({
            reader.readBytes(
                QStringLiteral("Tổng Bí thư Tô Lâm thăm Nga\n\nNội dung bài báo.\n").toUtf8(),
                QStringLiteral("/a.txt")),
            reader.readBytes(
                QStringLiteral("To Lam meets Medvedev\n\nThe article body.\n").toUtf8(),
                QStringLiteral("/b.txt")),
            reader.readBytes(QStringLiteral("Đảng Cộng sản họp\n\nNội dung khác.\n").toUtf8(),
                             QStringLiteral("/c.txt")),
        });
        FoldedFilterProxy proxy(DocumentListModel::SearchKeyRole, DocumentListModel::SortRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterText(filter);
        QCOMPARE(proxy.rowCount(), expected);

        proxy.setFilterText({});
        proxy.sort(DocumentListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Đảng Cộng sản họp"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
