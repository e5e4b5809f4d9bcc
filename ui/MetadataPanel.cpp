#include "MetadataPanel.h"

#include "DocumentListModel.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace songngu {

MetadataPanel::MetadataPanel(QWidget* parent) : QWidget(parent)
{
    form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addField(QStringLiteral("title"), tr("Title"));
    addField(QStringLiteral("date"), tr("Date"));
    addField(QStringLiteral("place"), tr("Place"));
    addField(QStringLiteral("credit"), tr("Source"));
    addField(QStringLiteral("format"), tr("Format"));
    addField(QStringLiteral("languages"), tr("Languages"));
    addField(QStringLiteral("rows"), tr("Rows"));
    addField(QStringLiteral("encoding"), tr("Encoding"));
    addField(QStringLiteral("size"), tr("Size"));
    addField(QStringLiteral("file"), tr("File"));
    addField(QStringLiteral("error"), tr("Problem"));
    clear();
}

QLabel* MetadataPanel::addField(const QString& key, const QString& label)
{
    auto* value = new QLabel(this);
    // Document text is data, never markup.
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    fields.insert(key, value);
    return value;
}

void MetadataPanel::setField(const QString& key, const QString& value)
{
    QLabel* label = fields.value(key);
    label->setText(value);
    form->setRowVisible(label, !value.isEmpty());
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
    setField(QStringLiteral("size"), QLocale().formattedDataSize(m.sizeBytes));
    setField(QStringLiteral("file"), m.path.startsWith(u':')
                                         ? tr("Bundled sample: %1").arg(m.path.section(u'/', -1))
                                         : QDir::toNativeSeparators(m.path));
}

void MetadataPanel::showError(const QString& path, const QString& error)
{
    clear();
    setField(QStringLiteral("file"), QDir::toNativeSeparators(path));
    setField(QStringLiteral("error"), error);
}

} // namespace songngu
