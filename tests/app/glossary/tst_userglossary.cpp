// SPDX-License-Identifier: GPL-3.0-or-later
// The user glossary: where it lives, saving and loading it (atomically), overriding the
// built-in glossary with it, its ids, and `songngu entities` reading it.
#include "cli/CommandLine.h"
#include "glossary/Glossary.h"
#include "glossary/UserGlossary.h"
#include "support/IsolatedUserData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/FailingWrites.h"

using namespace songngu;
using namespace songngu::testing;
using namespace Qt::StringLiterals;

namespace {

GlossaryEntry person(const QString& id, const QStringList& english, const QStringList& vietnamese,
                     const QStringList& given = {})
{
    return GlossaryEntry{id, EntityType::Person, english, vietnamese, given, true, {}};
}

QString json(const QList<GlossaryEntry>& entries)
{
    return QString::fromUtf8(Glossary::toJson(entries));
}

QString samplePath(const QString& prefix)
{
    const QDir dir(QStringLiteral(SONGNGU_SAMPLES_DIR));
    const QStringList found = dir.entryList({prefix + u"_*.txt"_s}, QDir::Files);
    return found.size() == 1 ? dir.filePath(found.front()) : QString();
}

} // namespace

class TestUserGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void defaultPathIsInTheDataFolder();
    void missingFileIsEmpty();
    void saveAndLoadRoundTrip();
    void badFileLeavesEntriesUnchanged_data();
    void badFileLeavesEntriesUnchanged();
    void failedSaveKeepsTheOldFile_data();
    void failedSaveKeepsTheOldFile();
    void addOrReplaceAndRemove();
    void userEntriesOverrideTheBuiltInOnes();
    void removingAnEntryRestoresWhatItReplaced_data();
    void removingAnEntryRestoresWhatItReplaced();
    void makeId_data();
    void makeId();
    void commandLineReadsTheUserGlossary();
    void commandLineWarnsAboutABadUserGlossary();

private:
    QTemporaryDir dir;
    QString sample;
};

void TestUserGlossary::initTestCase()
{
    QVERIFY(testing::isolateUserData()); // defaultPath() is then never the user's own file
    QVERIFY(dir.isValid());
    sample = samplePath(u"001"_s);
    QVERIFY2(!sample.isEmpty(), "sample 001 not found");
    QFile::remove(UserGlossary::defaultPath()); // left over from an interrupted run
}

void TestUserGlossary::cleanup()
{
    QFile::remove(UserGlossary::defaultPath());
}

void TestUserGlossary::defaultPathIsInTheDataFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!data.isEmpty());
    QCOMPARE(UserGlossary::defaultPath(), data + u"/glossary.json"_s);
    QCOMPARE(UserGlossary().path(), UserGlossary::defaultPath());
}

void TestUserGlossary::missingFileIsEmpty()
{
    const QString path = dir.filePath(u"missing/glossary.json"_s);
    UserGlossary user(path);
    user.addOrReplace(person(u"x"_s, {u"X"_s}, {}));
    QString error;
    QVERIFY2(user.load(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(user.entries().isEmpty()); // the file's content, which is nothing
    QVERIFY(!QFileInfo::exists(path)); // loading creates nothing
}

void TestUserGlossary::saveAndLoadRoundTrip()
{
    const QString path = dir.filePath(u"new/folder/glossary.json"_s);
    UserGlossary user(path);
    GlossaryEntry an = person({}, {u"Nguyen Van Khang"_s}, {u"Nguyễn Văn Khang"_s}, {u"An"_s});
    an.offices.append({u"vn-ambassador"_s, QDate(2020, 1, 2), QDate()});
    user.addOrReplace(an);
    user.addOrReplace(GlossaryEntry{u"hoi-an"_s,
                                    EntityType::Place,
                                    {u"Hoi An, \"the old town\""_s},
                                    {u"Hội An"_s},
                                    {},
                                    false,
                                    {}});
    QString error;
    QVERIFY2(user.save(&error), qPrintable(error));

    UserGlossary reloaded(path);
    QVERIFY2(reloaded.load(&error), qPrintable(error));
    QCOMPARE(json(reloaded.entries()), json(user.entries()));
    QCOMPARE(reloaded.entry(u"nguyen-van-khang"_s)->offices.front().office, u"vn-ambassador"_s);

    // The file is the built-in format, and what a person adds by hand (an office) survives.
    Glossary glossary;
    QByteArray handEdited = readAll(path);
    QVERIFY2(glossary.loadJson(handEdited, &error), qPrintable(error));
    handEdited.replace("\"entries\"", R"("offices": [{"id": "vn-ambassador", "en": ["Ambassador"],
        "vi": ["Đại sứ"]}], "entries")");
    QVERIFY(writeAll(path, handEdited));
    QVERIFY2(reloaded.load(&error), qPrintable(error));
    QCOMPARE(reloaded.offices().size(), 1);
    QVERIFY(reloaded.save(&error));
    QVERIFY(readAll(path).contains("Đại sứ"));
}

