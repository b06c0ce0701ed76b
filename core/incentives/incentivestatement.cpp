// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/incentivestatement.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/incentives/adjustments.h"
#include "core/incentives/periodclose.h"
#include "core/interchange/csvwriter.h"
#include "core/interchange/financehandoff.h"
#include "core/scoring/scoreengine.h"
#include "core/services/planservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <map>

namespace attain {

namespace {

QString decimal(qint64 minor)
{
    return Money(minor).toDecimalString();
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

StatementLine award(const char *key, QDate date, const QString &reference, const QString &detail,
                    qint64 amount, const QString &recordId = QString())
{
    StatementLine l;
    l.kind = StatementLine::Kind::Award;
    l.award = QLatin1String(key);
    l.date = date;
    l.reference = reference;
    l.detail = detail;
    l.amountMinor = amount;
    l.recordId = recordId;
    return l;
}

void total(IncentiveStatement *s)
{
    s->commissionMinor = s->awardsMinor = s->adjustmentsMinor = s->clawbacksMinor = 0;
    for (const StatementLine &l : std::as_const(s->lines)) {
        switch (l.kind) {
        case StatementLine::Kind::Commission: s->commissionMinor += l.amountMinor; break;
        case StatementLine::Kind::Award: s->awardsMinor += l.amountMinor; break;
        case StatementLine::Kind::Adjustment: s->adjustmentsMinor += l.amountMinor; break;
        case StatementLine::Kind::Clawback: s->clawbacksMinor += l.amountMinor; break;
        }
    }
    s->totalMinor = s->commissionMinor + s->awardsMinor + s->adjustmentsMinor + s->clawbacksMinor;
}

} // namespace

QString StatementLine::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Commission: return QStringLiteral("commission");
    case Kind::Award: return QStringLiteral("award");
    case Kind::Adjustment: return QStringLiteral("adjustment");
    case Kind::Clawback: break;
    }
    return QStringLiteral("clawback");
}

QJsonObject IncentiveStatement::toJson() const
{
    QJsonArray lineArray;
    for (const StatementLine &l : lines) {
        QJsonObject o{{QStringLiteral("kind"), StatementLine::kindKey(l.kind)},
                      {QStringLiteral("award"), l.award},
                      {QStringLiteral("date"), Dates::toIso(l.date)},
                      {QStringLiteral("reference"), l.reference},
                      {QStringLiteral("detail"), l.detail},
                      {QStringLiteral("customer"), l.customer},
                      {QStringLiteral("author"), l.author},
                      {QStringLiteral("record"), l.recordId},
                      {QStringLiteral("base"), l.baseMinor},
                      {QStringLiteral("rate_bp"), l.rateBasisPoints},
                      {QStringLiteral("from_percent"), l.fromPercent},
                      {QStringLiteral("amount"), l.amountMinor}};
        if (l.toPercent)
            o.insert(QStringLiteral("to_percent"), *l.toPercent);
        lineArray.append(o);
    }
    QJsonObject o{{QStringLiteral("member"), memberId},
                  {QStringLiteral("login"), login},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("team"), team},
                  {QStringLiteral("period"), period.toString()},
                  {QStringLiteral("plan"), plan},
                  {QStringLiteral("tier"), tier},
                  {QStringLiteral("base"), baseMinor},
                  {QStringLiteral("capped_by"), cappedByMinor},
                  {QStringLiteral("lines"), lineArray}};
    if (scoreHundredths)
        o.insert(QStringLiteral("score"), *scoreHundredths);
    if (targetMinor)
        o.insert(QStringLiteral("target"), *targetMinor);
    return o;
}

