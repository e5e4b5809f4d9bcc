// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace songngu {

// Installs the user-interface translation: `language` ("vi", "en") when given, otherwise
// the system locale's. Returns the language now in use ("en" when no translation applies).
QString installTranslations(QCoreApplication& application, const QString& language = {});

} // namespace songngu
