// SPDX-License-Identifier: GPL-3.0-or-later
// Reader benchmark: parse throughput on a large interleaved article, and the time to list a
// folder of 2,000 articles synchronously and through DocumentLoader. Prints figures and
// PASS/MISS against the targets; always exits 0 (it is not a test).
//
// Sizes are in decimal megabytes (1 MB = 1,000,000 bytes).

#include "BenchSupport.h"
#include "document/DocumentParser.h"
#include "io/DocumentLoader.h"
#include "io/DocumentReader.h"
#include "io/FileScanner.h"
#include "text/LanguageDetector.h"
#include "text/SentenceSplitter.h"
#include "text/TextDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStringConverter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace songngu;

namespace {

constexpr double megabyte = 1000.0 * 1000.0;
constexpr qsizetype defaultArticleBytes = 10 * 1000 * 1000;
constexpr int parseRuns = 5;
constexpr int folderArticles = 2000;
constexpr qsizetype folderArticleBytes = 4500; // at least; about 5 KB on average
constexpr int folderRuns = 3;
constexpr double parseTarget = 50.0; // MB/s, median
constexpr double folderTarget = 2.0; // seconds, through DocumentLoader

void print(const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double best(const std::vector<double>& seconds)
{
    return *std::min_element(seconds.begin(), seconds.end());
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU time of the calling thread: on a shared machine it varies far less than wall-clock time.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QString readSample(const QString& name)
{
    QFile file(QStringLiteral(SONGNGU_SAMPLES_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        print(QStringLiteral("cannot read sample %1").arg(file.fileName()));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Paragraphs separated by blank lines, lines trimmed and joined.
QStringList paragraphsOf(const QString& text)
{
    QStringList paragraphs;
    QString current;
    for (const QString& rawLine : text.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
        } else {
            current += current.isEmpty() ? line : u' ' + line;
        }
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

struct Pair
{
    QString vietnamese; // without the "•"
    QString english;
};

// The interleaved sample: each "•" paragraph with the next unmarked paragraph long enough to be
// its translation (a repeated headline or a date line may stand between them).
QList<Pair> pairsOf(const QStringList& paragraphs)
{
    QList<Pair> pairs;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (!paragraphs.at(i).startsWith(u'•'))
            continue;
        for (qsizetype j = i + 1; j < paragraphs.size(); ++j) {
            if (paragraphs.at(j).startsWith(u'•'))
                break;
            if (paragraphs.at(j).size() >= 100) {
                pairs.append({paragraphs.at(i).mid(1).trimmed(), paragraphs.at(j)});
                break;
            }
        }
    }
    return pairs;
}

// Changes the numbers in a paragraph, so that no two generated paragraphs are quite alike.
QString perturbed(const QString& text, std::mt19937& random)
{
    QString result = text;
    std::uniform_int_distribution<int> digit(0, 9);
    for (QChar& ch : result) {
        if (ch.isDigit())
            ch = QChar(u'0' + digit(random));
    }
    return result;
}

// A large interleaved article: a headline and a date line, then Vietnamese "•" paragraphs each
// followed by its English paragraph. Paragraphs are taken from the sample in a shuffled order,
// sometimes two joined into one, with their numbers changed and a numbered closing sentence.
QByteArray largeInterleavedArticle(const QList<Pair>& pairs, qsizetype bytes)
{
    std::mt19937 random(20261122);
    std::uniform_int_distribution<qsizetype> pick(0, pairs.size() - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    QByteArray utf8 = QStringLiteral("Vietnamese Party chief holds talks with Russian President "
                                     "in Moscow\n\nMay 11, 2025\n\n")
                          .toUtf8();
    int n = 0;
    while (utf8.size() < bytes) {
        QString chunk;
        for (int i = 0; i < 64; ++i) {
            ++n;
            Pair pair = pairs.at(pick(random));
            if (percent(random) < 25) {
                const Pair& other = pairs.at(pick(random));
                pair.vietnamese += u' ' + other.vietnamese;
                pair.english += u' ' + other.english;
            }
            chunk += QStringLiteral("  • ") + perturbed(pair.vietnamese, random) +
                     QStringLiteral(" Đây là đoạn thứ %1 của bài.\n\n").arg(n) +
                     perturbed(pair.english, random) +
                     QStringLiteral(" This is paragraph %1 of the article.\n\n").arg(n);
        }
        utf8 += chunk.toUtf8();
    }
    return utf8;
}

struct SampleArticle
{
    QString header;    // kept first (dateline paragraph or headline), may be empty
    QStringList units; // paragraphs (or Vietnamese–English pairs) cycled to fill the size
    QString trailer;   // kept last (the credit), may be empty
    bool dateline = false;
};

QList<SampleArticle> sampleArticles(const QList<Pair>& pairs)
{
    QList<SampleArticle> articles;
    const QStringList names = QDir(QStringLiteral(SONGNGU_SAMPLES_DIR))
                                  .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QStringList paragraphs = paragraphsOf(readSample(name));
        if (paragraphs.size() < 3)
            continue;
        SampleArticle article;
        const bool interleaved = std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                                             [](const QString& p) { return p.startsWith(u'•'); });
        if (interleaved) {
            article.header = paragraphs.front();
            for (const Pair& pair : pairs)
                article.units.append(QStringLiteral("  • ") + pair.vietnamese +
                                     QStringLiteral("\n\n") + pair.english);
        } else {
            article.dateline = paragraphs.front().startsWith(QStringLiteral("date "));
            article.header = paragraphs.front();
            article.units = paragraphs.mid(1, paragraphs.size() - 2);
            article.trailer = paragraphs.back();
        }
        articles.append(article);
    }
    return articles;
}

// Article `index` of the folder: sample index % 5, its body rotated and repeated to about
// `bytes`, its date changed. Every 7th uses CRLF line ends, every 25th has a UTF-8 BOM and every
// 50th is UTF-16LE.
QByteArray folderArticle(const SampleArticle& sample, int index, qsizetype bytes)
{
    QString header = sample.header;
    if (sample.dateline)
        header.replace(QStringLiteral("date 2025-05-"),
                       QStringLiteral("date 2025-05-%1").arg(1 + index % 28, 2, 10, QChar(u'0')));
    QString text = header + QStringLiteral("\n\n");
    const qsizetype count = sample.units.size();
    for (qsizetype i = 0; count > 0 && text.toUtf8().size() < bytes; ++i)
        text += sample.units.at((index / 5 + i) % count) + QStringLiteral("\n\n");
    if (!sample.trailer.isEmpty())
        text += sample.trailer + u'\n';
    if (index % 7 == 3)
        text.replace(u'\n', QStringLiteral("\r\n"));
    if (index % 50 == 10) {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return encoder.encode(text);
    }
    const QByteArray utf8 = text.toUtf8();
    return index % 25 == 5 ? QByteArray("\xEF\xBB\xBF") + utf8 : utf8;
}

// Three quarters of the articles at the top, the rest in subfolders up to two levels deep.
QString folderArticlePath(const QString& root, int index)
{
    QString folder = root;
    if (index % 4 == 1)
        folder += QStringLiteral("/section-%1").arg(index % 10);
    else if (index % 4 == 2)
        folder += QStringLiteral("/section-%1/archive-%2").arg(index % 10).arg(index % 3);
    return folder + QStringLiteral("/article-%1.txt").arg(index, 4, 10, QChar(u'0'));
}

bool writeFolder(const QString& root, const QList<SampleArticle>& samples, qsizetype* totalBytes)
{
    *totalBytes = 0;
    for (int i = 0; i < folderArticles; ++i) {
        const QString path = folderArticlePath(root, i);
        QDir().mkpath(path.section(u'/', 0, -2));
        QFile file(path);
        const QByteArray bytes =
            folderArticle(samples.at(i % samples.size()), i, folderArticleBytes);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            print(QStringLiteral("cannot write %1").arg(path));
            return false;
        }
        *totalBytes += bytes.size();
    }
    return true;
}

int listSynchronously(const QString& root)
{
    const ScanResult scan = FileScanner().scan({root});
    DocumentReader reader;
    int documents = 0;
    for (const QString& path : scan.files)
        documents += reader.read(path).ok();
    return documents;
}

int listWithLoader(const QString& root)
{
    DocumentLoader loader;
    QEventLoop loop;
    int documents = 0;
    QObject::connect(&loader, &DocumentLoader::documentsRead, &loop,
                     [&documents](const QList<ReadResult>& batch) {
                         for (const ReadResult& result : batch)
                             documents += result.ok();
                     });
    QObject::connect(&loader, &DocumentLoader::finished, &loop, &QEventLoop::quit);
    loader.load({root});
    loop.exec();
    return documents;
}

void benchmarkParse(const QList<Pair>& pairs, qsizetype articleBytes)
{
    const QByteArray article = largeInterleavedArticle(pairs, articleBytes);
    const double size = double(article.size()) / megabyte;
    const QString name = QStringLiteral("bench-interleaved.txt");

    DocumentReader reader;
    std::vector<double> times, cpuTimes;
    qsizetype rows = 0;
    int pairCount = 0;
    QString format;
    for (int run = 0; run < parseRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        const ReadResult result = reader.readBytes(article, name);
        cpuTimes.push_back(threadCpuSeconds() - cpuStart);
        times.push_back(seconds(timer));
        if (!result.ok()) {
            print(QStringLiteral("parse failed: %1").arg(result.error));
            return;
        }
        rows = result.document->rows.size();
        pairCount = result.document->pairCount();
        format = reader.formats().formatCode(result.document->metadata.format);
    }
    std::vector<double> rates, cpuRates;
    for (const double t : times)
        rates.push_back(size / t);
    for (const double t : cpuTimes)
        cpuRates.push_back(size / t);
    const double bestRate = *std::max_element(rates.begin(), rates.end());
    const double medianRate = median(rates);
    const double medianCpuRate = median(cpuRates);
    print(QStringLiteral("parse %1 MB %2 article: %3 MB/s (best), %4 MB/s (median); "
                         "%5 rows, %6 pairs")
              .arg(fixed(size), format, fixed(bestRate), fixed(medianRate))
              .arg(rows)
              .arg(pairCount));
    print(
        QStringLiteral("  on CPU time: %1 MB/s (best), %2 MB/s (median)")
            .arg(fixed(*std::max_element(cpuRates.begin(), cpuRates.end())), fixed(medianCpuRate)));

    // Where the time goes, stage by stage, through the engine's public classes (best of runs).
    TextDecoder decoder;
    DocumentParser parser;
    LanguageDetector detector;
    SentenceSplitter splitter;
    std::vector<double> decodeTimes, parseTimes, detectTimes, splitTimes;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const DecodedText decoded = decoder.decode(article);
        decodeTimes.push_back(seconds(timer));
        timer.restart();
        const Document document = parser.parse(decoded.text);
        parseTimes.push_back(seconds(timer));
        timer.restart();
        int languages = 0;
        // Only the unmarked (English) paragraphs: parse() takes "•" ones as Vietnamese.
        for (const Paragraph& paragraph : document.paragraphs) {
            if (paragraph.language != Language::Vietnamese)
                languages += int(detector.detect(paragraph.text));
        }
        detectTimes.push_back(seconds(timer));
        timer.restart();
        qsizetype sentences = 0;
        for (const Paragraph& paragraph : document.paragraphs)
            sentences += splitter.split(paragraph.text, paragraph.language).size();
        splitTimes.push_back(seconds(timer));
        if (languages < 0 || sentences < 0) // keep the loops from being optimised away
            print(QString());
    }
    print(QStringLiteral("  stages: decode+NFC %1 s, DocumentParser::parse %2 s "
                         "(of that, about: language detection %3 s, sentence splitting %4 s)")
              .arg(fixed(best(decodeTimes), 3), fixed(best(parseTimes), 3),
                   fixed(best(detectTimes), 3), fixed(best(splitTimes), 3)));
    // Judged on CPU time: other processes on the machine must not decide the verdict.
    print(QStringLiteral("target parse >= %1 MB/s (median, CPU time): %2")
              .arg(fixed(parseTarget, 0), verdict(medianCpuRate >= parseTarget)));
}

void benchmarkFolder(const QList<Pair>& pairs)
{
    const QList<SampleArticle> samples = sampleArticles(pairs);
    QTemporaryDir dir;
    if (samples.isEmpty() || !dir.isValid()) {
        print(QStringLiteral("cannot prepare the folder benchmark"));
        return;
    }
    qsizetype totalBytes = 0;
    if (!writeFolder(dir.path(), samples, &totalBytes))
        return;

    std::vector<double> loaderTimes, syncTimes;
    int loaderDocuments = 0;
    int syncDocuments = 0;
    // Alternate the two ways so that neither always runs on a warmer cache.
    for (int run = 0; run < folderRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        syncDocuments = listSynchronously(dir.path());
        syncTimes.push_back(seconds(timer));
        timer.restart();
        loaderDocuments = listWithLoader(dir.path());
        loaderTimes.push_back(seconds(timer));
    }
    print(QStringLiteral("list folder of %1 articles (%2 MB, %3 KB each on average): "
                         "%4 s (loader), %5 s (sync); best of %6")
              .arg(folderArticles)
              .arg(fixed(double(totalBytes) / megabyte),
                   fixed(totalBytes / folderArticles / 1000.0), fixed(best(loaderTimes), 2),
                   fixed(best(syncTimes), 2))
              .arg(folderRuns));
    print(QStringLiteral("  documents read: %1 (loader), %2 (sync); median %3 s (loader), "
                         "%4 s (sync)")
              .arg(loaderDocuments)
              .arg(syncDocuments)
              .arg(fixed(median(loaderTimes), 2), fixed(median(syncTimes), 2)));
    print(QStringLiteral("target folder listed < %1 s (loader, median): %2")
              .arg(fixed(folderTarget, 0), verdict(median(loaderTimes) < folderTarget)));
}

} // namespace

// Options, for profiling: --parse-megabytes N (size of the generated article, default 10),
// --parse-only (skip the folder benchmark).
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    qsizetype articleBytes = defaultArticleBytes;
    const qsizetype sizeOption = arguments.indexOf(QStringLiteral("--parse-megabytes"));
    if (sizeOption > 0 && sizeOption + 1 < arguments.size())
        articleBytes = qsizetype(arguments.at(sizeOption + 1).toDouble() * megabyte);
    const bool parseOnly = arguments.contains(QStringLiteral("--parse-only"));
    const QList<Pair> pairs =
        pairsOf(paragraphsOf(readSample(QStringLiteral("001_19bb709d9f59f387.txt"))));
    if (pairs.isEmpty()) {
        print(QStringLiteral("no Vietnamese-English pairs found in the interleaved sample"));
        return 0;
    }
    benchmarkParse(pairs, std::max<qsizetype>(articleBytes, 1000));
    if (!parseOnly)
        benchmarkFolder(pairs);
    print(QStringLiteral("peak memory (VmHWM): %1").arg(bench::peakResidentMemory()));
    return 0;
}
