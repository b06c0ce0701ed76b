// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli statement.
#include "app/cli/cli.h"

#include "core/domain/money.h"
#include "core/incentives/incentivestatement.h"
#include "core/incentives/periodclose.h"
#include "core/incentives/statementformat.h"
#include "core/services/memberservice.h"
#include "core/storage/readcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace attain::cli {

namespace {

int statement(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Cli::tr("The period: 2025-06, 2025-Q2 or 2025."), QStringLiteral("P"));
    const QCommandLineOption member(QStringLiteral("member"), Cli::tr("Only this member."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("table (the default), csv or json."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    parser.addOption(period);
    parser.addOption(member);
    parser.addOption(format);
    if (auto exit = cli.parse(parser, QStringLiteral("statement"), args, 1,
                              QStringLiteral("FILE --period P [--member LOGIN] [--format table|csv|json]")))
        return *exit;
    const auto p = Period::parse(parser.value(period));
    if (!parser.isSet(period) || !p) {
        cli.err() << Cli::tr("--period takes a month (2025-06), a quarter (2025-Q2) or a year (2025)")
                  << Qt::endl;
        return Usage;
    }
    const QString f = parser.value(format);
    if (!cli.knownFormat(f))
        return Usage;
    auto ws = cli.open(parser.positionalArguments().at(0));
    if (!ws)
        return Invalid;
    QStringList ids;
    if (parser.isSet(member)) {
        const auto m = MemberService(*ws).findByLogin(parser.value(member));
        if (!m) {
            cli.err() << Cli::tr("There is no member “%1”.").arg(parser.value(member)) << Qt::endl;
            return Invalid;
        }
        ids << m->id;
    }
    const ReadCheck reads(*ws);
    const QList<IncentiveStatement> statements = StatementBuilder(*ws).members(*p, ids);
    if (Status read = reads.status(); !read) {
        cli.printProblems(read.problems());
        return Invalid;
    }
    if (f == QLatin1String("csv")) {
        cli.out() << StatementFormat::csv(statements);
    } else if (f == QLatin1String("json")) {
        QJsonArray array;
        for (const IncentiveStatement &s : statements)
            array.append(
                QJsonObject{{QStringLiteral("period"), s.period.toString()},
                            {QStringLiteral("login"), s.login},
                            {QStringLiteral("name"), s.name},
                            {QStringLiteral("team"), s.team},
                            {QStringLiteral("plan"), s.plan},
                            {QStringLiteral("commission"), Money(s.commissionMinor).toDecimalString()},
                            {QStringLiteral("awards"), Money(s.awardsMinor).toDecimalString()},
                            {QStringLiteral("adjustments"), Money(s.adjustmentsMinor).toDecimalString()},
                            {QStringLiteral("total"), Money(s.totalMinor).toDecimalString()},
                            {QStringLiteral("currency"), Money::defaultCurrency()}});
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        cli.out() << StatementFormat::table(statements);
    }
    cli.out().flush();
    return Ok;
}

int closePeriod(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Cli::tr("The period: 2025-06, 2025-Q2 or 2025."), QStringLiteral("P"));
    const QCommandLineOption reopen(QStringLiteral("reopen"),
                                    Cli::tr("Reopen a closed period (needs --reason)."));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why the period is reopened."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption discrepancies(QStringLiteral("discrepancies"),
                                           Cli::tr("List the changes since the close and what they do."));
    parser.addOption(period);
    parser.addOption(reopen);
    parser.addOption(reason);
    parser.addOption(discrepancies);
    parser.addOption(Cli::actorOption());
    const QString synopsis =
        QStringLiteral("FILE --period P [--reopen --reason TEXT | --discrepancies] [--as LOGIN]");
    if (auto exit = cli.parse(parser, QStringLiteral("close-period"), args, 1, synopsis))
        return *exit;
    const auto p = Period::parse(parser.value(period));
    if (!parser.isSet(period) || !p) {
        cli.err() << Cli::tr("--period takes a month (2025-06), a quarter (2025-Q2) or a year (2025)")
                  << Qt::endl;
        return Usage;
    }
    if (parser.isSet(reopen) && parser.isSet(discrepancies)) {
        cli.err() << Cli::tr("--reopen and --discrepancies do not go together") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(reopen) && parser.value(reason).trimmed().isEmpty()) {
        cli.err() << Cli::tr("--reopen needs --reason TEXT: say why the period is reopened") << Qt::endl;
        return Usage;
    }
    auto ws = parser.isSet(discrepancies) ? cli.open(parser.positionalArguments().at(0))
                                          : cli.openAs(parser.positionalArguments().at(0), parser);
    if (!ws)
        return Invalid;
    PeriodCloseService closes(*ws);
    const QLocale locale;
    if (parser.isSet(reopen)) {
        if (const Status st = closes.reopen(*p, parser.value(reason)); !st) {
            cli.err() << st.message() << Qt::endl;
            return Invalid;
        }
        cli.out() << Cli::tr("reopened %1").arg(p->toString()) << Qt::endl;
        return Ok;
    }
    if (parser.isSet(discrepancies)) {
        const auto close = closes.find(*p);
        if (!close || !close->closed) {
            cli.err() << Cli::tr("%1 is not closed").arg(p->toString()) << Qt::endl;
            return Invalid;
        }
        const Discrepancies found = closes.discrepancies(*p);
        cli.out() << Cli::tr("changes since the close: %1").arg(found.changes.size()) << '\n';
        for (const Discrepancy &d : found.changes)
            cli.out() << QStringLiteral("  #%1 %2 %3 %4 %5 %6: %7 → %8")
                             .arg(d.seq)
                             .arg(d.at.left(16), d.author, d.entity,
                                  d.reference.isEmpty() ? d.entityId : d.reference,
                                  d.op == QLatin1String("update") ? d.field : d.op, d.oldValue.left(60),
                                  d.newValue.left(60))
                      << '\n';
        cli.out() << Cli::tr("members affected: %1").arg(found.effects.size()) << '\n';
        for (const DiscrepancyEffect &e : found.effects)
            cli.out() << QStringLiteral("  %1 (%2): %3 → %4")
                             .arg(e.name, e.login, Money(e.frozenTotal).format(locale),
                                  Money(e.nowTotal).format(locale))
                      << '\n';
        cli.out().flush();
        return Ok;
    }
    const auto closed = closes.close(*p);
    if (!closed) {
        cli.err() << closed.message() << Qt::endl;
        return Invalid;
    }
    qint64 total = 0;
    for (const IncentiveStatement &s : closed->statements)
        total += s.totalMinor;
    cli.out() << Cli::tr("closed %1").arg(p->toString()) << '\n'
              << QStringLiteral("statements: %1").arg(closed->statements.size()) << '\n'
              << QStringLiteral("total_minor: %1").arg(total) << '\n'
              << QStringLiteral("frozen_at_seq: %1").arg(closed->closedSeq) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> incentiveCommands()
{
    return {
        {QStringLiteral("statement"),
         QStringLiteral("FILE --period P [--member LOGIN] [--format table|csv|json]"),
         Cli::tr("Commission and awards for a period, line by line."), statement},
        {QStringLiteral("close-period"),
         QStringLiteral("FILE --period P [--reopen --reason TEXT | --discrepancies]"),
         Cli::tr(
             "Freeze a period's scores and statements; reopen it with a reason; list what changed since."),
         closePeriod},
    };
}

} // namespace attain::cli
