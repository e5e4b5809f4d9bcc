// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Language.h"

namespace songngu {

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Vietnamese:
        return QStringLiteral("vi");
    case Language::Unknown:
        break;
    }
    return {};
}

} // namespace songngu
