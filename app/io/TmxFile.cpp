// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TmxFile.h"
#include "document/Document.h"
#include "support/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <optional>

namespace songngu {

namespace {

const QString xmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

// <prop type="x-songngu-…">: "x-" is TMX's namespace for a tool's own properties.
constexpr QStringView propertyPrefix = u"x-songngu-";
constexpr QStringView kindProperty = u"kind";
constexpr QStringView titleProperty = u"title";
constexpr QStringView dateProperty = u"date";
constexpr QStringView placeProperty = u"place";
constexpr QStringView creditProperty = u"credit";

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, U+FFFE, U+FFFF or a lone
// surrogate, not even as character references, and QXmlStreamWriter writes them as they are:
// one would make the whole file unreadable. U+FFFD keeps the place of what was lost.
QString xmlSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            safe.append(c);
            safe.append(text[++i]);
            continue;
        }
        const char16_t u = c.unicode();
        const bool forbidden = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') ||
                               c.isSurrogate() || u == 0xFFFE || u == 0xFFFF;
        safe.append(forbidden ? QChar(QChar::ReplacementCharacter) : c);
    }
    return safe;
}

void writeText(QXmlStreamWriter& xml, QStringView text)
{
    // A parser turns a CR written as it is (and CRLF) into LF; a character reference survives.
    const QString safe = xmlSafe(text);
    qsizetype start = 0;
    for (qsizetype cr = safe.indexOf(u'\r'); cr >= 0; cr = safe.indexOf(u'\r', start)) {
        xml.writeCharacters(safe.sliced(start, cr - start));
        xml.writeEntityReference(QStringLiteral("#13"));
        start = cr + 1;
    }
    xml.writeCharacters(safe.sliced(start));
}

void writeVariant(QXmlStreamWriter& xml, const QString& language, const QString& text)
{
    if (text.isEmpty())
        return; // a missing side: no variant rather than an empty translation
    xml.writeStartElement(QStringLiteral("tuv"));
    xml.writeAttribute(QStringLiteral("xml:lang"), language);
    xml.writeStartElement(QStringLiteral("seg"));
    writeText(xml, text);
    xml.writeEndElement();
    xml.writeEndElement();
}

// Song Ngữ's own <prop type="x-songngu-…">, left out when there is nothing to keep.
void writeProperty(QXmlStreamWriter& xml, QStringView name, const QString& value)
{
    if (value.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("prop"));
    xml.writeAttribute(QStringLiteral("type"), propertyPrefix.toString().append(name));
    writeText(xml, value);
    xml.writeEndElement();
}

