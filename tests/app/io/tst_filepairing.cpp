// SPDX-License-Identifier: GPL-3.0-or-later
// Two-file articles: which file names make a pair, which do not, and that pairing keeps the
// order the scan found and scales to large folders.
#include "io/FilePairing.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace songngu;
using namespace Qt::StringLiterals;

namespace {

using Sources = QList<DocumentSource>;

DocumentSource single(const QString& path)
{
    return {path, {}};
}

DocumentSource both(const QString& english, const QString& vietnamese)
{
    return {english, vietnamese};
}

// One line per source, so that a failed comparison shows what was paired with what.
QString describe(const Sources& sources)
{
    QStringList lines;
    for (const DocumentSource& source : sources)
        lines.append(source.isPair() ? source.path + u" + "_s + source.vietnamesePath
                                     : source.path);
    return lines.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(Sources)
Q_DECLARE_METATYPE(DocumentSource)

class TestFilePairing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data();
    void pairs();
    void notPairs_data();
    void notPairs();
    void orderIsKept();
    void mixedFolders();
    void languageSuffix_data();
    void languageSuffix();
    void displayName_data();
    void displayName();
    void tenThousandFiles();
};

void TestFilePairing::pairs_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<Sources>("expected");
    const QString en = u"/n/story.en.txt"_s;
    const QString vi = u"/n/story.vi.txt"_s;
    QTest::newRow("dot separator") << QStringList{en, vi} << Sources{both(en, vi)};
    QTest::newRow("hyphen separator") << QStringList{u"/n/story-en.txt"_s, u"/n/story-vi.txt"_s}
                                      << Sources{both(u"/n/story-en.txt"_s, u"/n/story-vi.txt"_s)};
    QTest::newRow("underscore separator")
        << QStringList{u"/n/story_en.txt"_s, u"/n/story_vi.txt"_s}
        << Sources{both(u"/n/story_en.txt"_s, u"/n/story_vi.txt"_s)};
    QTest::newRow("codes in capitals") << QStringList{u"/n/Story_EN.txt"_s, u"/n/Story_Vi.txt"_s}
                                       << Sources{both(u"/n/Story_EN.txt"_s, u"/n/Story_Vi.txt"_s)};
    QTest::newRow("stems that differ only in case")
        << QStringList{u"/n/Story.en.txt"_s, u"/n/STORY.vi.txt"_s}
        << Sources{both(u"/n/Story.en.txt"_s, u"/n/STORY.vi.txt"_s)};
    QTest::newRow("extensions that differ only in case")
        << QStringList{u"/n/story.en.TXT"_s, u"/n/story.vi.txt"_s}
        << Sources{both(u"/n/story.en.TXT"_s, u"/n/story.vi.txt"_s)};
    QTest::newRow("Vietnamese found first: the English file is still the pair's path")
        << QStringList{vi, en} << Sources{both(en, vi)};
    QTest::newRow("no extension: the code ends the name")
        << QStringList{u"/n/story-en"_s, u"/n/story-vi"_s}
        << Sources{both(u"/n/story-en"_s, u"/n/story-vi"_s)};
    QTest::newRow("the code as the only extension")
        << QStringList{u"/n/story.en"_s, u"/n/story.vi"_s}
        << Sources{both(u"/n/story.en"_s, u"/n/story.vi"_s)};
    QTest::newRow("a stem with dots, spaces and Vietnamese letters")
        << QStringList{u"/n/Bản tin 1.2.en.md"_s, u"/n/bản TIN 1.2.vi.md"_s}
        << Sources{both(u"/n/Bản tin 1.2.en.md"_s, u"/n/bản TIN 1.2.vi.md"_s)};
    QTest::newRow("different separators pair when they are the only two candidates")
        << QStringList{en, u"/n/story_vi.txt"_s} << Sources{both(en, u"/n/story_vi.txt"_s)};
    QTest::newRow("several candidates: the same separator pairs, the other stays single")
        << QStringList{en, u"/n/story_en.txt"_s, vi}
        << Sources{both(en, vi), single(u"/n/story_en.txt"_s)};
    QTest::newRow("two complete sets pair by separator")
        << QStringList{u"/n/story-en.txt"_s, en, vi, u"/n/story-vi.txt"_s}
        << Sources{both(u"/n/story-en.txt"_s, u"/n/story-vi.txt"_s), both(en, vi)};
    QTest::newRow("case variants of one name: the first of each language pair")
        << QStringList{en, u"/n/STORY.EN.TXT"_s, vi}
        << Sources{both(en, vi), single(u"/n/STORY.EN.TXT"_s)};
}

