// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/statementformat.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/interchange/csvwriter.h"

#include <QLocale>

namespace attain {

namespace {

QString decimal(qint64 minor)
{
    return Money(minor).toDecimalString();
}

} // namespace

QString StatementFormat::rateText(int basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QString StatementFormat::describe(const StatementLine &l)
{
    switch (l.kind) {
    case StatementLine::Kind::Commission:
        if (l.award == QLatin1String("cap"))
            return tr("cap on the period's commission");
        if (l.detail == QLatin1String("flat"))
            return tr("deal %1 (%2) at the flat rate").arg(l.reference, l.customer);
        if (l.detail == QLatin1String("no_target"))
            return tr("deal %1 (%2), no revenue target: the first band's rate").arg(l.reference, l.customer);
        if (l.detail == QLatin1String("tiered"))
            return tr("deal %1 (%2) at the band reached (from %3% of target)")
                .arg(l.reference, l.customer)
                .arg(l.fromPercent);
        if (l.toPercent)
            return tr("deal %1 (%2), its part in %3–%4% of target")
                .arg(l.reference, l.customer)
                .arg(l.fromPercent)
                .arg(*l.toPercent);
        return tr("deal %1 (%2), its part above %3% of target")
            .arg(l.reference, l.customer)
            .arg(l.fromPercent);
    case StatementLine::Kind::Award:
        if (l.award == QLatin1String("first_deal"))
            return tr("first won deal of the month (%1)").arg(l.detail);
        if (l.award == QLatin1String("five_star"))
            return tr("5-star rating award (%1)").arg(l.detail);
        if (l.award == QLatin1String("five_star_pending"))
            return tr("5-star rating (%1), pending: entered by the member rated, waits for a manager")
                .arg(l.detail);
        if (l.award == QLatin1String("tier"))
            return tr("reached the tier “%1”").arg(Plan::tierLabel(l.reference));
        if (l.award == QLatin1String("follow_ups"))
            return tr("%1 follow-ups in the week of %2").arg(l.detail, l.reference);
        if (l.award == QLatin1String("team_pool"))
            return tr("team pool: %1 reached its revenue target").arg(l.reference);
        return l.award;
    case StatementLine::Kind::Adjustment: return tr("adjustment: %1").arg(l.detail);
    case StatementLine::Kind::Clawback:
        return tr("clawback: deal %1, paid in %2, is no longer won").arg(l.reference, l.detail);
    }
    return QString();
}

QString StatementFormat::explain(const StatementLine &l, const IncentiveStatement &s)
{
    const QLocale locale;
    auto money = [&](qint64 minor) { return Money(minor).format(locale); };
    switch (l.kind) {
    case StatementLine::Kind::Commission:
        if (l.award == QLatin1String("cap"))
            return tr("The plan caps one period's commission at %1; the bands add up to %2, so %3 is taken "
                      "off.")
                .arg(money(l.baseMinor), money(s.commissionMinor - l.amountMinor), money(-l.amountMinor));
        if (l.detail == QLatin1String("flat") || l.detail == QLatin1String("no_target"))
            return (l.detail == QLatin1String("flat")
                        ? tr("Deal %1 is credited %2; the flat rate %3% applies to all of it.")
                        : tr("Deal %1 is credited %2. There is no revenue target, so all of it is paid at "
                             "the "
                             "first band's rate, %3%."))
                       .arg(l.reference, money(l.baseMinor), rateText(l.rateBasisPoints)) +
                   QLatin1Char(' ') +
                   tr("%1 × %2% = %3, rounded half away from zero to the fen.")
                       .arg(money(l.baseMinor), rateText(l.rateBasisPoints), money(l.amountMinor));
        if (l.detail == QLatin1String("tiered"))
            return tr("Credited won revenue %1 is %2% of the target %3, which reaches the band from %4%; its "
                      "rate applies to every deal: deal %5's %6 × %7% = %8.")
                .arg(money(s.baseMinor),
                     locale.toString(s.baseMinor * 100.0 / std::max<qint64>(1, s.targetMinor.value_or(1)),
                                     'f', 2),
                     money(s.targetMinor.value_or(0)))
                .arg(l.fromPercent)
                .arg(l.reference, money(l.baseMinor), rateText(l.rateBasisPoints), money(l.amountMinor));
        return tr("Deals fill the base in the order they closed. Of deal %1's credit, %2 falls between %3 "
                  "and %4 "
                  "of the target %5 (%6% to %7%), which pays %8%: %2 × %8% = %9, rounded half away from zero "
                  "to the fen.")
            .arg(l.reference, money(l.baseMinor), money(s.targetMinor.value_or(0) * l.fromPercent / 100),
                 l.toPercent ? money(s.targetMinor.value_or(0) * *l.toPercent / 100) : tr("above"),
                 money(s.targetMinor.value_or(0)), QString::number(l.fromPercent),
                 l.toPercent ? QString::number(*l.toPercent) : QStringLiteral("∞"),
                 rateText(l.rateBasisPoints), money(l.amountMinor));
    case StatementLine::Kind::Award:
        if (l.award == QLatin1String("first_deal"))
            return tr("Deal %1 with %2, closed %3, is the first won deal credited to %4 in its month "
                      "(earliest close, then creation, then number). Plan “%5” pays %6.")
                .arg(l.reference, l.detail, Dates::toIso(l.date), s.name, s.plan, money(l.amountMinor));
        if (l.award == QLatin1String("five_star"))
            return tr("%1 gave 5 stars on %2. Plan “%3” pays %4 for each 5-star rating.")
                .arg(l.detail, Dates::toIso(l.date), s.plan, money(l.amountMinor));
        if (l.award == QLatin1String("five_star_pending"))
            return tr("%1 gave 5 stars on %2, as entered by %3 themselves: the award is paid once a manager "
                      "confirms the rating (Ratings: open it, tick Confirmed).")
                .arg(l.detail, Dates::toIso(l.date), s.name);
        if (l.award == QLatin1String("tier"))
            return tr("The period's score reached %1 points, the tier “%2”. Plan “%3” pays %4 for each tier "
                      "above the lowest that the score reaches.")
                .arg(l.detail, Plan::tierLabel(l.reference), s.plan, money(l.amountMinor));
        if (l.award == QLatin1String("follow_ups"))
            return tr("The %1th follow-up of the week starting %2 was on %3. Plan “%4” pays %5 for %1 "
                      "follow-ups in a week.")
                .arg(l.detail, l.reference, Dates::toIso(l.date), s.plan, money(l.amountMinor));
        if (l.award == QLatin1String("team_pool"))
            return (l.detail == QLatin1String("credit")
                        ? tr("%1 reached its revenue target; the pool is shared in proportion to each "
                             "member's "
                             "credited won revenue, the fen left over to the largest remainders. This share: "
                             "%2.")
                        : tr("%1 reached its revenue target; the pool is shared equally among its scored "
                             "members, the fen left over to the first. This share: %2."))
                .arg(l.reference, money(l.amountMinor));
        return describe(l);
    case StatementLine::Kind::Adjustment:
        return tr("A manual adjustment of %1 by %2 on %3. Reason: %4")
            .arg(money(l.amountMinor), l.author, Dates::toIso(l.date), l.detail);
    case StatementLine::Kind::Clawback:
        return tr("Deal %1 (credited %2) was paid with the closed period %3 and left “won” on %4. The "
                  "commission of %3 recomputed without it is %5 less, taken back here.")
            .arg(l.reference, money(l.baseMinor), l.detail, Dates::toIso(l.date), money(-l.amountMinor));
    }
    return QString();
}

QString StatementFormat::csv(const QList<IncentiveStatement> &statements)
{
    QString out =
        QStringLiteral("period,login,name,team,line,date,reference,base,rate_percent,amount,currency\n");
    for (const IncentiveStatement &s : statements)
        for (const StatementLine &l : s.lines) {
            const bool commission = l.kind == StatementLine::Kind::Commission && l.award.isEmpty();
            const QString reference = l.kind == StatementLine::Kind::Adjustment ? l.detail : l.reference;
            out += QStringList{s.period.toString(),
                               CsvWriter::quoted(s.login),
                               CsvWriter::quoted(s.name),
                               CsvWriter::quoted(s.team),
                               l.kind == StatementLine::Kind::Award ? l.award
                               : l.award == QLatin1String("cap")    ? QStringLiteral("cap")
                                                                    : StatementLine::kindKey(l.kind),
                               Dates::toIso(l.date),
                               CsvWriter::quoted(reference),
                               commission || l.kind == StatementLine::Kind::Clawback ? decimal(l.baseMinor)
                                                                                     : QString(),
                               commission ? rateText(l.rateBasisPoints) : QString(),
                               decimal(l.amountMinor),
                               Money::defaultCurrency()}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
        }
    return out;
}

QString StatementFormat::table(const QList<IncentiveStatement> &statements)
{
    const QLocale locale;
    QString out;
    for (const IncentiveStatement &s : statements) {
        out += tr("%1 (%2) · %3 · plan “%4”").arg(s.name, s.login, s.period.toString(), s.plan);
        if (s.frozen)
            out += tr(" · closed");
        out += QLatin1Char('\n');
        out += tr("  base %1, revenue target %2")
                   .arg(Money(s.baseMinor).format(locale),
                        s.targetMinor ? Money(*s.targetMinor).format(locale) : tr("none")) +
               QLatin1Char('\n');
        for (const StatementLine &l : s.lines) {
            QString text = QStringLiteral("  %1  %2").arg(Dates::toIso(l.date), describe(l));
            if (l.kind == StatementLine::Kind::Commission && l.award.isEmpty())
                text += tr(": %1 × %2%").arg(Money(l.baseMinor).format(locale), rateText(l.rateBasisPoints));
            else if (l.kind == StatementLine::Kind::Award && l.award == QLatin1String("first_deal"))
                text += QStringLiteral(" · ") + l.reference;
            out += text + QStringLiteral("  = ") + Money(l.amountMinor).format(locale) + QLatin1Char('\n');
        }
        QString totals =
            tr("  commission %1 + awards %2 + adjustments %3")
                .arg(Money(s.commissionMinor).format(locale), Money(s.awardsMinor).format(locale),
                     Money(s.adjustmentsMinor).format(locale));
        if (s.clawbacksMinor != 0)
            totals += tr(" + clawbacks %1").arg(Money(s.clawbacksMinor).format(locale));
        out += totals + tr(" = total %1").arg(Money(s.totalMinor).format(locale)) + QStringLiteral("\n\n");
    }
    return out;
}

} // namespace attain
