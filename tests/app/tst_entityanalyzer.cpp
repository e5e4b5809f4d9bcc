// Background entity recognition: results arrive through the event loop, only for the latest
// request, and match what the recogniser finds when run directly.
#include "DocumentReader.h"
#include "EntityAnalyzer.h"

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
    if (!glossary->load(Glossary::builtInPath()))
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

class TestEntityAnalyzer : public QObject
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
        EntityAnalyzer analyzer;
        QSignalSpy analyzed(&analyzer, &EntityAnalyzer::analyzed);
        analyzer.analyze(document, glossary);
        QVERIFY(analyzer.isBusy());
        QVERIFY(analyzed.wait(20000));
        QCOMPARE(analyzed.count(), 1);
        QCOMPARE(analyzed.at(0).at(0).value<DocumentPtr>(), document);
        const EntitiesPtr entities = analyzed.at(0).at(1).value<EntitiesPtr>();
        QVERIFY(entities);
        QCOMPARE(ids(*entities), ids(EntityRecognizer(*glossary).recognize(*document)));
        QVERIFY(entities->indexOf(QStringLiteral("to-lam")) >= 0);
        QTRY_VERIFY(!analyzer.isBusy());
    }

    void onlyTheLatestRequestIsAnswered()
    {
        const GlossaryPtr glossary = builtIn();
        QList<DocumentPtr> documents;
        for (int i = 0; i < 4; ++i)
            documents.append(read(QStringLiteral("Title %1\n\nPresident Putin spoke.\n").arg(i),
                                  QStringLiteral("/%1.txt").arg(i)));
        EntityAnalyzer analyzer;
        QSignalSpy analyzed(&analyzer, &EntityAnalyzer::analyzed);
        for (const DocumentPtr& document : documents)
            analyzer.analyze(document, glossary);
        QTRY_VERIFY_WITH_TIMEOUT(!analyzer.isBusy(), 20000);
        QTest::qWait(50); // nothing more is on its way
        QCOMPARE(analyzed.count(), 1);
        QCOMPARE(analyzed.at(0).at(0).value<DocumentPtr>(), documents.last());
    }

    void cancelDropsTheRunningRequest()
    {
        EntityAnalyzer analyzer;
        QSignalSpy analyzed(&analyzer, &EntityAnalyzer::analyzed);
        analyzer.analyze(
            read(QStringLiteral("T\n\nPresident Putin spoke.\n"), QStringLiteral("/x.txt")),
            builtIn());
        analyzer.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!analyzer.isBusy(), 20000);
        QTest::qWait(50);
        QCOMPARE(analyzed.count(), 0);
    }

    void destroyingWhileBusyWaitsForTheWorker()
    {
        auto analyzer = std::make_unique<EntityAnalyzer>();
        analyzer->analyze(
            read(QStringLiteral("T\n\nPresident Putin spoke.\n"), QStringLiteral("/y.txt")),
            builtIn());
        analyzer.reset(); // must neither crash nor leak the thread (checked under ASan)
        QVERIFY(!analyzer);
    }
};

QTEST_GUILESS_MAIN(TestEntityAnalyzer)
#include "tst_entityanalyzer.moc"
