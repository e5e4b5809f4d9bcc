// The Vietnamese translation is complete: every message in the .ts file has a finished,
// non-empty translation that keeps the source's placeholders.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vietnameseIsComplete()
    {
        QFile file(QStringLiteral(SONGNGU_SOURCE_DIR "/translations/songngu_vi.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QXmlStreamReader xml(&file);
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
        QVERIFY2(messages > 50, "the translation file lists too few messages: run the lupdate target");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
