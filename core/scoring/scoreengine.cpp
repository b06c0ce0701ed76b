// SPDX-License-Identifier: GPL-3.0-or-later
// ScoreEngine's scorecards: a subject's sums and targets finished into lines, score and tier, for members
// and teams, and what the next tier would take. The sums, targets and records behind a metric live in
// scoreenginesums.cpp, scoreenginetargets.cpp and scoreenginebehind.cpp.
#include "core/scoring/scoreengine.h"

#include "core/scoring/scorecardjson.h"
#include "core/services/planservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace attain {

const MetricLine &Scorecard::line(Metric metric) const
{
    for (const MetricLine &l : lines)
        if (l.metric == metric)
            return l;
    static const MetricLine none;
    return none;
}

Plan ScoreEngine::planFor(const Period &period)
{
    return m_plan ? *m_plan : PlanService(m_workspace).planFor(period);
}

std::optional<ScoreEngine::Everyone> ScoreEngine::frozen(const Period &period)
{
    if (m_live || m_plan)
        return std::nullopt;
    // Only the scorecards of the snapshot are read (SQLite takes them out of the JSON).
    Statement st(m_workspace,
                 "SELECT json_extract(snapshot, '$.scorecards'), closed_at FROM period_closes WHERE "
                 "period = ? AND status = 'closed' ORDER BY closed_seq DESC LIMIT 1");
    st.bind(1, period.toString());
    if (!st.next() || st.isNull(0))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    Everyone out;
    for (const auto &[key, list] : {std::pair{"members", &out.members}, std::pair{"teams", &out.teams}})
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            if (auto card = ScorecardJson::fromJson(v.toObject())) {
                card->closedOn = st.text(1).left(10);
                *list << *card;
            }
    return out;
}

Scorecard ScoreEngine::finish(Scorecard card, const ScoreSums &raw, const Targets &targets) const
{
    const PlanLevel &level = card.isTeam ? card.plan.team : card.plan.levelFor(card.level);
    card.scoredLevel = level.level;
    card.previousRevenue = raw.previousRevenue;
    card.previousDealsWon = raw.previousSharePercent;
    const Exact cap = Exact::ratio(card.plan.capPercent, 100);
    for (Metric metric : Metrics::all()) {
        MetricLine line;
        line.metric = metric;
        // Exact, in the metric's unit (PRODUCT.md "Exactness"): nothing is rounded before it is used.
        switch (metric) {
        case Metric::Revenue: line.exactActual = Exact(raw.revenue); break;
        case Metric::DealsWon: line.exactActual = Exact(raw.sharePercent); break;
        case Metric::NewCustomers: line.exactActual = Exact(raw.newCustomers) * Exact(100); break;
        case Metric::FollowUps: line.exactActual = Exact(raw.followUps) * Exact(100); break;
        case Metric::Satisfaction:
            if (raw.ratingCount > 0)
                line.exactActual = Exact(raw.ratingSum) * Exact(100) / Exact(raw.ratingCount);
            break;
        case Metric::RepurchaseRate:
            if (raw.customers > 0)
                line.exactActual = Exact(raw.repeatCustomers) * Exact(10000) / Exact(raw.customers);
            break;
        case Metric::Progress:
            if (raw.previousRevenue > 0)
                line.exactActual =
                    Exact(raw.revenue) * Exact(10000) / Exact(raw.previousRevenue) - Exact(10000);
            break;
        }
        if (line.exactActual)
            line.actual = line.exactActual->rounded();
        if (const auto t = targets.find(metric); t != targets.end()) {
            line.exactTarget = t->value;
            line.target = t->value.rounded();
            line.targetDerived = t->derived;
        }
        const auto planned = level.find(metric);
        line.weight = planned ? planned->weight : 0;
        line.direction = planned ? planned->direction : Direction::Higher;
        if (line.exactActual && line.exactTarget && line.exactTarget->sign() > 0) {
            if (line.direction == Direction::Higher)
                line.attainment = *line.exactActual / *line.exactTarget;
            else
                line.attainment = line.exactActual->sign() <= 0 ? cap : *line.exactTarget / *line.exactActual;
            line.capped = *line.attainment > cap;
        }
        if (line.weight <= 0)
            line.leftOut = MetricLine::LeftOut::NotInPlan;
        else if (!line.exactActual)
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
        Exact score;
        for (MetricLine &l : card.lines)
            if (l.included()) {
                l.contribution =
                    Exact(100) * Exact(l.weight) * l.counted(card.plan.capPercent) / Exact(weights);
                score += l.contribution;
            }
        card.exactScore = score;
        card.score = score.rounded(100).value_or(0);
        // The tier follows the exact score: S ≥ m exactly when ⌊100·S⌋ ≥ 100·m, m a whole number.
        card.tier = card.plan.tierFor(score.floor(100).value_or(0));
    }
    return card;
}

