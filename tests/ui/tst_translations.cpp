// The translations are complete: every message in the .ts files has a finished, non-empty
// translation that keeps the source's placeholders.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void translationIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minimumMessages");
        QTest::newRow("Vietnamese: every message") << QStringLiteral("songngu_vi.ts") << 100;
        QTest::newRow("English: plural forms of %n messages")
            << QStringLiteral("songngu_en.ts") << 8;
    }
    void translationIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, minimumMessages);
        QFile ts(QStringLiteral(SONGNGU_SOURCE_DIR "/translations/") + file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.errorString()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList problems;
        QString source;
        const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || type == u"obsolete" || type == u"vanished" ||
                    text.trimmed().isEmpty()) {
                    problems.append(source);
                    continue;
                }
                QRegularExpressionMatchIterator it = placeholder.globalMatch(source);
                while (it.hasNext()) {
                    const QString marker = it.next().captured();
                    if (!text.contains(marker))
                        problems.append(source + QStringLiteral(" (missing ") + marker + u')');
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages >= minimumMessages, "too few messages: run the lupdate targets");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
