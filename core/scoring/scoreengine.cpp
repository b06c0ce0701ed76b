// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/scoreengine.h"

#include "core/domain/dates.h"
#include "core/scoring/scoresql.h"
#include "core/services/planservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace attain {

const MetricLine &Scorecard::line(Metric metric) const
{
    for (const MetricLine &l : lines)
        if (l.metric == metric)
            return l;
    static const MetricLine none;
    return none;
}

using namespace scoresql;

namespace {

/// a ÷ b rounded half away from zero (b > 0).
qint64 divRound(qint64 a, qint64 b)
{
    if (b <= 0)
        return 0;
    const qint64 q = (a < 0 ? -a : a) / b, r = (a < 0 ? -a : a) % b;
    const qint64 rounded = q + (r * 2 >= b ? 1 : 0);
    return a < 0 ? -rounded : rounded;
}

/// a × m ÷ b rounded half away from zero; exact unless a × m leaves 64 bits (then to within a unit).
qint64 mulDivRound(qint64 a, qint64 m, qint64 b)
{
    qint64 product = 0;
    if (!qMulOverflow(a, m, &product))
        return divRound(product, b);
    return qint64(std::llround(static_cast<long double>(a) * m / b));
}

} // namespace

Plan ScoreEngine::planFor(const Period &period)
{
    return m_plan ? *m_plan : PlanService(m_workspace).planFor(period);
}

