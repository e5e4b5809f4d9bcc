// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageData: the word lists, tables and calendar of resources/language/, compiled into the
// engine. Every file loads and is well formed, a few known entries read as they should, each file
// is read once however many threads ask, and a missing or malformed file stops the process with
// its name.
#include "text/LanguageData.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using songngu::LanguageData;

namespace {

// The files compiled into the engine, as LanguageData names them ("en/titles.txt"), without
// this suite's own malformed ones.
QStringList compiledFiles()
{
    QStringList files;
    QDirIterator it(u":/language"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next().sliced(QStringLiteral(":/language/").size());
        if (!file.startsWith(u"malformed/"))
            files.append(file);
    }
    files.sort();
    return files;
}

QByteArray contentOf(const QString& file)
{
    QFile in(LanguageData::resourcePath(file));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// Every entry of a file, whatever its format.
QStringList entriesOf(const QString& file, QString* error)
{
    const QByteArray bytes = contentOf(file);
    if (file.endsWith(u".txt"))
        return LanguageData::parseWords(bytes, error);
    if (file.endsWith(u".tsv")) {
        const LanguageData::Table table = LanguageData::parseTable(bytes, error);
        QStringList entries = table.columns;
        for (const QStringList& row : table.rows)
            entries += row;
        return entries;
    }
    const LanguageData::Calendar calendar = LanguageData::parseCalendar(bytes, error);
    QStringList entries;
    for (const LanguageData::Month& month : calendar.months)
        entries << month.english << month.englishAbbreviations << month.vietnamese;
    for (const LanguageData::Weekday& day : calendar.weekdays)
        entries << day.english << day.vietnamese << day.vietnameseAlso;
    return entries;
}

} // namespace

class TestLanguageData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileIsCompiledIn();
    void everyFileLoads_data();
    void everyFileLoads();
    void everyFileIsReadByTheEngine_data();
    void everyFileIsReadByTheEngine();
    void knownWords_data();
    void knownWords();
    void knownTableFields_data();
    void knownTableFields();
    void calendar_data();
    void calendar();
    void boilerplatePatternsAreAnchoredExpressions();
    void malformedInputIsRefused_data();
    void malformedInputIsRefused();
    void readOnceForAllThreads();
    void missingOrMalformedFileStopsTheProcess_data();
    void missingOrMalformedFileStopsTheProcess();
};

// The CMake list of resources and the folder agree: a file added to resources/language/ but not
// to app/CMakeLists.txt would silently be missing from the engine. (Its README is for people.)
void TestLanguageData::everyFileIsCompiledIn()
{
    const QDir folder(QStringLiteral(SONGNGU_SOURCE_DIR "/resources/language"));
    QStringList onDisk;
    QDirIterator it(folder.path(), {u"*.txt"_s, u"*.tsv"_s, u"*.json"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        onDisk.append(folder.relativeFilePath(it.next()));
    onDisk.sort();
    QVERIFY(onDisk.size() > 20);
    QCOMPARE(compiledFiles(), onDisk);
}

void TestLanguageData::everyFileLoads_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : compiledFiles())
        QTest::newRow(qPrintable(file)) << file;
}

