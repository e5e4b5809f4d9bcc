#include "CommandLine.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return songngu::CommandLine(out, err).run(app.arguments().mid(1));
}
