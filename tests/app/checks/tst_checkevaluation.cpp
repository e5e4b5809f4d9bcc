// SPDX-License-Identifier: GPL-3.0-or-later
// The measured quality of the row checks: correct English–Vietnamese pairs (tests/data/check-eval)
// must give no finding; errors of each kind injected into them, one per document, must be found.
// Prints recall and precision per kind; fails below 0.95 recall or 0.90 precision overall.
#include "checks/RowChecker.h"
#include "entities/EntityRecognizer.h"
#include "glossary/Glossary.h"
#include "recognize/DateRecognizer.h"
#include "support/PrecisionRecall.h"
#include "support/RowTestSupport.h"
#include "text/LanguageDetector.h"
#include "text/TextFolder.h"

#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace songngu;
using namespace songngu::test;
using songngu::testing::PrecisionRecall;
using namespace Qt::StringLiterals;

namespace {

// The pairs of one news story: a document of their rows, dated.
struct Story
{
    QString id;
    QDate date;
    QList<RowText> rows;
};

// An error put into a copy of a story: where, and of which kind.
struct Injection
{
    QString kind;
    int story = 0;
    int row = 0;
    QString what; // for the log: "Tô Lâm → Donald Trump"
    Story changed;
};

const QStringList kinds{u"name-mismatch"_s,      u"number-mismatch"_s,     u"date-mismatch"_s,
                        u"missing-diacritics"_s, u"missing-translation"_s, u"untranslated"_s,
                        u"weekday-mismatch"_s};

constexpr quint32 seed = 20250511;
constexpr int injectionsPerKind = 30;

QList<Story> readStories(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QList<Story> stories;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString& line = lines.at(n);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 4) {
            *error = u"line %1: %2 fields, not 4"_s.arg(n + 1).arg(fields.size());
            return {};
        }
        if (stories.isEmpty() || stories.back().id != fields.at(0))
            stories.append({fields.at(0), QDate::fromString(fields.at(1), Qt::ISODate), {}});
        stories.back().rows.append({fields.at(2), fields.at(3)});
    }
    return stories;
}

// `text` with [start, start + length) replaced.
QString replaced(QString text, int start, int length, const QString& with)
{
    return text.replace(start, length, with);
}

} // namespace

class TestCheckEvaluation : public QObject
{
    Q_OBJECT

private:
    Glossary glossary;
    std::unique_ptr<EntityRecognizer> recognizer;
    std::unique_ptr<RowChecker> checker;
    const TextFolder folder;
    const DateRecognizer dates;
    QList<Story> stories;
    QList<DocumentEntities> entities; // of each clean story

    Document documentOf(const Story& story) const
    {
        return test::documentOf(story.rows, story.date, u"check-eval/"_s + story.id + u".txt"_s);
    }

    // The entities of `type` that row `row` of story `s` mentions in its Vietnamese.
    QList<const Entity*> vietnameseEntities(int s, int row, const QString& type) const
    {
        QList<const Entity*> found;
        for (int index : entities.at(s).entitiesInRow(row)) {
            const Entity& entity = entities.at(s).entities.at(index);
            if (entity.type == type && !entity.mentionsIn(row, Language::Vietnamese).isEmpty())
                found.append(&entity);
        }
        return found;
    }

    // Another person of the glossary in place of one in the Vietnamese: every mention of them
    // in the row becomes the other's full Vietnamese name.
    std::optional<Injection> swapPerson(int s, int row, QRandomGenerator& random) const
    {
        const QList<const Entity*> people = vietnameseEntities(s, row, u"person"_s);
        if (people.isEmpty())
            return std::nullopt;
        const Entity* person = people.at(random.bounded(int(people.size())));
        QStringList others;
        for (const GlossaryEntry& entry : glossary.entries()) {
            const Entity* inDocument = entities.at(s).entity(entry.id);
            const bool inRow =
                inDocument && (!inDocument->mentionsIn(row, Language::English).isEmpty() ||
                               !inDocument->mentionsIn(row, Language::Vietnamese).isEmpty());
            if (entry.type == EntityType::Person && !inRow && !entry.vietnamese.isEmpty())
                others.append(entry.vietnamese.front());
        }
        const QString other = others.at(random.bounded(int(others.size())));
        Story changed = stories.at(s);
        QString& text = changed.rows[row].vietnamese;
        const QList<EntityMention> mentions = person->mentionsIn(row, Language::Vietnamese);
        for (qsizetype m = mentions.size() - 1; m >= 0; --m)
            text = replaced(text, mentions.at(m).start, mentions.at(m).length, other);
        return Injection{{}, s, row, mentions.front().text + u" → "_s + other, changed};
    }

