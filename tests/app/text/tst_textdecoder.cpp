// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder: the bytes of an article file become NFC text, or a reason why they cannot.
#include "io/DocumentReader.h"
#include "text/TextDecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

#include <memory>

using namespace Qt::StringLiterals;
using songngu::DecodedText;
using songngu::TextDecoder;

namespace {

const QString vietnameseSentence = u"Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga"_s;

QByteArray encodeWith(QStringConverter::Encoding encoding, const QString& text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    QByteArray bytes = encoder.encode(text);
    return bytes;
}

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Converter openWindows1258()
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open("windows-1258", &status), &ucnv_close);
    if (U_FAILURE(status))
        converter.reset();
    else // unmappable characters must fail, not turn into 0x1A substitutes
        ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                              &status);
    return converter;
}

// ucnv_fromUChars into `out`; false when a character has no Windows-1258 byte.
bool fromUChars(UConverter* converter, const QString& text, QByteArray* out)
{
    UErrorCode status = U_ZERO_ERROR;
    char buffer[64];
    ucnv_resetFromUnicode(converter);
    const int32_t length = ucnv_fromUChars(converter, buffer, sizeof buffer,
                                           reinterpret_cast<const UChar*>(text.utf16()),
                                           int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return false;
    out->append(buffer, length);
    return true;
}

// Windows-1258 has the vowel letters (â, ơ, ư, …) precomposed but the five tone marks only as
// combining characters, as Vietnamese legacy files wrote them: "ổ" is "ô" + U+0309.
QByteArray encodeWindows1258(const QString& text)
{
    const Converter converter = openWindows1258();
    if (!converter)
        return {};
    static const QString toneMarks = u"\u0300\u0301\u0303\u0309\u0323"_s;
    QByteArray bytes;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (fromUChars(converter.get(), QString(c), &bytes))
            continue;
        QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        QString tone;
        for (qsizetype i = 0; i < decomposed.size(); ++i) {
            if (toneMarks.contains(decomposed.at(i))) {
                tone = decomposed.at(i);
                decomposed.remove(i, 1);
                break;
            }
        }
        const QString base = decomposed.normalized(QString::NormalizationForm_C);
        if (tone.isEmpty() || !fromUChars(converter.get(), base + tone, &bytes))
            return {};
    }
    return bytes;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesUnicode_data();
    void decodesUnicode();
    void decodesLegacyWindows1258();
    void readsEncodedFilesFromDisk_data();
    void readsEncodedFilesFromDisk();
    void rejects_data();
    void rejects();
    void decodedTextIsAlwaysNfc();
    void readsDamagedUtf8WithReplacements_data();
    void readsDamagedUtf8WithReplacements();
    void damagedUtf8IsRecordedInTheDocument();
};

void TestTextDecoder::decodesUnicode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString nfc = vietnameseSentence;
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);

    QTest::newRow("UTF-8 without BOM is the default") << nfc.toUtf8() << nfc << u"UTF-8"_s;
    QTest::newRow("UTF-8 BOM is recognised and not part of the text")
        << encodeWith(QStringConverter::Utf8, nfc, true) << nfc << u"UTF-8 (BOM)"_s;
    QTest::newRow("UTF-16LE needs its BOM")
        << encodeWith(QStringConverter::Utf16LE, nfc, true) << nfc << u"UTF-16LE (BOM)"_s;
    QTest::newRow("UTF-16BE needs its BOM")
        << encodeWith(QStringConverter::Utf16BE, nfc, true) << nfc << u"UTF-16BE (BOM)"_s;
    QTest::newRow("plain ASCII English is UTF-8")
        << "Putin met Lam in Moscow.\n"_ba << u"Putin met Lam in Moscow.\n"_s << u"UTF-8"_s;
    QTest::newRow("NFD UTF-8 (macOS copy) is composed to NFC") << nfd.toUtf8() << nfc << u"UTF-8"_s;
    QTest::newRow("NFD UTF-16 is composed to NFC too")
        << encodeWith(QStringConverter::Utf16LE, nfd, true) << nfc << u"UTF-16LE (BOM)"_s;
    QTest::newRow("line ends are left as in the source")
        << "a\r\nb\rc\n"_ba << u"a\r\nb\rc\n"_s << u"UTF-8"_s;
    QTest::newRow("tabs and form feeds are text, not binary")
        << "col\tcol\fnext page"_ba << u"col\tcol\fnext page"_s << u"UTF-8"_s;
}

void TestTextDecoder::decodesUnicode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    const DecodedText decoded = TextDecoder().decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
}