IncentiveStatement IncentiveStatement::fromJson(const QJsonObject &o)
{
    auto int64 = [](const QJsonValue &v) { return qint64(v.toDouble()); };
    IncentiveStatement s;
    s.memberId = o.value(QStringLiteral("member")).toString();
    s.login = o.value(QStringLiteral("login")).toString();
    s.name = o.value(QStringLiteral("name")).toString();
    s.team = o.value(QStringLiteral("team")).toString();
    if (const auto p = Period::parse(o.value(QStringLiteral("period")).toString()))
        s.period = *p;
    s.plan = o.value(QStringLiteral("plan")).toString();
    s.tier = o.value(QStringLiteral("tier")).toString();
    s.baseMinor = int64(o.value(QStringLiteral("base")));
    s.cappedByMinor = int64(o.value(QStringLiteral("capped_by")));
    s.capped = s.cappedByMinor > 0;
    if (o.contains(QStringLiteral("score")))
        s.scoreHundredths = int64(o.value(QStringLiteral("score")));
    if (o.contains(QStringLiteral("target")))
        s.targetMinor = int64(o.value(QStringLiteral("target")));
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject lo = v.toObject();
        StatementLine l;
        const QString kind = lo.value(QStringLiteral("kind")).toString();
        for (auto k : {StatementLine::Kind::Commission, StatementLine::Kind::Award,
                       StatementLine::Kind::Adjustment, StatementLine::Kind::Clawback})
            if (StatementLine::kindKey(k) == kind)
                l.kind = k;
        l.award = lo.value(QStringLiteral("award")).toString();
        l.date = isoDate(lo.value(QStringLiteral("date")).toString());
        l.reference = lo.value(QStringLiteral("reference")).toString();
        l.detail = lo.value(QStringLiteral("detail")).toString();
        l.customer = lo.value(QStringLiteral("customer")).toString();
        l.author = lo.value(QStringLiteral("author")).toString();
        l.recordId = lo.value(QStringLiteral("record")).toString();
        l.baseMinor = int64(lo.value(QStringLiteral("base")));
        l.rateBasisPoints = lo.value(QStringLiteral("rate_bp")).toInt();
        l.fromPercent = lo.value(QStringLiteral("from_percent")).toInt();
        if (lo.contains(QStringLiteral("to_percent")))
            l.toPercent = lo.value(QStringLiteral("to_percent")).toInt();
        l.amountMinor = int64(lo.value(QStringLiteral("amount")));
        s.lines << l;
    }
    total(&s);
    return s;
}

QList<IncentiveStatement> StatementBuilder::members(const Period &period, const QStringList &memberIds)
{
    if (!m_plan && !m_live) {
        if (const auto close = PeriodCloseService(m_workspace).find(period); close && close->closed) {
            QList<IncentiveStatement> frozen;
            for (IncentiveStatement s : close->statements)
                if (memberIds.isEmpty() || memberIds.contains(s.memberId)) {
                    s.frozen = true;
                    frozen << s;
                }
            return frozen;
        }
    }
    QList<IncentiveStatement> out = compute(period, memberIds);
    addClawbacks(period, &out);
    for (IncentiveStatement &s : out)
        total(&s);
    return out;
}

