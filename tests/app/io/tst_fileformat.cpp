// SPDX-License-Identifier: GPL-3.0-or-later
// Formats the reader does not read yet (HTML, XLIFF, XML, Word, OpenDocument, PDF, RTF) are
// refused with a reason that says what the file is, told by its name or by its content, never
// read as an article of markup; text that merely contains angle brackets is still an article.
#include "io/DocumentReader.h"
#include "io/FileScanner.h"
#include "io/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace songngu;

namespace {

const QByteArray article = "General Secretary To Lam met President Putin in Moscow.\n\n"
                           "The two leaders agreed to expand trade.\n"_ba;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFileFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsupportedFilesAreRefusedWithReason_data();
    void unsupportedFilesAreRefusedWithReason();
    void textWithMarkupCharactersIsStillAnArticle_data();
    void textWithMarkupCharactersIsStillAnArticle();
    void tmxContentIsReadAsTmxWhateverTheName();
    void folderScanSaysWhySkippedFormatsAreNotRead();
};

void TestFileFormat::unsupportedFilesAreRefusedWithReason_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QString html = u"HTML pages are not supported yet"_s;
    const QString xliff = u"XLIFF files are not supported yet"_s;
    const QString word = u"Word documents are not supported yet"_s;
    const QByteArray xliffBytes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- from Trados -->\n"
        "<xliff version=\"1.2\"><file source-language=\"en\">"
        "<body><trans-unit id=\"1\"><source>Hello</source></trans-unit>"
        "</body></file></xliff>\n"_ba;

    QTest::newRow("article.html is a web page by its name, even holding plain text")
        << u"article.html"_s << article << html;
    QTest::newRow(".htm too") << u"ARTICLE.HTM"_s << article << html;
    QTest::newRow("a .txt that starts with <!DOCTYPE html> is a web page")
        << u"article.txt"_s << "<!DOCTYPE html>\n<html><body><p>To Lam</p></body></html>"_ba
        << html;
    QTest::newRow("<html> after a BOM and blank lines, in a file without extension")
        << u"article"_s << "\xEF\xBB\xBF\n\n  <HTML lang=\"vi\"><body>Tô Lâm</body></HTML>"_ba
        << html;
    QTest::newRow("XHTML: an XML declaration then an html root")
        << u"page.txt"_s
        << "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"_ba
        << html;
    QTest::newRow("UTF-16 web page (BOM) is told by its decoded text")
        << u"saved.txt"_s
        << QByteArray("\xFF\xFE", 2) +
               QByteArray(reinterpret_cast<const char*>(u"<!doctype html><p>x</p>"), 46)
        << html;
    QTest::newRow("article.xliff by its name") << u"article.xliff"_s << xliffBytes << xliff;
    QTest::newRow(".xlf") << u"article.xlf"_s << article << xliff;
    QTest::newRow(".sdlxliff (Trados)") << u"article.sdlxliff"_s << article << xliff;
    QTest::newRow(".mqxliff (memoQ)") << u"article.mqxliff"_s << article << xliff;
    QTest::newRow("an XML declaration then an xliff root, in a .txt")
        << u"export.txt"_s << xliffBytes << xliff;
    QTest::newRow("article.xml with another root")
        << u"article.xml"_s << "<?xml version=\"1.0\"?><article><p>x</p></article>"_ba
        << u"XML files are not supported yet"_s;
    QTest::newRow("an XML declaration in a .txt")
        << u"feed.txt"_s << "<?xml version=\"1.0\"?>\n<rss/>"_ba
        << u"XML files are not supported yet"_s;
    QTest::newRow("article.docx by its name") << u"article.docx"_s << article << word;
    QTest::newRow("a ZIP holding word/ is a Word document whatever its name")
        << u"article.txt"_s << "PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0word/document.xml"_ba << word;
    QTest::newRow("OLE signature: Word 97-2003 .doc")
        << u"old.txt"_s << "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0"_ba << word;
    QTest::newRow("article.odt by its name")
        << u"article.odt"_s << article << u"OpenDocument text files are not supported yet"_s;
    QTest::newRow("a ZIP whose mimetype is OpenDocument")
        << u"article"_s
        << "PK\x03\x04\n\0\0\0\0\0mimetypeapplication/vnd.oasis.opendocument.text"_ba
        << u"OpenDocument text files are not supported yet"_s;
    QTest::newRow("article.pdf by its name")
        << u"article.pdf"_s << article << u"PDF files are not supported yet"_s;
    QTest::newRow("PDF signature in a .txt")
        << u"scan.txt"_s << "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"_ba
        << u"PDF files are not supported yet"_s;
    QTest::newRow("RTF signature in a .txt")
        << u"article.txt"_s << "{\\rtf1\\ansi\\deff0 {\\fonttbl}To Lam}"_ba
        << u"RTF documents are not supported yet"_s;
}

