#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace songngu {

QString installTranslations(QCoreApplication& application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Vietnamese)
        return QStringLiteral("en");
    auto* translator = new QTranslator(&application);
    if (!translator->load(QStringLiteral(":/i18n/songngu_vi.qm"))) {
        delete translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    return QStringLiteral("vi");
}

} // namespace songngu
