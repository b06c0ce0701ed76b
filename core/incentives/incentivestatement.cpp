// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/incentivestatement.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/interchange/csvwriter.h"
#include "core/scoring/scoreengine.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QHash>
#include <QLocale>

namespace attain {

namespace {

QString decimal(qint64 minor)
{
    return Money(minor).toDecimalString();
}

QString rateText(int basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QList<IncentiveStatement> StatementBuilder::members(const Period &period, const QStringList &memberIds)
{
    ScoreEngine engine(m_workspace);
    const QList<Scorecard> cards = engine.members(period, memberIds);
    const QString start = Dates::toIso(period.start()), end = Dates::toIso(period.end());

    // The first credited won deal of each calendar month, per member: earliest close, then creation, then
    // number.
    struct First
    {
        QString closed, created, number, customer;
    };
    QHash<QString, QHash<int, First>> firsts; // member → month → deal
    {
        Statement st(m_workspace,
                     "SELECT COALESCE(s.member_id, d.owner_id), d.closed_on, d.created_on, "
                     "COALESCE(d.external_id, d.id), c.name FROM deals d LEFT JOIN deal_splits s ON "
                     "s.deal_id = d.id JOIN customers c ON c.id = d.customer_id WHERE d.stage = 'won' AND "
                     "d.closed_on BETWEEN ?1 AND ?2");
        st.bind(1, start).bind(2, end);
        while (st.next()) {
            First f{st.text(1), st.text(2), st.text(3), st.text(4)};
            const int month = f.closed.mid(5, 2).toInt();
            auto &perMonth = firsts[st.text(0)];
            const auto it = perMonth.find(month);
            if (it == perMonth.end() ||
                std::tie(f.closed, f.created, f.number) < std::tie(it->closed, it->created, it->number))
                perMonth[month] = f;
        }
    }
    QHash<QString, QList<StatementLine>> ratings;
    {
        Statement st(m_workspace, "SELECT r.member_id, r.rated_on, c.name FROM ratings r JOIN customers c ON "
                                  "c.id = r.customer_id WHERE r.score = 5 AND r.rated_on BETWEEN ?1 AND ?2 "
                                  "ORDER BY r.rated_on, r.id");
        st.bind(1, start).bind(2, end);
        while (st.next()) {
            StatementLine l;
            l.kind = StatementLine::Kind::Award;
            l.date = QDate::fromString(st.text(1), Qt::ISODate);
            l.reference = st.text(2);
            l.description = tr("5-star rating award");
            l.amountMinor = fiveStarAwardMinor;
            ratings[st.text(0)] << l;
        }
    }

    QList<IncentiveStatement> out;
    const CommissionRule rule = CommissionRule::standard();
    for (const Scorecard &card : cards) {
        IncentiveStatement s;
        s.memberId = card.subjectId;
        s.login = card.login;
        s.name = card.name;
        s.team = card.team;
        s.period = period;
        s.plan = card.plan.name;
        s.baseMinor = card.line(Metric::Revenue).actual.value_or(0);
        const auto target = card.line(Metric::Revenue).target;
        s.targetMinor = target && *target > 0 ? target : std::nullopt;
        const Commission c = CommissionCalculator::compute(rule, s.baseMinor, s.targetMinor);
        for (const CommissionLine &cl : c.lines) {
            StatementLine l;
            l.kind = StatementLine::Kind::Commission;
            l.date = period.end();
            l.description = s.targetMinor ? tr("commission from %1% of target").arg(cl.fromPercent)
                                          : tr("commission (no revenue target)");
            l.baseMinor = cl.baseMinor;
            l.rateBasisPoints = cl.rateBasisPoints;
            l.amountMinor = cl.amountMinor;
            s.lines << l;
        }
        s.commissionMinor = c.totalMinor;
        s.capped = c.capped;
        QList<StatementLine> awards;
        const auto perMonth = firsts.value(s.memberId);
        for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
            StatementLine l;
            l.kind = StatementLine::Kind::Award;
            l.date = QDate::fromString(it->closed, Qt::ISODate);
            l.reference = it->number;
            l.description = tr("first won deal of the month (%1)").arg(it->customer);
            l.amountMinor = firstDealAwardMinor;
            awards << l;
        }
        awards << ratings.value(s.memberId);
        std::stable_sort(awards.begin(), awards.end(),
                         [](const StatementLine &a, const StatementLine &b) { return a.date < b.date; });
        for (const StatementLine &l : std::as_const(awards))
            s.awardsMinor += l.amountMinor;
        s.lines << awards;
        s.totalMinor = s.commissionMinor + s.awardsMinor + s.adjustmentsMinor;
        out << s;
    }
    return out;
}

QString StatementBuilder::csv(const QList<IncentiveStatement> &statements)
{
    QString out =
        QStringLiteral("period,login,name,team,line,date,reference,base,rate_percent,amount,currency\n");
    for (const IncentiveStatement &s : statements)
        for (const StatementLine &l : s.lines)
            out += QStringList{s.period.toString(),
                               CsvWriter::quoted(s.login),
                               CsvWriter::quoted(s.name),
                               CsvWriter::quoted(s.team),
                               l.kind == StatementLine::Kind::Commission ? QStringLiteral("commission")
                                                                         : QStringLiteral("award"),
                               Dates::toIso(l.date),
                               CsvWriter::quoted(l.reference),
                               l.kind == StatementLine::Kind::Commission ? decimal(l.baseMinor) : QString(),
                               l.kind == StatementLine::Kind::Commission ? rateText(l.rateBasisPoints)
                                                                         : QString(),
                               decimal(l.amountMinor),
                               Money::defaultCurrency()}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
    return out;
}

QString StatementBuilder::table(const QList<IncentiveStatement> &statements)
{
    const QLocale locale;
    QString out;
    for (const IncentiveStatement &s : statements) {
        out += tr("%1 (%2) · %3 · plan “%4”").arg(s.name, s.login, s.period.toString(), s.plan) +
               QLatin1Char('\n');
        out += tr("  base %1, revenue target %2")
                   .arg(Money(s.baseMinor).format(locale),
                        s.targetMinor ? Money(*s.targetMinor).format(locale) : tr("none")) +
               QLatin1Char('\n');
        for (const StatementLine &l : s.lines) {
            QString text = QStringLiteral("  %1  %2").arg(Dates::toIso(l.date), l.description);
            if (l.kind == StatementLine::Kind::Commission)
                text += tr(": %1 × %2%").arg(Money(l.baseMinor).format(locale), rateText(l.rateBasisPoints));
            else if (!l.reference.isEmpty())
                text += QStringLiteral(" · ") + l.reference;
            out += text + QStringLiteral("  = ") + Money(l.amountMinor).format(locale) + QLatin1Char('\n');
        }
        out += tr("  commission %1 + awards %2 + adjustments %3 = total %4")
                   .arg(Money(s.commissionMinor).format(locale), Money(s.awardsMinor).format(locale),
                        Money(s.adjustmentsMinor).format(locale), Money(s.totalMinor).format(locale)) +
               QStringLiteral("\n\n");
    }
    return out;
}

} // namespace attain