    // A number written in digits changed by a few units in its last group of digits.
    std::optional<Injection> changeNumber(int s, int row, QRandomGenerator& random) const
    {
        QList<EntityMention> candidates;
        for (const Entity* number : vietnameseEntities(s, row, u"number"_s))
            for (const EntityMention& m : number->mentionsIn(row, Language::Vietnamese))
                if (m.text.contains(QRegularExpression(u"[0-9]"_s)))
                    candidates.append(m);
        if (candidates.isEmpty())
            return std::nullopt;
        const EntityMention m = candidates.at(random.bounded(int(candidates.size())));
        static const QRegularExpression digits(u"[0-9]+"_s);
        QRegularExpressionMatch last;
        for (const QRegularExpressionMatch& match : digits.globalMatch(m.text))
            last = match;
        const int value = last.captured().toInt();
        const int width = int(last.capturedLength());
        int changedValue = value + 1 + random.bounded(8);
        if (QString::number(changedValue).size() > width)
            changedValue = value - 1 - random.bounded(qMax(1, qMin(8, value - 1)));
        if (changedValue <= 0 || changedValue == value)
            return std::nullopt;
        const QString number =
            QString::number(changedValue).rightJustified(width, u'0'); // "050" stays 3 digits
        const QString text = replaced(m.text, int(last.capturedStart()), width, number);
        Story changed = stories.at(s);
        changed.rows[row].vietnamese =
            replaced(changed.rows[row].vietnamese, m.start, m.length, text);
        return Injection{{}, s, row, m.text + u" → "_s + text, changed};
    }

    // A date (not a weekday, nor one written with a weekday) moved: its day, else its month,
    // else its year.
    std::optional<Injection> changeDate(int s, int row, QRandomGenerator& random) const
    {
        const QString& text = stories.at(s).rows.at(row).vietnamese;
        const QList<DateMention> found = dates.find(text, Language::Vietnamese, stories.at(s).date);
        QList<DateMention> candidates;
        QList<const Entity*> recognised = vietnameseEntities(s, row, u"date"_s);
        for (qsizetype i = 0; i < found.size(); ++i) {
            const DateMention& d = found.at(i);
            const bool afterWeekday =
                i > 0 && found.at(i - 1).weekdayOnly &&
                d.start - (found.at(i - 1).start + found.at(i - 1).length) <= 3;
            const bool isEntity =
                std::any_of(recognised.cbegin(), recognised.cend(), [&](const Entity* e) {
                    const QList<EntityMention> ms = e->mentionsIn(row, Language::Vietnamese);
                    return std::any_of(ms.cbegin(), ms.cend(),
                                       [&](const EntityMention& m) { return m.start == d.start; });
                });
            if (isEntity && d.weekday == 0 && !d.isRange() && !afterWeekday)
                candidates.append(d);
        }
        if (candidates.isEmpty())
            return std::nullopt;
        const DateMention d = candidates.at(random.bounded(int(candidates.size())));
        const QString written = text.mid(d.start, d.length);
        static const QRegularExpression digits(u"[0-9]+"_s);
        const QRegularExpressionMatch first = digits.match(written);
        if (!first.hasMatch())
            return std::nullopt;
        const int value = first.captured().toInt();
        const int step = 1 + random.bounded(5);
        const int changedValue = first.capturedLength() == 4 ? value + step
                                 : d.precision == DateMention::Precision::Day
                                     ? (value - 1 + step) % 28 + 1
                                     : (value - 1 + step) % 12 + 1;
        if (changedValue == value)
            return std::nullopt;
        const QString changedText =
            replaced(written, int(first.capturedStart()), int(first.capturedLength()),
                     QString::number(changedValue));
        Story changed = stories.at(s);
        changed.rows[row].vietnamese = replaced(text, d.start, d.length, changedText);
        return Injection{{}, s, row, written + u" → "_s + changedText, changed};
    }

