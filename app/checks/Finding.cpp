// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/Finding.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace songngu {

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<Severity> severityFromCode(QStringView code)
{
    for (Severity severity : {Severity::Info, Severity::Warning, Severity::Error})
        if (severityCode(severity) == code)
            return severity;
    return std::nullopt;
}

QStringList FindingKinds::all()
{
    return {QStringLiteral("name-mismatch"),
            QStringLiteral("number-mismatch"),
            QStringLiteral("number-format"),
            QStringLiteral("date-mismatch"),
            QStringLiteral("missing-diacritics"),
            QStringLiteral("name-spelling"),
            QStringLiteral("name-one-side"),
            QStringLiteral("missing-translation"),
            QStringLiteral("misaligned"),
            QStringLiteral("untranslated"),
            QStringLiteral("weekday-mismatch"),
            QStringLiteral("title-holder"),
            QStringLiteral("name-variant"),
            QStringLiteral("duplicate-segment"),
            QStringLiteral("decoding")};
}

QString FindingKinds::name(const QString& kind)
{
    if (kind == u"name-mismatch")
        return tr("Name mismatch");
    if (kind == u"number-mismatch")
        return tr("Number mismatch");
    if (kind == u"number-format")
        return tr("Number format");
    if (kind == u"date-mismatch")
        return tr("Date mismatch");
    if (kind == u"missing-diacritics")
        return tr("Missing diacritics");
    if (kind == u"name-one-side")
        return tr("Name on one side");
    if (kind == u"name-spelling")
        return tr("Name spelling");
    if (kind == u"misaligned")
        return tr("Possibly misaligned");
    if (kind == u"missing-translation")
        return tr("Missing translation");
    if (kind == u"untranslated")
        return tr("Untranslated");
    if (kind == u"weekday-mismatch")
        return tr("Weekday mismatch");
    if (kind == u"title-holder")
        return tr("Title holder");
    if (kind == u"name-variant")
        return tr("Name variant");
    if (kind == u"duplicate-segment")
        return tr("Duplicate paragraph");
    if (kind == u"decoding")
        return tr("Invalid bytes");
    return kind;
}

namespace {

constexpr qsizetype longParagraph = qsizetype(16) * 1024;
constexpr int neighbourhood = 256;

} // namespace

QString findingFingerprint(const QString& kind, const QString& path,
                           const std::optional<FindingSpan>& english,
                           const std::optional<FindingSpan>& vietnamese, const QString& extra)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    // Fields are separated by a character no text contains, so "ab"+"c" differs from "a"+"bc".
    const auto add = [&hash](QStringView text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(kind);
    add(QFileInfo(path).fileName());
    for (const std::optional<FindingSpan>* span : {&english, &vietnamese}) {
        if (*span) {
            // A paragraph is hashed whole; in a paragraph longer than any article's (a file
            // of one line) only the span's neighbourhood is, so that a finding costs the same
            // wherever it is and a file of thousands of findings is checked in linear time.
            const FindingSpan& found = **span;
            if (found.segment.size() <= longParagraph)
                add(found.segment);
            else
                add(QStringView(found.segment)
                        .mid(std::max(0, found.start - neighbourhood),
                             found.length + 2 * neighbourhood));
            add(found.text);
        } else {
            add(u"-");
        }
    }
    add(extra);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

FindingSpan findingSpan(const QString& segment, int start, int length)
{
    return FindingSpan{segment, start, length, segment.mid(start, length)};
}

} // namespace songngu
