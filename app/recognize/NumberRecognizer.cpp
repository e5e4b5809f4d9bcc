// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/NumberRecognizer.h"

#include "recognize/NumberScanner.h"
#include "recognize/NumberTokenizer.h"

namespace songngu {

NumberRecognizer::NumberRecognizer()
    : lexicon(std::make_shared<numbers::Lexicon>(numbers::makeLexicon()))
{}

NumberRecognizer::~NumberRecognizer() = default;

QList<NumberMention> NumberRecognizer::find(QStringView text, Language language) const
{
    return numbers::NumberScanner(text, *lexicon, language).run();
}

bool NumberRecognizer::englishSeparatorsOnly(QStringView digits)
{
    numbers::ParsedDigits english;
    numbers::ParsedDigits vietnamese;
    if (!numbers::parseDigits(digits, false, english) || english.foreign ||
        !(digits.contains(u'.') || digits.contains(u',')))
        return false;
    return !numbers::parseDigits(digits, true, vietnamese) || vietnamese.foreign ||
           vietnamese.value() != english.value();
}

QString NumberRecognizer::vietnameseSeparators(QStringView digits)
{
    QString swapped = digits.toString();
    for (QChar& c : swapped)
        c = c == u'.' ? u',' : c == u',' ? u'.' : c;
    return swapped;
}

} // namespace songngu