QHash<QString, ScoreSums> ScoreEngine::memberSums(const Period &period, const Plan &plan,
                                                  const QStringList &only,
                                                  QList<QPair<QString, QString>> *pairs,
                                                  QSet<QString> *repeatCustomers)
{
    static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL");
    QElapsedTimer timer;
    timer.start();
    auto lap = [&](const char *what) {
        if (trace)
            qInfo("score %s: %s in %lld ms", qPrintable(period.toString()), what, timer.restart());
    };
    if (const auto &ledger = m_ledgers[plan.confirmedOnly];
        ledger && ledger->confirmedOnly() == plan.confirmedOnly) {
        QHash<QString, ScoreSums> sums = ledger->sums(period, only, pairs, repeatCustomers);
        lap("from the ledger");
        return sums;
    }
    QHash<QString, ScoreSums> raw;
    const bool one = !only.isEmpty(); // some members, not everyone
    const Credited who = whoIsCredited(only);
    const bool confirmed = plan.confirmedOnly;

    // The period's credits by member and customer give revenue, shares and the customers behind the
    // repurchase rate in one pass; the customers who had bought before the period, in a second.
    QList<QPair<QString, QString>> localPairs;
    QList<QPair<QString, QString>> &credited = pairs ? *pairs : localPairs;
    {
        Statement st(m_workspace, creditsCte(confirmed, who) +
                                      "SELECT member, customer_id, SUM(amount * pct), SUM(pct) FROM credit "
                                      "GROUP BY member, customer_id");
        bindMembers(st, period, only);
        while (st.next()) {
            const QString member = st.text(0);
            ScoreSums &r = raw[member];
            r.revenueTimes100 += st.int64(2);
            r.sharePercent += st.int64(3);
            ++r.customers;
            credited.append({member, st.text(1)});
        }
    }
    lap("revenue");
    QSet<QString> repeat;
    {
        // The credited customers with a won deal closed before the period, each looked up in the won deals'
        // customer index (rather than reading the period's credits again: 90 → 10 ms for a team's month on
        // the 1,000,000-deal workspace).
        QSet<QString> customers;
        for (const auto &pair : std::as_const(credited))
            customers.insert(pair.second);
        Statement st(m_workspace,
                     "SELECT c.value FROM json_each(?2) c WHERE EXISTS (SELECT 1 FROM deals e INDEXED BY "
                     "deals_customer_won WHERE e.customer_id = c.value AND " +
                         wonFilter(confirmed, "e") + " AND e.closed_on < ?1)");
        st.bind(1, Dates::toIso(period.start()));
        st.bind(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(
                                                       QStringList(customers.begin(), customers.end())))
                                         .toJson(QJsonDocument::Compact)));
        while (st.next())
            repeat.insert(st.text(0));
    }
    for (const auto &pair : std::as_const(credited))
        if (repeat.contains(pair.second))
            ++raw[pair.first].repeatCustomers;
    if (repeatCustomers)
        *repeatCustomers = std::move(repeat);
    lap("repurchase");
    {
        Statement st(m_workspace,
                     creditsCte(confirmed, who) +
                         "SELECT member, SUM(amount * pct), SUM(pct) FROM credit GROUP BY member");
        bindMembers(st, period.previous(), only);
        while (st.next()) {
            ScoreSums &r = raw[st.text(0)];
            r.previousRevenueTimes100 = st.int64(1);
            r.previousSharePercent = st.int64(2);
        }
    }
    lap("previous revenue");

    if (!one && !confirmed) {
        // A customer's first-ever won deal (earliest close, then creation, then number) closed in P: one
        // pass over the won deals' customer index finds each customer's first close, then the deal.
        Statement st(
            m_workspace,
            "WITH f AS (SELECT customer_id, MIN(closed_on) AS first FROM deals INDEXED BY deals_customer_won "
            "WHERE stage = 'won' GROUP BY customer_id HAVING first BETWEEN ?1 AND ?2) "
            "SELECT (SELECT e.owner_id FROM deals e WHERE e.customer_id = f.customer_id AND e.stage = 'won' "
            "AND e.closed_on = f.first ORDER BY e.created_on, COALESCE(e.external_id, e.id) LIMIT 1) AS "
            "owner, "
            "COUNT(*) FROM f GROUP BY owner");
        bindPeriod(st, period, QString());
        while (st.next())
            raw[st.text(0)].newCustomers = st.int64(1);
        lap("new customers");
    } else {
        // The same for one member's deals (or confirmed deals only), deal by deal.
        QByteArray sql = "SELECT d.owner_id, COUNT(DISTINCT d.customer_id) FROM deals d WHERE " +
                         wonFilter(confirmed, "d") + " AND d.closed_on BETWEEN ?1 AND ?2";
        if (one)
            sql += " AND d.owner_id IN (SELECT value FROM json_each(?3))";
        // An earlier won deal of the customer, through the won deals' customer index (rowids compared, so
        // the deals themselves are read only on a tie of close and creation, or when only confirmed deals
        // count): 200 → 65 ms for a team's quarter on the 1,000,000-deal workspace.
        sql += " AND NOT EXISTS (SELECT 1 FROM deals e INDEXED BY deals_customer_won WHERE e.customer_id = "
               "d.customer_id AND " +
               wonFilter(confirmed, "e") +
               " AND e.rowid <> d.rowid AND e.closed_on <= d.closed_on AND (e.closed_on < d.closed_on OR "
               "e.created_on < d.created_on OR (e.created_on = d.created_on AND "
               "COALESCE(e.external_id, e.id) < COALESCE(d.external_id, d.id)))) GROUP BY d.owner_id";
        Statement st(m_workspace, sql);
        bindMembers(st, period, only);
        while (st.next())
            raw[st.text(0)].newCustomers = st.int64(1);
        lap("new customers, one by one");
    }
    {
        QByteArray sql = "SELECT member_id, COUNT(*) FROM activities WHERE member_id IN (";
        sql += one ? "SELECT value FROM json_each(?3)" : "SELECT id FROM members";
        sql += ") AND at >= ?1 AND at < ?4 AND kind <> 'note' GROUP BY member_id";
        Statement st(m_workspace, sql);
        bindMembers(st, period, only);
        st.bind(4, nextDay(period));
        while (st.next())
            raw[st.text(0)].followUps = st.int64(1);
        lap("follow-ups");
    }
    {
        QByteArray sql = "SELECT member_id, SUM(score), COUNT(*) FROM ratings WHERE member_id IN (";
        sql += one ? "SELECT value FROM json_each(?3)" : "SELECT id FROM members";
        sql += ") AND rated_on BETWEEN ?1 AND ?2 GROUP BY member_id";
        Statement st(m_workspace, sql);
        bindMembers(st, period, only);
        while (st.next()) {
            ScoreSums &r = raw[st.text(0)];
            r.ratingSum = st.int64(1);
            r.ratingCount = st.int64(2);
        }
        lap("ratings");
    }
    return raw;
}

