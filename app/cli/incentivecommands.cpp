// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli statement.
#include "app/cli/cli.h"

#include "core/domain/money.h"
#include "core/incentives/incentivestatement.h"
#include "core/services/memberservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    if (f != QLatin1String("table") && f != QLatin1String("csv") && f != QLatin1String("json")) {
        cli.err() << Cli::tr("--format takes table, csv or json") << Qt::endl;
        return Usage;
    }
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
    const QList<IncentiveStatement> statements = StatementBuilder(*ws).members(*p, ids);
    if (f == QLatin1String("csv")) {
        cli.out() << StatementBuilder::csv(statements);
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
        cli.out() << StatementBuilder::table(statements);
    }
    cli.out().flush();
    return Ok;
}

} // namespace

QList<Command> incentiveCommands()
{
    return {
        {QStringLiteral("statement"),
         QStringLiteral("FILE --period P [--member LOGIN] [--format table|csv|json]"),
         Cli::tr("Commission and awards for a period, line by line."), statement},
    };
}

} // namespace attain::cli
