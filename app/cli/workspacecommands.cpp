// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli init / demo / check / set-pin.
#include "app/cli/cli.h"

#include "core/access/identity.h"
#include "core/demo/demogenerator.h"
#include "core/services/memberservice.h"
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

int setPin(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption member(QStringLiteral("member"),
                                    Cli::tr("Whose PIN or password (default: the one making the change)."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption clear(QStringLiteral("clear"), Cli::tr("Remove it instead."));
    parser.addOption(member);
    parser.addOption(clear);
    parser.addOption(Cli::actorOption());
    if (auto exit = cli.parse(parser, QStringLiteral("set-pin"), args, 1,
                              QStringLiteral("FILE [--member LOGIN] [--clear] [--as LOGIN]")))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    auto ws = cli.openAs(path, parser);
    if (!ws)
        return Invalid;
    QString memberId = ws->actor().memberId;
    if (parser.isSet(member)) {
        const auto found = MemberService(*ws).findByLogin(parser.value(member));
        if (!found) {
            cli.err() << Cli::tr("There is no member “%1” in %2.").arg(parser.value(member), path)
                      << Qt::endl;
            return Invalid;
        }
        memberId = found->id;
    }
    if (memberId.isEmpty()) {
        cli.err() << Cli::tr("Say whose PIN or password with --member LOGIN.") << Qt::endl;
        return Usage;
    }
    QString secret;
    if (!parser.isSet(clear)) {
        secret = qEnvironmentVariable("ATTAIN_NEW_PIN");
        if (secret.isEmpty()) {
            secret = cli.askSecret(Cli::tr("New PIN or password: "));
            if (!secret.isEmpty() && cli.askSecret(Cli::tr("Once more: ")) != secret) {
                cli.err() << Cli::tr("The two did not match; nothing was changed.") << Qt::endl;
                return Invalid;
            }
        }
        if (secret.isEmpty()) {
            cli.err() << Cli::tr("Give the new PIN or password in ATTAIN_NEW_PIN, or run the command in a "
                                 "terminal to be asked for it.")
                      << Qt::endl;
            return Usage;
        }
    }
    // The current one is the one just given to act as this member (ATTAIN_PIN), when it is their own.
    const QString current = ws->actor().is(memberId) ? qEnvironmentVariable("ATTAIN_PIN") : QString();
    if (Status st = Identity(*ws).setSecret(memberId, current, secret); !st) {
        cli.err() << st.problems().value(0).message << Qt::endl;
        return Invalid;
    }
    const QString login = MemberService(*ws).find(memberId)->login;
    cli.out() << (secret.isEmpty() ? Cli::tr("%1 has no PIN or password now.").arg(login)
                                   : Cli::tr("%1's PIN or password is set.").arg(login))
              << Qt::endl;
    return Ok;
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
        {QStringLiteral("set-pin"), QStringLiteral("FILE [--member LOGIN] [--clear] [--as LOGIN]"),
         Cli::tr("Set, change or remove a member's PIN or password (new one in ATTAIN_NEW_PIN, or asked)."),
         setPin},
    };
}

} // namespace attain::cli