QHash<Metric, ScoreEngine::TargetValue> ScoreEngine::targets(const QString &memberId, const QString &teamId,
                                                             const Period &period)
{
    QStringList periods{period.toString()};
    if (period.kind() != Period::Kind::Month)
        for (const Period &m : period.months())
            periods << m.toString();
    QHash<QString, QHash<Metric, qint64>> byPeriod;
    Statement st(m_workspace,
                 "SELECT period, metric, value FROM targets WHERE ifnull(member_id, '') = ?1 AND "
                 "ifnull(team_id, '') = ?2 AND period IN (SELECT value FROM json_each(?3))");
    st.bind(1, memberId.isEmpty() ? QStringLiteral("") : memberId)
        .bind(2, teamId.isEmpty() ? QStringLiteral("") : teamId)
        .bind(3, QStringLiteral("[\"%1\"]").arg(periods.join(QStringLiteral("\",\""))));
    while (st.next())
        if (const auto m = Metrics::fromKey(st.text(1)))
            byPeriod[st.text(0)][*m] = st.int64(2);

    QHash<Metric, TargetValue> out;
    for (Metric metric : Metrics::all()) {
        const QHash<Metric, qint64> own = byPeriod.value(period.toString());
        if (own.contains(metric)) {
            out[metric] = {own.value(metric), false};
            continue;
        }
        if (period.kind() != Period::Kind::Month) {
            const QList<Period> months = period.months();
            qint64 sum = 0;
            bool all = true;
            for (const Period &m : months) {
                const auto &h = byPeriod.value(m.toString());
                if (!h.contains(metric)) {
                    all = false;
                    break;
                }
                sum += h.value(metric);
            }
            if (all) {
                out[metric] = {Metrics::isAdditive(metric) ? sum : divRound(sum, months.size()), true};
                continue;
            }
        }
        if (metric == Metric::Satisfaction)
            out[metric] = {450, true};
    }
    return out;
}

Scorecard ScoreEngine::finish(Scorecard card, const ScoreSums &raw,
                              const QHash<Metric, TargetValue> &targets) const
{
    const PlanLevel &level = card.isTeam ? card.plan.team : card.plan.levelFor(card.level);
    card.scoredLevel = level.level;
    card.previousRevenue = divRound(raw.previousRevenueTimes100, 100);
    card.previousDealsWon = raw.previousSharePercent;
    const double cap = card.plan.capPercent / 100.0;
    for (Metric metric : Metrics::all()) {
        MetricLine line;
        line.metric = metric;
        switch (metric) {
        case Metric::Revenue: line.actual = divRound(raw.revenueTimes100, 100); break;
        case Metric::DealsWon: line.actual = raw.sharePercent; break;
        case Metric::NewCustomers: line.actual = raw.newCustomers * 100; break;
        case Metric::FollowUps: line.actual = raw.followUps * 100; break;
        case Metric::Satisfaction:
            if (raw.ratingCount > 0)
                line.actual = mulDivRound(raw.ratingSum, 100, raw.ratingCount);
            break;
        case Metric::RepurchaseRate:
            if (raw.customers > 0)
                line.actual = mulDivRound(raw.repeatCustomers, 10000, raw.customers);
            break;
        case Metric::Progress:
            if (raw.previousRevenueTimes100 > 0)
                line.actual = mulDivRound(raw.revenueTimes100, 10000, raw.previousRevenueTimes100) - 10000;
            break;
        }
        if (const auto t = targets.find(metric); t != targets.end()) {
            line.target = t->value;
            line.targetDerived = t->derived;
        }
        const auto planned = level.find(metric);
        line.weight = planned ? planned->weight : 0;
        line.direction = planned ? planned->direction : Direction::Higher;
        if (line.actual && line.target && *line.target > 0) {
            if (line.direction == Direction::Higher)
                line.attainment = double(*line.actual) / double(*line.target);
            else
                line.attainment = *line.actual <= 0 ? cap : double(*line.target) / double(*line.actual);
            line.capped = *line.attainment > cap;
        }
        if (line.weight <= 0)
            line.leftOut = MetricLine::LeftOut::NotInPlan;
        else if (!line.actual)
            line.leftOut = MetricLine::LeftOut::NoData;
        else if (!line.attainment)
            line.leftOut = MetricLine::LeftOut::NoTarget;
        else
            line.leftOut = MetricLine::LeftOut::No;
        card.lines << line;
    }
    int weights = 0;
    for (const MetricLine &l : std::as_const(card.lines))
        if (l.included())
            weights += l.weight;
    if (weights > 0) {
        // Summed in the brief's metric order, so the same data gives the same bits.
        double score = 0;
        for (MetricLine &l : card.lines)
            if (l.included()) {
                l.contribution = 100.0 * l.weight * l.counted(card.plan.capPercent) / weights;
                score += l.contribution;
            }
        card.score = std::llround(score * 100.0);
        card.tier = card.plan.tierFor(*card.score);
    }
    return card;
}

