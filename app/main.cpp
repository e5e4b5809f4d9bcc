// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "support/Translations.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>

#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("songngu"));
    QCoreApplication::setApplicationName(QStringLiteral("songngu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SONGNGU_VERSION));
}

int runHeadless(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    const QStringList arguments = app.arguments().mid(1);
    songngu::installTranslations(app, songngu::CommandLine::requestedLanguage(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return songngu::CommandLine(out, err).run(arguments);
}

// Checked before a QApplication exists, so that a mistyped option gets a usage message even
// where no display is available.
std::optional<songngu::CommandLine::WindowOptions> windowOptions(const QStringList& arguments)
{
    QTextStream err(stderr);
    return songngu::CommandLine::windowOptions(arguments, err);
}

bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int runWindow(int argc, char** argv, const songngu::CommandLine::WindowOptions& options)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Song Ngữ"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.songngu.SongNgu"));
    songngu::installTranslations(app, options.language);

    songngu::MainWindow window;
    window.show();
    window.openInitial(options.paths);
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
    const std::optional<songngu::CommandLine::WindowOptions> options = windowOptions(arguments);
    if (!options)
        return songngu::CommandLine::UsageError;
    if (!displayAvailable()) {
        QTextStream(stderr) << "songngu: no display to open the window on (DISPLAY and "
                               "WAYLAND_DISPLAY are unset).\nUse 'songngu inspect PATH...' to "
                               "read documents without a display.\n";
        return songngu::CommandLine::Failure;
    }
    return runWindow(argc, argv, *options);
}