    // A person's or place's name in the Vietnamese written without its marks.
    std::optional<Injection> stripDiacritics(int s, int row, QRandomGenerator& random) const
    {
        QList<EntityMention> candidates;
        for (const QString& type : {u"person"_s, u"place"_s})
            for (const Entity* entity : vietnameseEntities(s, row, type))
                for (const EntityMention& m : entity->mentionsIn(row, Language::Vietnamese))
                    if (folder.stripMarks(m.text) != m.text)
                        candidates.append(m);
        if (candidates.isEmpty())
            return std::nullopt;
        const EntityMention m = candidates.at(random.bounded(int(candidates.size())));
        Story changed = stories.at(s);
        changed.rows[row].vietnamese =
            replaced(changed.rows[row].vietnamese, m.start, m.length, folder.stripMarks(m.text));
        return Injection{{}, s, row, m.text + u" → "_s + folder.stripMarks(m.text), changed};
    }

    std::optional<Injection> removeParagraph(int s, int row, QRandomGenerator& random) const
    {
        Story changed = stories.at(s);
        const bool english = random.bounded(2) == 0;
        (english ? changed.rows[row].english : changed.rows[row].vietnamese).clear();
        return Injection{
            {}, s, row, english ? u"English removed"_s : u"Vietnamese removed"_s, changed};
    }

    std::optional<Injection> copyEnglish(int s, int row, QRandomGenerator&) const
    {
        Story changed = stories.at(s);
        changed.rows[row].vietnamese = changed.rows[row].english;
        return Injection{{}, s, row, u"English copied"_s, changed};
    }

