// SPDX-License-Identifier: GPL-3.0-or-later
// The format table: every reader is found by its names and by its content, every refused format
// gives its reason, the folder scan and the Open dialog take their extensions from the table
// (a reader added to a table shows up in both), and reading never looks in, let alone writes
// to, the user's data folder unless the one reading names it.
#include "align/AlignmentCorrections.h"
#include "io/DocumentLoader.h"
#include "io/DocumentReader.h"
#include "io/FileScanner.h"
#include "io/FormatRegistry.h"
#include "io/PairReader.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace songngu;

namespace {

const QByteArray article = "General Secretary To Lam met President Putin in Moscow.\n\n"
                           "The two leaders agreed to expand trade.\n"_ba;
const QByteArray tmx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                       "<header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" "
                       "adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" "
                       "o-tmf=\"t\"/><body><tu><tuv xml:lang=\"en\"><seg>To Lam met Putin."
                       "</seg></tuv><tuv xml:lang=\"vi\"><seg>Tô Lâm gặp Putin.</seg></tuv>"
                       "</tu></body></tmx>\n"_ba;

// What each reader of the standard table reads, by its id. A reader added to the table without
// a sample here fails everyReaderHasASample().
QByteArray sampleFor(const QString& id)
{
    if (id == u"text")
        return article;
    if (id == u"tmx")
        return tmx;
    return {};
}

// The content each refused format is told by, by its id; empty for those told by name only.
QByteArray refusedContentFor(const QString& id)
{
    if (id == u"html")
        return "<!DOCTYPE html>\n<html><body><p>To Lam</p></body></html>"_ba;
    if (id == u"xliff")
        return "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file/></xliff>\n"_ba;
    if (id == u"word")
        return "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0"_ba;
    if (id == u"opendocument")
        return "PK\x03\x04\n\0\0\0\0\0mimetypeapplication/vnd.oasis.opendocument.text"_ba;
    if (id == u"pdf")
        return "%PDF-1.7\n1 0 obj"_ba;
    if (id == u"rtf")
        return "{\\rtf1\\ansi To Lam}"_ba;
    if (id == u"zip")
        return "PK\x03\x04\x14\0\0\0photos/1.jpg"_ba;
    if (id == u"xml")
        return "<?xml version=\"1.0\"?>\n<rss/>"_ba;
    return {};
}

// A format the standard table does not have, added to a test's own table.
class FakeReader : public FormatReader
{
public:
    QString id() const override { return u"fake"_s; }
    QString displayName() const override { return u"Fake notes"_s; }
    QStringList extensions() const override { return {u"fake"_s}; }
    bool nameDecides() const override { return true; }
    Sniff sniff(const FileHead& head) const override
    {
        return head.startsWith("FAKE") ? Sniff::Yes : Sniff::No;
    }
    QList<DocumentFormatName> documentFormats() const override { return {}; }
    ReadResult read(const QByteArray& bytes, const QString& path, const ReadContext&) const override
    {
        auto document = std::make_shared<Document>();
        document->metadata.path = path;
        document->metadata.title = QString::fromUtf8(bytes.trimmed());
        document->paragraphs.append(Paragraph{});
        return {path, std::move(document), {}, nullptr};
    }
};

FormatRegistry withFake()
{
    FormatRegistry registry = FormatRegistry::standard();
    registry.add(std::make_unique<FakeReader>());
    return registry;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every file under `folder` with its size and time of change: what "untouched" compares.
QStringList snapshot(const QString& folder)
{
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries.append(u"%1 %2 %3"_s.arg(info.filePath())
                           .arg(info.size())
                           .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    entries.sort();
    return entries;
}

} // namespace

class TestFormatRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString dataFolder;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own data folder
        QVERIFY(dir.isValid());
        dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!dataFolder.isEmpty());
        QDir(dataFolder).removeRecursively();
    }
    void cleanupTestCase() { QDir(dataFolder).removeRecursively(); }

    void everyReaderHasASample()
    {
        const FormatRegistry registry = FormatRegistry::standard();
        for (const FormatReader* reader : registry.readers())
            QVERIFY2(!sampleFor(reader->id()).isEmpty(), qPrintable(reader->id()));
        QVERIFY(registry.reader(u"text") != nullptr);
        QVERIFY(registry.reader(u"tmx") != nullptr);
    }

    void readerIsFoundByName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reader");
        const FormatRegistry registry = FormatRegistry::standard();
        for (const FormatReader* reader : registry.readers()) {
            for (const QString& extension : reader->extensions()) {
                // Where the name decides, the content does not matter: a .tmx holding an
                // article is still given to the TMX reader (which then says what is wrong).
                const QByteArray bytes = reader->nameDecides() ? article : sampleFor(reader->id());
                const QString name = u"Story."_s + extension.toUpper();
                QTest::addRow("%s reads %s", qPrintable(reader->id()), qPrintable(name))
                    << name << bytes << reader->id();
            }
        }
    }

    void readerIsFoundByName()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reader);
        const FormatRegistry registry = FormatRegistry::standard();
        const FormatRegistry::Identified found = registry.identify(fileName, bytes);
        QVERIFY2(found.reader, qPrintable(found.reason));
        QCOMPARE(found.reader->id(), reader);
        // A folder scan reads the file; the Open dialog lists its pattern.
        QVERIFY(registry.readsName(fileName));
        const QString pattern = u"*."_s + QFileInfo(fileName).suffix().toLower();
        QVERIFY2(registry.nameFilters().front().contains(pattern),
                 qPrintable(registry.nameFilters().front()));
    }

    void readerIsFoundByContent_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reader");
        const FormatRegistry registry = FormatRegistry::standard();
        for (const FormatReader* reader : registry.readers())
            QTest::addRow("%s content in a file without extension", qPrintable(reader->id()))
                << u"story"_s << sampleFor(reader->id()) << reader->id();
        QTest::newRow("TMX saved as .xml is TMX, not XML") << u"memory.xml"_s << tmx << u"tmx"_s;
        QTest::newRow("TMX saved as .txt is TMX, not an article")
            << u"memory.txt"_s << tmx << u"tmx"_s;
        QTest::newRow("an article under an unknown extension is text")
            << u"story.article"_s << article << u"text"_s;
    }

    void readerIsFoundByContent()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reader);
        const FormatRegistry registry = FormatRegistry::standard();
        const FormatRegistry::Identified found = registry.identify(fileName, bytes);
        QVERIFY2(found.reader, qPrintable(found.reason));
        QCOMPARE(found.reader->id(), reader);
        const ReadResult read = DocumentReader().readBytes(bytes, dir.filePath(fileName));
        QVERIFY2(read.ok(), qPrintable(read.error));
    }

    void refusedFormatGivesItsReason_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("refused");
        const FormatRegistry registry = FormatRegistry::standard();
        for (const FormatRegistry::Refusal& refusal : registry.refusals()) {
            for (const QString& extension : refusal.extensions)
                QTest::addRow("%s by its name, .%s", qPrintable(refusal.id), qPrintable(extension))
                    << u"story."_s + extension << article << refusal.id;
            if (refusal.content)
                QTest::addRow("%s by its content, in a .txt", qPrintable(refusal.id))
                    << u"story.txt"_s << refusedContentFor(refusal.id) << refusal.id;
        }
    }

    void refusedFormatGivesItsReason()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, refused);
        const FormatRegistry registry = FormatRegistry::standard();
        const auto refusal =
            std::find_if(registry.refusals().cbegin(), registry.refusals().cend(),
                         [&](const FormatRegistry::Refusal& entry) { return entry.id == refused; });
        QVERIFY(refusal != registry.refusals().cend());
        const QString reason = registry.reasonFor(*refusal);
        QVERIFY2(reason.contains(u": "_s), qPrintable(reason)); // says what to do instead

        const FormatRegistry::Identified found = registry.identify(fileName, bytes);
        QVERIFY2(!found.reader, qPrintable(found.reader ? found.reader->id() : QString()));
        QCOMPARE(found.refused, refused);
        QCOMPARE(found.reason, reason);
        const ReadResult read = DocumentReader().readBytes(bytes, dir.filePath(fileName));
        QVERIFY(!read.ok());
        QCOMPARE(read.error, reason);
        if (fileName.endsWith(u".txt")) // told by content: the name alone is read
            QVERIFY(registry.readsName(fileName));
        else // a folder scan skips it with the reason
            QCOMPARE(registry.reasonByName(fileName), reason);
    }

    void standardDialogFilters()
    {
        QCOMPARE(FormatRegistry::standard().nameFilters(),
                 QStringList({u"All readable files (*.txt *.text *.md *.tmx)"_s,
                              u"Articles (*.txt *.text *.md)"_s,
                              u"TMX translation memories (*.tmx)"_s, u"All files (*)"_s}));
    }

    void documentFormatNames_data()
    {
        QTest::addColumn<DocumentFormat>("format");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("displayName");
        QTest::newRow("dateline article")
            << DocumentFormat::Dateline << u"dateline"_s << u"Dateline"_s;
        QTest::newRow("plain article") << DocumentFormat::Plain << u"plain"_s << u"Plain"_s;
        QTest::newRow("interleaved article")
            << DocumentFormat::Interleaved << u"interleaved"_s << u"Interleaved"_s;
        QTest::newRow("TMX") << DocumentFormat::Tmx << u"tmx"_s << u"TMX"_s;
        QTest::newRow("two texts aligned")
            << DocumentFormat::Aligned << u"aligned"_s << u"Aligned"_s;
    }

    void documentFormatNames()
    {
        QFETCH(DocumentFormat, format);
        QFETCH(QString, code);
        QFETCH(QString, displayName);
        const FormatRegistry registry = FormatRegistry::standard();
        QCOMPARE(registry.formatCode(format), code);
        QCOMPARE(registry.formatDisplayName(format), displayName);
    }

    void addedReaderShowsUpEverywhere()
    {
        // The dialog's filters.
        const QStringList filters = withFake().nameFilters();
        QVERIFY2(filters.front().contains(u"*.fake"_s), qPrintable(filters.front()));
        QVERIFY2(filters.contains(u"Fake notes (*.fake)"_s), qPrintable(filters.join(u"\n")));
        QVERIFY(!FormatRegistry::standard().nameFilters().join(u' ').contains(u"fake"_s));

        // The folder scan's extensions.
        const QString folder = dir.filePath(u"fake"_s);
        QVERIFY(writeFile(folder + u"/a.fake"_s, "FAKE one"_ba));
        QVERIFY(writeFile(folder + u"/b.txt"_s, article));
        const ScanResult withIt = FileScanner(withFake()).scan({folder});
        QCOMPARE(withIt.files, QStringList({folder + u"/a.fake"_s, folder + u"/b.txt"_s}));
        QVERIFY(withIt.skipped.isEmpty());
        const ScanResult without = FileScanner().scan({folder});
        QCOMPARE(without.files, QStringList{folder + u"/b.txt"_s});
        QCOMPARE(without.skipped.size(), 1);

        // Reading, by name and by content.
        const DocumentReader reader({}, withFake());
        const ReadResult byName = reader.read(folder + u"/a.fake"_s);
        QVERIFY2(byName.ok(), qPrintable(byName.error));
        QCOMPARE(byName.document->metadata.title, u"FAKE one"_s);
        const ReadResult byContent = reader.readBytes("FAKE two"_ba, u"notes"_s);
        QVERIFY2(byContent.ok(), qPrintable(byContent.error));
        QCOMPARE(byContent.document->metadata.title, u"FAKE two"_s);
        const FormatRegistry standard = FormatRegistry::standard();
        QCOMPARE(standard.identify(u"notes"_s, "FAKE two"_ba).reader->id(), u"text"_s);
        const FormatRegistry fake = withFake(); // by content, whatever the name
        QCOMPARE(fake.identify(u"notes"_s, "FAKE two"_ba).reader->id(), u"fake"_s);
    }

    void readingLeavesTheDataFolderAlone()
    {
        // A pair of files, a TMX file, a refused page and an interleaved file whose paragraphs
        // are out of order (the reader aligns it again): every path that aligns on reading.
        const QString folder = dir.filePath(u"articles"_s);
        QVERIFY(QDir().mkpath(folder));
        for (const QString& name : {u"visit.en.txt"_s, u"visit.vi.txt"_s})
            QVERIFY(
                QFile::copy(u"" SONGNGU_TEST_DATA_DIR "/golden/"_s + name, folder + u'/' + name));
        QVERIFY(writeFile(folder + u"/memory.tmx"_s, tmx));
        QVERIFY(writeFile(folder + u"/page.html"_s, article));
        const QDir samples(u"" SONGNGU_SAMPLES_DIR ""_s);
        QFile interleaved(samples.filePath(samples.entryList({u"001_*.txt"_s}).value(0)));
        QVERIFY(interleaved.open(QIODevice::ReadOnly));
        QStringList blocks = QString::fromUtf8(interleaved.readAll()).split(u"\n\n"_s);
        QList<int> marked;
        for (int k = 0; k < blocks.size(); ++k)
            if (blocks.at(k).trimmed().startsWith(u'•'))
                marked.append(k);
        QVERIFY(marked.size() > 3);
        blocks.swapItemsAt(marked.at(3) + 1, marked.at(3) + 2); // V, E, V, E → V, V, E, E
        QVERIFY(writeFile(folder + u"/displaced.txt"_s, blocks.join(u"\n\n"_s).toUtf8()));

        const DocumentReader reader;
        for (const QString& name : QDir(folder).entryList(QDir::Files))
            reader.read(folder + u'/' + name);
        QVERIFY(reader.read(folder + u"/displaced.txt"_s).parallel); // aligned again
        QVERIFY(PairReader(reader)
                    .read(folder + u"/visit.en.txt"_s, folder + u"/visit.vi.txt"_s)
                    .parallel);
        QCOMPARE(FileScanner().scan({folder}).files.size(), 4); // not the page
        DocumentLoader loader;                                  // no data folder given
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        QSignalSpy read(&loader, &DocumentLoader::documentsRead);
        loader.load({folder});
        QVERIFY(finished.wait(60000));
        QVERIFY(!read.isEmpty());

        QVERIFY2(!QFileInfo::exists(dataFolder), qPrintable(snapshot(dataFolder).join(u'\n')));
    }

    void correctionsComeOnlyFromTheFolderGiven()
    {
        const QString english = u"" SONGNGU_TEST_DATA_DIR "/golden/visit.en.txt"_s;
        const QString vietnamese = u"" SONGNGU_TEST_DATA_DIR "/golden/visit.vi.txt"_s;
        const DocumentReader plain;
        const ReadResult aligned = PairReader(plain).read(english, vietnamese);
        QVERIFY2(aligned.ok(), qPrintable(aligned.error));
        QVERIFY(aligned.parallel && aligned.parallel->rows().size() > 2);
        // The user merged the first two rows in the window: saved in the data folder.
        ParallelText corrected = *aligned.parallel;
        QVERIFY(corrected.mergeWithNext(0));
        const QString corrections = AlignmentCorrections::folderIn(dataFolder);
        QString error;
        QVERIFY2(AlignmentCorrections(corrections).save(corrected, &error), qPrintable(error));
        const QStringList before = snapshot(dataFolder);
        QCOMPARE(before.size(), 2); // the folder and the file

        // Without the folder (the command line): the aligner's rows.
        const ReadResult again = PairReader(DocumentReader()).read(english, vietnamese);
        QCOMPARE(again.parallel->rows().size(), aligned.parallel->rows().size());
        // With it (the window): the user's.
        const DocumentReader window({nullptr, corrections});
        const ReadResult restored = PairReader(window).read(english, vietnamese);
        QCOMPARE(restored.parallel->rows().size(), corrected.rows().size());

        QCOMPARE(snapshot(dataFolder), before);
        QDir(dataFolder).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