// Checked here without trusting the parser's own checks: entries present, none empty, none
// twice, all NFC, and a header saying what the file is for.
void TestLanguageData::everyFileLoads()
{
    QFETCH(QString, file);
    QString error;
    const QStringList entries = entriesOf(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    for (const QString& entry : entries) {
        QVERIFY2(!entry.trimmed().isEmpty(), qPrintable(file));
        QVERIFY2(entry.normalized(QString::NormalizationForm_C) == entry, qPrintable(entry));
    }
    const QByteArray bytes = contentOf(file);
    if (file.endsWith(u".txt")) {
        QCOMPARE(QSet<QString>(entries.cbegin(), entries.cend()).size(), entries.size());
        QVERIFY(bytes.startsWith("# "));
    } else if (file.endsWith(u".tsv")) {
        QVERIFY(bytes.startsWith("# "));
        const LanguageData::Table table = LanguageData::parseTable(bytes, &error);
        QSet<QString> keys;
        for (const QStringList& row : table.rows)
            keys.insert(row.front());
        QCOMPARE(keys.size(), table.rows.size());
    } else {
        QVERIFY(bytes.contains("\"description\""));
    }
}

void TestLanguageData::everyFileIsReadByTheEngine_data()
{
    everyFileLoads_data();
}

// A data file no code names is a list a linguist would edit in vain.
void TestLanguageData::everyFileIsReadByTheEngine()
{
    QFETCH(QString, file);
    const QString needle = u"u\""_s + file + u'"';
    QDirIterator it(QStringLiteral(SONGNGU_SOURCE_DIR "/app"), {u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    bool found = false;
    while (it.hasNext() && !found) {
        QFile source(it.next());
        QVERIFY(source.open(QIODevice::ReadOnly));
        found = QString::fromUtf8(source.readAll()).contains(needle);
    }
    QVERIFY2(found, qPrintable(u"no source in app/ names "_s + needle));
}

void TestLanguageData::knownWords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("listed");

    QTest::newRow("a generic English title")
        << u"en/titles.txt"_s << u"Deputy Prime Minister"_s << true;
    QTest::newRow("an office's title lives in the glossary, not here")
        << u"en/titles.txt"_s << u"General Secretary of the Communist Party"_s << false;
    QTest::newRow("a Vietnamese title with its marks")
        << u"vi/titles.txt"_s << u"Tổng Bí thư"_s << true;
    QTest::newRow("the commonest family name, marked")
        << u"vi/family-names.txt"_s << u"Nguyễn"_s << true;
    QTest::newRow("family names are kept with their marks")
        << u"vi/family-names.txt"_s << u"Nguyen"_s << false;
    QTest::newRow("a Vietnamese abbreviation with its full stop")
        << u"vi/abbreviations.txt"_s << u"TP."_s << true;
    QTest::newRow("an English abbreviation ICU does not know")
        << u"en/abbreviations.txt"_s << u"e.g."_s << true;
    QTest::newRow("both kinds of Ủy ban")
        << u"vi/organisation-keywords.txt"_s << u"Uỷ ban"_s << true;
    QTest::newRow("a place keyword") << u"en/place-keywords.txt"_s << u"Square"_s << true;
    QTest::newRow("an English detection word") << u"en/detection-words.txt"_s << u"the"_s << true;
    QTest::newRow("a Vietnamese detection word, unmarked")
        << u"vi/detection-words.txt"_s << u"trong"_s << true;
    QTest::newRow("the late General Secretary") << u"vi/past-title-words.txt"_s << u"cố"_s << true;
    QTest::newRow("a time word before a weekday")
        << u"vi/weekday-words-before.txt"_s << u"sáng"_s << true;
    QTest::newRow("a counted noun") << u"vi/count-nouns.txt"_s << u"người"_s << true;
    QTest::newRow("a month cue") << u"en/month-cues.txt"_s << u"mid-"_s << true;
    QTest::newRow("a bracket cues a Vietnamese day") << u"vi/day-cues.txt"_s << u"("_s << true;
}

void TestLanguageData::knownWords()
{
    QFETCH(QString, file);
    QFETCH(QString, word);
    QFETCH(bool, listed);
    QCOMPARE(LanguageData::words(file).contains(word), listed);
}

void TestLanguageData::knownTableFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");

    QTest::newRow("a million in Vietnamese")
        << u"vi/numbers.tsv"_s << u"triệu"_s << u"value"_s << u"1000000"_s;
    QTest::newRow("tỉ is tỷ spelt another way")
        << u"vi/numbers.tsv"_s << u"tỉ"_s << u"value"_s << u"1000000000"_s;
    QTest::newRow("nhì is second") << u"vi/numbers.tsv"_s << u"nhì"_s << u"value"_s << u"2"_s;
    QTest::newRow("mươi multiplies the unit before it")
        << u"vi/numbers.tsv"_s << u"mươi"_s << u"role"_s << u"tens-marker"_s;
    QTest::newRow("twentieth is an ordinal")
        << u"en/numbers.tsv"_s << u"twentieth"_s << u"ordinal"_s << u"yes"_s;
    QTest::newRow("a trillion") << u"en/numbers.tsv"_s << u"trillion"_s << u"value"_s
                                << u"1000000000000"_s;
    QTest::newRow("Việt in Việt-Nga")
        << u"vi/country-short-forms.tsv"_s << u"Việt"_s << u"place"_s << u"vietnam"_s;
}

void TestLanguageData::knownTableFields()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(QString, value);
    const LanguageData::Table& table = LanguageData::table(file);
    const auto row = std::find_if(table.rows.cbegin(), table.rows.cend(),
                                  [&](const QStringList& r) { return r.front() == key; });
    QVERIFY(row != table.rows.cend());
    QCOMPARE(row->at(table.column(column)), value);
}