QList<Scorecard> ScoreEngine::memberCards(const Period &period, const Plan &plan,
                                          const QHash<QString, ScoreSums> &raw, const QStringList &memberIds)
{
    QList<Scorecard> cards;
    Statement st(m_workspace,
                 "SELECT m.id, m.login, m.name, m.level, COALESCE(t.name, '') FROM members m "
                 "LEFT JOIN teams t ON t.id = m.team_id WHERE (m.role = 'rep' OR m.role = 'manager') "
                 "ORDER BY m.login COLLATE NOCASE");
    while (st.next()) {
        const QString id = st.text(0);
        if (!memberIds.isEmpty() && !memberIds.contains(id))
            continue;
        Scorecard card;
        card.subjectId = id;
        card.login = st.text(1);
        card.name = st.text(2);
        card.level = st.text(3);
        card.team = st.text(4);
        card.period = period;
        card.plan = plan;
        cards << finish(card, raw.value(id), targets(id, QString(), period));
    }
    return cards;
}

QList<Scorecard> ScoreEngine::teamCards(const Period &period, const Plan &plan,
                                        const QHash<QString, ScoreSums> &raw,
                                        const QList<QPair<QString, QString>> &pairs,
                                        const QSet<QString> &repeat)
{
    QHash<QString, QString> teamOf;
    QHash<QString, ScoreSums> teamRaw;
    {
        Statement st(m_workspace, "SELECT id, team_id FROM members WHERE team_id IS NOT NULL");
        while (st.next()) {
            teamOf.insert(st.text(0), st.text(1));
            teamRaw[st.text(1)].add(raw.value(st.text(0)));
        }
    }
    // Distinct customers of the period's won deals that credit any of the team's members.
    QSet<QPair<QString, QString>> teamCustomers;
    for (const auto &pair : pairs)
        if (const QString team = teamOf.value(pair.first); !team.isEmpty())
            teamCustomers.insert({team, pair.second});
    for (const auto &pair : std::as_const(teamCustomers)) {
        ScoreSums &r = teamRaw[pair.first];
        ++r.customers;
        if (repeat.contains(pair.second))
            ++r.repeatCustomers;
    }
    QList<Scorecard> cards;
    Statement st(m_workspace, "SELECT id, name FROM teams ORDER BY name COLLATE NOCASE");
    while (st.next()) {
        Scorecard card;
        card.subjectId = st.text(0);
        card.isTeam = true;
        card.name = st.text(1);
        card.login = QStringLiteral("team:") + card.name;
        card.team = card.name;
        card.level = QStringLiteral("team");
        card.period = period;
        card.plan = plan;
        cards << finish(card, teamRaw.value(card.subjectId), targets(QString(), card.subjectId, period));
    }
    return cards;
}

