#include "CommandLine.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("songngu"));
    QCoreApplication::setApplicationName(QStringLiteral("songngu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SONGNGU_VERSION));
}

// "--lang vi" / "--lang=vi" wherever it stands.
QString requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

int runHeadless(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    const QStringList arguments = app.arguments().mid(1);
    songngu::installTranslations(app, requestedLanguage(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return songngu::CommandLine(out, err).run(arguments);
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Song Ngữ"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.songngu.SongNgu"));

    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("User interface language (en, vi)."),
                                      QStringLiteral("language"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Files and folders."));
    if (!parser.parse(app.arguments())) {
        QTextStream err(stderr);
        err << "songngu: " << parser.errorText() << "\n";
        err << "Try 'songngu --help'.\n";
        return songngu::CommandLine::UsageError;
    }
    const QString lang = parser.value(language);
    if (!lang.isEmpty() && lang != u"en" && lang != u"vi") {
        QTextStream(stderr) << "songngu: unknown language '" << lang << "' (use en or vi)\n";
        return songngu::CommandLine::UsageError;
    }
    songngu::installTranslations(app, lang);

    songngu::MainWindow window;
    window.show();
    window.openInitial(parser.positionalArguments());
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Commands, --help and --version need no display: decide before a QApplication exists.
    if (songngu::CommandLine::isHeadless(arguments))
        return runHeadless(argc, argv);
    return runWindow(argc, argv);
}
