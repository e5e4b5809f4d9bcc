// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete and intact: every message in the .ts files has a finished,
// non-empty translation (each plural form too) that keeps the source's placeholders and
// accelerators, and that no editing slip has stuttered or pasted twice.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Ampersands
{
    int accelerators = 0; // "&File": the letter after it is the mnemonic
    int literals = 0;     // "&&": an ampersand shown as such
    int others = 0;       // "&%1;" in a message that is no menu text
    int untypable = 0;    // "&ẩ": no key types the letter with Alt
};

Ampersands ampersands(QStringView text)
{
    Ampersands found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (next == u'&') {
            ++found.literals;
            ++i;
        } else if (next.isLetterOrNumber()) {
            ++found.accelerators;
            if (next.unicode() > 0x7f)
                ++found.untypable;
        } else {
            ++found.others;
        }
    }
    return found;
}

// The words of a text as a reader sees them: accelerators gone, case folded.
QStringList words(QString text)
{
    text.replace(u"&&"_s, u"\x1"_s).remove(u'&').replace(u'\x1', u'&');
    return text.toCaseFolded().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}

// The first phrase of `length` words that occurs twice in `text`, or an empty string.
QString repeatedPhrase(const QStringList& text, int length)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i + length <= text.size(); ++i) {
        const QString phrase = text.mid(i, length).join(u' ');
        if (seen.contains(phrase))
            return phrase;
        seen.insert(phrase);
    }
    return {};
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (QRegularExpressionMatchIterator it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return u'{' + list.join(u", "_s) + u'}';
}

