// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace songngu {

// The language data of resources/language/, compiled into the engine as ":/language/…": word
// lists (".txt": a "#" header saying what the list is for and who reads it, then one entry a
// line), tables (".tsv": the same header, a row of column names, then tab-separated rows) and the
// month and weekday names (calendar.json, with a "description"). The code that uses the words
// stays with its recogniser; only the lists live here, so that a linguist can add a title or an
// abbreviation without touching C++.
//
// Each file is read once per process, on first use, from any thread, and never changes after:
// the references returned stay valid as long as the process runs. Entries are NFC, unique and
// not empty. A file that is missing or malformed is a programming error: qFatal() names the file
// and what is wrong with it.
class LanguageData
{
public:
    struct Table
    {
        QStringList columns;
        QList<QStringList> rows; // one field per column, none empty; first fields unique
        // The index of the column `name`; qFatal() when the table has none.
        int column(QStringView name) const;
    };
    struct Month
    {
        int number = 0;                   // 1 (January) to 12
        QString english;                  // "September"
        QStringList englishAbbreviations; // "Sept", "Sep"
        QStringList vietnamese;           // "tháng Mười", "tháng Chạp": as written, any case
    };
    struct Weekday
    {
        int number = 0;             // 1 (Monday) to 7 (Sunday)
        QString english;            // "Saturday"
        QString vietnamese;         // "thứ Bảy": as suggestions write it
        QStringList vietnameseAlso; // other spellings read as the same day: "thứ Bẩy", "thứ 7"
    };
    struct Calendar
    {
        QList<Month> months;     // January first
        QList<Weekday> weekdays; // Monday first
    };

    // The entries of the word list `file` ("en/titles.txt"), in the file's order.
    static const QStringList& words(QStringView file);
    // The table `file` ("vi/numbers.tsv").
    static const Table& table(QStringView file);
    // calendar.json.
    static const Calendar& calendar();

    // The parsers behind these: `error` receives what is wrong (with the line), or is cleared.
    // Public for the tests of the data files and of malformed input.
    static QStringList parseWords(const QByteArray& bytes, QString* error);
    static Table parseTable(const QByteArray& bytes, QString* error);
    static Calendar parseCalendar(const QByteArray& bytes, QString* error);
    // Where `file` is read from: ":/language/" + file.
    static QString resourcePath(QStringView file);
};

} // namespace songngu
