// SPDX-License-Identifier: GPL-3.0-or-later
// Precision and recall of EntityRecognizer against the hand-checked gold annotation of the
// sample articles (tests/data/entities-gold, conventions in its README.md).
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "io/DocumentReader.h"
#include "support/PrecisionRecall.h"
#include "support/WholeWord.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace songngu;
using songngu::testing::findOccurrence;
using songngu::testing::PrecisionRecall;
using namespace Qt::StringLiterals;

namespace {

const QStringList types{u"person"_s,    u"organisation"_s, u"place"_s, u"date"_s,
                        u"agreement"_s, u"event"_s,        u"number"_s};

// One mention, gold or found: where it is and what it is.
struct Span
{
    int row = 0;
    Language language = Language::Unknown;
    int start = 0;
    int length = 0;
    QString type;
    QString text;

    friend bool operator==(const Span&, const Span&) = default;
    friend size_t qHash(const Span& s, size_t seed = 0)
    {
        return qHashMulti(seed, s.row, int(s.language), s.start, s.length, s.type);
    }
};

// Turns one gold line ("row<TAB>lang<TAB>type<TAB>text[<TAB>occurrence]") into a span of
// `document`, or explains why it cannot.
std::optional<Span> resolve(const Document& document, const QString& line, QString* error)
{
    const QStringList fields = line.split(u'\t');
    auto fail = [&](const QString& why) {
        *error = why + u": "_s + line;
        return std::nullopt;
    };
    if (fields.size() < 4 || fields.size() > 5)
        return fail(u"expected 4 or 5 tab-separated fields"_s);
    bool ok = false;
    Span span;
    span.row = fields.at(0).toInt(&ok);
    if (!ok || span.row < 0 || span.row >= document.rows.size())
        return fail(u"no such row"_s);
    span.language = fields.at(1) == u"en"_s   ? Language::English
                    : fields.at(1) == u"vi"_s ? Language::Vietnamese
                                              : Language::Unknown;
    if (span.language == Language::Unknown)
        return fail(u"language must be en or vi"_s);
    span.type = fields.at(2);
    if (!types.contains(span.type))
        return fail(u"unknown type"_s);
    span.text = fields.at(3);
    const int occurrence = fields.size() == 5 ? fields.at(4).toInt(&ok) : 1;
    if (!ok || occurrence < 1)
        return fail(u"bad occurrence"_s);
    const Paragraph* paragraph = document.segment(span.row, span.language);
    if (!paragraph)
        return fail(u"the row has no paragraph in that language"_s);
    span.start = span.text.isEmpty() ? -1 : findOccurrence(paragraph->text, span.text, occurrence);
    if (span.start < 0)
        return fail(u"text not found as a whole word that many times in the paragraph"_s);
    span.length = int(span.text.size());
    return span;
}

struct GoldFile
{
    QString sample; // "000_037a6d204ec47f07"
    DocumentPtr document;
    QList<Span> spans;
    QStringList errors;
};

GoldFile loadGold(const QString& goldPath)
{
    GoldFile gold;
    gold.sample = QFileInfo(goldPath).completeBaseName();
    const ReadResult read =
        DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR) + u'/' + gold.sample + u".txt"_s);
    gold.document = read.document;
    if (!gold.document) {
        gold.errors.append(u"sample not readable: "_s + read.error);
        return gold;
    }
    QFile file(goldPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        gold.errors.append(u"cannot open "_s + goldPath);
        return gold;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QString error;
        if (const std::optional<Span> span = resolve(*gold.document, line, &error))
            gold.spans.append(*span);
        else
            gold.errors.append(error);
    }
    // Gold mentions never overlap, as found ones never do: an overlap is a mistyped occurrence.
    QList<Span> sorted = gold.spans;
    std::sort(sorted.begin(), sorted.end(), [](const Span& a, const Span& b) {
        return std::tie(a.row, a.language, a.start) < std::tie(b.row, b.language, b.start);
    });
    for (int i = 1; i < sorted.size(); ++i) {
        const Span& a = sorted.at(i - 1);
        const Span& b = sorted.at(i);
        if (a.row == b.row && a.language == b.language && a.start + a.length > b.start)
            gold.errors.append(
                u"overlapping gold mentions in row %1: \"%2\" and \"%3\""_s.arg(a.row).arg(a.text,
                                                                                           b.text));
    }
    return gold;
}

