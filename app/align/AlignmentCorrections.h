// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/ParallelText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace songngu {

// The rows a user corrected by hand, kept in the user's data folder so that opening the same
// two texts again brings them back. One file per pair of texts, named by key() (the texts'
// content, not their paths: a moved or renamed file keeps its corrections, an edited one loses
// them because its sentences are no longer the ones the rows count):
//   <folder>/<key>.json = {"format": "songngu-alignment", "version": 1,
//                          "english_units": N, "vietnamese_units": M,
//                          "rows": [[englishBegin, englishEnd, vietnameseBegin, vietnameseEnd,
//                                    confidence], …],
//                          "saved": "2025-05-11T09:30:00Z"}
// The source files are never touched. Saved atomically; a file that cannot be read (or whose
// rows do not fit its texts) is reported and never written over: forget() discards it.
// Holds nothing but the folder, so each thread may use its own (or a shared const) instance.
// The folder is always given: reading a document never looks in the user's data folder unless
// the one reading (the window) says where it is.
class AlignmentCorrections
{
    Q_DECLARE_TR_FUNCTIONS(songngu::AlignmentCorrections)
public:
    static QString folderIn(const QString& dataFolder); // <dataFolder>/alignments
    explicit AlignmentCorrections(QString folder);

    QString folder() const { return folderPath; }
    // SHA-256, in hex, of both sides' sentences (and where their paragraphs begin).
    static QString key(const ParallelText& text);
    QString path(const ParallelText& text) const; // <folder>/<key>.json

    bool has(const ParallelText& text) const; // a file exists for these texts
    // Writes `text`'s rows, creating the folder. Refuses over a file restore() would reject.
    bool save(const ParallelText& text, QString* error = nullptr) const;
    // Gives `text` the saved rows (with the confidence saved, 1 when none: the user's choice).
    // False with an empty `error` when there are none; false with the reason when the file is
    // unreadable or its rows do not fit `text`. `text` is changed only on success.
    bool restore(ParallelText& text, QString* error = nullptr) const;
    // Discards the saved rows ("Discard corrections"), readable or not. True when none are left.
    bool forget(const ParallelText& text, QString* error = nullptr) const;

private:
    static bool readRows(const QString& path, const ParallelText& text, QList<RowSpan>& rows,
                         QString* error);
    static bool parseRows(const QJsonObject& root, const ParallelText& text, QList<RowSpan>& rows,
                          QString* error);

    QString folderPath;
};

} // namespace songngu
