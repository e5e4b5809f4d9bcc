// SPDX-License-Identifier: GPL-3.0-or-later
// Background analysis (entities and findings): results arrive through the event loop, only for
// the latest request, and match what the recogniser and the checker find when run directly.
#include "checks/DocumentAnalyzer.h"
#include "io/DocumentReader.h"

#include "support/AsyncTimeout.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace songngu;

namespace {

DocumentPtr read(const QString& text, const QString& path)
{
    return DocumentReader().readBytes(text.toUtf8(), path).document;
}

GlossaryPtr builtIn()
{
    auto glossary = std::make_shared<Glossary>();
    if (!glossary->loadBuiltIn())
        return nullptr;
    return glossary;
}

QStringList ids(const DocumentEntities& entities)
{
    QStringList list;
    for (const Entity& entity : entities.entities)
        list.append(entity.id);
    return list;
}

} // namespace

class TestDocumentAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversWhatTheRecognizerFinds()
    {
        const GlossaryPtr glossary = builtIn();
        QVERIFY(glossary);
        const DocumentPtr document =
            read(QStringLiteral("Putin meets To Lam\n\nPresident Putin met To Lam in Moscow.\n"
                                "\nTổng thống Putin hội đàm với Tô Lâm tại Moskva.\n"),
                 QStringLiteral("/a.txt"));
        QVERIFY(document);
        DocumentAnalyzer analyzer;
        QSignalSpy analyzed(&analyzer, &DocumentAnalyzer::analyzed);
        analyzer.analyze(document, glossary);
        QVERIFY(analyzer.isBusy());
        QVERIFY(analyzed.wait(20000));
        QCOMPARE(analyzed.count(), 1);
        const AnalysisPtr analysis = analyzed.at(0).at(0).value<AnalysisPtr>();
        QVERIFY(analysis);
        QCOMPARE(analysis->document, document);
        QVERIFY(analysis->entities);
        QCOMPARE(ids(*analysis->entities), ids(EntityRecognizer(*glossary).recognize(*document)));
        QVERIFY(analysis->entities->indexOf(QStringLiteral("to-lam")) >= 0);
        QVERIFY(analysis->findings);
        QCOMPARE(*analysis->findings, *DocumentAnalyzer::run(document, *glossary).findings);
        QTRY_VERIFY(!analyzer.isBusy());
    }

    void onlyTheLatestRequestIsAnswered()
    {
        const GlossaryPtr glossary = builtIn();
        QList<DocumentPtr> documents;
        for (int i = 0; i < 4; ++i)
            documents.append(read(QStringLiteral("Title %1\n\nPresident Putin spoke.\n").arg(i),
                                  QStringLiteral("/%1.txt").arg(i)));
        DocumentAnalyzer analyzer;
        QSignalSpy analyzed(&analyzer, &DocumentAnalyzer::analyzed);
        for (const DocumentPtr& document : documents)
            analyzer.analyze(document, glossary);
        QTRY_VERIFY_WITH_TIMEOUT(!analyzer.isBusy(), testing::asyncTimeout);
        QCOMPARE(analyzed.count(), 1);
        QCOMPARE(analyzed.at(0).at(0).value<AnalysisPtr>()->document, documents.last());

        // Requests are worked through in order, so a result for a superseded one would arrive
        // before a later request's: that one's comes next, and alone.
        const DocumentPtr later =
            read(QStringLiteral("Later\n\nPresident Putin spoke.\n"), QStringLiteral("/later.txt"));
        analyzer.analyze(later, glossary);
        QVERIFY(analyzed.wait(20000));
        QCOMPARE(analyzed.count(), 2);
        QCOMPARE(analyzed.at(1).at(0).value<AnalysisPtr>()->document, later);
    }

    void cancelDropsTheRunningRequest()
    {
        DocumentAnalyzer analyzer;
        QSignalSpy analyzed(&analyzer, &DocumentAnalyzer::analyzed);
        analyzer.analyze(
            read(QStringLiteral("T\n\nPresident Putin spoke.\n"), QStringLiteral("/x.txt")),
            builtIn());
        analyzer.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!analyzer.isBusy(), testing::asyncTimeout);
        QCOMPARE(analyzed.count(), 0);

        // A later request is answered alone: the cancelled one's result would have come first.
        const DocumentPtr later =
            read(QStringLiteral("Later\n\nPresident Putin spoke.\n"), QStringLiteral("/later.txt"));
        analyzer.analyze(later, builtIn());
        QVERIFY(analyzed.wait(20000));
        QCOMPARE(analyzed.count(), 1);
        QCOMPARE(analyzed.at(0).at(0).value<AnalysisPtr>()->document, later);
    }

    // The sample whose Vietnamese names Nguyễn Phú Trọng where the English names To Lam.
    void findsTheSampleMismatches()
    {
        const GlossaryPtr glossary = builtIn();
        const ReadResult read = DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR) +
                                                      QStringLiteral("/001_19bb709d9f59f387.txt"));
        QVERIFY(read.ok());
        const Analysis analysis = DocumentAnalyzer::run(read.document, *glossary);
        const auto mismatches = std::count_if(
            analysis.findings->cbegin(), analysis.findings->cend(),
            [](const Finding& f) { return f.kind == QStringLiteral("name-mismatch"); });
        QVERIFY2(mismatches >= 5, qPrintable(QString::number(mismatches)));
    }

    // A long document shows how far its analysis is, and stops part-way when cancelled or
    // superseded by another document.
    void longAnalysisReportsProgressAndStops()
    {
        QFile file(QStringLiteral(SONGNGU_SAMPLES_DIR) +
                   QStringLiteral("/001_19bb709d9f59f387.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const DocumentPtr slow =
            DocumentReader()
                .readBytes(file.readAll().repeated(300), QStringLiteral("/l.txt"))
                .document;
        QVERIFY(slow && slow->rows.size() > 3000);
        const int expected = 2 * int(slow->rows.size());
        DocumentAnalyzer analyzer;
        QSignalSpy analyzed(&analyzer, &DocumentAnalyzer::analyzed);
        analyzer.analyze(slow, builtIn());
        QTRY_VERIFY(analyzer.progress().first > 0);
        QCOMPARE(analyzer.progress().second, expected);
        // Another document supersedes it: the long one stops and the new one is delivered.
        const DocumentPtr quick =
            read(QStringLiteral("T\n\nPresident Putin spoke.\n"), QStringLiteral("/q.txt"));
        analyzer.analyze(quick, builtIn());
        QVERIFY(analyzed.wait(60000));
        QCOMPARE(analyzed.count(), 1);
        QCOMPARE(analyzed.at(0).at(0).value<AnalysisPtr>()->document, quick);

        analyzer.analyze(slow, builtIn());
        QTRY_VERIFY(analyzer.progress().first > 0);
        analyzer.cancel();
        QTRY_VERIFY(!analyzer.isBusy());
        QCOMPARE(analyzed.count(), 1); // nothing for the cancelled one
    }

    void destroyingWhileBusyWaitsForTheWorker()
    {
        auto analyzer = std::make_unique<DocumentAnalyzer>();
        analyzer->analyze(
            read(QStringLiteral("T\n\nPresident Putin spoke.\n"), QStringLiteral("/y.txt")),
            builtIn());
        analyzer.reset(); // must neither crash nor leak the thread (checked under ASan)
        QVERIFY(!analyzer);
    }
};

QTEST_GUILESS_MAIN(TestDocumentAnalyzer)
#include "tst_documentanalyzer.moc"