void TestFileFormat::unsupportedFilesAreRefusedWithReason()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, bytes));

    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(!result.ok(), qPrintable(u"read as an article: "_s +
                                      (result.document && !result.document->paragraphs.isEmpty()
                                           ? result.document->paragraphs.front().text
                                           : QString())));
    QVERIFY2(result.error.startsWith(reason), qPrintable(result.error));
    // The reason says what to do instead.
    QVERIFY2(result.error.contains(u": "_s), qPrintable(result.error));
    QCOMPARE(result.path, path);
}

void TestFileFormat::textWithMarkupCharactersIsStillAnArticle_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("an article that starts with an inline tag")
        << u"article.txt"_s << "<b>Bold</b> headline\n\nBody text of the article.\n"_ba;
    QTest::newRow("angle brackets in a sentence")
        << u"article.txt"_s << "Growth <5% is expected.\n\nTrade rose > 10%.\n"_ba;
    QTest::newRow("a Markdown file with an HTML comment, then text")
        << u"notes.md"_s << "<!-- draft -->\nTo Lam met Putin.\n\nThey agreed.\n"_ba;
    QTest::newRow("the word html in the text is not a page")
        << u"article.txt"_s << "html pages and xliff files were discussed.\n"_ba;
}

void TestFileFormat::textWithMarkupCharactersIsStillAnArticle()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, bytes));
    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const FormatRegistry formats = FormatRegistry::standard();
    const FormatRegistry::Identified format = formats.identify(fileName, bytes);
    QVERIFY(format.reader);
    QCOMPARE(format.reader->id(), u"text"_s);
}

void TestFileFormat::tmxContentIsReadAsTmxWhateverTheName()
{
    // A translation memory saved as .xml is the TMX it holds, not an unsupported XML file.
    const QByteArray tmx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                           "<header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" "
                           "adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" "
                           "o-tmf=\"t\"/><body><tu><tuv xml:lang=\"en\"><seg>To Lam met Putin."
                           "</seg></tuv><tuv xml:lang=\"vi\"><seg>Tô Lâm gặp Putin.</seg></tuv>"
                           "</tu></body></tmx>\n"_ba;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"memory.xml"_s);
    QVERIFY(writeFile(path, tmx));
    const ReadResult result = DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->metadata.format, DocumentFormat::Tmx);
    QCOMPARE(result.document->rows.size(), 1);
}

void TestFileFormat::folderScanSaysWhySkippedFormatsAreNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"a.txt"_s), article));
    QVERIFY(writeFile(dir.filePath(u"b.html"_s), article));
    QVERIFY(writeFile(dir.filePath(u"c.sdlxliff"_s), article));
    QVERIFY(writeFile(dir.filePath(u"d.png"_s), "\x89PNG"_ba));
    const ScanResult scan = FileScanner().scan({dir.path()});
    QCOMPARE(scan.files, QStringList{dir.filePath(u"a.txt"_s)});
    QHash<QString, QString> reasons;
    for (const FileProblem& problem : scan.skipped)
        reasons.insert(QFileInfo(problem.path).fileName(), problem.reason);
    QCOMPARE(reasons.size(), 3);
    QVERIFY2(reasons.value(u"b.html"_s).startsWith(u"HTML pages are not supported yet"_s),
             qPrintable(reasons.value(u"b.html"_s)));
    QVERIFY2(reasons.value(u"c.sdlxliff"_s).startsWith(u"XLIFF files are not supported yet"_s),
             qPrintable(reasons.value(u"c.sdlxliff"_s)));
    QVERIFY2(reasons.value(u"d.png"_s).contains(u"not a text file"_s),
             qPrintable(reasons.value(u"d.png"_s)));
}

QTEST_GUILESS_MAIN(TestFileFormat)
#include "tst_fileformat.moc"