void TestUserGlossary::badFileLeavesEntriesUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << "{\"format\": "_ba << u"not a glossary"_s;
    QTest::newRow("JSON of another program")
        << R"({"format": "other"})"_ba << u"songngu-glossary"_s;
    QTest::newRow("an unknown type")
        << R"({"format": "songngu-glossary", "entries": [{"id": "a", "type": "planet"}]})"_ba
        << u"'a'"_s;
    QTest::newRow("a typo in an end date would extend a term of office")
        << R"({"format": "songngu-glossary", "entries": [{"id": "a", "type": "person",
              "en": ["A"], "offices": [{"office": "o", "from": "2020-01-01", "to": "2021-02-30"}]}]})"_ba
        << u"bad date '2021-02-30'"_s;
}

void TestUserGlossary::badFileLeavesEntriesUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    const QString path = dir.filePath(u"bad.json"_s);
    QVERIFY(writeAll(path, content));
    UserGlossary user(path);
    user.addOrReplace(person(u"kept"_s, {u"Kept"_s}, {}));
    const QList<GlossaryEntry> before = user.entries();
    QString message;
    QVERIFY(!user.load(&message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY2(message.contains(u"bad.json"_s), qPrintable(message)); // says which file
    QVERIFY(user.entries() == before);
}

void TestUserGlossary::failedSaveKeepsTheOldFile_data()
{
    QTest::addColumn<bool>("readOnlyFolder"); // else a full disk
    QTest::newRow("read-only folder: no temporary file can be made") << true;
    QTest::newRow("full disk: writing the temporary file fails") << false;
}

void TestUserGlossary::failedSaveKeepsTheOldFile()
{
    QFETCH(bool, readOnlyFolder);
    const QString folder = dir.filePath(readOnlyFolder ? u"readonly"_s : u"full"_s);
    const QString path = folder + u"/glossary.json"_s;
    UserGlossary user(path);
    user.addOrReplace(person(u"first"_s, {u"First"_s}, {}));
    QString error;
    QVERIFY2(user.save(&error), qPrintable(error));
    const QByteArray saved = readAll(path);
    QVERIFY(saved.contains("First"));
    for (int i = 0; i < 50; ++i) // a new file larger than the old one
        user.addOrReplace(person(u"second-%1"_s.arg(i), {u"Second"_s}, {}));

    const FailingWrites failing(folder, !readOnlyFolder, saved.size() + 16);
    if (!failing.unavailable().isEmpty())
        QSKIP(qPrintable(failing.unavailable()));

    QVERIFY(!user.save(&error));
    QVERIFY2(error.contains(u"glossary.json"_s), qPrintable(error));
    QCOMPARE(readAll(path), saved); // neither replaced nor truncated
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"glossary.json"_s});
}

