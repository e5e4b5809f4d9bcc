// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/AlignCommand.h"
#include "cli/CheckCommand.h"
#include "cli/EntitiesCommand.h"
#include "cli/InspectCommand.h"
#include "cli/Usage.h"

#include <QCommandLineParser>

namespace songngu {

CommandLine::CommandLine(QTextStream& out, QTextStream& err) : console{out, err} {}

std::vector<std::unique_ptr<Command>> CommandLine::all()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<InspectCommand>());
    list.push_back(std::make_unique<EntitiesCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<AlignCommand>());
    return list;
}

QStringList CommandLine::commands()
{
    QStringList names;
    for (const auto& command : all())
        names.append(command->name());
    return names;
}

bool CommandLine::isHelp(const QString& argument)
{
    return argument == u"-h" || argument == u"--help" || argument == u"--help-all";
}

bool CommandLine::isVersion(const QString& argument)
{
    return argument == u"-v" || argument == u"--version";
}

QCommandLineOption CommandLine::languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"), tr("User interface language."),
                              QStringLiteral("language"));
}

qsizetype CommandLine::commandIndex(const QStringList& arguments)
{
    // The command is the first word that is not an option; "--lang vi" may come before it.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang") {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        return commands().contains(argument) ? i : -1;
    }
    return -1;
}

bool CommandLine::isHeadless(const QStringList& arguments)
{
    if (commandIndex(arguments) >= 0)
        return true;
    for (const QString& argument : arguments) {
        if (argument == u"--")
            break;
        if (isHelp(argument) || isVersion(argument))
            return true;
    }
    return false;
}

QString CommandLine::requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

std::optional<CommandLine::WindowOptions> CommandLine::windowOptions(const QStringList& arguments,
                                                                     QTextStream& err)
{
    // Said before any translation is installed, hence in English.
    QCommandLineParser parser;
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Files and folders."));
    if (!parser.parse(QStringList{QStringLiteral("songngu")} + arguments)) {
        err << "songngu: " << parser.errorText() << "\nTry 'songngu --help'.\n";
        return std::nullopt;
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && language != u"en" && language != u"vi") {
        err << "songngu: unknown language '" << language << "' (use en or vi)\n";
        return std::nullopt;
    }
    return WindowOptions{language, parser.positionalArguments()};
}

CommandLine::ExitCode CommandLine::run(const QStringList& arguments)
{
    if (const qsizetype index = commandIndex(arguments); index >= 0) {
        // Options before the command word ("--lang vi") are the application's, not its.
        for (const auto& command : all())
            if (command->name() == arguments.at(index))
                return runCommand(*command, arguments.mid(index + 1));
    }
    for (const QString& argument : arguments) {
        if (isVersion(argument)) {
            console.out << "songngu " << SONGNGU_VERSION << '\n';
            return Success;
        }
        if (isHelp(argument)) {
            Usage::print(console.out);
            return Success;
        }
    }
    Usage::print(console.err);
    return UsageError;
}

CommandLine::ExitCode CommandLine::runCommand(const Command& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    parser.addOptions(command.options());
    // --lang was applied before the command runs (its messages follow it); accepted here too.
    parser.addOptions({help, languageOption()});
    if (!parser.parse(QStringList{QStringLiteral("songngu ") + command.name()} + arguments)) {
        console.err << "songngu " << command.name() << ": " << parser.errorText() << '\n';
        Usage::print(console.err);
        return UsageError;
    }
    if (parser.isSet(help)) {
        Usage::print(console.out);
        return Success;
    }
    return command.run(parser, console);
}

} // namespace songngu
