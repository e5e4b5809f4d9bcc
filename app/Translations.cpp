#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace songngu {

QString installTranslations(QCoreApplication& application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* translator = new QTranslator(&application);
    if (locale.language() != QLocale::Vietnamese) {
        // English source strings need only their plural forms.
        if (translator->load(QStringLiteral(":/i18n/songngu_en.qm")))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
        return QStringLiteral("en");
    }
    if (!translator->load(QStringLiteral(":/i18n/songngu_vi.qm"))) {
        delete translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    // Dates and numbers follow the interface language, not only the words.
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    return QStringLiteral("vi");
}

} // namespace songngu
