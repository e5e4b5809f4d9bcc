// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/FormatReader.h"
#include "text/SentenceSplitter.h"

#include <QCoreApplication>

#include <memory>

namespace songngu {

// A TMX translation memory (TmxFile): one row per translation unit, with what Song Ngữ's own
// export kept of the document it came from. Told by its .tmx name or its <tmx> root element.
class TmxReader : public FormatReader
{
    Q_DECLARE_TR_FUNCTIONS(songngu::TmxReader)
public:
    TmxReader();
    ~TmxReader() override;

    QString id() const override { return QStringLiteral("tmx"); }
    QString displayName() const override;
    QStringList extensions() const override { return {QStringLiteral("tmx")}; }
    bool nameDecides() const override { return true; }
    Sniff sniff(const FileHead& head) const override;
    QList<DocumentFormatName> documentFormats() const override;
    ReadResult read(const QByteArray& bytes, const QString& path,
                    const ReadContext& context) const override;

private:
    mutable std::unique_ptr<SentenceSplitter> splitter; // made on first read
};

} // namespace songngu
