// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace songngu {

class Glossary;

// What reading may use besides the files, given by whoever reads, so that reading itself never
// looks in the user's data folder: the glossary whose names anchor an alignment (none: lengths
// and shared words alone), and the folder of the user's alignment corrections (empty: the
// aligner's rows as they are). The window gives its data folder's; the command line none.
struct ReadContext
{
    std::shared_ptr<const Glossary> glossary;
    QString correctionsFolder;
};

} // namespace songngu
