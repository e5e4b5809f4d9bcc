// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace songngu {

// What one document is read from: one file, or an English file and its Vietnamese translation.
struct DocumentSource
{
    QString path;           // the one file, or the English file of a pair
    QString vietnamesePath; // the Vietnamese file of a pair, empty for a single file
    bool isPair() const { return !vietnamesePath.isEmpty(); }
    friend bool operator==(const DocumentSource&, const DocumentSource&) = default;
};

// The language code in a file name: "story.en.txt" is {"story", '.', English, "txt"}.
struct LanguageSuffix
{
    QString stem;
    QChar separator; // '.', '-' or '_'
    Language language = Language::Unknown;
    QString extension; // without its dot; empty for "story-en"
};

// Translators deliver an article as two files, "story.en.txt" and "story.vi.txt" (or "-en"/"-vi",
// "_en"/"_vi"; any case, "Story_EN.txt"). Two files make a pair when they are in the same folder,
// have the same stem and the same extension (both compared case-insensitively), and one has the
// code "en" and the other "vi", each right after a separator ('.', '-' or '_') and right before
// the extension (or at the very end of a name without one: "story-en"). Names without a separator
// ("queen.txt", "bien.txt") or without a stem ("en.txt") are not pair halves.
//
// When a folder has more candidates for one stem and extension, the English and Vietnamese files
// with the same separator pair up ("story.en.txt" with "story.vi.txt") and the rest stay single
// ("story_en.txt"). Different separators pair only when the two files are the only candidates
// ("story.en.txt" with "story_vi.txt"). A file is in one pair at most; a lone "story.en.txt" is a
// single document.
class FilePairing
{
public:
    // The documents in `files` (full paths, in the order a scan found them), in the same order:
    // a pair where its earlier file was. A path listed again is ignored.
    static QList<DocumentSource> pair(const QStringList& files);

    // The code right before the extension, else at the very end of the name; nullopt when
    // there is none. `fileName` has no folder.
    static std::optional<LanguageSuffix> languageSuffix(QStringView fileName);

    // What to call a document in a list: for a pair, its English file's name without the
    // language code and its separator ("story.txt" for story.en.txt + story.vi.txt, "story"
    // for story-en + story-vi); for a single file, its name.
    static QString displayName(const DocumentSource& source);
};

} // namespace songngu
