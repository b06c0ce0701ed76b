// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli init / demo / check.
#include "app/cli/cli.h"

#include "core/demo/demogenerator.h"
#include "core/storage/workspacecheck.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace attain::cli {

namespace {

int init(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, QStringLiteral("init"), args, 1, QStringLiteral("FILE")))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    auto ws = Workspace::create(path);
    if (!ws) {
        cli.printProblems(ws.problems());
        return Invalid;
    }
    cli.out() << Cli::tr("Created %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int demo(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        Cli::tr("small: 15 members, two years; large: 200 members, 1,000,000 deals."),
        QStringLiteral("small|large"), QStringLiteral("small"));
    parser.addOption(seed);
    parser.addOption(scale);
    if (auto exit = cli.parse(parser, QStringLiteral("demo"), args, 1,
                              QStringLiteral("FILE [--seed N] [--scale small|large]")))
        return *exit;
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    const QString scaleValue = parser.value(scale);
    if (!seedOk || (scaleValue != QLatin1String("small") && scaleValue != QLatin1String("large"))) {
        cli.err() << Cli::tr("--seed takes a whole number and --scale takes small or large") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options options;
    options.seed = seedValue;
    options.scale =
        scaleValue == QLatin1String("large") ? DemoGenerator::Scale::Large : DemoGenerator::Scale::Small;
    DemoGenerator::Counts c;
    int lastShown = -10;
    auto created = Workspace::createFilled(path, {}, [&](Workspace &ws) {
        DemoGenerator generator(ws, options);
        const Status st = generator.run([&](int percent) {
            if (percent >= lastShown + 10) {
                cli.err() << Cli::tr("generating… %1%").arg(percent) << Qt::endl;
                lastShown = percent;
            }
            return true;
        });
        c = generator.counts();
        return st;
    });
    if (!created) {
        cli.printProblems(created.problems());
        return Invalid;
    }
    created.value().reset();
    cli.out() << Cli::tr("Created demo workspace %1").arg(QFileInfo(path).absoluteFilePath()) << '\n'
              << Cli::tr("  %1 teams, %2 members, %3 customers").arg(c.teams).arg(c.members).arg(c.customers)
              << '\n'
              << Cli::tr("  %1 deals (%2 split), %3 follow-ups, %4 ratings, %5 targets")
                     .arg(c.deals)
                     .arg(c.splitDeals)
                     .arg(c.activities)
                     .arg(c.ratings)
                     .arg(c.targets)
              << '\n'
              << Cli::tr("  %1 s, %2 MB")
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(QFileInfo(path).size() / 1e6, 0, 'f', 1)
              << Qt::endl;
    return Ok;
}

int check(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, QStringLiteral("check"), args, 1, QStringLiteral("FILE")))
        return *exit;
    // The check below runs the full integrity check itself.
    auto ws = cli.open(parser.positionalArguments().at(0), Workspace::Options::Integrity::Skip);
    if (!ws)
        return Invalid;
    WorkspaceCheck check(*ws);
    const auto items = check.run();
    for (const auto &item : items) {
        cli.out() << (item.passed ? QStringLiteral("ok    ") : QStringLiteral("FAIL  ")) << item.key << "  "
                  << item.title << '\n';
        if (!item.passed) {
            cli.err() << Cli::tr("%1: %n problem(s)", nullptr, int(item.violations)).arg(item.key) << '\n';
            for (const auto &example : item.examples)
                cli.err() << "  " << example << '\n';
        }
    }
    cli.out().flush();
    cli.err().flush();
    return WorkspaceCheck::allPassed(items) ? Ok : Invalid;
}

} // namespace

QList<Command> workspaceCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("FILE"), Cli::tr("Create an empty workspace."), init},
        {QStringLiteral("demo"), QStringLiteral("FILE [--seed N] [--scale small|large]"),
         Cli::tr("Create a workspace filled with a realistic demo team."), demo},
        {QStringLiteral("check"), QStringLiteral("FILE"),
         Cli::tr("Verify integrity and invariants; exit 0 only when all hold."), check},
    };
}

} // namespace attain::cli
