// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace songngu {

// The help text: what `songngu --help` prints, and what follows a usage error on standard error.
class Usage
{
    Q_DECLARE_TR_FUNCTIONS(songngu::Usage)
public:
    static void print(QTextStream& stream);
};

} // namespace songngu
