// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FilePairing.h"

#include <QHash>
#include <QSet>

namespace songngu {

namespace {

// "story.en" of "story.en.txt": a stem, a separator and a two-letter code.
std::optional<LanguageSuffix> splitCode(QStringView base, QStringView extension)
{
    if (base.size() < 4) // a stem of at least one character, the separator and the code
        return std::nullopt;
    const QChar separator = base[base.size() - 3];
    if (separator != u'.' && separator != u'-' && separator != u'_')
        return std::nullopt;
    const QStringView code = base.last(2);
    Language language = Language::Unknown;
    if (code.compare(u"en", Qt::CaseInsensitive) == 0)
        language = Language::English;
    else if (code.compare(u"vi", Qt::CaseInsensitive) == 0)
        language = Language::Vietnamese;
    else
        return std::nullopt;
    return LanguageSuffix{base.first(base.size() - 3).toString(), separator, language,
                          extension.toString()};
}

QStringView fileNameOf(QStringView path)
{
    return path.sliced(path.lastIndexOf(u'/') + 1);
}

struct Candidate
{
    qsizetype index = 0;
    QChar separator;
    Language language = Language::Unknown;
};

} // namespace

std::optional<LanguageSuffix> FilePairing::languageSuffix(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot > 0 && dot + 1 < fileName.size()) {
        if (auto suffix = splitCode(fileName.first(dot), fileName.sliced(dot + 1)))
            return suffix;
    }
    return splitCode(fileName, {});
}

QList<DocumentSource> FilePairing::pair(const QStringList& files)
{
    const qsizetype n = files.size();
    QList<qsizetype> partner(n, -1);
    QList<bool> repeated(n, false);
    QSet<QString> seen;
    seen.reserve(n);
    // Candidates by folder, stem and extension: one pass, and pairing looks only within a group.
    QHash<QString, QList<Candidate>> groups;
    for (qsizetype i = 0; i < n; ++i) {
        const QString& path = files.at(i);
        if (seen.contains(path)) {
            repeated[i] = true;
            continue;
        }
        seen.insert(path);
        const QStringView name = fileNameOf(path);
        const std::optional<LanguageSuffix> suffix = languageSuffix(name);
        if (!suffix)
            continue;
        const QString folder = path.first(path.size() - name.size());
        const QString key = folder + QChar(u'\0') + suffix->stem.toCaseFolded() + QChar(u'\0') +
                            suffix->extension.toCaseFolded();
        groups[key].append({i, suffix->separator, suffix->language});
    }

    const auto link = [&partner](const Candidate& a, const Candidate& b) {
        partner[a.index] = b.index;
        partner[b.index] = a.index;
    };
    for (const QList<Candidate>& group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        if (group.size() == 2) {
            // The only two candidates: their separators need not agree.
            if (group[0].language != group[1].language)
                link(group[0], group[1]);
            continue;
        }
        // Several: only files with the same separator, the first English with the first
        // Vietnamese (two English files differ only in case, on a case-sensitive file system).
        for (const QChar separator : {u'.', u'-', u'_'}) {
            QList<Candidate> english;
            QList<Candidate> vietnamese;
            for (const Candidate& candidate : group) {
                if (candidate.separator != separator)
                    continue;
                (candidate.language == Language::English ? english : vietnamese).append(candidate);
            }
            for (qsizetype k = 0; k < std::min(english.size(), vietnamese.size()); ++k)
                link(english[k], vietnamese[k]);
        }
    }

    QList<DocumentSource> sources;
    sources.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (repeated[i])
            continue;
        const qsizetype j = partner[i];
        if (j < 0) {
            sources.append({files.at(i), {}});
        } else if (j > i) { // a pair is listed where its earlier file was
            const bool englishFirst =
                languageSuffix(fileNameOf(files.at(i)))->language == Language::English;
            sources.append(englishFirst ? DocumentSource{files.at(i), files.at(j)}
                                        : DocumentSource{files.at(j), files.at(i)});
        }
    }
    return sources;
}

QString FilePairing::displayName(const DocumentSource& source)
{
    const QStringView name = fileNameOf(source.path);
    if (!source.isPair())
        return name.toString();
    const std::optional<LanguageSuffix> suffix = languageSuffix(name);
    if (!suffix)
        return name.toString(); // a pair made by hand, not by pair()
    return suffix->extension.isEmpty() ? suffix->stem : suffix->stem + u'.' + suffix->extension;
}

} // namespace songngu
