// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/incentivestatement.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/domain/rounding.h"
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
                    s.closedOn = close->closedAt.left(10);
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
    engine.setLive(true); // computed from the records: a close, its discrepancies, an open period
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
                     "SELECT r.member_id, r.rated_on, c.name, r.id, ifnull(r.entered_by = r.member_id AND "
                     "r.confirmed_by IS NULL, 0) FROM ratings r JOIN customers c ON c.id = r.customer_id "
                     "WHERE r.score = 5 AND r.rated_on BETWEEN ?1 AND ?2 ORDER BY r.rated_on, r.id");
        st.bind(1, start).bind(2, end);
        // A rating its own member entered waits for a manager: listed, at nothing, until confirmed.
        while (st.next())
            awards[st.text(0)] << award(st.int64(4) ? "five_star_pending" : "five_star", isoDate(st.text(1)),
                                        st.text(2), st.text(2), st.int64(4) ? 0 : rules.fiveStarAwardMinor,
                                        st.text(3));
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
        if (rules.tierAwardMinor > 0 && card.exactScore && !card.plan.tiers.isEmpty()) {
            // Tiers crossed by the exact score (99.996, shown 100.00, has not reached 100).
            const qint64 reached = card.exactScore->floor(100).value_or(0);
            int lowest = card.plan.tiers.first().minimum;
            for (const Tier &t : card.plan.tiers)
                lowest = std::min(lowest, t.minimum);
            for (const Tier &t : card.plan.tiers)
                if (t.minimum > lowest && reached >= qint64(t.minimum) * 100)
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
        if (!attainment || *attainment < Exact(1))
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
        const QList<qint64> parts = largestRemainder(rules.teamPoolMinor, weights);
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
                line.baseMinor = l.credit.creditedTimes100 / 100; // whole fen: the credited amount
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
                   "COALESCE(s.credited, d.base_amount, 0) * 100, d.closed_on, c.name FROM deals d "
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

} // namespace attain