QList<IncentiveStatement> StatementBuilder::compute(const Period &period, const QStringList &memberIds)
{
    const Plan plan = m_plan ? *m_plan : PlanService(m_workspace).planFor(period);
    const IncentiveRules &rules = plan.incentives;
    ScoreEngine engine(m_workspace);
    engine.setPlan(m_plan);
    QList<Scorecard> cards, teams;
    if (rules.teamPoolMinor > 0) {
        ScoreEngine::Everyone all = engine.everyone(period);
        cards = std::move(all.members);
        teams = std::move(all.teams);
    } else {
        cards = engine.members(period, memberIds);
    }
    const QString start = Dates::toIso(period.start()), end = Dates::toIso(period.end());
    const QDate today = m_workspace.clock().today();
    const QDate awardDay = std::min(period.end(), std::max(today, period.start()));

    QHash<QString, QList<StatementLine>> awards; // member → award lines
    if (rules.firstDealAwardMinor > 0) {
        // The first credited won deal of each calendar month, per member: earliest close, then creation,
        // then number.
        struct First
        {
            QString closed, created, number, customer, id;
        };
        QHash<QString, std::map<int, First>> firsts; // member → month → deal
        Statement st(m_workspace,
                     "SELECT COALESCE(s.member_id, d.owner_id), d.closed_on, d.created_on, "
                     "COALESCE(d.external_id, d.id), c.name, d.id FROM deals d LEFT JOIN deal_splits s ON "
                     "s.deal_id = d.id JOIN customers c ON c.id = d.customer_id WHERE d.stage = 'won' AND "
                     "d.closed_on BETWEEN ?1 AND ?2");
        st.bind(1, start).bind(2, end);
        while (st.next()) {
            First f{st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
            const int month = f.closed.left(4).toInt() * 12 + f.closed.mid(5, 2).toInt();
            auto &perMonth = firsts[st.text(0)];
            const auto it = perMonth.find(month);
            if (it == perMonth.end() ||
                std::tie(f.closed, f.created, f.number) <
                    std::tie(it->second.closed, it->second.created, it->second.number))
                perMonth[month] = f;
        }
        for (auto it = firsts.cbegin(); it != firsts.cend(); ++it)
            for (const auto &[month, f] : it.value())
                awards[it.key()] << award("first_deal", isoDate(f.closed), f.number, f.customer,
                                          rules.firstDealAwardMinor, f.id);
    }
    if (rules.fiveStarAwardMinor > 0) {
        Statement st(m_workspace,
                     "SELECT r.member_id, r.rated_on, c.name, r.id FROM ratings r JOIN customers c "
                     "ON c.id = r.customer_id WHERE r.score = 5 AND r.rated_on BETWEEN ?1 AND ?2 "
                     "ORDER BY r.rated_on, r.id");
        st.bind(1, start).bind(2, end);
        while (st.next())
            awards[st.text(0)] << award("five_star", isoDate(st.text(1)), st.text(2), st.text(2),
                                        rules.fiveStarAwardMinor, st.text(3));
    }
    if (rules.followUpsAwardMinor > 0 && rules.followUpsPerWeek > 0) {
        // N follow-ups (notes do not count) in a week from Monday to Sunday, counted inside the period;
        // dated on the Nth.
        Statement st(m_workspace, "SELECT member_id, at, id FROM activities WHERE at >= ?1 AND at < ?2 AND "
                                  "kind <> 'note' ORDER BY member_id, at, id");
        st.bind(1, start).bind(2, Dates::toIso(period.end().addDays(1)));
        QString member;
        QDate week;
        int count = 0;
        while (st.next()) {
            const QDate day = isoDate(st.text(1));
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            if (st.text(0) != member || monday != week) {
                member = st.text(0);
                week = monday;
                count = 0;
            }
            if (++count == rules.followUpsPerWeek)
                awards[member] << award("follow_ups", day, Dates::toIso(monday),
                                        QString::number(rules.followUpsPerWeek), rules.followUpsAwardMinor,
                                        st.text(2));
        }
    }

    const QHash<QString, QList<CreditedDeal>> credited = credits(m_workspace, period, plan.confirmedOnly);
    QList<IncentiveStatement> out;
    for (const Scorecard &card : cards) {
        IncentiveStatement s;
        s.memberId = card.subjectId;
        s.login = card.login;
        s.name = card.name;
        s.team = card.team;
        s.period = period;
        s.plan = card.plan.name;
        s.scoreHundredths = card.score;
        s.tier = card.tier;
        s.baseMinor = card.line(Metric::Revenue).actual.value_or(0);
        const auto target = card.line(Metric::Revenue).target;
        s.targetMinor = target && *target > 0 ? target : std::nullopt;
        const QList<CreditedDeal> deals = credited.value(s.memberId);
        const Commission c = CommissionCalculator::computeByDeal(rules.commission, deals, s.targetMinor);
        const bool flat = rules.commission.kind == CommissionKind::Flat || !s.targetMinor;
        for (const CommissionLine &cl : c.lines) {
            const CreditedDeal &deal = deals.at(cl.deal);
            StatementLine l;
            l.kind = StatementLine::Kind::Commission;
            l.date = deal.closedOn;
            l.reference = deal.number;
            l.customer = deal.customer;
            l.recordId = deal.dealId;
            l.detail = !s.targetMinor                                    ? QStringLiteral("no_target")
                       : flat                                            ? QStringLiteral("flat")
                       : rules.commission.kind == CommissionKind::Tiered ? QStringLiteral("tiered")
                                                                         : QStringLiteral("graduated");
            l.baseMinor = cl.baseMinor;
            l.rateBasisPoints = cl.rateBasisPoints;
            l.fromPercent = flat ? 0 : cl.fromPercent;
            l.toPercent = cl.toPercent;
            l.amountMinor = cl.amountMinor;
            s.lines << l;
        }
        if (c.capped) {
            StatementLine l;
            l.kind = StatementLine::Kind::Commission;
            l.award = QStringLiteral("cap");
            l.date = period.end();
            l.amountMinor = -c.cappedByMinor;
            l.baseMinor = *rules.commission.capMinor;
            s.lines << l;
        }
        s.capped = c.capped;
        s.cappedByMinor = c.cappedByMinor;

        QList<StatementLine> mine = awards.value(s.memberId);
        if (rules.tierAwardMinor > 0 && card.score && !card.plan.tiers.isEmpty()) {
            int lowest = card.plan.tiers.first().minimum;
            for (const Tier &t : card.plan.tiers)
                lowest = std::min(lowest, t.minimum);
            for (const Tier &t : card.plan.tiers)
                if (t.minimum > lowest && *card.score >= qint64(t.minimum) * 100)
                    mine << award("tier", awardDay, t.key, QString::number(t.minimum), rules.tierAwardMinor);
        }
        std::stable_sort(mine.begin(), mine.end(),
                         [](const StatementLine &a, const StatementLine &b) { return a.date < b.date; });
        s.lines << mine;
        out << s;
    }

    // A team that reached its revenue target shares the pool among its scored members.
    for (const Scorecard &team : std::as_const(teams)) {
        const auto attainment = team.line(Metric::Revenue).attainment;
        if (!attainment || *attainment < 1.0)
            continue;
        QList<int> members;
        for (int i = 0; i < out.size(); ++i)
            if (out.at(i).team == team.name)
                members << i;
        if (members.isEmpty())
            continue;
        QList<qint64> weights;
        qint64 credited = 0;
        for (int i : members)
            credited += out.at(i).baseMinor;
        for (int i : members)
            weights << (rules.poolSplit == PoolSplit::ByCredit && credited > 0 ? out.at(i).baseMinor : 1);
        const QList<qint64> parts = FinanceHandoff::splitByLargestRemainder(rules.teamPoolMinor, weights);
        for (int k = 0; k < members.size(); ++k)
            if (parts.at(k) > 0)
                out[members.at(k)].lines
                    << award("team_pool", awardDay, team.name,
                             rules.poolSplit == PoolSplit::ByCredit ? QStringLiteral("credit")
                                                                    : QString::number(members.size()),
                             parts.at(k));
    }
    if (!memberIds.isEmpty())
        out.erase(
            std::remove_if(out.begin(), out.end(),
                           [&](const IncentiveStatement &s) { return !memberIds.contains(s.memberId); }),
            out.end());

    const QList<Adjustment> adjustments = AdjustmentService(m_workspace).forPeriod(period);
    for (IncentiveStatement &s : out)
        for (const Adjustment &a : adjustments)
            if (a.memberId == s.memberId) {
                StatementLine l;
                l.kind = StatementLine::Kind::Adjustment;
                l.date = a.createdOn;
                l.detail = a.reason;
                l.author = a.author;
                l.recordId = a.id;
                l.amountMinor = a.amountMinor;
                s.lines << l;
            }
    return out;
}

void StatementBuilder::addClawbacks(const Period &period, QList<IncentiveStatement> *statements)
{
    if (statements->isEmpty())
        return;
    QHash<QString, int> byMember;
    for (int i = 0; i < statements->size(); ++i)
        byMember.insert(statements->at(i).memberId, i);
    Statement stage(m_workspace, "SELECT stage FROM deals WHERE id = ?");
    Statement change(
        m_workspace,
        "SELECT seq, at FROM change_log WHERE entity = 'deals' AND entity_id = ?1 AND seq > ?2 AND "
        "((op = 'update' AND field = 'stage' AND old_value = 'won') OR op = 'delete') ORDER BY seq "
        "LIMIT 1");
    for (const PeriodClose &close : PeriodCloseService(m_workspace).closed()) {
        if (close.period.kind() != period.kind() || close.period.start() >= period.start())
            continue;
        for (const IncentiveStatement &frozen : close.statements) {
            const int index = byMember.value(frozen.memberId, -1);
            if (index < 0)
                continue;
            struct Lost
            {
                qint64 seq;
                QDate on;
                CreditedDeal credit;
            };
            QList<Lost> lost;
            const QList<CreditedDeal> frozenDeals = close.credits.value(frozen.memberId);
            for (const CreditedDeal &credit : frozenDeals) {
                stage.bind(1, credit.dealId);
                const bool won = stage.next() && stage.text(0) == QLatin1String("won");
                stage.reset();
                if (won)
                    continue;
                change.bind(1, credit.dealId).bind(2, close.closedSeq);
                if (change.next())
                    lost << Lost{change.int64(0), isoDate(change.text(1)), credit};
                change.reset();
            }
            std::sort(lost.begin(), lost.end(), [](const Lost &a, const Lost &b) { return a.seq < b.seq; });
            // Each lost deal takes back what it added on top of the deals lost before it, so the clawbacks
            // of a period add up to the frozen commission less the commission on what is left.
            QSet<QString> gone;
            const auto commissionWithout = [&](const QSet<QString> &without) {
                QList<CreditedDeal> left;
                for (const CreditedDeal &d : frozenDeals)
                    if (!without.contains(d.dealId))
                        left << d;
                return CommissionCalculator::computeByDeal(close.rules.commission, left, frozen.targetMinor)
                    .totalMinor;
            };
            for (const Lost &l : std::as_const(lost)) {
                const qint64 before = commissionWithout(gone);
                gone.insert(l.credit.dealId);
                const qint64 after = commissionWithout(gone);
                if (!period.contains(l.on) || before == after)
                    continue;
                StatementLine line;
                line.kind = StatementLine::Kind::Clawback;
                line.date = l.on;
                line.reference = l.credit.number;
                line.detail = close.period.toString();
                line.recordId = l.credit.dealId;
                line.baseMinor = (l.credit.creditedTimes100 + 50) / 100;
                line.amountMinor = after - before;
                (*statements)[index].lines << line;
            }
        }
    }
}

QHash<QString, QList<CreditedDeal>> StatementBuilder::credits(Workspace &workspace, const Period &period,
                                                              bool confirmedOnly)
{
    QHash<QString, QList<CreditedDeal>> out;
    Statement st(
        workspace,
        QByteArray("SELECT COALESCE(s.member_id, d.owner_id), d.id, COALESCE(d.external_id, d.id), "
                   "d.amount * COALESCE(s.percent, 100), d.closed_on, c.name FROM deals d "
                   "INDEXED BY deals_won_closed JOIN customers c ON c.id = d.customer_id LEFT JOIN "
                   "deal_splits s ON s.deal_id = d.id WHERE d.stage = 'won' AND d.closed_on BETWEEN ?1 "
                   "AND ?2") +
            (confirmedOnly ? " AND d.confirmed_on IS NOT NULL" : "") +
            " ORDER BY d.closed_on, d.created_on, COALESCE(d.external_id, d.id)");
    st.bind(1, Dates::toIso(period.start())).bind(2, Dates::toIso(period.end()));
    while (st.next())
        out[st.text(0)] << CreditedDeal{st.text(1), st.text(2), st.int64(3), isoDate(st.text(4)), st.text(5)};
    return out;
}

QString StatementBuilder::rateText(int basisPoints)
{
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QString StatementBuilder::describe(const StatementLine &l)
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

QString StatementBuilder::explain(const StatementLine &l, const IncentiveStatement &s)
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

QString StatementBuilder::csv(const QList<IncentiveStatement> &statements)
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

QString StatementBuilder::table(const QList<IncentiveStatement> &statements)
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