void TestFilePairing::pairs()
{
    QFETCH(QStringList, files);
    QFETCH(Sources, expected);
    QCOMPARE(describe(FilePairing::pair(files)), describe(expected));
    QVERIFY(FilePairing::pair(files) == expected);
}

void TestFilePairing::notPairs_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("a lone English file") << QStringList{u"/n/story.en.txt"_s};
    QTest::newRow("a lone Vietnamese file") << QStringList{u"/n/story_vi.txt"_s};
    QTest::newRow("two English files") << QStringList{u"/n/story.en.txt"_s, u"/n/story-en.txt"_s};
    QTest::newRow("several candidates with no separator in common")
        << QStringList{u"/n/story.en.txt"_s, u"/n/story_en.txt"_s, u"/n/story-vi.txt"_s};
    QTest::newRow("different folders") << QStringList{u"/a/story.en.txt"_s, u"/b/story.vi.txt"_s};
    QTest::newRow("different stems") << QStringList{u"/n/story.en.txt"_s, u"/n/other.vi.txt"_s};
    QTest::newRow("different extensions") << QStringList{u"/n/story.en.txt"_s, u"/n/story.vi.md"_s};
    QTest::newRow("one with an extension, one without")
        << QStringList{u"/n/story-en.txt"_s, u"/n/story-vi"_s};
    QTest::newRow("no separator: words that end in en and vi")
        << QStringList{u"/n/queen.txt"_s, u"/n/bien.txt"_s, u"/n/quevi.txt"_s};
    QTest::newRow("no separator before the code")
        << QStringList{u"/n/storyen.txt"_s, u"/n/storyvi.txt"_s};
    QTest::newRow("a space is not a separator")
        << QStringList{u"/n/story en.txt"_s, u"/n/story vi.txt"_s};
    QTest::newRow("empty stem") << QStringList{u"/n/en.txt"_s, u"/n/vi.txt"_s};
    QTest::newRow("hidden files with an empty stem")
        << QStringList{u"/n/.en.txt"_s, u"/n/.vi.txt"_s};
    QTest::newRow("the code not right before the extension")
        << QStringList{u"/n/story.en.draft.txt"_s, u"/n/story.vi.draft.txt"_s};
    QTest::newRow("the code at the start of the name")
        << QStringList{u"/n/en-story.txt"_s, u"/n/vi-story.txt"_s};
    QTest::newRow("other language codes")
        << QStringList{u"/n/story.fr.txt"_s, u"/n/story.de.txt"_s};
    QTest::newRow("three-letter codes")
        << QStringList{u"/n/story.eng.txt"_s, u"/n/story.vie.txt"_s};
    QTest::newRow("the code in the folder's name, not the file's")
        << QStringList{u"/n/story.en/a.txt"_s, u"/n/story.vi/a.txt"_s};
}

void TestFilePairing::notPairs()
{
    QFETCH(QStringList, files);
    Sources expected;
    for (const QString& file : std::as_const(files))
        expected.append(single(file));
    QCOMPARE(describe(FilePairing::pair(files)), describe(expected));
}

void TestFilePairing::orderIsKept()
{
    const QStringList files = {
        u"/n/a.txt"_s,    u"/n/b.vi.txt"_s, u"/n/c.txt"_s,    u"/n/d-en.txt"_s,
        u"/n/b.en.txt"_s, u"/n/e.txt"_s,    u"/n/d-vi.txt"_s, u"/n/f.en.txt"_s,
        u"/n/a.txt"_s, // listed again
        u"/n/g_vi.txt"_s,
    };
    const Sources expected = {
        single(u"/n/a.txt"_s),
        both(u"/n/b.en.txt"_s, u"/n/b.vi.txt"_s), // where b.vi.txt was, the earlier of the two
        single(u"/n/c.txt"_s),
        both(u"/n/d-en.txt"_s, u"/n/d-vi.txt"_s),
        single(u"/n/e.txt"_s),
        single(u"/n/f.en.txt"_s),
        single(u"/n/g_vi.txt"_s),
    };
    QCOMPARE(describe(FilePairing::pair(files)), describe(expected));
    QVERIFY(FilePairing::pair({}).isEmpty());
}

void TestFilePairing::mixedFolders()
{
    // A scan of two folders, each with its own translation of the same story.
    const QStringList files = {
        u"/news/2024/story.en.txt"_s,
        u"/news/2025/story.vi.txt"_s,
        u"/news/2025/story.en.txt"_s,
        u"/news/2025/sub/story.vi.txt"_s,
        u"/news/2024/story.vi.txt"_s,
        u"story.en.txt"_s,
        u"story.vi.txt"_s,
    };
    const Sources expected = {
        both(u"/news/2024/story.en.txt"_s, u"/news/2024/story.vi.txt"_s),
        both(u"/news/2025/story.en.txt"_s, u"/news/2025/story.vi.txt"_s),
        single(u"/news/2025/sub/story.vi.txt"_s),
        both(u"story.en.txt"_s, u"story.vi.txt"_s), // relative paths: the same (empty) folder
    };
    QCOMPARE(describe(FilePairing::pair(files)), describe(expected));
}