    // A weekday in the Vietnamese changed to another.
    std::optional<Injection> changeWeekday(int s, int row, QRandomGenerator& random) const
    {
        const QString& text = stories.at(s).rows.at(row).vietnamese;
        static const QRegularExpression weekday(
            u"\\b(?:thứ\\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\\s+nhật)(?![\\p{L}\\p{M}])"_s,
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        QList<std::pair<int, DateMention>> candidates; // start of the weekday word, its date
        for (const DateMention& d : dates.find(text, Language::Vietnamese, stories.at(s).date)) {
            const QRegularExpressionMatch match = weekday.match(text.mid(d.start, d.length));
            if (d.weekday != 0 && match.hasMatch())
                candidates.append({d.start + int(match.capturedStart()), d});
        }
        if (candidates.isEmpty())
            return std::nullopt;
        const auto& [start, d] = candidates.at(random.bounded(int(candidates.size())));
        const QRegularExpressionMatch match = weekday.match(text, start);
        const int other = (d.weekday - 1 + 1 + random.bounded(6)) % 7 + 1;
        QString name = RowChecker::weekdayName(other, Language::Vietnamese);
        if (match.captured().front().isUpper())
            name[0] = name.at(0).toUpper();
        Story changed = stories.at(s);
        changed.rows[row].vietnamese =
            replaced(text, int(match.capturedStart()), int(match.capturedLength()), name);
        return Injection{{}, s, row, match.captured() + u" → "_s + name, changed};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(glossary.loadBuiltIn(&error), qPrintable(error));
        recognizer = std::make_unique<EntityRecognizer>(glossary);
        checker = std::make_unique<RowChecker>(glossary);
        stories =
            readStories(QStringLiteral(SONGNGU_TEST_DATA_DIR) + u"/check-eval/pairs.tsv"_s, &error);
        QVERIFY2(!stories.isEmpty(), qPrintable(error));
        for (const Story& story : std::as_const(stories))
            entities.append(recognizer->recognize(documentOf(story)));
    }

    void pairsAreWellFormed()
    {
        int pairs = 0;
        const LanguageDetector detector;
        for (const Story& story : std::as_const(stories)) {
            QVERIFY2(story.date.isValid(), qPrintable(story.id));
            QVERIFY2(story.rows.size() >= 2, qPrintable(story.id)); // a document, not a line
            for (const RowText& row : story.rows) {
                QCOMPARE(detector.detect(row.english), Language::English);
                QCOMPARE(detector.detect(row.vietnamese), Language::Vietnamese);
                ++pairs;
            }
        }
        QVERIFY2(pairs >= 60, qPrintable(QString::number(pairs)));
    }

    // Precision on clean data: correct translations give no finding at all.
    void cleanPairsAreSilent()
    {
        QStringList findings;
        for (int s = 0; s < stories.size(); ++s)
            for (const Finding& f : checker->check(documentOf(stories.at(s)), entities.at(s)))
                findings.append(stories.at(s).id + u": "_s + describe(f) + u" — "_s + f.message);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    }

    void injectedErrors()
    {
        using Injector = std::function<std::optional<Injection>(int, int, QRandomGenerator&)>;
        const QMap<QString, Injector> injectors{
            {u"name-mismatch"_s,
             [this](int s, int r, auto& g) {
                 return swapPerson(s, r, g);
             }},
            {u"number-mismatch"_s,
             [this](int s, int r, auto& g) {
                 return changeNumber(s, r, g);
             }},
            {u"date-mismatch"_s,
             [this](int s, int r, auto& g) {
                 return changeDate(s, r, g);
             }},
            {u"missing-diacritics"_s,
             [this](int s, int r, auto& g) {
                 return stripDiacritics(s, r, g);
             }},
            {u"missing-translation"_s,
             [this](int s, int r, auto& g) {
                 return removeParagraph(s, r, g);
             }},
            {u"untranslated"_s,
             [this](int s, int r, auto& g) {
                 return copyEnglish(s, r, g);
             }},
            {u"weekday-mismatch"_s, [this](int s, int r, auto& g) {
                 return changeWeekday(s, r, g);
             }}};

        // SONGNGU_EVAL_SEED tries another draw; the default is the one the README reports.
        bool seeded = false;
        const int other = qEnvironmentVariableIntValue("SONGNGU_EVAL_SEED", &seeded);
        QRandomGenerator random(seeded ? quint32(other) : seed);
        QMap<QString, PrecisionRecall> tallies;
        QStringList misses;
        for (const QString& kind : kinds) {
            // The rows an error of this kind can be put in, in a seeded random order.
            QList<std::pair<int, int>> rows;
            for (int s = 0; s < stories.size(); ++s)
                for (int r = 0; r < stories.at(s).rows.size(); ++r)
                    rows.append({s, r});
            std::shuffle(rows.begin(), rows.end(), random);
            int injected = 0;
            for (const auto& [s, r] : std::as_const(rows)) {
                if (injected == injectionsPerKind)
                    break;
                std::optional<Injection> injection = injectors.value(kind)(s, r, random);
                if (!injection)
                    continue;
                ++injected;
                injection->kind = kind;
                const Document document = documentOf(injection->changed);
                const QList<Finding> findings =
                    checker->check(document, recognizer->recognize(document));
                bool found = false;
                for (const Finding& f : findings) {
                    if (!found && f.kind == kind && f.row == r) {
                        found = true;
                        ++tallies[kind].truePositives;
                    } else {
                        ++tallies[f.kind].falsePositives;
                        misses.append(u"FP %1 (injected %2 in %3 row %4: %5): %6"_s.arg(
                            f.kind, kind, stories.at(s).id, QString::number(r + 1), injection->what,
                            describe(f)));
                    }
                }
                if (!found) {
                    ++tallies[kind].falseNegatives;
                    misses.append(u"FN %1 in %2 row %3: %4"_s.arg(
                        kind, stories.at(s).id, QString::number(r + 1), injection->what));
                }
            }
            QVERIFY2(injected >= 10, qPrintable(kind)); // enough rows to measure each kind
        }

        PrecisionRecall overall;
        qInfo().noquote() << PrecisionRecall::tableHeader(u"kind"_s);
        for (const QString& kind : kinds) {
            overall += tallies.value(kind);
            qInfo().noquote() << tallies.value(kind).tableRow(kind);
        }
        qInfo().noquote() << overall.tableRow(u"overall"_s);
        for (const QString& miss : std::as_const(misses))
            qInfo().noquote() << miss;
        QVERIFY2(overall.recall() >= 0.95, qPrintable(QString::number(overall.recall())));
        QVERIFY2(overall.precision() >= 0.90, qPrintable(QString::number(overall.precision())));
    }
};

QTEST_GUILESS_MAIN(TestCheckEvaluation)
#include "tst_checkevaluation.moc"
