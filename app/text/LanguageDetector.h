// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/Language.h"

#include <QStringView>

namespace songngu {

// Tells English from Vietnamese paragraphs by counting words that only one of the two
// languages writes: Vietnamese syllables with tone or vowel marks and Vietnamese function
// words against common English function words. English news is full of Vietnamese names
// ("Tô Lâm", "Việt Nam"), so marks alone do not decide.
class LanguageDetector
{
public:
    Language detect(QStringView text) const;
};

} // namespace songngu
