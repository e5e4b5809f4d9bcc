// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace songngu {

// The side panel's "Document" tab: what the engine learnt about the selected document.
class MetadataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget* parent = nullptr);

    void showDocument(const DocumentPtr& document);
    void showError(const QString& path, const QString& error);
    void clear();

    // The value shown for a field, for tests: "title", "date", "place", "credit", "format",
    // "encoding", "decoding", "languages", "rows", "file", "size", "error".
    QString fieldText(const QString& field) const;

private:
    QLabel* addField(const QString& key, const QString& label);
    void setField(const QString& key, const QString& value);
    // "6 invalid byte sequences, shown as � (lines 3, 17)", or empty for a clean file.
    static QString replacedText(const DocumentMetadata& metadata);

    QGridLayout* grid = nullptr;
    QHash<QString, QLabel*> fields;   // values, by field key
    QHash<QString, QLabel*> captions; // their captions
};

} // namespace songngu
