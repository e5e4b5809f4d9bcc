#include "DocumentAligner.h"

#include "EntityRecognizer.h"
#include "Glossary.h"

namespace songngu {

QList<int> DocumentAligner::paragraphsIn(const Document& document, Language language)
{
    const Language other = language == Language::English ? Language::Vietnamese : Language::English;
    bool hasOther = false;
    for (const Paragraph& paragraph : document.paragraphs)
        hasOther = hasOther || paragraph.language == other;
    QList<int> found;
    for (int p = 0; p < document.paragraphs.size(); ++p) {
        const Language detected = document.paragraphs.at(p).language;
        if (detected == language || (detected == Language::Unknown && !hasOther))
            found.append(p);
    }
    return found;
}

QList<QStringList> DocumentAligner::anchors(const Document& document) const
{
    QList<QStringList> byParagraph(document.paragraphs.size());
    if (!glossary)
        return byParagraph;
    const DocumentEntities found = EntityRecognizer(*glossary).recognize(document);
    for (const Entity& entity : found.entities) {
        for (const EntityMention& mention : entity.mentions) {
            if (mention.row < 0 || mention.row >= document.rows.size())
                continue;
            const int paragraph = document.rows.at(mention.row).paragraphIndex(mention.language);
            if (paragraph >= 0 && !byParagraph[paragraph].contains(entity.id))
                byParagraph[paragraph].append(entity.id);
        }
    }
    return byParagraph;
}

QList<AlignedUnit> DocumentAligner::align(const Document& english, const Document& vietnamese,
                                          Unit unit) const
{
    const QList<int> ours = paragraphsIn(english, Language::English);
    const QList<int> theirs = paragraphsIn(vietnamese, Language::Vietnamese);
    const QList<QStringList> englishAnchors = anchors(english);
    const QList<QStringList> vietnameseAnchors =
        &english == &vietnamese ? englishAnchors : anchors(vietnamese);
    QStringList englishTexts;
    QStringList vietnameseTexts;
    AlignmentOptions options;
    for (int p : ours) {
        englishTexts.append(english.paragraphs.at(p).text);
        options.englishAnchors.append(englishAnchors.at(p));
    }
    for (int p : theirs) {
        vietnameseTexts.append(vietnamese.paragraphs.at(p).text);
        options.vietnameseAnchors.append(vietnameseAnchors.at(p));
    }
    const SegmentAligner aligner;
    const SegmentAlignment paragraphs = aligner.align(englishTexts, vietnameseTexts, options);

    QList<AlignedUnit> units;
    for (const Bead& bead : paragraphs.beads) {
        if (unit == Unit::Paragraph) {
            units.append({englishTexts.mid(bead.englishFirst, bead.englishCount),
                          vietnameseTexts.mid(bead.vietnameseFirst, bead.vietnameseCount),
                          bead.confidence});
            continue;
        }
        // Sentences inside the paragraph pair, with the words learnt from the whole text.
        const auto sentences = [](const Document& document, const QList<int>& paragraphs, int first,
                                  int count) {
            QStringList list;
            for (int k = first; k < first + count; ++k) {
                const Paragraph& paragraph = document.paragraphs.at(paragraphs.at(k));
                for (const SentenceSpan& span : paragraph.sentences)
                    list.append(paragraph.text.mid(span.start, span.length).trimmed());
                if (paragraph.sentences.isEmpty())
                    list.append(paragraph.text);
            }
            return list;
        };
        const QStringList englishSentences =
            sentences(english, ours, bead.englishFirst, bead.englishCount);
        const QStringList vietnameseSentences =
            sentences(vietnamese, theirs, bead.vietnameseFirst, bead.vietnameseCount);
        AlignmentOptions inner;
        inner.lexicon = paragraphs.lexicon;
        const SegmentAlignment within = aligner.align(englishSentences, vietnameseSentences, inner);
        for (const Bead& sentenceBead : within.beads)
            units.append(
                {englishSentences.mid(sentenceBead.englishFirst, sentenceBead.englishCount),
                 vietnameseSentences.mid(sentenceBead.vietnameseFirst,
                                         sentenceBead.vietnameseCount),
                 std::min(bead.confidence, sentenceBead.confidence)});
    }
    return units;
}

} // namespace songngu
