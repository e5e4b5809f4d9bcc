// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Usage.h"

namespace songngu {

void Usage::print(QTextStream& stream)
{
    stream << tr("Usage: songngu [--lang en|vi] [FILE|FOLDER...]\n"
                 "       songngu inspect [--format text|json] PATH...\n"
                 "       songngu entities [--format text|json] PATH...\n"
                 "       songngu check [--format text|json|csv|html] [--glossary FILE] PATH...\n"
                 "       songngu align [--unit paragraph|sentence] [--format tsv|json|tmx]\n"
                 "                     EN_FILE VI_FILE | BILINGUAL_FILE\n"
                 "\n"
                 "Song Ngữ reads English–Vietnamese news articles side by side.\n"
                 "Without a command it opens the window on the given files and folders\n"
                 "(the bundled sample articles on first launch).\n"
                 "\n"
                 "Commands:\n"
                 "  inspect   print each document's metadata and aligned rows\n"
                 "  entities  list each document's names, dates and numbers with their\n"
                 "            mentions in both languages\n"
                 "  check     find where the English and the Vietnamese disagree (names,\n"
                 "            numbers, dates, diacritics, missing or untranslated paragraphs,\n"
                 "            titles, repeats) and names spelt several ways across the\n"
                 "            documents; findings you ignored in the window are left out\n"
                 "  align     pair the paragraphs (or sentences) of an English text with\n"
                 "            those of its Vietnamese translation, one row per line\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help       show this help\n"
                 "  -v, --version    show the version\n"
                 "  --lang LANG      user interface language: en or vi\n"
                 "  --format FORMAT  output format: text (the default) or json; check also\n"
                 "                   writes csv and html\n"
                 "  --glossary FILE  check: more glossary entries, applied last (Song Ngữ\n"
                 "                   JSON, CSV or TBX)\n"
                 "  --unit UNIT      align: paragraph (the default) or sentence\n"
                 "\n"
                 "Exit status: 0 on success, 2 on a usage error or when no input could be read;\n"
                 "check exits with 1 when it finds at least one error.\n");
}

} // namespace songngu
