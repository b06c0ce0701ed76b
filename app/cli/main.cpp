// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli: the headless face of Attain's core, for scripts, scheduled handoffs and tests.
#include "app/cli/cli.h"
#include "resources/resources.h"

#include <QCoreApplication>

using namespace attain;
using namespace attain::cli;

namespace {
void printHelp(Cli &cli)
{
    cli.out() << Cli::tr("Usage: attain-cli COMMAND [ARGS]") << "\n\n" << Cli::tr("Commands:") << '\n';
    for (const auto &c : commands())
        cli.out() << "  " << c.name << ' ' << c.synopsis << "\n      " << c.summary << '\n';
    cli.out() << '\n'
              << Cli::tr("Exit status: 0 success, 1 invalid input or failed check, 2 usage error.") << '\n'
              << Cli::tr("`attain-cli COMMAND --help` describes a command's options.") << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Attain"));
    QCoreApplication::setApplicationName(QStringLiteral("attain-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTAIN_VERSION));
    installTranslations(app);

    Cli cli;
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        printHelp(cli);
        return Usage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(cli);
        return Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        cli.out() << "attain-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    for (const auto &c : commands())
        if (c.name == first)
            return c.run(cli, args);
    cli.err() << Cli::tr("Unknown command “%1”. Run attain-cli --help for the list.").arg(first) << Qt::endl;
    return Usage;
}