void TestLanguageData::calendar_data()
{
    QTest::addColumn<int>("weekday");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("vietnamese");
    QTest::addColumn<QStringList>("also");

    QTest::newRow("Monday, also written with its number")
        << 1 << u"Monday"_s << u"thứ Hai"_s << QStringList{u"thứ 2"_s};
    QTest::newRow("Saturday's two spellings")
        << 6 << u"Saturday"_s << u"thứ Bảy"_s << QStringList{u"thứ Bẩy"_s, u"thứ 7"_s};
    QTest::newRow("Sunday is no 'thứ'") << 7 << u"Sunday"_s << u"Chủ nhật"_s << QStringList();
}

void TestLanguageData::calendar()
{
    QFETCH(int, weekday);
    QFETCH(QString, english);
    QFETCH(QString, vietnamese);
    QFETCH(QStringList, also);
    const LanguageData::Calendar& calendar = LanguageData::calendar();
    QCOMPARE(calendar.weekdays.size(), 7);
    QCOMPARE(calendar.months.size(), 12);
    const LanguageData::Weekday& day = calendar.weekdays.at(weekday - 1);
    QCOMPARE(day.number, weekday);
    QCOMPARE(day.english, english);
    QCOMPARE(day.vietnamese, vietnamese);
    QCOMPARE(day.vietnameseAlso, also);
    QCOMPARE(calendar.months.at(8).english, u"September"_s);
    QCOMPARE(calendar.months.at(8).englishAbbreviations, (QStringList{u"Sept"_s, u"Sep"_s}));
    QVERIFY(calendar.months.at(4).englishAbbreviations.isEmpty()); // May is short already
}

void TestLanguageData::boilerplatePatternsAreAnchoredExpressions()
{
    const QStringList& patterns = LanguageData::words(u"boilerplate-patterns.txt");
    QVERIFY(!patterns.isEmpty());
    for (const QString& pattern : patterns) {
        const QRegularExpression expression(pattern);
        QVERIFY2(expression.isValid(), qPrintable(pattern + u": "_s + expression.errorString()));
        QVERIFY2(pattern.startsWith(u'^') && pattern.endsWith(u'$'), qPrintable(pattern));
    }
}

void TestLanguageData::malformedInputIsRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("a list without its header")
        << u"txt"_s << "Mr\nMrs\n"_ba << u"line 1: no \"#\" header"_s;
    QTest::newRow("an entry twice")
        << u"txt"_s << "# titles\nMr\n\nMr\n"_ba << u"line 4: \"Mr\" twice"_s;
    const QString decomposed = u"Nguye\u0302\u0303n"_s; // Nguyễn as e, circumflex and tilde
    QTest::newRow("a decomposed entry") << u"txt"_s << (u"# names\n"_s + decomposed).toUtf8()
                                        << u"line 2: \"%1\" is not in NFC"_s.arg(decomposed);
    QTest::newRow("spaces around an entry")
        << u"txt"_s << "# titles\n Mr\n"_ba << u"line 2: spaces around \" Mr\""_s;
    QTest::newRow("a tab in a word list")
        << u"txt"_s << "# titles\nMr\tMister\n"_ba << u"line 2: a tab in a word list"_s;
    QTest::newRow("a header and nothing else") << u"txt"_s << "# titles\n\n"_ba << u"no entries"_s;
    QTest::newRow("not UTF-8") << u"txt"_s << "# names\nNguy\xe1n\n"_ba << u"not UTF-8"_s;
    QTest::newRow("a table row short of a field")
        << u"tsv"_s << "# numbers\nword\tvalue\nmột\t1\nhai\n"_ba
        << u"line 4: 1 fields where the columns are 2"_s;
    QTest::newRow("a table key twice")
        << u"tsv"_s << "# numbers\nword\tvalue\nmột\t1\nmột\t2\n"_ba << u"line 4: \"một\" twice"_s;
    QTest::newRow("an empty table field")
        << u"tsv"_s << "# numbers\nword\tvalue\nmột\t\n"_ba << u"line 3: an empty entry"_s;
    QTest::newRow("a table with no rows")
        << u"tsv"_s << "# numbers\nword\tvalue\n"_ba << u"no column names and rows"_s;
    QTest::newRow("a calendar that is no JSON")
        << u"json"_s << "{\"months\": ["_ba << u"not JSON"_s;
    QTest::newRow("a calendar without its description")
        << u"json"_s << "{\"months\": [], \"weekdays\": []}"_ba << u"no \"description\""_s;
    QByteArray elevenMonths = contentOf(u"calendar.json"_s);
    elevenMonths.replace("{ \"number\": 12, \"en\": \"December\", \"enAbbreviations\": [\"Dec\"], "
                         "\"vi\": [\"tháng Mười Hai\", \"tháng Chạp\"] }",
                         "");
    elevenMonths.replace("\"tháng Mười Một\"] },", "\"tháng Mười Một\"] }");
    QTest::newRow("a month missing")
        << u"json"_s << elevenMonths << u"there should be 12 \"months\" and 7 \"weekdays\""_s;
    QByteArray twoSundays = contentOf(u"calendar.json"_s);
    twoSundays.replace("\"thứ Bẩy\"", "\"Chủ nhật\"");
    QTest::newRow("one name for two days")
        << u"json"_s << twoSundays << u"Vietnamese names: \"Chủ nhật\" twice"_s;
    QByteArray unnumbered = contentOf(u"calendar.json"_s);
    unnumbered.replace("\"number\": 3,", "\"number\": 4,");
    QByteArray monthAsWeekday = contentOf(u"calendar.json"_s);
    monthAsWeekday.replace("\"tháng Chạp\"", "\"thứ Hai\"");
    QTest::newRow("a weekday's name for a month")
        << u"json"_s << monthAsWeekday << u"Vietnamese names: \"thứ Hai\" twice"_s;
    QTest::newRow("months out of order")
        << u"json"_s << unnumbered << u"month 3: \"number\" should be 3"_s;
}