void TestUserGlossary::addOrReplaceAndRemove()
{
    UserGlossary user(dir.filePath(u"unused.json"_s));
    user.addOrReplace(person(u"b"_s, {u"B"_s}, {}));
    user.addOrReplace(person(u"a"_s, {u"A"_s}, {}));
    user.addOrReplace(person({}, {}, {u"Đà Nẵng"_s}));
    user.addOrReplace(person(u"b"_s, {u"Bee"_s}, {}));
    QStringList ids;
    for (const GlossaryEntry& entry : user.entries())
        ids.append(entry.id);
    QCOMPARE(ids, QStringList({u"a"_s, u"b"_s, u"da-nang"_s})); // sorted, b replaced
    QCOMPARE(user.entry(u"b"_s)->english, QStringList{u"Bee"_s});
    QVERIFY(!user.entry(u"c"_s));
    QVERIFY(user.remove(u"a"_s));
    QVERIFY(!user.remove(u"a"_s));
    QVERIFY(!user.entry(u"a"_s));
    QCOMPARE(user.entries().size(), 2);
}

void TestUserGlossary::userEntriesOverrideTheBuiltInOnes()
{
    Glossary glossary;
    QString error;
    QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
    const int builtIn = glossary.size();
    QCOMPARE(glossary.lookup(u"Moskva"_s).size(), 1);

    UserGlossary user(dir.filePath(u"unused.json"_s));
    user.addOrReplace(GlossaryEntry{
        u"moscow"_s, EntityType::Place, {u"Moscow"_s}, {u"Mạc Tư Khoa"_s}, {}, false, {}});
    user.addOrReplace(person({}, {u"Nguyen Van Khang"_s}, {u"Nguyễn Văn Khang"_s}, {u"An"_s}));
    user.applyTo(glossary);

    QCOMPARE(glossary.size(), builtIn + 1);
    QCOMPARE(glossary.lookup(u"Mạc Tư Khoa"_s).size(), 1);
    QVERIFY(glossary.lookup(u"Moskva"_s).isEmpty()); // replaced, not merged
    const QList<const GlossaryEntry*> an = glossary.lookup(u"NGUYEN VAN KHANG"_s);
    QCOMPARE(an.size(), 1);
    QCOMPARE(an.front()->id, u"nguyen-van-khang"_s);
    QVERIFY(glossary.entryIds().contains(u"nguyen-van-khang"_s));
}

void TestUserGlossary::removingAnEntryRestoresWhatItReplaced_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("builtIn"); // the built-in glossary has the id
    QTest::newRow("an override: the built-in entry applies again") << u"moscow"_s << true;
    QTest::newRow("the user's own: gone from the glossary in effect")
        << u"hoang-thi-mai"_s << false;
}

void TestUserGlossary::removingAnEntryRestoresWhatItReplaced()
{
    QFETCH(QString, id);
    QFETCH(bool, builtIn);
    Glossary original;
    QVERIFY(original.loadBuiltIn());
    UserGlossary user;
    user.addOrReplace(person(id, {u"Mạc Tư Khoa"_s}, {u"Mạc Tư Khoa"_s}));
    QString error;
    QVERIFY2(user.save(&error), qPrintable(error));
    QCOMPARE(user.overBuiltIn()->lookup(u"mac tu khoa"_s).size(), 1);

    QVERIFY(user.remove(id));
    QVERIFY2(user.save(&error), qPrintable(error)); // the deletion is saved too
    UserGlossary reloaded;
    QVERIFY(reloaded.load(&error));
    QVERIFY(!reloaded.entry(id));
    const auto inEffect = reloaded.overBuiltIn();
    QVERIFY(inEffect->lookup(u"mac tu khoa"_s).isEmpty());
    QCOMPARE(inEffect->entry(id) != nullptr, builtIn);
    if (builtIn)
        QCOMPARE(*inEffect->entry(id), *original.entry(id));
    QCOMPARE(inEffect->size(), original.size());
}

