// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace songngu::Csv {

// One field of an RFC 4180 record: a field with a comma, a quote or a line break is quoted,
// its quotes doubled. Text a spreadsheet would run as a formula ("=HYPERLINK(…)" quoted from a
// document) gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV
// injection).
QString field(QString text);

} // namespace songngu::Csv
