// SPDX-License-Identifier: GPL-3.0-or-later
// Glossary benchmark: loading every built-in glossary file (countries, organisations, world
// leaders, Việt Nam's state, the samples' entries) and building the name recogniser's index of
// their forms and titles, as each process does once. Prints the time (first run and best of
// several) and the memory it adds, and PASS/MISS against the targets (20 ms, 30 MB); always
// exits 0 (it is not a test).

#include "BenchSupport.h"
#include "glossary/Glossary.h"
#include "recognize/NameRecognizer.h"
#include "text/LanguageData.h"
#include "text/TextFolder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace songngu;

namespace {

constexpr int runs = 10;
constexpr double targetMs = 20.0;
constexpr double targetMb = 30.0;

void print(const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The folding rules are compiled once per process for every part of the engine, before any
    // glossary: timed apart, so that the glossary's own cost is what is compared.
    QElapsedTimer icuTimer;
    icuTimer.start();
    {
        const TextFolder warmUp;
    }
    print(QStringLiteral("ICU folding rules, once per process: %1 ms")
              .arg(double(icuTimer.nsecsElapsed()) / 1e6, 0, 'f', 1));
    icuTimer.restart();
    TextFolder::foldUnit(u'\u1EC7');
    print(QStringLiteral("fold table, once per process: %1 ms")
              .arg(double(icuTimer.nsecsElapsed()) / 1e6, 0, 'f', 1));
    icuTimer.restart();
    for (const char16_t* file : {u"en/given-names.txt", u"vi/family-names.txt", u"en/titles.txt"})
        LanguageData::words(QStringView(file));
    print(QStringLiteral("language lists: %1 ms")
              .arg(double(icuTimer.nsecsElapsed()) / 1e6, 0, 'f', 1));
    const qint64 before = bench::residentKilobytes();
    double first = 0;
    double best = 1e9;
    std::unique_ptr<Glossary> kept;
    std::unique_ptr<NameRecognizer> keptIndex;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto glossary = std::make_unique<Glossary>();
        QString error;
        if (!glossary->loadBuiltIn(&error)) {
            print(QStringLiteral("cannot load the built-in glossary: ") + error);
            return 0;
        }
        const double loadMs = double(timer.nsecsElapsed()) / 1e6;
        auto index = std::make_unique<NameRecognizer>(*glossary);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run == 0 || run == runs - 1)
            print(QStringLiteral("run %1: load %2 ms, index %3 ms")
                      .arg(run + 1)
                      .arg(loadMs, 0, 'f', 1)
                      .arg(ms - loadMs, 0, 'f', 1));
        if (run == 0) {
            first = ms;
            kept = std::move(glossary);
            keptIndex = std::move(index);
            const double addedMb = double(bench::residentKilobytes() - before) / 1024.0;
            print(QStringLiteral("built-in glossary: %1 entries, %2 offices")
                      .arg(kept->size())
                      .arg(kept->officeIds().size()));
            print(QStringLiteral("memory added by one glossary and its index: %1 MB "
                                 "(target <= %2 MB) %3")
                      .arg(addedMb, 0, 'f', 1)
                      .arg(targetMb, 0, 'f', 0)
                      .arg(verdict(addedMb <= targetMb)));
        }
        best = std::min(best, ms);
    }
    print(QStringLiteral("load and index: first %1 ms, best of %2 %3 ms (target <= %4 ms) %5")
              .arg(first, 0, 'f', 1)
              .arg(runs)
              .arg(best, 0, 'f', 1)
              .arg(targetMs, 0, 'f', 0)
              .arg(verdict(first <= targetMs)));
    return 0;
}
