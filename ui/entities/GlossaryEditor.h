// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/UserGlossary.h"

#include <QObject>

class QWidget;

namespace songngu {

// What the glossary manager needs of whoever owns the user's glossary (EntitiesController):
// the entries, editing and deleting one, and a signal when they changed. The dialog is opened by
// its owner, so it must not know the owner's class.
class GlossaryEditor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual UserGlossary& userGlossary() = 0;
    // Deletes an entry of the user's glossary and saves it; false, with why, when it could not.
    virtual bool removeEntry(const QString& id, QString* error) = 0;
    // Opens the entry dialog on `entry` over `parent` and saves what the user accepts.
    virtual bool editEntry(const GlossaryEntry& entry, bool existing, QWidget* parent) = 0;

Q_SIGNALS:
    void glossaryChanged(); // entries were added, edited, deleted or imported
};

} // namespace songngu