void TestFilePairing::languageSuffix_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("extension");
    QTest::newRow("dot, before the extension")
        << u"story.en.txt"_s << true << u"story"_s << u"."_s << true << u"txt"_s;
    QTest::newRow("hyphen, capitals kept in the stem and extension")
        << u"Story-VI.TXT"_s << true << u"Story"_s << u"-"_s << false << u"TXT"_s;
    QTest::newRow("underscore, no extension")
        << u"story_vi"_s << true << u"story"_s << u"_"_s << false << QString();
    QTest::newRow("the code as the extension")
        << u"story.en"_s << true << u"story"_s << u"."_s << true << QString();
    QTest::newRow("a stem with dots")
        << u"v1.2_en.md"_s << true << u"v1.2"_s << u"_"_s << true << u"md"_s;
    QTest::newRow("a trailing dot is no extension")
        << u"story-en."_s << false << QString() << QString() << false << QString();
    QTest::newRow("no separator") << u"queen.txt"_s << false << QString() << QString() << false
                                  << QString();
    QTest::newRow("no stem") << u"_en.txt"_s << false << QString() << QString() << false
                             << QString();
    QTest::newRow("no code") << u"story.txt"_s << false << QString() << QString() << false
                             << QString();
}

void TestFilePairing::languageSuffix()
{
    QFETCH(QString, fileName);
    QFETCH(bool, found);
    const std::optional<LanguageSuffix> suffix = FilePairing::languageSuffix(fileName);
    QCOMPARE(suffix.has_value(), found);
    if (!found)
        return;
    QFETCH(QString, stem);
    QFETCH(QString, separator);
    QFETCH(bool, english);
    QFETCH(QString, extension);
    QCOMPARE(suffix->stem, stem);
    QCOMPARE(QString(suffix->separator), separator);
    QCOMPARE(suffix->language, english ? Language::English : Language::Vietnamese);
    QCOMPARE(suffix->extension, extension);
}

void TestFilePairing::displayName_data()
{
    QTest::addColumn<DocumentSource>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("a pair: the name without the code")
        << both(u"/n/story.en.txt"_s, u"/n/story.vi.txt"_s) << u"story.txt"_s;
    QTest::newRow("a pair without an extension")
        << both(u"/n/story-en"_s, u"/n/story-vi"_s) << u"story"_s;
    QTest::newRow("a pair: the English file's spelling")
        << both(u"/n/Story_EN.TXT"_s, u"/n/story_vi.txt"_s) << u"Story.TXT"_s;
    QTest::newRow("a single file keeps its whole name, code and all")
        << single(u"/n/story.en.txt"_s) << u"story.en.txt"_s;
    QTest::newRow("a pair made by hand of files without codes")
        << both(u"/n/english.txt"_s, u"/n/vietnamese.txt"_s) << u"english.txt"_s;
}

void TestFilePairing::displayName()
{
    QFETCH(DocumentSource, source);
    QFETCH(QString, name);
    QCOMPARE(FilePairing::displayName(source), name);
}

void TestFilePairing::tenThousandFiles()
{
    // 100 folders of 50 two-file articles, in a shuffled order: every article pairs up, listed
    // where its earlier file was.
    QStringList files;
    for (int folder = 0; folder < 100; ++folder)
        for (int article = 0; article < 50; ++article)
            for (const char* code : {".en", ".vi"})
                files.append(u"/corpus/%1/article-%2%3.txt"_s.arg(folder).arg(article).arg(
                    QLatin1StringView(code)));
    QCOMPARE(files.size(), 10000);
    QRandomGenerator random(20250101);
    std::shuffle(files.begin(), files.end(), random);

    Sources expected;
    QHash<QString, qsizetype> firstOf; // article → its place in `expected`
    for (const QString& file : std::as_const(files)) {
        const QString article = file.chopped(7); // without ".en.txt"
        const QString english = article + u".en.txt"_s;
        const QString vietnamese = article + u".vi.txt"_s;
        if (!firstOf.contains(article)) {
            firstOf.insert(article, expected.size());
            expected.append(both(english, vietnamese));
        }
    }
    const Sources sources = FilePairing::pair(files);
    QCOMPARE(sources.size(), 5000);
    QVERIFY(sources == expected);
}

QTEST_GUILESS_MAIN(TestFilePairing)
#include "tst_filepairing.moc"
