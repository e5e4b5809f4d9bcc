// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "glossary/Glossary.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace songngu {

// A small editor for one entry of the user's glossary: its type, its forms in each language
// (one per line), the given names a Vietnamese person is referred to by, and its id. A new
// entry's id follows its first form until the user edits it; an existing entry keeps its id,
// so saving it overrides the built-in entry.
class GlossaryEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GlossaryEntryDialog(QWidget* parent = nullptr);

    // `existing`: the entry is already in a glossary and is edited under its id. What the
    // dialog does not edit (terms of office) is kept.
    void setEntry(const GlossaryEntry& entry, bool existing);
    // Ids of the glossary's entries: a new entry may not take one (it would replace it).
    void setTakenIds(const QStringList& ids);
    GlossaryEntry entry() const;

    QComboBox* typeBox() const { return type; }
    QPlainTextEdit* englishEdit() const { return english; }
    QPlainTextEdit* vietnameseEdit() const { return vietnamese; }
    QLineEdit* givenNamesEdit() const { return givenNames; }
    QLineEdit* idEdit() const { return id; }
    QDialogButtonBox* buttons() const { return buttonBox; }

private:
    void updateState();

    QComboBox* type;
    QPlainTextEdit* english;
    QPlainTextEdit* vietnamese;
    QLineEdit* givenNames;
    QCheckBox* vietnameseName;
    QLineEdit* id;
    QLabel* problem;
    QDialogButtonBox* buttonBox;
    GlossaryEntry base; // the entry given to setEntry(), for the fields not edited here
    bool existingEntry = false;
    QSet<QString> takenIds;
    bool idEdited = false; // the user typed an id: stop deriving it
};

} // namespace songngu