void writeHeader(QXmlStreamWriter& xml, const TmxHeader& header)
{
    static const QStringList segtypes = {QStringLiteral("block"), QStringLiteral("paragraph"),
                                         QStringLiteral("sentence"), QStringLiteral("phrase")};
    const TmxDocumentProperties& document = header.document;
    // An empty element when there are no properties, as before there were any.
    if (document == TmxDocumentProperties{})
        xml.writeEmptyElement(QStringLiteral("header"));
    else
        xml.writeStartElement(QStringLiteral("header"));
    xml.writeAttribute(QStringLiteral("creationtool"), QStringLiteral("Song Ngữ"));
    xml.writeAttribute(QStringLiteral("creationtoolversion"),
                       header.creationToolVersion.isEmpty() ? QStringLiteral(SONGNGU_VERSION)
                                                            : xmlSafe(header.creationToolVersion));
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeAttribute(QStringLiteral("segtype"), segtypes.contains(header.segtype)
                                                      ? header.segtype
                                                      : QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("adminlang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("srclang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("o-tmf"), QStringLiteral("songngu"));
    if (header.creationDate.isValid())
        xml.writeAttribute(QStringLiteral("creationdate"),
                           header.creationDate.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"));
    if (document == TmxDocumentProperties{})
        return;
    writeProperty(xml, titleProperty, document.title);
    writeProperty(xml, dateProperty, document.date.toString(Qt::ISODate));
    writeProperty(xml, placeProperty, document.place);
    writeProperty(xml, creditProperty, document.credit);
    xml.writeEndElement();
}

// "en", "EN-US", "en_GB": the primary subtag, from xml:lang or TMX 1.1's lang.
Language languageOf(const QXmlStreamAttributes& attributes)
{
    QStringView tag = attributes.value(xmlNamespace, QStringLiteral("lang"));
    if (tag.isEmpty())
        tag = attributes.value(QStringLiteral("lang"));
    tag = tag.trimmed();
    for (qsizetype i = 0; i < tag.size(); ++i) {
        if (tag[i] == u'-' || tag[i] == u'_') {
            tag = tag.first(i);
            break;
        }
    }
    if (tag.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    if (tag.compare(u"vi", Qt::CaseInsensitive) == 0)
        return Language::Vietnamese;
    return Language::Unknown;
}

// Inline elements whose content is the original document's formatting codes, not text, and
// <sub>, text that sits inside such codes (a footnote, an alt text) rather than in the segment.
bool isNativeCode(QStringView name)
{
    return name == u"bpt" || name == u"ept" || name == u"ph" || name == u"it" || name == u"ut" ||
           name == u"sub";
}

// An entity the file does not define: QXmlStreamReader reports it, unexpanded, when the document
// has an external DTD (which it never fetches). Without its text a segment would be silently
// shortened, so the file is refused.
void refuseEntity(QXmlStreamReader& xml)
{
    xml.raiseError(TmxFile::tr("the entity &%1; is not defined in the file").arg(xml.name()));
}

// With the reader on a <tuv>'s start, the text of its first <seg>; returns on the <tuv>'s end
// (or an error, which the caller checks).
QString variantText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 0;     // elements open inside the <tuv>
    int segDepth = -1; // the depth of the <seg> being read, -1 when not in it
    bool segRead = false;
    int nativeDepth = 0; // elements open inside native code, within the <seg>
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (segDepth >= 0) {
                if (nativeDepth > 0 || isNativeCode(xml.name()))
                    ++nativeDepth;
            } else if (!segRead && xml.name() == u"seg") {
                segDepth = depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return text;
            if (depth == segDepth) {
                segDepth = -1;
                segRead = true;
            } else if (nativeDepth > 0) {
                --nativeDepth;
            }
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (segDepth >= 0 && nativeDepth == 0)
                text += xml.text();
            break;
        case QXmlStreamReader::EntityReference:
            refuseEntity(xml);
            return {};
        default:
            break;
        }
    }
    return text;
}

// With the reader on an element's start, its text (that of the elements inside it included);
// returns on the element's end (or an error, which the caller checks).
QString elementText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 0; // elements open inside it
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return text;
            break;
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EntityReference:
            refuseEntity(xml);
            return {};
        default:
            break;
        }
    }
    return text;
}

struct Property
{
    QString name; // "kind" for "x-songngu-kind"; empty for another tool's property
    QString value;
};

// With the reader on a <prop>'s start: the property, read to the <prop>'s end.
Property propertyOf(QXmlStreamReader& xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView type = attributes.value(QStringLiteral("type")).trimmed();
    Property property;
    if (type.startsWith(propertyPrefix, Qt::CaseInsensitive))
        property.name = type.sliced(propertyPrefix.size()).toString().toLower();
    property.value = elementText(xml).trimmed();
    return property;
}

// The first of each wins, as for the variants of a unit.
void takeDocumentProperty(const Property& property, TmxDocumentProperties& document)
{
    if (property.name == titleProperty && document.title.isEmpty())
        document.title = property.value;
    else if (property.name == dateProperty && !document.date.isValid())
        document.date = QDate::fromString(property.value, Qt::ISODate);
    else if (property.name == placeProperty && document.place.isEmpty())
        document.place = property.value;
    else if (property.name == creditProperty && document.credit.isEmpty())
        document.credit = property.value;
}

// Where the reader is inside <tmx>, and what it has of the unit being read.
struct ReadState
{
    bool inHeader = false;
    bool inUnit = false;
    bool anyEnglish = false;
    bool anyVietnamese = false;
    std::optional<QString> english;
    std::optional<QString> vietnamese;
    QString kind;
};

// An element inside <tmx>; one read whole (a <tuv>, a <prop>) leaves the reader on its end.
void readStart(QXmlStreamReader& xml, ReadState& state, TmxReadResult& result)
{
    const QStringView name = xml.name();
    if (name == u"header" && !state.inUnit) {
        state.inHeader = true;
        result.segtype = xml.attributes().value(QStringLiteral("segtype")).trimmed().toString();
    } else if (name == u"tu") {
        state.inUnit = true;
        state.english.reset();
        state.vietnamese.reset();
        state.kind.clear();
    } else if (name == u"tuv" && state.inUnit) {
        const Language language = languageOf(xml.attributes());
        const QString text = variantText(xml);
        if (language == Language::English && !state.english)
            state.english = text;
        else if (language == Language::Vietnamese && !state.vietnamese)
            state.vietnamese = text;
    } else if (name == u"prop" && (state.inUnit || state.inHeader)) {
        const Property property = propertyOf(xml);
        if (state.inHeader)
            takeDocumentProperty(property, result.document);
        else if (property.name == kindProperty && state.kind.isEmpty())
            state.kind = property.value;
    }
}

