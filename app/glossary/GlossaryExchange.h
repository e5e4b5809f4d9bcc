// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/Glossary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace songngu {

// Glossary entries to and from the files other tools read and write: CSV for spreadsheets and
// TBX, the termbase exchange standard (ISO 30042), for translation tools. Imports check the
// whole input first: `entries` is replaced on success and left alone on failure, when `error`
// says why (with the line). They never throw, whatever the bytes.
//
// CSV (RFC 4180; UTF-8 with or without BOM, CRLF or LF; written with BOM and CRLF so that
// spreadsheets take it as UTF-8; read through TextDecoder, so Windows-1258 and UTF-16 too). The
// header row is required and names the columns, in any order, case-insensitively; unknown columns
// are ignored:
//   id               entry id; an empty cell gets Glossary::makeId() of the first form
//   type             person, organisation, place, agreement or event (required)
//   en, vi           English and Vietnamese forms (at least one form in one of them)
//   given            given names used alone ("Lam|Lâm")
//   vietnamese_name  true/false, yes/no, 1/0 or empty (false)
//   offices          terms of office: "office-id FROM/TO", ISO dates, TO empty when still held
// A cell holds several forms separated by '|', so a form cannot contain '|'.
//
// TBX: written as TBX-Basic in the DCA style (TBX v3, namespace urn:iso:std:iso:30042:ed-2):
//   <conceptEntry id="ID">                             an entry
//     <descrip type="subjectField">person</descrip>   its type
//     <note>songngu:vietnamese-name</note>            vietnameseName
//     <note>songngu:office OFFICE FROM/TO</note>      a term of office, as in CSV
//     <langSec xml:lang="en"><termSec><term>FORM</term>…   an English form
//     <langSec xml:lang="vi"><termSec><term>FORM</term>…   a Vietnamese form
//   a given name is a term of the "vi" section with <termNote type="termType">shortForm</termNote>,
//   and every term has <termNote type="partOfSpeech">properNoun</termNote>.
// Read: that, and TBX v2 (<martif>, termEntry / langSet / tig or ntig / term) as other tools
// write it. Languages are matched by primary subtag ("en-GB" is English); other languages are
// ignored and concepts with no English or Vietnamese term are skipped. A shortForm term of
// either language is a given name. A missing or unknown subjectField (a domain, in other
// tools' files) makes a person; a missing id is made from the first form.
class GlossaryExchange
{
    Q_DECLARE_TR_FUNCTIONS(songngu::GlossaryExchange)
public:
    enum class Format
    {
        Csv,
        Tbx
    };
    // By suffix (.csv; .tbx, .xml), else by content (XML starts with '<').
    static Format formatFor(const QString& path, const QByteArray& data = {});

    static QByteArray toCsv(const QList<GlossaryEntry>& entries);
    static QByteArray toTbx(const QList<GlossaryEntry>& entries);
    static bool fromCsv(const QByteArray& data, QList<GlossaryEntry>& entries,
                        QString* error = nullptr);
    static bool fromTbx(const QByteArray& data, QList<GlossaryEntry>& entries,
                        QString* error = nullptr);

    // What CSV and TBX do not carry (a country's adjectives and capital, a place's dates and
    // successors, a death date), taken from `known`, the entry the import would replace: an
    // exported glossary imports back unchanged.
    static void keepJsonOnlyFields(GlossaryEntry& imported, const GlossaryEntry& known);

    // Reads `path` in the format formatFor() gives. Errors name the file.
    static bool importFile(const QString& path, QList<GlossaryEntry>& entries,
                           QString* error = nullptr);
    // Writes `entries` in the format formatFor(path) gives, atomically.
    static bool exportFile(const QString& path, const QList<GlossaryEntry>& entries,
                           QString* error = nullptr);

private:
    // Shared by the CSV (GlossaryExchange.cpp) and TBX (GlossaryExchangeTbx.cpp) halves.
    static QString officeTermText(const OfficeTerm& term); // "office FROM/TO"
    static bool parseOfficeTerm(QStringView text, OfficeTerm& term);
    static void appendForm(QStringList& forms, QStringView form); // NFC, trimmed, once

    class CsvReader; // fromCsv()'s steps (GlossaryExchange.cpp)
    class TbxReader; // fromTbx()'s state (GlossaryExchangeTbx.cpp)
};

} // namespace songngu