void TestUserGlossary::makeId_data()
{
    QTest::addColumn<QStringList>("english");
    QTest::addColumn<QStringList>("vietnamese");
    QTest::addColumn<QString>("id");
    QTest::newRow("Vietnamese name: marks folded, spaces to hyphens")
        << QStringList{} << QStringList{u"Nguyễn Văn Khang"_s} << u"nguyen-van-khang"_s;
    QTest::newRow("đ folds to d") << QStringList{} << QStringList{u"Đà Nẵng"_s} << u"da-nang"_s;
    QTest::newRow("decomposed marks")
        << QStringList{u"Ho\u0302\u0300 Chi\u0301 Minh"_s} << QStringList{} << u"ho-chi-minh"_s;
    QTest::newRow("English form first")
        << QStringList{u"Moscow"_s} << QStringList{u"Mát-xcơ-va"_s} << u"moscow"_s;
    QTest::newRow("hyphens kept, runs of punctuation and blanks become one")
        << QStringList{u"  Mát-xcơ-va -- U.S.  office "_s} << QStringList{}
        << u"mat-xco-va-u-s-office"_s;
    QTest::newRow("apostrophe") << QStringList{u"Xi'an"_s} << QStringList{} << u"xi-an"_s;
    QTest::newRow("digits") << QStringList{u"1982 UNCLOS"_s} << QStringList{} << u"1982-unclos"_s;
    QTest::newRow("letters of other scripts are kept")
        << QStringList{u"Москва"_s} << QStringList{} << u"москва"_s;
    QTest::newRow("a form of punctuation only is skipped")
        << QStringList{u"…"_s} << QStringList{u"Huế"_s} << u"hue"_s;
    QTest::newRow("no form, no id") << QStringList{} << QStringList{} << QString();
}

void TestUserGlossary::makeId()
{
    QFETCH(QStringList, english);
    QFETCH(QStringList, vietnamese);
    QFETCH(QString, id);
    GlossaryEntry entry;
    entry.english = english;
    entry.vietnamese = vietnamese;
    QCOMPARE(Glossary::makeId(entry), id);
}

void TestUserGlossary::commandLineReadsTheUserGlossary()
{
    UserGlossary user;
    user.addOrReplace(GlossaryEntry{u"victory-day-parade"_s,
                                    EntityType::Event,
                                    {u"military parade"_s},
                                    {u"lễ diễu binh"_s},
                                    {},
                                    false,
                                    {}});
    QString error;
    QVERIFY2(user.save(&error), qPrintable(error));

    QString out;
    QString err;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(CommandLine(outStream, errStream).run({u"entities"_s, u"--format=json"_s, sample}),
                 int(CommandLine::Success));
    }
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QJsonArray documents =
        QJsonDocument::fromJson(out.toUtf8()).object().value(u"documents"_s).toArray();
    QCOMPARE(documents.size(), 1);
    QStringList ids;
    for (const QJsonValue& entity : documents.first().toObject().value(u"entities"_s).toArray())
        ids.append(entity.toObject().value(u"id"_s).toString());
    QVERIFY2(ids.contains(u"victory-day-parade"_s), qPrintable(ids.join(u", "_s)));
    QVERIFY(ids.contains(u"to-lam"_s)); // the built-in glossary is still there
}

void TestUserGlossary::commandLineWarnsAboutABadUserGlossary()
{
    QVERIFY(writeAll(UserGlossary::defaultPath(), "{broken"));
    QString out;
    QString err;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(CommandLine(outStream, errStream).run({u"entities"_s, sample}),
                 int(CommandLine::Success));
    }
    QVERIFY2(err.contains(u"user glossary"_s) && err.contains(u"glossary.json"_s), qPrintable(err));
    QVERIFY(out.contains(u"to-lam"_s)); // carried on with the built-in glossary
}

QTEST_GUILESS_MAIN(TestUserGlossary)
#include "tst_userglossary.moc"