void TestLanguageData::malformedInputIsRefused()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString found = u"not parsed"_s;
    if (format == u"txt")
        QVERIFY(LanguageData::parseWords(bytes, &found).isEmpty());
    else if (format == u"tsv")
        QVERIFY(LanguageData::parseTable(bytes, &found).rows.isEmpty());
    else
        QVERIFY(LanguageData::parseCalendar(bytes, &found).months.isEmpty());
    QVERIFY2(found.startsWith(error), qPrintable(found));
}

// The recognisers are built on worker threads: the first use from many at once reads the file
// once, and everyone gets the same list.
void TestLanguageData::readOnceForAllThreads()
{
    constexpr int threads = 8;
    std::vector<const QStringList*> seen(threads, nullptr);
    {
        std::vector<std::jthread> workers;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back(
                [&seen, t] { seen[t] = &LanguageData::words(u"en/demonyms.txt"); });
    }
    for (const QStringList* list : seen)
        QCOMPARE(list, &LanguageData::words(u"en/demonyms.txt"));
    QVERIFY(seen.front()->contains(u"vietnamese"_s));
}

void TestLanguageData::missingOrMalformedFileStopsTheProcess_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QString>("message");

    QTest::newRow("a file that is there loads (the harness works)")
        << u"en/titles.txt"_s << false << QString();
    QTest::newRow("a missing file")
        << u"en/no-such-list.txt"_s << true
        << u"Language data :/language/en/no-such-list.txt: cannot be read"_s;
    QTest::newRow("a list with a title twice")
        << u"malformed/duplicate.txt"_s << true
        << u"Language data :/language/malformed/duplicate.txt: line 3: \"Mr\" twice"_s;
    QTest::newRow("a table with a short row")
        << u"malformed/short-row.tsv"_s << true
        << u"Language data :/language/malformed/short-row.tsv: line 4: 1 fields where the "
           u"columns are 2"_s;
}

// In a child process, as qFatal() ends it: this executable, told by the environment what to load.
void TestLanguageData::missingOrMalformedFileStopsTheProcess()
{
    QFETCH(QString, file);
    QFETCH(bool, fatal);
    QFETCH(QString, message);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SONGNGU_LOAD_LANGUAGE_DATA"_s, file);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0, fatal);
    if (fatal)
        QVERIFY2(errors.contains(message), qPrintable(errors));
}

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    // The child of missingOrMalformedFileStopsTheProcess(): load one file and report success.
    if (const QString file = qEnvironmentVariable("SONGNGU_LOAD_LANGUAGE_DATA"); !file.isEmpty()) {
        if (file.endsWith(u".tsv"))
            LanguageData::table(file);
        else
            LanguageData::words(file);
        return 0;
    }
    TestLanguageData test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languagedata.moc"