void readEnd(QXmlStreamReader& xml, ReadState& state, TmxReadResult& result)
{
    if (xml.name() == u"header") {
        state.inHeader = false;
    } else if (xml.name() == u"tu" && state.inUnit) {
        state.inUnit = false;
        if (!state.english && !state.vietnamese) {
            ++result.skipped; // other languages only: a multilingual memory is welcome
            return;
        }
        state.anyEnglish = state.anyEnglish || state.english;
        state.anyVietnamese = state.anyVietnamese || state.vietnamese;
        result.units.append(
            {state.english.value_or(QString()), state.vietnamese.value_or(QString()), state.kind});
    }
}

TmxReadResult failure(const QString& error)
{
    TmxReadResult result;
    result.error = error;
    return result;
}

} // namespace

QByteArray TmxFile::write(const QList<TranslationUnit>& units, const TmxHeader& header)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"));
    xml.writeStartElement(QStringLiteral("tmx"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.4"));
    writeHeader(xml, header);
    xml.writeStartElement(QStringLiteral("body"));
    for (const TranslationUnit& unit : units) {
        if (unit.english.isEmpty() && unit.vietnamese.isEmpty())
            continue;
        xml.writeStartElement(QStringLiteral("tu"));
        writeProperty(xml, kindProperty, unit.kind);
        writeVariant(xml, QStringLiteral("en"), unit.english);
        writeVariant(xml, QStringLiteral("vi"), unit.vietnamese);
        xml.writeEndElement();
    }
    xml.writeEndDocument(); // closes body and tmx
    return data;
}

bool TmxFile::save(const QString& path, const QList<TranslationUnit>& units,
                   const TmxHeader& header, QString* error)
{
    return AtomicFile::write(path, write(units, header), error);
}

TmxReadResult TmxFile::read(const QByteArray& data)
{
    if (data.trimmed().isEmpty())
        return failure(tr("the file is empty"));
    TmxReadResult result;
    QXmlStreamReader xml(data);
    bool sawRoot = false;
    ReadState state;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!sawRoot) {
                if (xml.name() != u"tmx")
                    return failure(tr("not a TMX file: the root element is <%1>, not <tmx>")
                                       .arg(xml.qualifiedName()));
                sawRoot = true;
            } else {
                readStart(xml, state, result);
            }
            break;
        case QXmlStreamReader::EndElement:
            readEnd(xml, state, result);
            break;
        case QXmlStreamReader::EntityReference:
            refuseEntity(xml);
            break;
        case QXmlStreamReader::DTD:
            // QXmlStreamReader never reads another file: it would expand such an entity to
            // nothing and silently shorten a segment.
            for (const QXmlStreamEntityDeclaration& entity : xml.entityDeclarations()) {
                if (!entity.systemId().isEmpty() || !entity.publicId().isEmpty()) {
                    xml.raiseError(tr("the entity &%1; refers to another file, which is not read")
                                       .arg(entity.name()));
                    break;
                }
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return failure(tr("the file is not well-formed XML: line %1, column %2: %3")
                           .arg(xml.lineNumber())
                           .arg(xml.columnNumber())
                           .arg(xml.errorString()));
    if (!sawRoot)
        return failure(tr("not a TMX file: there is no XML element"));
    if (!state.anyEnglish && !state.anyVietnamese)
        return failure(tr("the TMX file has no English (en) or Vietnamese (vi) segments"));
    if (!state.anyEnglish)
        return failure(tr("the TMX file has no English (en) segments"));
    if (!state.anyVietnamese)
        return failure(tr("the TMX file has no Vietnamese (vi) segments"));
    return result;
}

TmxReadResult TmxFile::readFile(const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot open %1: %2").arg(nativePath, file.errorString()));
    // Refused before reading: a wrong pick in a file dialog should not fill the memory.
    constexpr qint64 megabyte = qint64(1024) * 1024;
    if (file.size() > maxFileSize)
        return failure(tr("%1 is too large for a translation memory (%2 MB; the limit is %3 MB)")
                           .arg(nativePath)
                           .arg((file.size() + megabyte - 1) / megabyte)
                           .arg(maxFileSize / megabyte));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(tr("cannot read %1: %2").arg(nativePath, file.errorString()));
    TmxReadResult result = read(data);
    if (!result.ok())
        result.error = tr("%1: %2").arg(nativePath, result.error);
    return result;
}

} // namespace songngu