QList<Scorecard> ScoreEngine::members(const Period &period, const QStringList &memberIds)
{
    const Plan plan = planFor(period);
    // A few members: every query restricted to their records; many: one pass over everyone's.
    const QStringList only = memberIds.size() <= 64 ? memberIds : QStringList();
    return memberCards(period, plan, memberSums(period, plan, only), memberIds);
}

std::optional<Scorecard> ScoreEngine::member(const QString &memberId, const Period &period)
{
    const QList<Scorecard> cards = members(period, {memberId});
    if (cards.isEmpty())
        return std::nullopt;
    return cards.first();
}

QList<Scorecard> ScoreEngine::teams(const Period &period)
{
    return everyone(period).teams;
}

ScoreEngine::Everyone ScoreEngine::everyone(const Period &period)
{
    const Plan plan = planFor(period);
    QList<QPair<QString, QString>> pairs;
    QSet<QString> repeat;
    const QHash<QString, ScoreSums> raw = memberSums(period, plan, QStringList(), &pairs, &repeat);
    return {memberCards(period, plan, raw, {}), teamCards(period, plan, raw, pairs, repeat)};
}

std::optional<NextTier> ScoreEngine::nextTier(const Scorecard &card)
{
    if (!card.score)
        return std::nullopt;
    const auto tier = card.plan.nextTier(*card.score);
    if (!tier)
        return std::nullopt;
    NextTier next{*tier, {}};
    int weights = 0;
    for (const MetricLine &l : card.lines)
        if (l.included())
            weights += l.weight;
    const double cap = card.plan.capPercent / 100.0;
    // Points still missing, from the exact sum (the shown score is rounded to hundredths).
    double score = 0;
    for (const MetricLine &l : card.lines)
        score += l.contribution;
    const double missing = tier->minimum - score;
    for (const MetricLine &l : card.lines) {
        if (!l.included())
            continue;
        TierGap gap;
        gap.metric = l.metric;
        const double needed = l.counted(card.plan.capPercent) + missing * weights / (100.0 * l.weight);
        // Metrics counted in whole units (deals are split in hundredths, follow-ups and customers whole).
        const qint64 unit = (l.metric == Metric::FollowUps || l.metric == Metric::NewCustomers) ? 100 : 1;
        // Ratings stop at 5 stars and a rate at 100%, whatever the target.
        const qint64 ceiling = l.metric == Metric::Satisfaction     ? 500
                               : l.metric == Metric::RepurchaseRate ? 10000
                                                                    : std::numeric_limits<qint64>::max();
        if (needed > cap + 1e-12 ||
            (l.direction == Direction::Higher && needed * double(*l.target) > double(ceiling) + 1e-9)) {
            gap.reachable = false;
        } else if (l.direction == Direction::Higher) {
            // The smallest actual whose attainment reaches `needed`.
            qint64 actual = qint64(std::ceil(needed * double(*l.target) - 1e-9));
            actual = (actual + unit - 1) / unit * unit;
            gap.reachable = true;
            gap.neededActual = actual;
            gap.change = actual - *l.actual;
        } else {
            qint64 actual = needed <= 0 ? *l.actual : qint64(std::floor(double(*l.target) / needed + 1e-9));
            actual = actual / unit * unit;
            gap.reachable = true;
            gap.neededActual = actual;
            gap.change = *l.actual - actual;
        }
        next.gaps << gap;
    }
    return next;
}

