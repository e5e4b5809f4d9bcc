// SPDX-License-Identifier: GPL-3.0-or-later
// The ALT English–Vietnamese corpus (../shared/data/alt-en-vi) cut into documents, written as
// files and read back through the app's own readers, checked as `songngu check` checks, and
// every finding traced back to the corpus lines it is about: for tst_realcheckquality.
#pragma once

#include "SharedData.h"
#include "checks/ConsistencyChecker.h"
#include "entities/EntityRecognizer.h"
#include "io/DocumentReader.h"
#include "io/PairReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <set>

namespace songngu::testing {

inline QString altFolder()
{
    return sharedDataPath(QStringLiteral("alt-en-vi/"));
}

// The lines of `fileName` in the ALT folder (SharedData.h), trimmed; empty when the file is
// absent.
inline QStringList altLines(const QString& fileName)
{
    QStringList lines = sharedDataLines(QStringLiteral("alt-en-vi/") + fileName);
    for (QString& line : lines)
        line = line.trimmed();
    return lines;
}

// SplitMix64: a generator whose output is the same on every platform and standard library
// (std::uniform_int_distribution is not), so the cut and the injections never change.
class PortableRandom
{
public:
    explicit PortableRandom(quint64 seed) : state(seed) {}
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // In [0, bound): the modulo's bias (under 2^-50 here) does not matter to a test.
    int bounded(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    template <typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, bounded(int(i + 1)));
    }

private:
    quint64 state;
};

// A run of consecutive corpus lines [first, first + count), 0-based.
struct CorpusDocument
{
    int first = 0;
    int count = 0;
};

// The corpus cut into documents of 15–45 lines; a remainder under 15 joins the last one.
inline QList<CorpusDocument> cutCorpus(int lines, quint64 seed)
{
    constexpr int shortest = 15;
    constexpr int longest = 45;
    PortableRandom random(seed);
    QList<CorpusDocument> documents;
    for (int first = 0; first < lines;) {
        const int count =
            std::min(shortest + random.bounded(longest - shortest + 1), lines - first);
        if (count < shortest && !documents.isEmpty())
            documents.back().count += count;
        else
            documents.append({first, count});
        first += count;
    }
    return documents;
}

// A file written for the reader: its path and, per file line (1-based), the corpus line
// (1-based) written there, 0 on blank lines.
struct WrittenFile
{
    QString path;
    QList<int> corpusLineAt; // index: file line

    // One paragraph per entry, each followed by a blank line: entries are (corpus line, text).
    static WrittenFile write(const QString& path, const QList<std::pair<int, QString>>& paragraphs)
    {
        WrittenFile file{path, {0}};
        QByteArray bytes;
        for (const auto& [line, text] : paragraphs) {
            bytes += text.toUtf8() + "\n\n";
            file.corpusLineAt << line << 0;
        }
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            file.path.clear();
        return file;
    }
};

// One document as the checks saw it: what the reader gave, and its findings.
struct CheckedDocument
{
    int index = 0; // in the cut
    ReadResult read;
    EntitiesPtr entities;
    QList<Finding> findings;
    QHash<QString, QList<int>> corpusLines; // per file path: WrittenFile::corpusLineAt

    // The corpus line of paragraph `paragraph` of the source document of `path`'s file.
    int corpusLineOf(const Document& source, int paragraph) const
    {
        return corpusLines.value(source.metadata.path).value(source.paragraphs.at(paragraph).line);
    }

    // The corpus lines of one side of a row, in order: one per paragraph joined into the row
    // (QChar::LineSeparator apart in the row's text).
    QList<int> sideLines(int row, Language language) const
    {
        const Document& document = *read.document;
        QList<int> lines;
        if (row < 0 || row >= document.rows.size())
            return lines;
        if (read.parallel && row < read.parallel->rows().size()) {
            const RowSpan& span = read.parallel->rows().at(row);
            const bool english = language == Language::English;
            const Document& source =
                english ? *read.parallel->english() : *read.parallel->vietnamese();
            const QList<TextUnit>& units = read.parallel->units(language);
            int last = -1;
            for (int k = english ? span.englishBegin : span.vietnameseBegin,
                     end = english ? span.englishEnd : span.vietnameseEnd;
                 k < end; ++k) {
                if (units.at(k).paragraph != last)
                    lines.append(corpusLineOf(source, units.at(k).paragraph));
                last = units.at(k).paragraph;
            }
            return lines;
        }
        const int paragraph = document.rows.at(row).paragraphIndex(language);
        if (paragraph >= 0)
            lines.append(corpusLineOf(document, paragraph));
        return lines;
    }

