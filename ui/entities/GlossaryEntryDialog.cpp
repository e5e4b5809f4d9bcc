// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entities/GlossaryEntryDialog.h"

#include "glossary/UserGlossary.h"
#include "ui/view/EntityHighlights.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace songngu {

namespace {

constexpr EntityType types[] = {EntityType::Person, EntityType::Organisation, EntityType::Place,
                                EntityType::Agreement, EntityType::Event};

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList forms;
    const QStringList all = edit->toPlainText().split(u'\n');
    for (const QString& line : all)
        if (const QString form = line.simplified().normalized(QString::NormalizationForm_C);
            !form.isEmpty() && !forms.contains(form))
            forms.append(form);
    return forms;
}

QStringList commaSeparated(const QLineEdit* edit)
{
    QStringList names;
    const QStringList all = edit->text().split(u',');
    for (const QString& part : all)
        if (const QString name = part.simplified().normalized(QString::NormalizationForm_C);
            !name.isEmpty() && !names.contains(name))
            names.append(name);
    return names;
}

QPlainTextEdit* formsEdit(QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace

GlossaryEntryDialog::GlossaryEntryDialog(QWidget* parent)
    : QDialog(parent), type(new QComboBox(this)), english(formsEdit(this)),
      vietnamese(formsEdit(this)), givenNames(new QLineEdit(this)),
      vietnameseName(new QCheckBox(tr("A Vietnamese name (family name first)"), this)),
      id(new QLineEdit(this)), problem(new QLabel(this)),
      buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Glossary Entry"));
    for (EntityType each : types)
        type->addItem(EntityHighlights::typeName(entityTypeCode(each)), int(each));
    givenNames->setPlaceholderText(tr("e.g. Lam, Lâm"));
    english->setPlaceholderText(tr("One form per line, e.g. To Lam"));
    vietnamese->setPlaceholderText(tr("One form per line, e.g. Tô Lâm"));
    problem->setTextFormat(Qt::PlainText);
    problem->setForegroundRole(QPalette::PlaceholderText);
    problem->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Type:"), type);
    form->addRow(tr("&English forms:"), english);
    form->addRow(tr("&Vietnamese forms:"), vietnamese);
    form->addRow(tr("&Given names:"), givenNames);
    form->addRow(QString(), vietnameseName);
    form->addRow(tr("&Id:"), id);
    form->addRow(problem);
    form->addRow(buttonBox);

    connect(buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(type, &QComboBox::currentIndexChanged, this, &GlossaryEntryDialog::updateState);
    connect(english, &QPlainTextEdit::textChanged, this, &GlossaryEntryDialog::updateState);
    connect(vietnamese, &QPlainTextEdit::textChanged, this, &GlossaryEntryDialog::updateState);
    connect(id, &QLineEdit::textEdited, this, [this] {
        idEdited = !id->text().trimmed().isEmpty();
        updateState();
    });
    updateState();
}

void GlossaryEntryDialog::setTakenIds(const QStringList& ids)
{
    takenIds = QSet<QString>(ids.cbegin(), ids.cend());
    updateState();
}

void GlossaryEntryDialog::setEntry(const GlossaryEntry& entry, bool existing)
{
    base = entry;
    existingEntry = existing;
    type->setCurrentIndex(type->findData(int(entry.type)));
    english->setPlainText(entry.english.join(u'\n'));
    vietnamese->setPlainText(entry.vietnamese.join(u'\n'));
    givenNames->setText(entry.givenNames.join(QStringLiteral(", ")));
    vietnameseName->setChecked(entry.vietnameseName);
    id->setText(entry.id);
    id->setReadOnly(existing);
    idEdited = existing || !entry.id.isEmpty();
    updateState();
}

GlossaryEntry GlossaryEntryDialog::entry() const
{
    GlossaryEntry entry = base; // keeps the terms of office of an entry being edited
    entry.id = id->text().trimmed();
    entry.type = EntityType(type->currentData().toInt());
    entry.english = lines(english);
    entry.vietnamese = lines(vietnamese);
    const bool person = entry.type == EntityType::Person;
    entry.givenNames = person ? commaSeparated(givenNames) : QStringList();
    entry.vietnameseName = person && vietnameseName->isChecked();
    return entry;
}

void GlossaryEntryDialog::updateState()
{
    const bool person = EntityType(type->currentData().toInt()) == EntityType::Person;
    givenNames->setEnabled(person);
    vietnameseName->setEnabled(person);
    GlossaryEntry current = entry();
    if (!idEdited) {
        id->setText(Glossary::makeId(current));
        current.id = id->text();
    }
    QString why;
    if (current.english.isEmpty() && current.vietnamese.isEmpty())
        why = tr("Give at least one English or Vietnamese form.");
    else if (current.id.isEmpty())
        why = tr("Give the entry an id.");
    else if (!existingEntry && takenIds.contains(current.id))
        why = tr("The id “%1” is already used by another entry.").arg(current.id);
    problem->setText(why);
    problem->setVisible(!why.isEmpty());
    buttonBox->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

} // namespace songngu
