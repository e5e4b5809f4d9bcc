// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recognize/DateRecognizer.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace songngu {

// The conventions of news article files that the parser recognises: date lines, dateline
// openings, closing credits and boilerplate. Compiled once per parser, not per paragraph.
class ArticleConventions
{
public:
    ArticleConventions();

    struct Dateline
    {
        QDate date;
        QString place;
        qsizetype prefixLength = 0; // length of the " date YYYY-MM-DD " marker to drop
    };

    // " date 2025-05-11 MOSCOW — …" at the start of a file's first paragraph.
    std::optional<Dateline> matchDateline(QStringView firstParagraph) const;
    // A paragraph that is only a date: "May 11, 2025", "Sunday, 11 May 2025", "2025-05-11",
    // "11/5/2025", "Chủ nhật, ngày 11/5/2025", "ngày 11 tháng 5 năm 2025".
    std::optional<QDate> matchDateParagraph(QStringView paragraph) const;
    // "… — VNS", "… – VNA/VNS": the agency credited at the end of the last paragraph.
    QString matchCredit(QStringView lastParagraph) const;
    // "View the original post here", "Read more", "Xem bài gốc", "Nguồn: …".
    bool isBoilerplate(QStringView paragraph) const;
    // A one-line title: short, no sentence-final punctuation.
    static bool looksLikeHeadline(QStringView paragraph);

private:
    DateRecognizer dates;
    QRegularExpression dateline;
    QRegularExpression credit;
    QRegularExpression boilerplate;
};

} // namespace songngu
