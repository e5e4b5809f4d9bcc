// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/ParallelText.h"

#include "align/SegmentAligner.h"

#include <algorithm>

namespace songngu {

namespace {

QList<TextUnit> unitsOf(const Document& document, Language language)
{
    QList<TextUnit> units;
    for (int p : document.paragraphsIn(language)) {
        const Paragraph& paragraph = document.paragraphs.at(p);
        if (paragraph.sentences.isEmpty()) {
            units.append({p, 0, int(paragraph.text.size())});
            continue;
        }
        for (const SentenceSpan& sentence : paragraph.sentences)
            units.append({p, sentence.start, sentence.length});
    }
    return units;
}

// The kind each paragraph's row has in its own document: a headline or a credit line stays one
// when it has no counterpart, rather than becoming a missing translation.
QHash<int, RowKind> kindsOf(const Document& document)
{
    QHash<int, RowKind> kinds;
    for (const AlignedRow& row : document.rows) {
        if (row.english >= 0)
            kinds.insert(row.english, row.kind);
        if (row.vietnamese >= 0)
            kinds.insert(row.vietnamese, row.kind);
    }
    return kinds;
}

} // namespace

ParallelText::ParallelText(DocumentPtr english, DocumentPtr vietnamese,
                           QList<QStringList> englishAnchors, QList<QStringList> vietnameseAnchors)
    : englishSource(std::move(english)), vietnameseSource(std::move(vietnamese)),
      englishAnchors(std::move(englishAnchors)), vietnameseAnchors(std::move(vietnameseAnchors))
{
    if (englishSource)
        englishUnits = unitsOf(*englishSource, Language::English);
    if (vietnameseSource)
        vietnameseUnits = unitsOf(*vietnameseSource, Language::Vietnamese);
    spans = alignUnits(0, 0);
}

const QList<TextUnit>& ParallelText::units(Language language) const
{
    return language == Language::English ? englishUnits : vietnameseUnits;
}

bool ParallelText::setRows(const QList<RowSpan>& rows)
{
    int english = 0;
    int vietnamese = 0;
    for (const RowSpan& row : rows) {
        if (row.englishBegin != english || row.vietnameseBegin != vietnamese ||
            row.englishEnd < row.englishBegin || row.vietnameseEnd < row.vietnameseBegin ||
            (row.englishEnd == row.englishBegin && row.vietnameseEnd == row.vietnameseBegin))
            return false;
        english = row.englishEnd;
        vietnamese = row.vietnameseEnd;
    }
    if (english != englishUnits.size() || vietnamese != vietnameseUnits.size())
        return false;
    spans = rows;
    return true;
}

QStringList ParallelText::unitTexts(Language language, int first, int last) const
{
    const QList<TextUnit>& list = units(language);
    const DocumentPtr& source = language == Language::English ? englishSource : vietnameseSource;
    QStringList texts;
    for (int k = first; k < last; ++k) {
        const TextUnit& unit = list.at(k);
        texts.append(source->paragraphs.at(unit.paragraph).text.mid(unit.start, unit.length));
    }
    return texts;
}

QString ParallelText::text(Language language, int first, int last) const
{
    return text(language, first, last, nullptr);
}

QString ParallelText::text(Language language, int first, int last,
                           QList<SentenceSpan>* sentences) const
{
    const QList<TextUnit>& list = units(language);
    const DocumentPtr& source = language == Language::English ? englishSource : vietnameseSource;
    QString joined;
    for (int k = first; k < last;) {
        // The units of one paragraph as the paragraph writes them, spaces between included.
        const int paragraph = list.at(k).paragraph;
        int end = k;
        while (end < last && list.at(end).paragraph == paragraph)
            ++end;
        const int from = list.at(k).start;
        const int to = list.at(end - 1).start + list.at(end - 1).length;
        if (!joined.isEmpty()) // a line break the panes show, white space to the checks
            joined += QChar::LineSeparator;
        const QStringView slice =
            QStringView(source->paragraphs.at(paragraph).text).mid(from, to - from);
        const QStringView trimmed = slice.trimmed();
        // Where the paragraph's text starts in `joined`, less the white space trimmed off.
        const qsizetype shift = joined.size() - (trimmed.data() - slice.data()) - from;
        joined += trimmed;
        for (int u = k; sentences && u < end; ++u) {
            // Each sentence without its surrounding white space, clipped to what was kept.
            qsizetype start =
                std::max<qsizetype>(list.at(u).start + shift, joined.size() - trimmed.size());
            qsizetype stop =
                std::min<qsizetype>(list.at(u).start + list.at(u).length + shift, joined.size());
            while (start < stop && joined.at(start).isSpace())
                ++start;
            while (stop > start && joined.at(stop - 1).isSpace())
                --stop;
            if (stop > start)
                sentences->append({int(start), int(stop - start)});
        }
        k = end;
    }
    return joined;
}

QList<int> ParallelText::paragraphStarts(Language language) const
{
    const QList<TextUnit>& list = units(language);
    QList<int> starts;
    for (int k = 0; k < list.size(); ++k)
        if (k == 0 || list.at(k).paragraph != list.at(k - 1).paragraph)
            starts.append(k);
    return starts;
}

QList<RowSpan> ParallelText::alignUnits(int englishFrom, int vietnameseFrom) const
{
    // Segments are the paragraphs (or what is left of one at the start) of each side.
    AlignmentOptions options;
    const QHash<int, RowKind> englishKinds = kindsOf(*englishSource);
    const QHash<int, RowKind> vietnameseKinds = kindsOf(*vietnameseSource);
    const auto segments = [this](Language language, int from, QList<int>& starts,
                                 const QList<QStringList>& anchors, QList<QStringList>& found,
                                 const QHash<int, RowKind>& kinds, QList<bool>& alone) {
        const QList<TextUnit>& list = units(language);
        QStringList texts;
        for (int k = from; k < list.size();) {
            int end = k;
            while (end < list.size() && list.at(end).paragraph == list.at(k).paragraph)
                ++end;
            starts.append(k);
            texts.append(text(language, k, end));
            found.append(anchors.value(list.at(k).paragraph));
            const RowKind kind = kinds.value(list.at(k).paragraph, RowKind::Pair);
            alone.append(kind != RowKind::Pair && kind != RowKind::OneSided);
            k = end;
        }
        starts.append(int(list.size()));
        return texts;
    };
    QList<int> englishStarts;
    QList<int> vietnameseStarts;
    const QStringList englishTexts =
        segments(Language::English, englishFrom, englishStarts, englishAnchors,
                 options.englishAnchors, englishKinds, options.englishAlone);
    const QStringList vietnameseTexts =
        segments(Language::Vietnamese, vietnameseFrom, vietnameseStarts, vietnameseAnchors,
                 options.vietnameseAnchors, vietnameseKinds, options.vietnameseAlone);
    QList<RowSpan> rows;
    const SegmentAlignment alignment =
        SegmentAligner().align(englishTexts, vietnameseTexts, options);
    for (const Bead& bead : alignment.beads)
        rows.append({englishStarts.at(bead.englishFirst),
                     englishStarts.at(bead.englishFirst + bead.englishCount),
                     vietnameseStarts.at(bead.vietnameseFirst),
                     vietnameseStarts.at(bead.vietnameseFirst + bead.vietnameseCount),
                     bead.confidence});
    return rows;
}

Document ParallelText::toDocument() const
{
    Document document;
    if (!englishSource || !vietnameseSource)
        return document;
    document.metadata = englishSource->metadata;
    if (englishSource != vietnameseSource) {
        const DocumentMetadata& other = vietnameseSource->metadata;
        document.metadata.vietnamesePath = other.path;
        if (!document.metadata.date.isValid())
            document.metadata.date = other.date;
        document.metadata.sizeBytes += other.sizeBytes;
        if (document.metadata.replacedLines.isEmpty())
            document.metadata.replacedLines = other.replacedLines;
        document.metadata.replacedSequences += other.replacedSequences;
    }
    document.metadata.languages = {Language::English, Language::Vietnamese};
    document.metadata.format = DocumentFormat::Aligned;
    const QHash<int, RowKind> englishKinds = kindsOf(*englishSource);
    const QHash<int, RowKind> vietnameseKinds = kindsOf(*vietnameseSource);

    const auto paragraphFor = [&](Language language, int first, int last) {
        const QList<TextUnit>& list = units(language);
        const DocumentPtr& source =
            language == Language::English ? englishSource : vietnameseSource;
        Paragraph paragraph;
        paragraph.language = language;
        paragraph.line = source->paragraphs.at(list.at(first).paragraph).line;
        paragraph.text = text(language, first, last, &paragraph.sentences);
        document.paragraphs.append(paragraph);
        return int(document.paragraphs.size() - 1);
    };
    // A side's kind when every paragraph of it had that kind in its own document.
    const auto kindOf = [&](Language language, int first, int last) -> std::optional<RowKind> {
        const QList<TextUnit>& list = units(language);
        const QHash<int, RowKind>& kinds =
            language == Language::English ? englishKinds : vietnameseKinds;
        std::optional<RowKind> kind;
        for (int k = first; k < last; ++k) {
            const RowKind here = kinds.value(list.at(k).paragraph, RowKind::Pair);
            if (kind && *kind != here)
                return RowKind::Pair;
            kind = here;
        }
        return kind;
    };

    for (const RowSpan& span : spans) {
        AlignedRow row;
        const bool english = span.englishEnd > span.englishBegin;
        const bool vietnamese = span.vietnameseEnd > span.vietnameseBegin;
        if (english)
            row.english = paragraphFor(Language::English, span.englishBegin, span.englishEnd);
        if (vietnamese)
            row.vietnamese =
                paragraphFor(Language::Vietnamese, span.vietnameseBegin, span.vietnameseEnd);
        const std::optional<RowKind> englishKind =
            english ? kindOf(Language::English, span.englishBegin, span.englishEnd) : std::nullopt;
        const std::optional<RowKind> vietnameseKind =
            vietnamese ? kindOf(Language::Vietnamese, span.vietnameseBegin, span.vietnameseEnd)
                       : std::nullopt;
        const std::optional<RowKind> sideKind = englishKind ? englishKind : vietnameseKind;
        const bool notContent = sideKind && *sideKind != RowKind::Pair &&
                                *sideKind != RowKind::OneSided &&
                                (!englishKind || !vietnameseKind || englishKind == vietnameseKind);
        row.kind = notContent              ? *sideKind
                   : english && vietnamese ? RowKind::Pair
                                           : RowKind::OneSided;
        row.confidence = span.confidence;
        document.rows.append(row);
    }
    return document;
}

bool ParallelText::mergeWithNext(int row)
{
    if (row < 0 || row + 1 >= spans.size())
        return false;
    RowSpan& first = spans[row];
    const RowSpan& second = spans.at(row + 1);
    first.englishEnd = second.englishEnd;
    first.vietnameseEnd = second.vietnameseEnd;
    first.confidence = 1.0; // the user's choice
    spans.removeAt(row + 1);
    return true;
}

bool ParallelText::split(int row)
{
    if (row < 0 || row >= spans.size())
        return false;
    const RowSpan span = spans.at(row);
    if (span.count(Language::English) + span.count(Language::Vietnamese) < 3 &&
        (span.count(Language::English) < 2 && span.count(Language::Vietnamese) < 2))
        return false;
    // Where the aligner would cut the row's sentences: the bead boundary nearest the middle.
    const QStringList english = unitTexts(Language::English, span.englishBegin, span.englishEnd);
    const QStringList vietnamese =
        unitTexts(Language::Vietnamese, span.vietnameseBegin, span.vietnameseEnd);
    const QList<Bead> beads = SegmentAligner().align(english, vietnamese).beads;
    int englishCut = span.englishBegin + (span.count(Language::English) + 1) / 2;
    int vietnameseCut = span.vietnameseBegin + (span.count(Language::Vietnamese) + 1) / 2;
    if (beads.size() >= 2) {
        const int total = span.count(Language::English) + span.count(Language::Vietnamese);
        int bestDistance = total + 1;
        for (int b = 1; b < beads.size(); ++b) {
            const int before = beads.at(b).englishFirst + beads.at(b).vietnameseFirst;
            const int distance = std::abs(2 * before - total);
            if (distance < bestDistance) {
                bestDistance = distance;
                englishCut = span.englishBegin + beads.at(b).englishFirst;
                vietnameseCut = span.vietnameseBegin + beads.at(b).vietnameseFirst;
            }
        }
    }
    const RowSpan first{span.englishBegin, englishCut, span.vietnameseBegin, vietnameseCut, 1.0};
    const RowSpan second{englishCut, span.englishEnd, vietnameseCut, span.vietnameseEnd, 1.0};
    if (first.count(Language::English) + first.count(Language::Vietnamese) == 0 ||
        second.count(Language::English) + second.count(Language::Vietnamese) == 0)
        return false;
    spans[row] = first;
    spans.insert(row + 1, second);
    return true;
}

bool ParallelText::moveFirstUp(int row, Language language)
{
    if (row <= 0 || row >= spans.size() || spans.at(row).count(language) == 0)
        return false;
    RowSpan& here = spans[row];
    RowSpan& above = spans[row - 1];
    if (language == Language::English) {
        ++here.englishBegin;
        ++above.englishEnd;
    } else {
        ++here.vietnameseBegin;
        ++above.vietnameseEnd;
    }
    above.confidence = here.confidence = 1.0;
    if (here.count(Language::English) + here.count(Language::Vietnamese) == 0)
        spans.removeAt(row);
    return true;
}

bool ParallelText::moveLastDown(int row, Language language)
{
    if (row < 0 || row + 1 >= spans.size() || spans.at(row).count(language) == 0)
        return false;
    RowSpan& here = spans[row];
    RowSpan& below = spans[row + 1];
    if (language == Language::English) {
        --here.englishEnd;
        --below.englishBegin;
    } else {
        --here.vietnameseEnd;
        --below.vietnameseBegin;
    }
    here.confidence = below.confidence = 1.0;
    if (here.count(Language::English) + here.count(Language::Vietnamese) == 0)
        spans.removeAt(row);
    return true;
}

bool ParallelText::insertEmpty(int row, Language language)
{
    if (row < 0 || row >= spans.size() || spans.at(row).count(language) == 0 ||
        spans.at(row).count(language == Language::English ? Language::Vietnamese
                                                          : Language::English) == 0)
        return false;
    // The side's ranges of rows row.. shift down one row until a row with that side empty.
    const auto begin = [language](RowSpan& s) -> int& {
        return language == Language::English ? s.englishBegin : s.vietnameseBegin;
    };
    const auto end = [language](RowSpan& s) -> int& {
        return language == Language::English ? s.englishEnd : s.vietnameseEnd;
    };
    int carryBegin = begin(spans[row]);
    int carryEnd = end(spans[row]);
    end(spans[row]) = carryBegin; // now empty
    spans[row].confidence = 1.0;
    int k = row + 1;
    for (; k < spans.size(); ++k) {
        RowSpan& next = spans[k];
        const bool wasEmpty = begin(next) == end(next);
        const int nextBegin = begin(next);
        const int nextEnd = end(next);
        begin(next) = carryBegin;
        end(next) = carryEnd;
        next.confidence = 1.0;
        if (wasEmpty)
            return true;
        carryBegin = nextBegin;
        carryEnd = nextEnd;
    }
    RowSpan last;
    last.englishBegin = last.englishEnd = int(englishUnits.size());
    last.vietnameseBegin = last.vietnameseEnd = int(vietnameseUnits.size());
    begin(last) = carryBegin;
    end(last) = carryEnd;
    spans.append(last);
    return true;
}

bool ParallelText::realignFrom(int row)
{
    if (row < 0 || row >= spans.size())
        return false;
    QList<RowSpan> rows = spans.mid(0, row);
    rows += alignUnits(spans.at(row).englishBegin, spans.at(row).vietnameseBegin);
    return setRows(rows);
}

} // namespace songngu
