// SPDX-License-Identifier: GPL-3.0-or-later
// TBX (ISO 30042) for GlossaryExchange: written as TBX-Basic v3 (DCA), read as v3 or v2 (martif).
#include "glossary/GlossaryExchange.h"

#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace songngu {

namespace {

const QString tbxNamespace = QStringLiteral("urn:iso:std:iso:30042:ed-2");
const QString xmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");
const QString notePrefix = QStringLiteral("songngu:");
const QString vietnameseNameNote = QStringLiteral("songngu:vietnamese-name");
const QString officeNotePrefix = QStringLiteral("songngu:office ");

// XML 1.0 cannot carry most control characters, even escaped; a form never needs them.
QString xmlText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n') || c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue; // '\r' too: parsers turn it into '\n' unless written as a reference
        clean.append(c);
    }
    return clean;
}

void writeTerm(QXmlStreamWriter& xml, const QString& form, bool shortForm)
{
    xml.writeStartElement(QStringLiteral("termSec"));
    xml.writeTextElement(QStringLiteral("term"), xmlText(form));
    xml.writeStartElement(QStringLiteral("termNote"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("partOfSpeech"));
    xml.writeCharacters(QStringLiteral("properNoun"));
    xml.writeEndElement();
    if (shortForm) {
        xml.writeStartElement(QStringLiteral("termNote"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("termType"));
        xml.writeCharacters(QStringLiteral("shortForm"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

enum class Section
{
    None, // outside a language section: concept-level data
    English,
    Vietnamese,
    Other
};

Section sectionOf(const QXmlStreamAttributes& attributes)
{
    QStringView language = attributes.value(xmlNamespace, QStringLiteral("lang"));
    if (language.isEmpty())
        language = attributes.value(QStringLiteral("lang")); // early martif files
    const QString primary = language.split(u'-').front().split(u'_').front().toString().toLower();
    if (primary == u"en")
        return Section::English;
    if (primary == u"vi")
        return Section::Vietnamese;
    return Section::Other;
}

bool isEntry(QStringView name)
{
    return name == u"conceptEntry" || name == u"termEntry";
}

bool isSection(QStringView name)
{
    return name == u"langSec" || name == u"langSet";
}

bool isTermGroup(QStringView name)
{
    return name == u"termSec" || name == u"tig" || name == u"ntig";
}

} // namespace

QByteArray GlossaryExchange::toTbx(const QList<GlossaryEntry>& entries)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("tbx"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("TBX-Basic"));
    xml.writeAttribute(QStringLiteral("style"), QStringLiteral("dca"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("xmlns"), tbxNamespace);
    xml.writeStartElement(QStringLiteral("tbxHeader"));
    xml.writeStartElement(QStringLiteral("fileDesc"));
    xml.writeStartElement(QStringLiteral("sourceDesc"));
    xml.writeTextElement(QStringLiteral("p"), QStringLiteral("Song Ngữ glossary"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeStartElement(QStringLiteral("body"));
    for (const GlossaryEntry& entry : entries) {
        xml.writeStartElement(QStringLiteral("conceptEntry"));
        xml.writeAttribute(QStringLiteral("id"), xmlText(entry.id));
        xml.writeStartElement(QStringLiteral("descrip"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("subjectField"));
        xml.writeCharacters(entityTypeCode(entry.type));
        xml.writeEndElement();
        if (entry.vietnameseName)
            xml.writeTextElement(QStringLiteral("note"), vietnameseNameNote);
        for (const OfficeTerm& term : entry.offices)
            xml.writeTextElement(QStringLiteral("note"),
                                 officeNotePrefix + xmlText(officeTermText(term)));
        if (!entry.english.isEmpty()) {
            xml.writeStartElement(QStringLiteral("langSec"));
            xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
            for (const QString& form : entry.english)
                writeTerm(xml, form, false);
            xml.writeEndElement();
        }
        if (!entry.vietnamese.isEmpty() || !entry.givenNames.isEmpty()) {
            xml.writeStartElement(QStringLiteral("langSec"));
            xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("vi"));
            for (const QString& form : entry.vietnamese)
                writeTerm(xml, form, false);
            for (const QString& given : entry.givenNames)
                writeTerm(xml, given, true);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument(); // closes body, text and tbx
    return data;
}

// Reads TBX entries one XML token at a time: an entry's concept-level data (type, notes), its
// language sections and their term groups, each entry checked when it ends.
class GlossaryExchange::TbxReader
{
public:
    explicit TbxReader(const QByteArray& data) : xml(data) {}

    bool read(QList<GlossaryEntry>& entries, QString* error)
    {
        while (!xml.atEnd() && failure.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement())
                start(xml.name(), xml.attributes());
            else if (xml.isEndElement() && inEntry)
                end(xml.name());
        }
        if (failure.isEmpty() && xml.hasError())
            failure = tr("line %1, column %2: %3")
                          .arg(xml.lineNumber())
                          .arg(xml.columnNumber())
                          .arg(xml.errorString());
        if (failure.isEmpty() && !sawRoot)
            failure = tr("not a TBX file: there is no XML element");
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return false;
        }
        entries = imported;
        return true;
    }

private:
    void start(QStringView name, const QXmlStreamAttributes& attributes)
    {
        if (!sawRoot) {
            if (name != u"tbx" && name != u"martif")
                failure = tr("not a TBX file: the root element is <%1>, not <tbx> or <martif>")
                              .arg(name.toString());
            sawRoot = true;
        } else if (isEntry(name)) {
            inEntry = true;
            entry = GlossaryEntry{};
            entry.id = attributes.value(QStringLiteral("id")).trimmed().toString();
            section = Section::None;
            inTermGroup = false;
        } else if (!inEntry) {
            return; // the header, or whatever else a tool writes outside entries
        } else if (isSection(name)) {
            section = sectionOf(attributes);
        } else if (isTermGroup(name)) {
            inTermGroup = true;
            groupTerms.clear();
            groupShortForm = false;
        } else if (name == u"term") {
            const QString term = elementText();
            if (inTermGroup)
                groupTerms.append(term);
            else
                addTerm(term, false); // a bare term in a language section
        } else if (name == u"termNote" && attributes.value(QStringLiteral("type")) == u"termType") {
            groupShortForm = elementText().trimmed() == u"shortForm";
        } else if (section == Section::None) {
            conceptData(name, attributes);
        }
    }

    // What an entry says outside its language sections: its type and our notes.
    void conceptData(QStringView name, const QXmlStreamAttributes& attributes)
    {
        if (name == u"descrip" && attributes.value(QStringLiteral("type")) == u"subjectField") {
            QString code = elementText().trimmed().toLower();
            if (code == u"organization")
                code = QStringLiteral("organisation");
            // Other tools put a domain here ("Politics"): that is not an error.
            entry.type = entityTypeFromCode(code).value_or(EntityType::Person);
        } else if (name == u"note") {
            const QString note = elementText().trimmed();
            if (note == vietnameseNameNote) {
                entry.vietnameseName = true;
            } else if (note.startsWith(officeNotePrefix)) {
                OfficeTerm term;
                if (!parseOfficeTerm(QStringView(note).sliced(officeNotePrefix.size()), term))
                    failure = tr("line %1: entry '%2' has a bad term of office '%3'")
                                  .arg(xml.lineNumber())
                                  .arg(entry.id, note);
                else
                    entry.offices.append(term);
            } // other notes, ours from later versions included, are for people
        }
    }

    void end(QStringView name)
    {
        if (isTermGroup(name) && inTermGroup) {
            for (const QString& term : std::as_const(groupTerms))
                addTerm(term, groupShortForm);
            inTermGroup = false;
        } else if (isSection(name)) {
            section = Section::None;
        } else if (isEntry(name)) {
            inEntry = false;
            finishEntry();
        }
    }

    void finishEntry()
    {
        // Concepts in other languages only: a multilingual termbase is still welcome.
        if (entry.english.isEmpty() && entry.vietnamese.isEmpty())
            return;
        if (entry.id.isEmpty())
            entry.id = Glossary::makeId(entry);
        if (entry.id.isEmpty()) {
            failure = tr("line %1: an entry has no id, and none can be made from its terms")
                          .arg(xml.lineNumber());
        } else if (ids.contains(entry.id)) {
            failure = tr("line %1: the id '%2' is used twice").arg(xml.lineNumber()).arg(entry.id);
        } else {
            ids.insert(entry.id);
            imported.append(entry);
        }
    }

    void addTerm(const QString& term, bool shortForm)
    {
        if (shortForm && (section == Section::English || section == Section::Vietnamese))
            appendForm(entry.givenNames, term);
        else if (section == Section::English)
            appendForm(entry.english, term);
        else if (section == Section::Vietnamese)
            appendForm(entry.vietnamese, term);
    }

    QString elementText() { return xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    QXmlStreamReader xml;
    QString failure; // the first error; reading stops there
    QList<GlossaryEntry> imported;
    QSet<QString> ids;
    bool sawRoot = false;
    bool inEntry = false;
    GlossaryEntry entry;
    Section section = Section::None;
    bool inTermGroup = false;
    QStringList groupTerms;
    bool groupShortForm = false;
};

bool GlossaryExchange::fromTbx(const QByteArray& data, QList<GlossaryEntry>& entries,
                               QString* error)
{
    if (data.trimmed().isEmpty()) {
        if (error)
            *error = tr("the file is empty");
        return false;
    }
    return TbxReader(data).read(entries, error);
}

} // namespace songngu