QList<Scorecard> ScoreEngine::memberCards(const Period &period, const Plan &plan,
                                          const QHash<QString, ScoreSums> &raw, const QStringList &memberIds,
                                          const SubjectTargets *targets)
{
    QList<Scorecard> cards;
    // A few members: their own targets; many: everyone's in one read.
    std::optional<SubjectTargets> read;
    if (!targets && (memberIds.isEmpty() || memberIds.size() > 4))
        targets = &read.emplace(allTargets(period));
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
        cards << finish(card, raw.value(id),
                        targets ? targets->members.value(id, targets->none)
                                : this->targets(id, QString(), period));
    }
    return cards;
}

QList<Scorecard> ScoreEngine::teamCards(const Period &period, const Plan &plan,
                                        const QHash<QString, ScoreSums> &raw,
                                        const QHash<QString, QString> &teamOf,
                                        QHash<QString, ScoreSums> teamRaw, const SubjectTargets &targets)
{
    // A team's sums are its members' (its distinct customers already in `teamRaw`).
    for (auto it = teamOf.cbegin(); it != teamOf.cend(); ++it)
        teamRaw[it.value()].add(raw.value(it.key()));
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
        cards << finish(card, teamRaw.value(card.subjectId),
                        targets.teams.value(card.subjectId, targets.none));
    }
    return cards;
}

QList<Scorecard> ScoreEngine::members(const Period &period, const QStringList &memberIds)
{
    if (auto closed = frozen(period)) {
        if (memberIds.isEmpty())
            return closed->members;
        QList<Scorecard> some;
        for (const Scorecard &c : std::as_const(closed->members))
            if (memberIds.contains(c.subjectId))
                some << c;
        return some;
    }
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
    if (auto closed = frozen(period))
        return *closed;
    const Plan plan = planFor(period);
    QHash<QString, QString> teamOf;
    {
        Statement st(m_workspace, "SELECT id, team_id FROM members WHERE team_id IS NOT NULL");
        while (st.next())
            teamOf.insert(st.text(0), st.text(1));
    }
    QHash<QString, ScoreSums> teamRaw;
    const QHash<QString, ScoreSums> raw = memberSums(period, plan, QStringList(), &teamOf, &teamRaw);
    const SubjectTargets targets = allTargets(period);
    return {memberCards(period, plan, raw, {}, &targets),
            teamCards(period, plan, raw, teamOf, std::move(teamRaw), targets)};
}

std::optional<NextTier> ScoreEngine::nextTier(const Scorecard &card)
{
    if (!card.exactScore)
        return std::nullopt;
    const auto tier = card.plan.nextTier(card.exactScore->floor(100).value_or(0));
    if (!tier)
        return std::nullopt;
    NextTier next{*tier, {}};
    int weights = 0;
    for (const MetricLine &l : card.lines)
        if (l.included())
            weights += l.weight;
    const Exact cap = Exact::ratio(card.plan.capPercent, 100);
    // Points still missing, from the exact score.
    const Exact missing = Exact(tier->minimum) - *card.exactScore;
    for (const MetricLine &l : card.lines) {
        if (!l.included())
            continue;
        TierGap gap;
        gap.metric = l.metric;
        // The attainment this metric alone would need: counted + missing × Σw ÷ (100 × w).
        const Exact needed =
            l.counted(card.plan.capPercent) + missing * Exact(weights) / (Exact(100) * Exact(l.weight));
        // Metrics counted in whole units (deals are split in hundredths, follow-ups and customers whole).
        const qint64 unit = (l.metric == Metric::FollowUps || l.metric == Metric::NewCustomers) ? 100 : 1;
        // Ratings stop at 5 stars and a rate at 100%, whatever the target.
        const std::optional<qint64> ceiling = l.metric == Metric::Satisfaction ? std::optional<qint64>(500)
                                              : l.metric == Metric::RepurchaseRate
                                                  ? std::optional<qint64>(10000)
                                                  : std::nullopt;
        const Exact &target = *l.exactTarget;
        if (needed > cap ||
            (l.direction == Direction::Higher && ceiling && needed * target > Exact(*ceiling))) {
            gap.reachable = false;
        } else if (l.direction == Direction::Higher) {
            // The smallest actual, in whole units, whose attainment reaches `needed`.
            const qint64 units = (needed * target / Exact(unit)).ceil().value_or(0);
            gap.reachable = true;
            gap.neededActual = units * unit;
            gap.change = gap.neededActual - l.actual.value_or(0);
        } else {
            // The largest actual, in whole units, whose attainment target ÷ actual reaches `needed`.
            const qint64 units = needed.sign() <= 0 ? l.actual.value_or(0) / unit
                                                    : (target / needed / Exact(unit)).floor().value_or(0);
            gap.reachable = true;
            gap.neededActual = units * unit;
            gap.change = l.actual.value_or(0) - gap.neededActual;
        }
        next.gaps << gap;
    }
    return next;
}

} // namespace attain
