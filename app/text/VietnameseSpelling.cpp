// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/VietnameseSpelling.h"

#include <QRegularExpression>

namespace songngu {

using namespace Qt::StringLiterals;

namespace {

// The five tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
int toneOf(char16_t c)
{
    switch (c) {
    case 0x0300:
        return 1;
    case 0x0301:
        return 2;
    case 0x0303:
        return 3;
    case 0x0309:
        return 4;
    case 0x0323:
        return 5;
    default:
        return 0;
    }
}

} // namespace

bool VietnameseSpelling::isSyllable(QStringView word)
{
    // On the letters without marks (đ as d): an optional initial, then a vowel group with an
    // optional final consonant, or a group that ends in a glide (and takes no final).
    static const QRegularExpression shape(
        uR"(^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?)"
        uR"((?:(?:uye|ie|ye|uo|oa|oe|ue|uy|ua|oo|[aeiouy])(?:ch|ng|nh|[cmnpt])?)"
        uR"(|oai|oay|uay|uyu|ieu|yeu|uoi|uou|uya|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|uu)$)"_s);
    QString bare;
    for (const QChar c : word.toString().normalized(QString::NormalizationForm_D)) {
        if (c.isMark())
            continue;
        bare.append(c == u'đ' || c == u'Đ' ? u'd' : c.toLower());
    }
    return !bare.isEmpty() && shape.match(bare).hasMatch();
}

QString VietnameseSpelling::toneKey(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString key;
    int tone = 0;
    const auto endSyllable = [&] {
        if (tone != 0)
            key.append(QChar(u'0' + tone));
        tone = 0;
    };
    for (const QChar c : decomposed) {
        if (const int t = toneOf(c.unicode()); t != 0) {
            tone = t;
            continue;
        }
        if (!c.isLetterOrNumber() && !c.isMark())
            endSyllable();
        key.append(c);
    }
    endSyllable();
    return key.normalized(QString::NormalizationForm_C);
}

} // namespace songngu
