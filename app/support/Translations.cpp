// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace songngu {

namespace {

bool install(QCoreApplication& application, const QString& file, const QString& directory = {})
{
    auto* translator = new QTranslator(&application);
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QString installTranslations(QCoreApplication& application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Vietnamese) {
        // English source strings need only their plural forms.
        install(application, QStringLiteral(":/i18n/songngu_en.qm"));
        return QStringLiteral("en");
    }
    auto* translator = new QTranslator(&application);
    if (!translator->load(QStringLiteral(":/i18n/songngu_vi.qm"))) {
        delete translator;
        return QStringLiteral("en");
    }
    // Qt's own dialogs and buttons (Cancel, Look in:, …): Qt's Vietnamese translation where the
    // system has one (Debian 12 ships none), then ours on top, installed later so searched
    // first, which words them as the rest of the interface does.
    install(application, QStringLiteral("qtbase_vi"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(application, QStringLiteral(":/i18n/qtbase_vi.qm"));
    QCoreApplication::installTranslator(translator);
    // Dates and numbers follow the interface language, not only the words.
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    return QStringLiteral("vi");
}

} // namespace songngu