    // The corpus lines a finding is about: those its spans cover, else its row's.
    QList<int> linesOf(const Finding& finding) const
    {
        std::set<int> found;
        bool spanned = false;
        for (const Language language : {Language::English, Language::Vietnamese}) {
            const std::optional<FindingSpan>& span =
                language == Language::English ? finding.english : finding.vietnamese;
            const QList<int> side = sideLines(finding.row, language);
            if (!span) {
                continue;
            }
            spanned = true;
            const QStringView text(span->segment);
            const auto piece = [&](int offset) {
                return int(text.first(std::clamp(offset, 0, int(text.size())))
                               .count(QChar(QChar::LineSeparator)));
            };
            for (int p = piece(span->start); p <= piece(span->start + span->length - 1); ++p)
                if (p < side.size())
                    found.insert(side.at(p));
        }
        if (!spanned)
            for (const Language language : {Language::English, Language::Vietnamese})
                for (int line : sideLines(finding.row, language))
                    found.insert(line);
        found.erase(0);
        return QList<int>(found.cbegin(), found.cend());
    }
};

// Reads documents of the corpus as the app does, both ways the files may be written, and
// checks them with the one checker the window and `songngu check` share.
class CorpusReader
{
public:
    enum class Reading
    {
        Pairs,      // docNNN.en.txt + docNNN.vi.txt, aligned by the app
        Interleaved // docNNN.txt: "• Vietnamese" then its English, paragraph by paragraph
    };

    CorpusReader(std::shared_ptr<const Glossary> glossary, QString folder)
        : glossary(std::move(glossary)), folder(std::move(folder)), reader({this->glossary, {}}),
          pairs(reader), recognizer(*this->glossary), checker(*this->glossary)
    {}

    static QString name(Reading reading)
    {
        return reading == Reading::Pairs ? QStringLiteral("pairs") : QStringLiteral("interleaved");
    }

    // `english` and `vietnamese`: (corpus line, text) in order; either may lack lines (an
    // injected omission). `stem` names the files ("doc007").
    CheckedDocument check(Reading reading, const QString& stem,
                          const QList<std::pair<int, QString>>& english,
                          const QList<std::pair<int, QString>>& vietnamese) const
    {
        CheckedDocument checked;
        const QDir dir(folder);
        if (reading == Reading::Pairs) {
            const WrittenFile en =
                WrittenFile::write(dir.filePath(stem + QStringLiteral(".en.txt")), english);
            const WrittenFile vi =
                WrittenFile::write(dir.filePath(stem + QStringLiteral(".vi.txt")), vietnamese);
            checked.corpusLines.insert(en.path, en.corpusLineAt);
            checked.corpusLines.insert(vi.path, vi.corpusLineAt);
            checked.read = pairs.read(en.path, vi.path);
        } else {
            QList<std::pair<int, QString>> paragraphs;
            for (qsizetype k = 0; k < std::max(english.size(), vietnamese.size()); ++k) {
                if (k < vietnamese.size())
                    paragraphs.append(
                        {vietnamese.at(k).first, QStringLiteral("• ") + vietnamese.at(k).second});
                if (k < english.size())
                    paragraphs.append(english.at(k));
            }
            const WrittenFile file =
                WrittenFile::write(dir.filePath(stem + QStringLiteral(".txt")), paragraphs);
            checked.corpusLines.insert(file.path, file.corpusLineAt);
            checked.read = reader.read(file.path);
        }
        if (!checked.read.ok())
            return checked;
        checked.entities =
            std::make_shared<const DocumentEntities>(recognizer.recognize(*checked.read.document));
        checked.findings = checker.check(*checked.read.document, *checked.entities);
        return checked;
    }

private:
    std::shared_ptr<const Glossary> glossary;
    QString folder;
    DocumentReader reader;
    PairReader pairs;
    EntityRecognizer recognizer;
    ConsistencyChecker checker;
};

} // namespace songngu::testing
