// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/AlignmentCorrections.h"
#include "support/AtomicFile.h"
#include "support/JsonFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cmath>

namespace songngu {

namespace {

const QString formatName = QStringLiteral("songngu-alignment");
constexpr int formatVersion = 1;

// A whole number in [0, max]; anything else (a string, -1, 2.5, 1e300) is not.
bool toCount(const QJsonValue& value, int max, int& count)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!(number >= 0 && number <= max) || number != std::floor(number))
        return false;
    count = int(number);
    return true;
}

} // namespace

QString AlignmentCorrections::folderIn(const QString& dataFolder)
{
    return dataFolder + QStringLiteral("/alignments");
}

AlignmentCorrections::AlignmentCorrections(QString folder) : folderPath(std::move(folder)) {}

QString AlignmentCorrections::key(const ParallelText& text)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Every count and text length goes in first, so that no two different texts serialise alike
    // (a sentence moved from the end of one side to the start of the other included).
    const auto addNumber = [&hash](quint64 number) {
        const quint64 bigEndian = qToBigEndian(number);
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&bigEndian), sizeof bigEndian));
    };
    for (const Language language : {Language::English, Language::Vietnamese}) {
        const QList<TextUnit>& units = text.units(language);
        const QStringList texts = text.unitTexts(language, 0, int(units.size()));
        addNumber(quint64(units.size()));
        for (qsizetype k = 0; k < units.size(); ++k) {
            // Paragraph breaks count: the same sentences in other paragraphs are another text.
            addNumber(k == 0 || units.at(k).paragraph != units.at(k - 1).paragraph ? 1 : 0);
            const QByteArray utf8 = texts.at(k).toUtf8();
            addNumber(quint64(utf8.size()));
            hash.addData(utf8);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString AlignmentCorrections::path(const ParallelText& text) const
{
    return folderPath + u'/' + key(text) + QStringLiteral(".json");
}

bool AlignmentCorrections::has(const ParallelText& text) const
{
    return QFileInfo::exists(path(text));
}

bool AlignmentCorrections::parseRows(const QJsonObject& root, const ParallelText& text,
                                     QList<RowSpan>& rows, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (root.value(u"format").toString() != formatName)
        return fail(tr("not saved corrections (no \"format\": \"%1\")").arg(formatName));
    if (root.value(u"version").toInt(formatVersion) > formatVersion)
        return fail(tr("written by a newer version of Song Ngữ"));

    const int englishUnits = int(text.units(Language::English).size());
    const int vietnameseUnits = int(text.units(Language::Vietnamese).size());
    int savedEnglish = -1;
    int savedVietnamese = -1;
    if (!toCount(root.value(u"english_units"), englishUnits, savedEnglish) ||
        !toCount(root.value(u"vietnamese_units"), vietnameseUnits, savedVietnamese) ||
        savedEnglish != englishUnits || savedVietnamese != vietnameseUnits)
        return fail(tr("\"english_units\" and \"vietnamese_units\" are not %1 and %2, the "
                       "sentences of these texts")
                        .arg(englishUnits)
                        .arg(vietnameseUnits));

    if (!root.value(u"rows").isArray())
        return fail(tr("\"rows\" is not a list"));
    const QJsonArray list = root.value(u"rows").toArray();
    QList<RowSpan> parsed;
    parsed.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray row = list.at(i).toArray();
        RowSpan span;
        if (!list.at(i).isArray() || (row.size() != 4 && row.size() != 5) ||
            !toCount(row.at(0), englishUnits, span.englishBegin) ||
            !toCount(row.at(1), englishUnits, span.englishEnd) ||
            !toCount(row.at(2), vietnameseUnits, span.vietnameseBegin) ||
            !toCount(row.at(3), vietnameseUnits, span.vietnameseEnd))
            return fail(tr("row %1 is not four sentence numbers from 0 to %2 and %3")
                            .arg(i + 1)
                            .arg(englishUnits)
                            .arg(vietnameseUnits));
        // The aligner's confidence in a row the user left alone, so that it is still marked
        // when unsure; rows without one are the user's choice.
        span.confidence = row.size() == 5 ? std::clamp(row.at(4).toDouble(1.0), 0.0, 1.0) : 1.0;
        parsed.append(span);
    }
    // ParallelText is the judge of what rows it takes; a copy shares its data, so this is cheap.
    ParallelText probe = text;
    if (!probe.setRows(parsed))
        return fail(tr("the rows do not cover the sentences in order, once each"));
    rows = parsed;
    return true;
}

bool AlignmentCorrections::readRows(const QString& path, const ParallelText& text,
                                    QList<RowSpan>& rows, QString* error)
{
    const std::optional<QJsonObject> root = JsonFile::readObject(path, error);
    if (!root)
        return false;
    QString reason;
    if (!parseRows(*root, text, rows, &reason)) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

bool AlignmentCorrections::save(const ParallelText& text, QString* error) const
{
    const QString filePath = path(text);
    QList<RowSpan> onDisk;
    QString reason;
    if (QFileInfo::exists(filePath) && !readRows(filePath, text, onDisk, &reason)) {
        if (error)
            *error = tr("%1; fix or remove it, then try again").arg(reason);
        return false;
    }
    if (!QDir().mkpath(folderPath)) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folderPath));
        return false;
    }
    QJsonArray rows;
    for (const RowSpan& row : text.rows())
        rows.append(QJsonArray{row.englishBegin, row.englishEnd, row.vietnameseBegin,
                               row.vietnameseEnd, std::round(row.confidence * 1000) / 1000});
    const QJsonObject root{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("english_units"), int(text.units(Language::English).size())},
        {QStringLiteral("vietnamese_units"), int(text.units(Language::Vietnamese).size())},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    return AtomicFile::write(filePath, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool AlignmentCorrections::restore(ParallelText& text, QString* error) const
{
    if (error)
        error->clear();
    const QString filePath = path(text);
    if (!QFileInfo::exists(filePath))
        return false;
    QList<RowSpan> rows;
    if (!readRows(filePath, text, rows, error))
        return false;
    return text.setRows(rows); // checked by readRows: cannot fail
}

bool AlignmentCorrections::forget(const ParallelText& text, QString* error) const
{
    QFile file(path(text));
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = tr("cannot remove %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

} // namespace songngu