// What is wrong with `translation` of `source` (one plural form of it): an empty list when
// nothing is.
QStringList translationProblems(const QString& source, const QString& translation)
{
    QStringList problems;
    if (translation.trimmed().isEmpty())
        return {u"empty"_s};

    if (placeholders(source) != placeholders(translation))
        problems.append(u"placeholders %1 instead of %2"_s.arg(sorted(placeholders(translation)),
                                                               sorted(placeholders(source))));

    const Ampersands sourceAmpersands = ampersands(source);
    const Ampersands translated = ampersands(translation);
    if (translated.accelerators != (sourceAmpersands.accelerators > 0 ? 1 : 0))
        problems.append(u"%1 accelerators for the source's %2"_s.arg(translated.accelerators)
                            .arg(sourceAmpersands.accelerators));
    if (translated.untypable > 0)
        problems.append(u"an accelerator on a letter with a diacritic"_s);
    if (translated.others != sourceAmpersands.others)
        problems.append(u"%1 lone ampersands for the source's %2"_s.arg(translated.others)
                            .arg(sourceAmpersands.others));

    // "&amp;" read as text: the escape was typed into a translation that was already unescaped.
    static const QRegularExpression entity(u"(amp|lt|gt|quot|apos|nbsp);"_s);
    if (translation.count(entity) > source.count(entity))
        problems.append(u"XML escape left as text"_s);

    // A phrase said twice is a paste or a stutter, unless the source says something twice too
    // (two English words often take three Vietnamese syllables).
    const QString repeat = repeatedPhrase(words(translation), 3);
    if (!repeat.isEmpty() && repeatedPhrase(words(source), 2).isEmpty())
        problems.append(u"“%1” repeated"_s.arg(repeat));
    const QString plainSource = words(source).join(u' ');
    if (plainSource.size() > 3 && words(translation).join(u' ').count(plainSource) > 1)
        problems.append(u"the source text twice"_s);
    return problems;
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // of the translation: "unfinished", "vanished", … or empty when finished
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readMessages(QXmlStreamReader& xml)
{
    QList<Message> messages;
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS") {
            continue; // descend
        } else if (xml.name() == u"context") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name") {
                    context = xml.readElementText();
                    continue;
                }
                if (xml.name() != u"message") {
                    xml.skipCurrentElement();
                    continue;
                }
                Message message;
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"source") {
                        message.source = xml.readElementText();
                    } else if (xml.name() == u"comment") {
                        message.comment = xml.readElementText();
                    } else if (xml.name() == u"translation") {
                        message.type = xml.attributes().value(u"type"_s).toString();
                        if (!message.numerus) {
                            message.forms.append(xml.readElementText());
                            continue;
                        }
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                message.forms.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                messages.append(message);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The checks themselves: each catches its slip and lets a sound translation through.
    void problems_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<QString>("problem"); // a part of one expected, empty for none

        QTest::newRow("sound menu entry") << u"Export Report for &All Documents…"_s
                                          << u"Xuất báo cáo cho mọi tài &liệu…"_s << QString();
        QTest::newRow("an edit pasted into the middle of the old text")
            << u"Export Report for &All Documents…"_s
            << u"Xuất báo cáo cho mọi tài Xuất báo cáo cho &mọi tài liệu…amp;liệu…"_s
            << u"repeated"_s;
        QTest::newRow("the escape of & typed as text")
            << u"Export &Report…"_s << u"Xuất &báo cáo amp;…"_s << u"XML escape"_s;
        QTest::newRow("source pasted twice, untranslated")
            << u"Not Saved"_s << u"Not Saved Not Saved"_s << u"the source text twice"_s;
        QTest::newRow("a repeat the source has too is no slip")
            << u"Open articles with File ▸ Open Files or a folder with File ▸ Open Folder"_s
            << u"Mở bài báo bằng Tệp ▸ Mở tệp hoặc mở một thư mục bằng Tệp ▸ Mở thư mục"_s
            << QString();
        QTest::newRow("accelerator lost") << u"&Quit"_s << u"Thoát"_s << u"0 accelerators"_s;
        QTest::newRow("two accelerators") << u"&Quit"_s << u"&Th&oát"_s << u"2 accelerators"_s;
        QTest::newRow("accelerator on a letter no key types")
            << u"Show &hidden files"_s << u"Hiện tệp &ẩn"_s << u"diacritic"_s;
        QTest::newRow("accelerator where the source has none")
            << u"Previous Uncertain Row"_s << u"Hàng chưa chắc &trước đó"_s << u"1 accelerators"_s;
        QTest::newRow("&& is a literal ampersand, not an accelerator")
            << u"Q&&A"_s << u"Hỏi && đáp"_s << QString();
        QTest::newRow("a lone & that is no accelerator kept")
            << u"the entity &%1; is not defined"_s << u"thực thể &%1; không được định nghĩa"_s
            << QString();
        QTest::newRow("a lone & dropped")
            << u"the entity &%1; is not defined"_s << u"thực thể %1 không được định nghĩa"_s
            << u"lone ampersands"_s;
        QTest::newRow("placeholder lost")
            << u"Saved the report to %1."_s << u"Đã lưu báo cáo."_s << u"placeholders"_s;
        QTest::newRow("placeholder added")
            << u"Saved the report."_s << u"Đã lưu báo cáo vào %1."_s << u"placeholders"_s;
        QTest::newRow("%n lost in a plural form")
            << u"%n error(s)"_s << u"lỗi"_s << u"placeholders"_s;
        QTest::newRow("placeholders in another order are fine")
            << u"%1 of %2"_s << u"%2: %1"_s << QString();
        QTest::newRow("blank") << u"Row"_s << u"  "_s << u"empty"_s;
    }
    void problems()
    {
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QFETCH(QString, problem);
        const QStringList found = translationProblems(source, translation);
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
        } else {
            QVERIFY2(found.join(u"; "_s).contains(problem), qPrintable(found.join(u"; "_s)));
        }
    }

    void translationIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minimumMessages");
        QTest::addColumn<int>("pluralForms"); // how many the language has
        QTest::newRow("Vietnamese: every message") << u"songngu_vi.ts"_s << 400 << 1;
        QTest::newRow("English: plural forms of %n messages") << u"songngu_en.ts"_s << 8 << 2;
        QTest::newRow("Vietnamese: the Qt dialogs' buttons and labels")
            << u"qtbase_vi.ts"_s << 80 << 1;
    }
    void translationIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, minimumMessages);
        QFETCH(int, pluralForms);
        QFile ts(QStringLiteral(SONGNGU_SOURCE_DIR "/translations/") + file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.errorString()));
        QXmlStreamReader xml(&ts);
        const QList<Message> messages = readMessages(xml);
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages.size() >= minimumMessages, "too few messages: run the lupdate targets");

        QStringList problems;
        QSet<QString> seen;
        for (const Message& message : messages) {
            const QString where = message.context + u": “"_s + message.source + u'”';
            // A second entry for one message: lrelease keeps only one of the two translations.
            const QString key = message.context + u'\n' + message.source + u'\n' + message.comment;
            if (seen.contains(key))
                problems.append(where + u" is there twice"_s);
            seen.insert(key);
            if (!message.type.isEmpty()) {
                problems.append(where + u" is "_s + message.type);
                continue;
            }
            if (message.numerus && message.forms.size() != pluralForms)
                problems.append(
                    where +
                    u" has %1 plural forms, not %2"_s.arg(message.forms.size()).arg(pluralForms));
            for (const QString& form : message.forms)
                for (const QString& problem : translationProblems(message.source, form))
                    problems.append(where + u" → “"_s + form + u"”: "_s + problem);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