void TestTextDecoder::decodesLegacyWindows1258()
{
    const QByteArray bytes = encodeWindows1258(vietnameseSentence);
    QVERIFY2(!bytes.isEmpty(), "ICU could not encode the sentence as windows-1258");
    // The fixture really is legacy: combining tone bytes (0xD2 hook, 0xF2 dot below) and not
    // valid UTF-8, so the decoder has to fall back to Windows-1258.
    QVERIFY(bytes.contains('\xD2'));
    QVERIFY(bytes.contains('\xF2'));
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString asUtf8 = utf8.decode(bytes); // decode() is lazy until converted
    QVERIFY(!asUtf8.isEmpty());
    QVERIFY(utf8.hasError());

    const DecodedText decoded = TextDecoder().decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, u"Windows-1258"_s);
    QCOMPARE(decoded.text, vietnameseSentence.normalized(QString::NormalizationForm_C));
    QCOMPARE(decoded.text.normalized(QString::NormalizationForm_C), decoded.text);

    // A whole legacy article with line ends decodes the same way.
    const QString article =
        vietnameseSentence + u".\r\n\r\nHai bên đã ký nhiều văn kiện hợp tác."_s;
    const DecodedText decodedArticle = TextDecoder().decode(encodeWindows1258(article));
    QVERIFY2(decodedArticle.ok(), qPrintable(decodedArticle.error));
    QCOMPARE(decodedArticle.text, article);
}

void TestTextDecoder::readsEncodedFilesFromDisk_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString article = u"Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga.\r\n\r\n"
                            "General Secretary To Lam held talks with the Russian President.\r\n"_s;
    QTest::newRow("UTF-8") << article.toUtf8() << u"UTF-8"_s;
    QTest::newRow("UTF-8 with BOM")
        << encodeWith(QStringConverter::Utf8, article, true) << u"UTF-8 (BOM)"_s;
    QTest::newRow("UTF-16LE with BOM (Windows Notepad 'Unicode')")
        << encodeWith(QStringConverter::Utf16LE, article, true) << u"UTF-16LE (BOM)"_s;
    QTest::newRow("UTF-16BE with BOM")
        << encodeWith(QStringConverter::Utf16BE, article, true) << u"UTF-16BE (BOM)"_s;
    QTest::newRow("legacy Windows-1258") << encodeWindows1258(article) << u"Windows-1258"_s;
}

void TestTextDecoder::readsEncodedFilesFromDisk()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"article.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const songngu::ReadResult result = songngu::DocumentReader().read(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const songngu::Document& document = *result.document;
    QCOMPARE(document.metadata.encoding, encoding);
    QCOMPARE(document.metadata.sizeBytes, bytes.size());
    QCOMPARE(document.paragraphs.size(), 2);
    QCOMPARE(document.paragraphs.at(0).text, u"Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga."_s);
    QCOMPARE(document.paragraphs.at(0).language, songngu::Language::Vietnamese);
    QCOMPARE(document.pairCount(), 1);
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorContains");

    const QByteArray legacy = encodeWindows1258(vietnameseSentence);
    QVERIFY(!legacy.isEmpty());

    QTest::newRow("empty file has nothing to read") << QByteArray() << u"empty"_s;
    QTest::newRow("PNG header: NUL bytes mean binary")
        << "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10"_ba << u"binary"_s;
    QTest::newRow("NUL inside otherwise valid UTF-8 text")
        << "General Secretary\0Lam"_ba << u"binary"_s;
    QTest::newRow("ESC and BEL controls in UTF-8 are not article text")
        << "text \x1B[0m and \x07 bell"_ba << u"binary"_s;
    QTest::newRow("0x81 is undefined in Windows-1258 even amid Vietnamese")
        << legacy + " \x81 " + legacy << u"neither UTF-8 nor Windows-1258"_s;
    QTest::newRow("0x8D 0x8E 0x8F 0x90 are undefined in Windows-1258")
        << legacy + "\x8D\x8E\x8F\x90"_ba << u"neither UTF-8 nor Windows-1258"_s;
    QTest::newRow("English Latin-1 cafe is not Vietnamese Windows-1258")
        << "We met at a caf\xE9 in Paris."_ba << u"not valid UTF-8"_s;
    QTest::newRow("Latin-1 French with accents is not Vietnamese either")
        << "D\xE9j\xE0 vu: le caf\xE9 \xE0 c\xF4t\xE9 de l'h\xF4tel."_ba << u"not valid UTF-8"_s;
    QTest::newRow("whitespace only has no text") << " \t\r\n\n   \n"_ba << u"white space"_s;
    QTest::newRow("a BOM and blank lines are still empty")
        << "\xEF\xBB\xBF\n\n"_ba << u"white space"_s;
    QTest::newRow("UTF-16LE BOM with a control character is binary")
        << encodeWith(QStringConverter::Utf16LE, u"abc\u0001def"_s, true) << u"binary"_s;
    QTest::newRow("UTF-16 with an odd number of bytes was cut short")
        << "\xFF\xFEH\0i\0!"_ba << u"truncated"_s;
    // Damaged UTF-8 is read only when the damage is a few bytes in plenty of good UTF-8.
    QString longArticle;
    for (int i = 0; i < 20; ++i)
        longArticle += vietnameseSentence + u".\n\n"_s;
    QByteArray tooDamaged = longArticle.toUtf8();
    for (qsizetype i = 10; i < tooDamaged.size(); i += 50)
        tooDamaged[i] = '\xFF';
    QTest::newRow("one bad byte in every fifty (2%) is too damaged, and not Windows-1258")
        << tooDamaged << u"UTF-8 with too many invalid bytes"_s;
    QTest::newRow("UTF-8 BOM over too many bad bytes is still invalid")
        << "\xEF\xBB\xBF"_ba + tooDamaged << u"invalid UTF-8 (BOM)"_s;
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorContains);

    const DecodedText decoded = TextDecoder().decode(bytes);
    QVERIFY2(!decoded.ok(),
             qPrintable(u"accepted as "_s + decoded.encoding + u": "_s + decoded.text));
    QVERIFY2(decoded.error.contains(errorContains, Qt::CaseInsensitive), qPrintable(decoded.error));
    QVERIFY(decoded.text.isEmpty());
}

