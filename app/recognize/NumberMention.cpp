// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognize/NumberMention.h"

#include <cmath>

namespace songngu {

bool NumberMention::looksLikeYear() const
{
    return kind == Kind::Cardinal && !fromWords && length == 4 && value >= 1000 && value <= 2199 &&
           value == std::floor(value);
}

} // namespace songngu