QStringList goldPaths()
{
    const QDir dir(QStringLiteral(SONGNGU_TEST_DATA_DIR "/entities-gold"));
    QStringList paths;
    for (const QString& name : dir.entryList({u"*.tsv"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QString describe(const QString& sample, const Span& s)
{
    return u"%1 row %2 %3 %4 \"%5\" @%6"_s.arg(sample.left(3))
        .arg(s.row)
        .arg(languageCode(s.language), s.type, s.text)
        .arg(s.start);
}

} // namespace

class TestEntityAccuracy : public QObject
{
    Q_OBJECT

private:
    Glossary glossary;
    std::unique_ptr<EntityRecognizer> recognizer;
    QMap<QString, PrecisionRecall> counts; // by type
    QStringList misses;
    QStringList falsePositives;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
        recognizer = std::make_unique<EntityRecognizer>(glossary);
        const QStringList paths = goldPaths();
        QCOMPARE(paths.size(), 5); // one per sample article

        for (const QString& path : paths) {
            const GoldFile gold = loadGold(path);
            QVERIFY2(gold.errors.isEmpty(), qPrintable(gold.errors.join(u'\n')));
            QSet<Span> expected(gold.spans.cbegin(), gold.spans.cend());
            QSet<Span> found;
            const DocumentEntities entities = recognizer->recognize(*gold.document);
            for (const Entity& entity : entities.entities) {
                if (!types.contains(entity.type))
                    continue; // titles are not annotated (see the gold README)
                for (const EntityMention& m : entity.mentions)
                    found.insert({m.row, m.language, m.start, m.length, entity.type, m.text});
            }
            for (const Span& s : std::as_const(found)) {
                if (expected.contains(s)) {
                    ++counts[s.type].truePositives;
                } else {
                    ++counts[s.type].falsePositives;
                    falsePositives.append(describe(gold.sample, s));
                }
            }
            for (const Span& s : std::as_const(expected)) {
                if (!found.contains(s)) {
                    ++counts[s.type].falseNegatives;
                    misses.append(describe(gold.sample, s));
                }
            }
        }
        misses.sort();
        falsePositives.sort();
        qInfo().noquote() << PrecisionRecall::tableHeader(u"type"_s);
        PrecisionRecall all;
        for (const QString& type : types) {
            all += counts.value(type);
            qInfo().noquote() << counts.value(type).tableRow(type);
        }
        qInfo().noquote() << all.tableRow(u"all"_s);
        for (const QString& miss : std::as_const(misses))
            qInfo("missed: %s", qPrintable(miss));
        for (const QString& extra : std::as_const(falsePositives))
            qInfo("false positive: %s", qPrintable(extra));
    }

    // The target for the four types a reader checks most.
    void accuracy_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("people, including given names alone") << u"person"_s;
        QTest::newRow("places, countries included") << u"place"_s;
        QTest::newRow("organisations and their acronyms") << u"organisation"_s;
        QTest::newRow("dates, relative ones resolved") << u"date"_s;
    }
    void accuracy()
    {
        QFETCH(QString, type);
        const PrecisionRecall c = counts.value(type);
        QVERIFY2(c.truePositives + c.falseNegatives > 0, "no gold mentions of this type");
        QVERIFY2(c.precision() >= 0.95, qPrintable(u"precision %1"_s.arg(c.precision())));
        QVERIFY2(c.recall() >= 0.95, qPrintable(u"recall %1"_s.arg(c.recall())));
    }

    // Every gold line of every file still points at its text: editing a sample article or the
    // parser's rows must fail here rather than silently skew the figures.
    void goldSpansExist_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : goldPaths())
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
    }
    void goldSpansExist()
    {
        QFETCH(QString, path);
        const GoldFile gold = loadGold(path);
        QVERIFY2(gold.errors.isEmpty(), qPrintable(gold.errors.join(u'\n')));
        QVERIFY(!gold.spans.isEmpty());
        for (const Span& s : gold.spans)
            QCOMPARE(gold.document->segment(s.row, s.language)->text.mid(s.start, s.length),
                     s.text);
    }

    // What a stale or mistyped gold line looks like, and that it is reported.
    void staleGoldLineFails_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("text no longer in the paragraph") << u"2\ten\tperson\tTo Lamm"_s;
        QTest::newRow("occurrence beyond the last") << u"2\ten\tplace\tMoscow\t2"_s;
        QTest::newRow("part of a longer word") << u"4\ten\tplace\tRussia"_s;
        QTest::newRow("row out of range") << u"99\ten\tplace\tMoscow"_s;
        QTest::newRow("side without a paragraph") << u"1\tvi\tdate\tMay 11, 2025"_s;
        QTest::newRow("unknown type") << u"2\ten\tpeople\tTo Lam"_s;
        QTest::newRow("missing field") << u"2\ten\tTo Lam"_s;
    }
    void staleGoldLineFails()
    {
        QFETCH(QString, line);
        const ReadResult read = DocumentReader().read(QStringLiteral(SONGNGU_SAMPLES_DIR) +
                                                      u"/001_19bb709d9f59f387.txt"_s);
        QVERIFY(read.document);
        QString error;
        QVERIFY(!resolve(*read.document, line, &error));
        QVERIFY(!error.isEmpty());
        // The same line, corrected, resolves: the failure is the line's, not the document's.
        QVERIFY(resolve(*read.document, u"2\ten\tplace\tMoscow"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestEntityAccuracy)
#include "tst_entityaccuracy.moc"
