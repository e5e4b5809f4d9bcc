// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace songngu::vietnamese {

// clang-format off: letter tables read best as tables.

// Letters that only Vietnamese orthography produces (precomposed, NFC): ă đ ơ ư ĩ ũ and the
// Latin Extended Additional block (ạ ả ấ … ỹ). Latin-1 has none of them.
constexpr bool isDistinctiveLetter(char16_t c)
{
    if (c >= 0x1EA0 && c <= 0x1EF9)
        return true;
    switch (c) {
    case u'ă':
    case u'Ă':
    case u'đ':
    case u'Đ':
    case u'ơ':
    case u'Ơ':
    case u'ư':
    case u'Ư':
    case u'ĩ':
    case u'Ĩ':
    case u'ũ':
    case u'Ũ':
        return true;
    default:
        return false;
    }
}

// Any letter with a Vietnamese vowel or tone mark, including those Latin-1 shares (â é ô …).
constexpr bool isMarkedLetter(char16_t c)
{
    if (isDistinctiveLetter(c))
        return true;
    switch (c) {
    case u'â':
    case u'Â':
    case u'ê':
    case u'Ê':
    case u'ô':
    case u'Ô':
    case u'à':
    case u'á':
    case u'ã':
    case u'è':
    case u'é':
    case u'ì':
    case u'í':
    case u'ò':
    case u'ó':
    case u'õ':
    case u'ù':
    case u'ú':
    case u'ý':
    case u'À':
    case u'Á':
    case u'Ã':
    case u'È':
    case u'É':
    case u'Ì':
    case u'Í':
    case u'Ò':
    case u'Ó':
    case u'Õ':
    case u'Ù':
    case u'Ú':
    case u'Ý':
        return true;
    default:
        return false;
    }
}

// clang-format on

} // namespace songngu::vietnamese
