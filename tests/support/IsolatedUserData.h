// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps a suite off the user's own files: the glossary, ignored findings and alignment
// corrections (QStandardPaths::AppDataLocation) and the window's settings (AppConfigLocation).
#pragma once

#include <QDir>
#include <QStandardPaths>

namespace songngu::testing {

// QStandardPaths' test mode: every location moves under ~/.qttest, in a folder named after the
// suite's executable (suites set no application name), so that suites running side by side never
// share a file either. First in initTestCase(): QVERIFY(testing::isolateUserData()); false
// when a location still leads elsewhere.
[[nodiscard]] inline bool isolateUserData()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString testRoot = QDir::homePath() + QStringLiteral("/.qttest/");
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::CacheLocation}) {
        if (!QStandardPaths::writableLocation(location).startsWith(testRoot))
            return false;
    }
    return true;
}

} // namespace songngu::testing
