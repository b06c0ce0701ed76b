// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli leaderboard.
#include "app/cli/cli.h"

#include "core/interchange/csvwriter.h"
#include "core/leaderboard/leaderboard.h"
#include "core/scoring/scoreformat.h"
#include "core/services/memberservice.h"
#include "core/storage/readcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attain::cli {

namespace {

int leaderboard(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Cli::tr("The period: 2025-06, 2025-Q2 or 2025."), QStringLiteral("P"));
    const QCommandLineOption board(QStringLiteral("board"),
                                   Cli::tr("revenue, attainment, progress, satisfaction or team."),
                                   QStringLiteral("B"));
    const QCommandLineOption as(
        QStringLiteral("as"),
        Cli::tr("Show the board as this member sees it (its audience and display mode)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("table (the default), csv or json."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    parser.addOption(period);
    parser.addOption(board);
    parser.addOption(as);
    parser.addOption(format);
    const QString synopsis =
        QStringLiteral("FILE --period P --board revenue|attainment|progress|satisfaction|team [--as LOGIN] "
                       "[--format table|csv|json]");
    if (auto exit = cli.parse(parser, QStringLiteral("leaderboard"), args, 1, synopsis))
        return *exit;
    const auto p = Period::parse(parser.value(period));
    if (!parser.isSet(period) || !p) {
        cli.err() << Cli::tr("--period takes a month (2025-06), a quarter (2025-Q2) or a year (2025)")
                  << Qt::endl;
        return Usage;
    }
    const auto b = Leaderboards::fromKey(parser.value(board));
    if (!b) {
        cli.err() << Cli::tr("--board takes revenue, attainment, progress, satisfaction or team") << Qt::endl;
        return Usage;
    }
    const QString f = parser.value(format);
    if (!cli.knownFormat(f))
        return Usage;
    auto ws = cli.open(parser.positionalArguments().at(0));
    if (!ws)
        return Invalid;
    QString viewer;
    if (parser.isSet(as)) {
        const auto m = MemberService(*ws).findByLogin(parser.value(as));
        if (!m) {
            cli.err() << Cli::tr("There is no member “%1”.").arg(parser.value(as)) << Qt::endl;
            return Invalid;
        }
        viewer = m->id;
    }
    const ReadCheck reads(*ws);
    const BoardView v = Leaderboards(*ws).view(*b, *p, viewer);
    if (Status read = reads.status(); !read) {
        cli.printProblems(read.problems());
        return Invalid;
    }
    auto value = [&](const BoardEntry &e) {
        return e.value ? Leaderboards::valueText(*b, *e.value) : QString();
    };
    // One row per entry, the same keys in CSV and JSON: period, board, rank, login, name, team, value, band,
    // you. The value as `score --format csv` writes figures: money in major units, the rest ÷ 100, two
    // decimals. What the viewer's mode hides (a rank in bands, a login behind a pseudonym) is left empty.
    const bool hideRank = v.settings.mode == DisplayMode::RankBands && !viewer.isEmpty();
    const QStringList keys{QStringLiteral("period"), QStringLiteral("board"), QStringLiteral("rank"),
                           QStringLiteral("login"),  QStringLiteral("name"),  QStringLiteral("team"),
                           QStringLiteral("value"),  QStringLiteral("band"),  QStringLiteral("you")};
    auto cells = [&](const BoardEntry &e) {
        return QStringList{p->toString(),
                           Leaderboards::key(*b),
                           hideRank ? QString() : QString::number(e.rank),
                           e.login,
                           e.shown,
                           e.team,
                           e.value ? ScoreFormat::score(*e.value) : QString(),
                           e.band,
                           e.isViewer ? QStringLiteral("yes") : QString()};
    };
    if (f == QLatin1String("csv")) {
        cli.out() << keys.join(QLatin1Char(',')) << '\n';
        for (const BoardEntry &e : v.entries) {
            QStringList row = cells(e);
            for (QString &cell : row)
                cell = CsvWriter::quoted(cell);
            cli.out() << row.join(QLatin1Char(',')) << '\n';
        }
        if (!v.notice.isEmpty())
            cli.err() << v.notice << Qt::endl; // the file stays data; what it means goes beside it
    } else if (f == QLatin1String("json")) {
        QJsonArray entries;
        for (const BoardEntry &e : v.entries) {
            const QStringList row = cells(e);
            QJsonObject o;
            for (int i = 0; i < keys.size(); ++i)
                o.insert(keys.at(i), row.at(i).isEmpty() ? QJsonValue() : QJsonValue(row.at(i)));
            if (!hideRank)
                o.insert(QStringLiteral("rank"), e.rank);
            o.insert(QStringLiteral("you"), e.isViewer);
            entries.append(o);
        }
        QJsonObject o{{QStringLiteral("board"), Leaderboards::key(*b)},
                      {QStringLiteral("period"), p->toString()},
                      {QStringLiteral("visible"), v.visible},
                      {QStringLiteral("ranked"), v.total},
                      {QStringLiteral("entries"), entries}};
        if (!v.notice.isEmpty())
            o.insert(QStringLiteral("notice"), v.notice);
        cli.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        cli.out() << Cli::tr("%1 · %2 · %3, %4")
                         .arg(Leaderboards::label(*b), p->label(),
                              Leaderboards::audienceLabel(v.settings.audience),
                              Leaderboards::modeLabel(v.settings.mode))
                  << '\n'
                  << Cli::tr("Ranks %1. %2").arg(Leaderboards::measure(*b), Leaderboards::tieRule()) << '\n';
        if (!v.visible)
            cli.out() << v.notice << '\n';
        for (const BoardEntry &e : v.entries) {
            const QString place =
                !e.band.isEmpty() || (v.settings.mode == DisplayMode::RankBands && !viewer.isEmpty())
                    ? Leaderboards::bandLabel(e.band)
                    : QStringLiteral("#%1").arg(e.rank);
            cli.out() << QStringLiteral("  %1  %2%3  %4%5")
                             .arg(place, e.shown,
                                  e.team.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.team),
                                  value(e), e.isViewer ? Cli::tr("  ← you") : QString())
                      << '\n';
        }
        if (!v.notice.isEmpty() && v.visible)
            cli.out() << v.notice << '\n';
    }
    cli.out().flush();
    return Ok;
}

} // namespace

QList<Command> leaderboardCommands()
{
    return {
        {QStringLiteral("leaderboard"),
         QStringLiteral("FILE --period P --board revenue|attainment|progress|satisfaction|team [--as LOGIN] "
                        "[--format table|csv|json]"),
         Cli::tr("A leaderboard as a member sees it: its audience and display mode applied."), leaderboard},
    };
}

} // namespace attain::cli