QList<Behind> ScoreEngine::behind(const Scorecard &card, Metric metric)
{
    QList<Behind> out;
    if (card.isTeam)
        return out;
    const bool confirmed = card.plan.confirmedOnly;
    switch (metric) {
    case Metric::Revenue:
    case Metric::DealsWon:
    case Metric::Progress:
    case Metric::RepurchaseRate: {
        Statement st(
            m_workspace,
            creditsCte(confirmed, Credited::FewMembers) +
                "SELECT c.id, COALESCE(d.external_id, ''), cu.name, d.closed_on, c.amount, c.pct, "
                "EXISTS (SELECT 1 FROM deals e WHERE e.customer_id = c.customer_id AND " +
                wonFilter(confirmed, "e") +
                " AND e.closed_on < ?1) FROM credit c JOIN deals d ON d.id = c.id JOIN customers cu ON "
                "cu.id = c.customer_id ORDER BY d.closed_on, COALESCE(d.external_id, d.id)");
        bindMembers(st, card.period, {card.subjectId});
        while (st.next()) {
            Behind b;
            b.kind = EntityKind::Deal;
            b.id = st.text(0);
            b.reference = st.text(1);
            b.customer = st.text(2);
            b.date = QDate::fromString(st.text(3), Qt::ISODate);
            b.percent = int(st.int64(5));
            b.value = metric == Metric::DealsWon ? b.percent : mulDivRound(st.int64(4), b.percent, 100);
            if (metric == Metric::RepurchaseRate)
                b.note = st.int64(6) ? tr("bought before") : tr("first purchase");
            out << b;
        }
        break;
    }
    case Metric::NewCustomers: {
        Statement st(m_workspace,
                     "SELECT d.id, COALESCE(d.external_id, ''), cu.name, d.closed_on, d.amount FROM deals d "
                     "JOIN customers cu ON cu.id = d.customer_id WHERE " +
                         wonFilter(confirmed, "d") +
                         " AND d.closed_on BETWEEN ?1 AND ?2 AND d.owner_id = ?3 AND NOT EXISTS (SELECT 1 "
                         "FROM deals e WHERE e.customer_id = d.customer_id AND " +
                         wonFilter(confirmed, "e") +
                         " AND e.id <> d.id AND (e.closed_on < d.closed_on OR (e.closed_on = d.closed_on AND "
                         "(e.created_on < d.created_on OR (e.created_on = d.created_on AND "
                         "COALESCE(e.external_id, e.id) < COALESCE(d.external_id, d.id)))))) "
                         "ORDER BY d.closed_on, COALESCE(d.external_id, d.id)");
        bindPeriod(st, card.period, card.subjectId);
        while (st.next())
            out << Behind{EntityKind::Deal,
                          st.text(0),
                          st.text(1),
                          st.text(2),
                          QDate::fromString(st.text(3), Qt::ISODate),
                          100,
                          100,
                          tr("first won deal")};
        break;
    }
    case Metric::FollowUps: {
        Statement st(m_workspace,
                     "SELECT a.id, a.kind, cu.name, a.at, COALESCE(a.notes, '') FROM activities a JOIN "
                     "customers cu ON cu.id = a.customer_id WHERE a.member_id = ?3 AND a.at >= ?1 AND "
                     "a.at < ?4 AND a.kind <> 'note' ORDER BY a.at, a.id");
        bindPeriod(st, card.period, card.subjectId);
        st.bind(4, nextDay(card.period));
        while (st.next())
            out << Behind{EntityKind::Activity,
                          st.text(0),
                          st.text(1),
                          st.text(2),
                          QDate::fromString(st.text(3).left(10), Qt::ISODate),
                          100,
                          100,
                          st.text(4)};
        break;
    }
    case Metric::Satisfaction: {
        Statement st(m_workspace,
                     "SELECT r.id, r.score, cu.name, r.rated_on, COALESCE(r.comment, '') FROM ratings r "
                     "JOIN customers cu ON cu.id = r.customer_id WHERE r.member_id = ?3 AND r.rated_on "
                     "BETWEEN ?1 AND ?2 ORDER BY r.rated_on, r.id");
        bindPeriod(st, card.period, card.subjectId);
        while (st.next())
            out << Behind{EntityKind::Rating,
                          st.text(0),
                          QString(),
                          st.text(2),
                          QDate::fromString(st.text(3), Qt::ISODate),
                          st.int64(1) * 100,
                          100,
                          st.text(4)};
        break;
    }
    }
    return out;
}

} // namespace attain