void TestTextDecoder::readsDamagedUtf8WithReplacements_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("replaced");
    QTest::addColumn<QList<int>>("lines");

    // A Vietnamese article of about 1 KB, 4 lines a paragraph pair.
    QByteArray article;
    for (int i = 0; i < 10; ++i)
        article +=
            (vietnameseSentence + u".\n\nGeneral Secretary To Lam held talks.\n\n"_s).toUtf8();
    const auto damaged = [&article](const QList<int>& lines, const QByteArray& bad) {
        QList<QByteArray> split = article.split('\n');
        for (const int line : lines)
            split[line - 1].insert(5, bad);
        return split.join('\n');
    };
    QTest::newRow("six stray bytes on three lines of a Vietnamese article")
        << damaged({3, 7, 7, 11, 11, 11}, "\xFF"_ba) << u"UTF-8"_s << 6 << QList<int>{3, 7, 11};
    QTest::newRow("Latin-1 bytes pasted into UTF-8 (0xE9 0x20 is a broken sequence)")
        << damaged({1, 2}, "caf\xE9 "_ba) << u"UTF-8"_s << 2 << QList<int>{1, 2};
    QTest::newRow("a character cut short counts once (its maximal subpart)")
        << damaged({5}, "\xE1\xBB"_ba) << u"UTF-8"_s << 1 << QList<int>{5};
    QTest::newRow("an overlong encoding of '/' is invalid, byte by byte")
        << damaged({9}, "\xC0\xAF"_ba) << u"UTF-8"_s << 2 << QList<int>{9};
    QTest::newRow("an encoded surrogate is invalid")
        << damaged({13}, "\xED\xA0\x80"_ba) << u"UTF-8"_s << 3 << QList<int>{13};
    QTest::newRow("lines of a CR-only file are counted too")
        << QByteArray(damaged({4}, "\xFF"_ba)).replace('\n', '\r') << u"UTF-8"_s << 1
        << QList<int>{4};
    QTest::newRow("with a BOM: the BOM still names the encoding")
        << "\xEF\xBB\xBF"_ba + damaged({2}, "\x80"_ba) << u"UTF-8 (BOM)"_s << 1 << QList<int>{2};
    QTest::newRow("only the first five lines are kept")
        << damaged({1, 5, 9, 13, 17, 21, 25}, "\xFF"_ba) << u"UTF-8"_s << 7
        << QList<int>{1, 5, 9, 13, 17};
}

void TestTextDecoder::readsDamagedUtf8WithReplacements()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, replaced);
    QFETCH(QList<int>, lines);

    const DecodedText decoded = TextDecoder().decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.replaced, replaced);
    QCOMPARE(decoded.replacedLines, lines);
    QCOMPARE(decoded.text.count(QChar(QChar::ReplacementCharacter)), replaced);
    // Everything else is read as written.
    QVERIFY(decoded.text.contains(vietnameseSentence));
}

void TestTextDecoder::damagedUtf8IsRecordedInTheDocument()
{
    QByteArray bytes = (vietnameseSentence + u".\n\n"_s).repeated(30).toUtf8();
    bytes.insert(bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1, "\xFF\xFE"); // line 3
    const songngu::ReadResult result = songngu::DocumentReader().readBytes(bytes, u"a.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document->metadata.encoding, u"UTF-8"_s);
    QCOMPARE(result.document->metadata.replacedSequences, 2);
    QCOMPARE(result.document->metadata.replacedLines, QList<int>{3});
    QVERIFY(result.document->paragraphs.at(1).text.startsWith(u"\uFFFD\uFFFD"_s));
}

void TestTextDecoder::decodedTextIsAlwaysNfc()
{
    // Mixed forms in one file: precomposed, decomposed and a combining sequence in a
    // non-canonical order (circumflex before dot below) all come out as the same NFC string.
    const QString mixed = u"Ho\u0302\u0323i \u1ED9i ho\u0323\u0302i"_s;
    const DecodedText decoded = TextDecoder().decode(mixed.toUtf8());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, u"H\u1ED9i \u1ED9i h\u1ED9i"_s);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
