// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/MetadataPanel.h"

#include "text/TextDecoder.h"
#include "ui/documents/DocumentListModel.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace songngu {

MetadataPanel::MetadataPanel(QWidget* parent) : QWidget(parent)
{
    // A grid, not a QFormLayout: Qt 6.4's form layout loses the height of a word-wrapped row
    // once it has been hidden and shown again.
    grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    addField(QStringLiteral("title"), tr("Title"));
    addField(QStringLiteral("date"), tr("Date"));
    addField(QStringLiteral("place"), tr("Place"));
    addField(QStringLiteral("credit"), tr("Source"));
    addField(QStringLiteral("format"), tr("Format"));
    addField(QStringLiteral("languages"), tr("Languages"));
    addField(QStringLiteral("rows"), tr("Rows"));
    addField(QStringLiteral("encoding"), tr("Encoding"));
    addField(QStringLiteral("decoding"), tr("Invalid bytes"));
    addField(QStringLiteral("size"), tr("Size"));
    addField(QStringLiteral("file"), tr("File"));
    addField(QStringLiteral("error"), tr("Problem"));
    clear();
}

QLabel* MetadataPanel::addField(const QString& key, const QString& label)
{
    auto* caption = new QLabel(label, this);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* value = new QLabel(this);
    // Document text is data, never markup.
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const int row = int(fields.size());
    grid->addWidget(caption, row, 0);
    grid->addWidget(value, row, 1);
    // Whatever follows the last field takes the spare height, so rows stay at the top.
    grid->setRowStretch(row, 0);
    grid->setRowStretch(row + 1, 1);
    fields.insert(key, value);
    captions.insert(key, caption);
    return value;
}

void MetadataPanel::setField(const QString& key, const QString& value)
{
    QLabel* label = fields.value(key);
    label->setText(value);
    label->setVisible(!value.isEmpty());
    captions.value(key)->setVisible(!value.isEmpty());
}

QString MetadataPanel::fieldText(const QString& field) const
{
    const QLabel* label = fields.value(field);
    return label ? label->text() : QString();
}

void MetadataPanel::clear()
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        setField(it.key(), {});
}

void MetadataPanel::showDocument(const DocumentPtr& document)
{
    clear();
    if (!document)
        return;
    const DocumentMetadata& m = document->metadata;
    setField(QStringLiteral("title"), m.title);
    setField(QStringLiteral("date"),
             m.date.isValid() ? QLocale().toString(m.date, QLocale::LongFormat) : QString());
    setField(QStringLiteral("place"), m.place);
    setField(QStringLiteral("credit"), m.credit);
    setField(QStringLiteral("format"), DocumentListModel::formatName(m.format));
    setField(QStringLiteral("languages"), DocumentListModel::languagesText(m.languages));
    setField(QStringLiteral("rows"),
             tr("%n row(s)", nullptr, int(document->rows.size())) + QStringLiteral(", ") +
                 tr("%n translation pair(s)", nullptr, document->pairCount()));
    setField(QStringLiteral("encoding"), m.encoding);
    setField(QStringLiteral("decoding"), replacedText(m));
    setField(QStringLiteral("size"), QLocale().formattedDataSize(m.sizeBytes));
    const auto fileName = [](const QString& path) {
        return path.startsWith(u':') ? tr("Bundled sample: %1").arg(path.section(u'/', -1))
                                     : QDir::toNativeSeparators(path);
    };
    // A pair of texts names both: the English, then the Vietnamese.
    setField(
        QStringLiteral("file"),
        m.vietnamesePath.isEmpty()
            ? fileName(m.path)
            : tr("English: %1\nVietnamese: %2").arg(fileName(m.path), fileName(m.vietnamesePath)));
}

QString MetadataPanel::replacedText(const DocumentMetadata& m)
{
    if (m.replacedSequences <= 0)
        return {};
    QStringList lines;
    for (const int line : m.replacedLines)
        lines.append(QLocale().toString(line));
    // The decoder keeps the first few lines only: say when there may be more.
    if (m.replacedLines.size() >= TextDecoder::reportedLines &&
        m.replacedSequences > m.replacedLines.size())
        lines.append(QStringLiteral("…"));
    QString text = tr("%n invalid byte sequence(s), shown as �", nullptr, m.replacedSequences);
    if (!m.replacedLines.isEmpty())
        text += u' ' + (m.replacedLines.size() == 1 ? tr("(line %1)") : tr("(lines %1)"))
                           .arg(lines.join(QStringLiteral(", ")));
    return text;
}

void MetadataPanel::showError(const QString& path, const QString& error)
{
    clear();
    setField(QStringLiteral("file"), QDir::toNativeSeparators(path));
    setField(QStringLiteral("error"), error);
}

} // namespace songngu
