// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to NumberRecognizer: one pass over the tokens of one text.
#pragma once

#include "recognize/ClockTimeReader.h"
#include "recognize/NumberMention.h"
#include "recognize/NumberTokenizer.h"
#include "text/Language.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <algorithm>
#include <initializer_list>

namespace songngu::numbers {

// A spelled-out number: tokens [start, end), its value, whether it ends in an ordinal word and
// whether a dozen makes it approximate ("two dozen").
struct Composed
{
    qsizetype end = -1;
    double value = 0;
    bool ordinal = false;
    bool dozen = false;
};

// A number being read word by word: the whole so far, the group below the last scale word, and
// the role of the last word.
struct Composition
{
    double total = 0;
    double group = 0;
    double maxScale = 0;
    int lastUnit = 0;
    Role last = Role::None;
    bool dozen = false;

    bool lastIn(std::initializer_list<Role> roles) const
    {
        return std::find(roles.begin(), roles.end(), last) != roles.end();
    }
    // A scale word: false when nothing before it can take it.
    bool scale(double value);
};

// Reads the numbers of one text: digits (NumberScanner.cpp) and words
// (NumberScannerWords.cpp), in text order.
class NumberScanner
{
public:
    NumberScanner(QStringView text, const Lexicon& lexicon, Language language);

    QList<NumberMention> run();

private:
    QStringView text;
    const Lexicon& lexicon;
    const bool english;
    const bool vietnamese;
    const QList<Token> tokens;
    const ClockTimeReader times;
    QList<NumberMention> found;
    // "€280 (US$418) million": the scale after the bracket, for the amount inside it.
    QHash<qsizetype, double> bracketScales;

    void report(int start, int end, double value, NumberMention::Kind kind, bool fromWords);
    void reportDecade(int start, int end, QStringView digits);
    // The unit of measure after the number just reported: at token `next` ("26 square miles",
    // "8-inch") or in the suffix of its digits ("20cm").
    void readUnit(qsizetype next, QStringView suffix = {});

    QStringView textOf(qsizetype i) const { return text.sliced(tokens[i].start, tokens[i].length); }
    // Token i when it is a word continuing the phrase before it (white space only between).
    const Word* wordAt(qsizetype i) const;
    bool nextIs(qsizetype i, std::initializer_list<QStringView> words) const;
    bool previousIs(qsizetype i, std::initializer_list<QStringView> words) const;
    // The same with a list of the language data (lower case).
    bool nextIn(qsizetype i, const QSet<QString>& words) const;
    bool previousIn(qsizetype i, const QSet<QString>& words) const;
    bool neighbourIn(qsizetype i, const QSet<QStringView>& set) const;
    bool nextRoleIn(qsizetype j, std::initializer_list<Role> roles) const;
    int percentAfter(qsizetype& next, int end) const;

    // Digits (NumberScanner.cpp).
    qsizetype digits(qsizetype i);
    bool decade(qsizetype i, double value) const;
    bool currencyBefore(qsizetype i) const;
    bool joinSpacedGroups(qsizetype& next, int& end, ParsedDigits& parsed) const;
    double bracketScale(qsizetype i);
    void splitGroups(const Token& t, QStringView number);
    void suffixed(qsizetype i, const ParsedDigits& parsed);
    double scaleAfter(qsizetype i, qsizetype& next, int& end, bool& guessed);

    // Words (NumberScannerWords.cpp).
    qsizetype words(qsizetype i);
    Composed compose(qsizetype i) const;
    bool add(Composition& number, qsizetype j, const Word& w) const;
    bool unitFits(const Composition& number, qsizetype j, const Word& w) const;
    bool startsCount(qsizetype i) const;
    bool singleWordCounts(qsizetype i, const Composed& composed) const;
    qsizetype ordinalAfterThu(qsizetype i);
    qsizetype approximate(qsizetype i);
    qsizetype fractionEnd(qsizetype j) const;
};

} // namespace songngu::numbers
