#include "DocumentReader.h"

#include "AlignmentCorrections.h"
#include "DocumentAligner.h"
#include "TmxFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace songngu {

ReadResult DocumentReader::read(const QString& path) const
{
    ReadResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("no such file");
        return result;
    }
    if (info.isDir()) {
        result.error = tr("is a folder");
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("not a regular file");
        return result;
    }
    if (info.size() > maximumFileSize) {
        result.error = tr("too large (%1 MB; the limit is %2 MB)")
                           .arg(info.size() / (1024 * 1024))
                           .arg(maximumFileSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot open: %1").arg(file.errorString());
        return result;
    }
    // Never more than the limit, even if the file grew since it was measured.
    const QByteArray bytes = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("cannot read: %1").arg(file.errorString());
        return result;
    }
    if (bytes.size() > maximumFileSize) {
        result.error = tr("too large (the limit is %1 MB)").arg(maximumFileSize / (1024 * 1024));
        return result;
    }
    if (info.suffix().compare(u"tmx", Qt::CaseInsensitive) == 0)
        return readTmx(bytes, path);
    return readBytes(bytes, path);
}

ReadResult DocumentReader::readBytes(const QByteArray& bytes, const QString& path) const
{
    ReadResult result;
    result.path = path;
    const DecodedText decoded = decoder.decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    auto document = std::make_shared<Document>(parser.parse(decoded.text));
    if (document->paragraphs.isEmpty()) {
        result.error = tr("no text found");
        return result;
    }
    document->metadata.path = path;
    document->metadata.encoding = decoded.encoding;
    document->metadata.sizeBytes = bytes.size();
    if (document->metadata.title.isEmpty())
        document->metadata.title = QFileInfo(path).completeBaseName();
    result.document = std::move(document);
    return realignedIfDisplaced(std::move(result));
}

ReadResult DocumentReader::realignedIfDisplaced(ReadResult result)
{
    // Rows of one side only in both languages are what a broken interleaving leaves (two
    // Vietnamese paragraphs before their two English ones pair the second with the first):
    // a translation left out leaves rows of one language only, and stays as it is read.
    const auto oneSided = [](const Document& document, Language language) {
        return std::count_if(
            document.rows.cbegin(), document.rows.cend(), [language](const AlignedRow& row) {
                return row.kind == RowKind::OneSided && row.paragraphIndex(language) >= 0;
            });
    };
    const Document& read = *result.document;
    const qsizetype english = oneSided(read, Language::English);
    const qsizetype vietnamese = oneSided(read, Language::Vietnamese);
    if (english == 0 || vietnamese == 0)
        return result;
    ReadResult realigned = pair(result.document, result.document);
    if (!realigned.ok() || oneSided(*realigned.document, Language::English) +
                                   oneSided(*realigned.document, Language::Vietnamese) >=
                               english + vietnamese)
        return result;
    realigned.path = result.path;
    return realigned;
}

ReadResult DocumentReader::pair(const DocumentPtr& english, const DocumentPtr& vietnamese)
{
    ReadResult result;
    result.path = english ? english->metadata.path : QString();
    if (!english || !vietnamese)
        return result;
    const bool same = english == vietnamese;
    for (const auto& [document, language] :
         {std::pair(english, Language::English), std::pair(vietnamese, Language::Vietnamese)}) {
        if (DocumentAligner::paragraphsIn(*document, language).isEmpty()) {
            result.error = language == Language::English
                               ? tr("%1 has no English paragraphs")
                                     .arg(QDir::toNativeSeparators(document->metadata.path))
                               : tr("%1 has no Vietnamese paragraphs")
                                     .arg(QDir::toNativeSeparators(document->metadata.path));
            return result;
        }
        if (same)
            break;
    }
    auto parallel = std::make_shared<ParallelText>(DocumentAligner().parallel(english, vietnamese));
    // The user's corrections of these texts, if any. A file that cannot be used leaves the
    // aligner's rows; the window reports it when the user corrects the rows again.
    AlignmentCorrections().restore(*parallel);
    result.document = std::make_shared<Document>(parallel->toDocument());
    result.parallel = std::move(parallel);
    return result;
}

ReadResult DocumentReader::readPair(const QString& englishPath, const QString& vietnamesePath) const
{
    const ReadResult english = read(englishPath);
    if (!english.ok())
        return english;
    ReadResult vietnamese = read(vietnamesePath);
    if (!vietnamese.ok()) {
        vietnamese.path = englishPath; // the pair is listed under its English file
        vietnamese.error = tr("%1: %2").arg(QFileInfo(vietnamesePath).fileName(), vietnamese.error);
        return vietnamese;
    }
    ReadResult result = pair(english.document, vietnamese.document);
    result.path = englishPath;
    return result;
}

ReadResult DocumentReader::readTmx(const QByteArray& bytes, const QString& path) const
{
    ReadResult result;
    result.path = path;
    const TmxReadResult tmx = TmxFile::read(bytes);
    if (!tmx.ok()) {
        result.error = tmx.error;
        return result;
    }
    auto document = std::make_shared<Document>();
    document->metadata.path = path;
    document->metadata.title = QFileInfo(path).completeBaseName();
    document->metadata.format = DocumentFormat::Tmx;
    document->metadata.encoding = QStringLiteral("UTF-8");
    document->metadata.sizeBytes = bytes.size();
    document->metadata.languages = {Language::English, Language::Vietnamese};
    const auto add = [&](const QString& text, Language language) {
        const QString normalised = text.normalized(QString::NormalizationForm_C).trimmed();
        if (normalised.isEmpty())
            return -1;
        Paragraph paragraph;
        paragraph.text = normalised;
        paragraph.language = language;
        paragraph.sentences = splitter.split(paragraph.text, language);
        document->paragraphs.append(paragraph);
        return int(document->paragraphs.size() - 1);
    };
    for (const TranslationUnit& unit : tmx.units) {
        AlignedRow row;
        row.english = add(unit.english, Language::English);
        row.vietnamese = add(unit.vietnamese, Language::Vietnamese);
        if (row.english < 0 && row.vietnamese < 0)
            continue;
        row.kind = row.english >= 0 && row.vietnamese >= 0 ? RowKind::Pair : RowKind::OneSided;
        document->rows.append(row);
    }
    if (document->rows.isEmpty()) {
        result.error = tr("no text found");
        return result;
    }
    result.document = std::move(document);
    return result;
}

} // namespace songngu
