// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FormatRegistry.h"

#include "io/PairAligner.h"
#include "io/TextReader.h"
#include "io/TmxReader.h"

#include <QFileInfo>

namespace songngu {

namespace {

bool isZip(const FileHead& head)
{
    return head.startsWith("PK\x03\x04");
}

} // namespace

FormatRegistry FormatRegistry::standard()
{
    FormatRegistry table;
    // The readers, in the order the Open dialog lists them.
    table.add(std::make_unique<TextReader>());
    table.add(std::make_unique<TmxReader>());

    // Formats not read yet. Content tests run in this order: the first entries of an Office or
    // OpenDocument archive name what it is, so those come before ZIP in general.
    const QList<Refusal> notRead = {
        {QStringLiteral("html"),
         {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"),
          QStringLiteral("shtml")},
         [](const FileHead& head) { return head.markupRoot() == u"html"; },
         QT_TR_NOOP("HTML pages are not supported yet: save the article as plain text (.txt)")},
        {QStringLiteral("xliff"),
         {QStringLiteral("xliff"), QStringLiteral("xlf"), QStringLiteral("sdlxliff"),
          QStringLiteral("mqxliff")},
         [](const FileHead& head) { return head.markupRoot() == u"xliff"; },
         QT_TR_NOOP("XLIFF files are not supported yet: export the translation as TMX or plain "
                    "text")},
        {QStringLiteral("word"),
         {QStringLiteral("docx"), QStringLiteral("doc"), QStringLiteral("docm"),
          QStringLiteral("dotx"), QStringLiteral("dot")},
         [](const FileHead& head) {
             return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") // OLE: Word 97–2003
                    || (isZip(head) && head.contains("word/"));
         },
         QT_TR_NOOP("Word documents are not supported yet: save the article as plain text "
                    "(.txt)")},
        {QStringLiteral("opendocument"),
         {QStringLiteral("odt"), QStringLiteral("ott"), QStringLiteral("fodt")},
         [](const FileHead& head) {
             return isZip(head) && head.contains("application/vnd.oasis.opendocument");
         },
         QT_TR_NOOP("OpenDocument text files are not supported yet: save the article as plain "
                    "text (.txt)")},
        {QStringLiteral("pdf"),
         {QStringLiteral("pdf")},
         [](const FileHead& head) { return head.startsWith("%PDF-"); },
         QT_TR_NOOP("PDF files are not supported yet: copy the article's text into a plain text "
                    "file")},
        {QStringLiteral("rtf"),
         {QStringLiteral("rtf")},
         [](const FileHead& head) { return head.startsWith("{\\rtf"); },
         QT_TR_NOOP("RTF documents are not supported yet: save the article as plain text "
                    "(.txt)")},
        {QStringLiteral("zip"),
         {QStringLiteral("zip")},
         isZip,
         QT_TR_NOOP("ZIP archives are not read: extract the articles and open them")},
        {QStringLiteral("xml"),
         {QStringLiteral("xml")},
         [](const FileHead& head) { return head.declaresXml(); },
         QT_TR_NOOP("XML files are not supported yet: save the article as plain text (.txt) or "
                    "TMX"),
         true},
    };
    for (const Refusal& refusal : notRead)
        table.refuse(refusal);
    return table;
}

FormatRegistry::FormatRegistry() = default;
FormatRegistry::FormatRegistry(FormatRegistry&&) noexcept = default;
FormatRegistry& FormatRegistry::operator=(FormatRegistry&&) noexcept = default;
FormatRegistry::~FormatRegistry() = default;

void FormatRegistry::add(std::unique_ptr<FormatReader> reader)
{
    formats.push_back(std::move(reader));
}

void FormatRegistry::refuse(const Refusal& refusal)
{
    refused.append(refusal);
}

QList<const FormatReader*> FormatRegistry::readers() const&
{
    QList<const FormatReader*> list;
    for (const auto& reader : formats)
        list.append(reader.get());
    return list;
}

const FormatReader* FormatRegistry::reader(QStringView id) const&
{
    for (const auto& reader : formats)
        if (reader->id() == id)
            return reader.get();
    return nullptr;
}

QString FormatRegistry::reasonFor(const Refusal& refusal) const
{
    return tr(refusal.reason);
}

const FormatRegistry::Refusal* FormatRegistry::refusalByName(const QString& suffix,
                                                             bool afterReaders) const
{
    if (suffix.isEmpty())
        return nullptr;
    for (const Refusal& refusal : refused)
        if (refusal.afterReaders == afterReaders && refusal.extensions.contains(suffix))
            return &refusal;
    return nullptr;
}

FormatRegistry::Identified FormatRegistry::identify(const QString& fileName,
                                                    QByteArrayView bytes) const&
{
    const FileHead head(fileName, bytes);
    const auto refusedAs = [this](const Refusal& refusal) {
        return Identified{nullptr, refusal.id, reasonFor(refusal)};
    };
    for (const auto& reader : formats)
        if (reader->nameDecides() && reader->extensions().contains(head.suffix()))
            return {reader.get(), {}, {}};
    // The name before the content: "article.html" is a web page even when it holds only text.
    if (const Refusal* refusal = refusalByName(head.suffix(), false))
        return refusedAs(*refusal);
    for (const Refusal& refusal : refused)
        if (!refusal.afterReaders && refusal.content && refusal.content(head))
            return refusedAs(refusal);
    for (const auto& reader : formats)
        if (reader->sniff(head) == FormatReader::Sniff::Yes)
            return {reader.get(), {}, {}};
    for (const Refusal& refusal : refused)
        if (refusal.afterReaders && refusal.content && refusal.content(head))
            return refusedAs(refusal);
    if (const Refusal* refusal = refusalByName(head.suffix(), true))
        return refusedAs(*refusal);
    for (const auto& reader : formats)
        if (reader->sniff(head) == FormatReader::Sniff::AnyText)
            return {reader.get(), {}, {}};
    return {};
}

bool FormatRegistry::readsName(const QString& fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix.isEmpty() || extensions().contains(suffix);
}

QString FormatRegistry::reasonByName(const QString& fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const Refusal* refusal = refusalByName(suffix, false);
    if (!refusal)
        refusal = refusalByName(suffix, true);
    return refusal ? reasonFor(*refusal) : QString();
}

QStringList FormatRegistry::extensions() const
{
    QStringList list;
    for (const auto& reader : formats)
        list.append(reader->extensions());
    list.removeDuplicates();
    return list;
}

QStringList FormatRegistry::nameFilters() const
{
    const auto patterns = [](const QStringList& extensions) {
        QStringList list;
        for (const QString& extension : extensions)
            list.append(QStringLiteral("*.") + extension);
        return list.join(u' ');
    };
    QStringList filters{tr("All readable files (%1)").arg(patterns(extensions()))};
    for (const auto& reader : formats)
        filters.append(
            QStringLiteral("%1 (%2)").arg(reader->displayName(), patterns(reader->extensions())));
    filters.append(tr("All files (*)"));
    return filters;
}

QList<DocumentFormatName> FormatRegistry::documentFormats() const
{
    QList<DocumentFormatName> list;
    for (const auto& reader : formats)
        list.append(reader->documentFormats());
    list.append(PairAligner::documentFormats());
    return list;
}

QString FormatRegistry::formatCode(DocumentFormat format) const
{
    for (const DocumentFormatName& name : documentFormats())
        if (name.format == format)
            return name.code;
    return {};
}

QString FormatRegistry::formatDisplayName(DocumentFormat format) const
{
    for (const DocumentFormatName& name : documentFormats())
        if (name.format == format)
            return name.displayName;
    return {};
}

} // namespace songngu
