// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli score / explain.
#include "app/cli/cli.h"

#include "core/domain/dates.h"

#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/services/memberservice.h"
#include "core/storage/readcheck.h"

namespace attain::cli {

namespace {

std::optional<Period> periodOption(Cli &cli, const QCommandLineParser &parser,
                                   const QCommandLineOption &option)
{
    const auto p = Period::parse(parser.value(option));
    if (!parser.isSet(option) || !p) {
        cli.err() << Cli::tr("--period takes a month (2025-06), a quarter (2025-Q2) or a year (2025)")
                  << Qt::endl;
        return std::nullopt;
    }
    return *p;
}

int score(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Cli::tr("The period: 2025-06, 2025-Q2 or 2025."), QStringLiteral("P"));
    const QCommandLineOption member(QStringLiteral("member"), Cli::tr("Only this member."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption teams(QStringLiteral("teams"),
                                   Cli::tr("Score the teams instead of the members."));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("table (the default), csv or json."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    parser.addOption(period);
    parser.addOption(member);
    parser.addOption(teams);
    parser.addOption(format);
    if (auto exit =
            cli.parse(parser, QStringLiteral("score"), args, 1,
                      QStringLiteral("FILE --period P [--member LOGIN] [--teams] [--format table|csv|json]")))
        return *exit;
    const auto p = periodOption(cli, parser, period);
    if (!p)
        return Usage;
    const QString f = parser.value(format);
    if (!cli.knownFormat(f))
        return Usage;
    if (parser.isSet(member) && parser.isSet(teams)) {
        cli.err() << Cli::tr("--member and --teams cannot be combined") << Qt::endl;
        return Usage;
    }
    auto ws = cli.open(parser.positionalArguments().at(0));
    if (!ws)
        return Invalid;
    const ReadCheck reads(*ws);
    ScoreEngine engine(*ws);
    QList<Scorecard> cards;
    if (parser.isSet(teams)) {
        cards = engine.teams(*p);
    } else if (parser.isSet(member)) {
        const auto m = MemberService(*ws).findByLogin(parser.value(member));
        if (!m) {
            cli.err() << Cli::tr("There is no member “%1”.").arg(parser.value(member)) << Qt::endl;
            return Invalid;
        }
        cards = engine.members(*p, {m->id});
        if (cards.isEmpty()) {
            cli.err() << Cli::tr("%1 is a finance member and has no scorecard.").arg(m->login) << Qt::endl;
            return Invalid;
        }
    } else {
        cards = engine.members(*p);
    }
    if (Status read = reads.status(); !read) {
        cli.printProblems(read.problems()); // never a zero score for a query that failed
        return Invalid;
    }
    cli.out() << (f == QLatin1String("csv")    ? ScoreFormat::csv(cards)
                  : f == QLatin1String("json") ? ScoreFormat::json(cards)
                                               : ScoreFormat::table(cards));
    cli.out().flush();
    return Ok;
}

int explain(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Cli::tr("The period: 2025-06, 2025-Q2 or 2025."), QStringLiteral("P"));
    const QCommandLineOption member(QStringLiteral("member"), Cli::tr("The member, or team:NAME."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   Cli::tr("The day to give the pace on (default: today)."),
                                   QStringLiteral("DATE"));
    parser.addOption(period);
    parser.addOption(member);
    parser.addOption(today);
    if (auto exit = cli.parse(parser, QStringLiteral("explain"), args, 1,
                              QStringLiteral("FILE --period P --member LOGIN [--today DATE]")))
        return *exit;
    QDate paceDay = QDate::currentDate();
    if (parser.isSet(today)) {
        const auto day = Dates::parseDate(parser.value(today), QStringLiteral("today"));
        if (!day) {
            cli.err() << day.message() << Qt::endl;
            return Usage;
        }
        paceDay = *day;
    }
    const auto p = periodOption(cli, parser, period);
    if (!p)
        return Usage;
    if (!parser.isSet(member)) {
        cli.err() << Cli::tr("--member LOGIN is required") << Qt::endl;
        return Usage;
    }
    auto ws = cli.open(parser.positionalArguments().at(0));
    if (!ws)
        return Invalid;
    const ReadCheck reads(*ws);
    ScoreEngine engine(*ws);
    const QString login = parser.value(member);
    std::optional<Scorecard> card;
    if (login.startsWith(QLatin1String("team:"))) {
        for (const Scorecard &c : engine.teams(*p))
            if (c.login.compare(login, Qt::CaseInsensitive) == 0)
                card = c;
    } else if (const auto m = MemberService(*ws).findByLogin(login)) {
        card = engine.member(m->id, *p);
    }
    if (!card) {
        cli.err() << Cli::tr("There is no scored member or team “%1”.").arg(login) << Qt::endl;
        return Invalid;
    }
    // The records behind a closed period's frozen figures are not frozen with them: they are left out.
    QHash<Metric, QList<Behind>> behind;
    if (card->closedOn.isEmpty())
        for (Metric m : Metrics::all())
            behind.insert(m, engine.behind(*card, m));
    if (Status read = reads.status(); !read) {
        cli.printProblems(read.problems());
        return Invalid;
    }
    cli.out() << ScoreFormat::explain(*card, ScoreEngine::nextTier(*card), behind, paceDay);
    cli.out().flush();
    return Ok;
}

} // namespace

QList<Command> scoringCommands()
{
    return {
        {QStringLiteral("score"),
         QStringLiteral("FILE --period P [--member LOGIN] [--teams] [--format table|csv|json]"),
         Cli::tr("Scorecards for a period."), score},
        {QStringLiteral("explain"), QStringLiteral("FILE --period P --member LOGIN"),
         Cli::tr("A scorecard line by line, with what the next tier needs."), explain},
    };
}

} // namespace attain::cli
