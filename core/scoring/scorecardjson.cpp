// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/scorecardjson.h"

#include <QJsonArray>

namespace attain {

namespace {
QJsonValue exact(const std::optional<Exact> &v)
{
    return v ? QJsonValue(v->toString()) : QJsonValue();
}
std::optional<Exact> exactOf(const QJsonValue &v)
{
    return v.isString() ? Exact::fromString(v.toString()) : std::nullopt;
}
// Integers as text: exact beyond 2^53.
QJsonValue integer(const std::optional<qint64> &v)
{
    return v ? QJsonValue(QString::number(*v)) : QJsonValue();
}
std::optional<qint64> integerOf(const QJsonValue &v)
{
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return v.isString() && ok ? std::optional(n) : std::nullopt;
}
} // namespace

QJsonObject ScorecardJson::toJson(const Scorecard &c)
{
    QJsonArray lines;
    for (const MetricLine &l : c.lines)
        lines.append(QJsonObject{{QStringLiteral("metric"), Metrics::key(l.metric)},
                                 {QStringLiteral("actual"), integer(l.actual)},
                                 {QStringLiteral("target"), integer(l.target)},
                                 {QStringLiteral("exact_actual"), exact(l.exactActual)},
                                 {QStringLiteral("exact_target"), exact(l.exactTarget)},
                                 {QStringLiteral("target_derived"), l.targetDerived},
                                 {QStringLiteral("attainment"), exact(l.attainment)},
                                 {QStringLiteral("capped"), l.capped},
                                 {QStringLiteral("weight"), l.weight},
                                 {QStringLiteral("lower"), l.direction == Direction::Lower},
                                 {QStringLiteral("left_out"), int(l.leftOut)},
                                 {QStringLiteral("contribution"), l.contribution.toString()}});
    QJsonObject plan = c.plan.definition();
    plan.insert(QStringLiteral("id"), c.plan.id);
    plan.insert(QStringLiteral("name"), c.plan.name);
    plan.insert(QStringLiteral("effective_from"), c.plan.effectiveFrom.toString());
    return {{QStringLiteral("subject"), c.subjectId},
            {QStringLiteral("is_team"), c.isTeam},
            {QStringLiteral("login"), c.login},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("team"), c.team},
            {QStringLiteral("level"), c.level},
            {QStringLiteral("scored_level"), c.scoredLevel},
            {QStringLiteral("period"), c.period.toString()},
            {QStringLiteral("plan"), plan},
            {QStringLiteral("score"), integer(c.score)},
            {QStringLiteral("exact_score"), exact(c.exactScore)},
            {QStringLiteral("tier"), c.tier},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("previous_revenue"), QString::number(c.previousRevenue)},
            {QStringLiteral("previous_deals_won"), QString::number(c.previousDealsWon)}};
}

std::optional<Scorecard> ScorecardJson::fromJson(const QJsonObject &o)
{
    Scorecard c;
    const auto period = Period::parse(o.value(QStringLiteral("period")).toString());
    const QJsonObject planJson = o.value(QStringLiteral("plan")).toObject();
    auto plan = Plan::fromDefinition(planJson);
    if (!period || !plan)
        return std::nullopt;
    c.subjectId = o.value(QStringLiteral("subject")).toString();
    c.isTeam = o.value(QStringLiteral("is_team")).toBool();
    c.login = o.value(QStringLiteral("login")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.team = o.value(QStringLiteral("team")).toString();
    c.level = o.value(QStringLiteral("level")).toString();
    c.scoredLevel = o.value(QStringLiteral("scored_level")).toString();
    c.period = *period;
    c.plan = *plan;
    c.plan.id = planJson.value(QStringLiteral("id")).toString();
    c.plan.name = planJson.value(QStringLiteral("name")).toString();
    if (const auto from = Period::parse(planJson.value(QStringLiteral("effective_from")).toString()))
        c.plan.effectiveFrom = *from;
    c.score = integerOf(o.value(QStringLiteral("score")));
    c.exactScore = exactOf(o.value(QStringLiteral("exact_score")));
    c.tier = o.value(QStringLiteral("tier")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject j = v.toObject();
        const auto metric = Metrics::fromKey(j.value(QStringLiteral("metric")).toString());
        if (!metric)
            return std::nullopt;
        MetricLine l;
        l.metric = *metric;
        l.actual = integerOf(j.value(QStringLiteral("actual")));
        l.target = integerOf(j.value(QStringLiteral("target")));
        l.exactActual = exactOf(j.value(QStringLiteral("exact_actual")));
        l.exactTarget = exactOf(j.value(QStringLiteral("exact_target")));
        l.targetDerived = j.value(QStringLiteral("target_derived")).toBool();
        l.attainment = exactOf(j.value(QStringLiteral("attainment")));
        l.capped = j.value(QStringLiteral("capped")).toBool();
        l.weight = j.value(QStringLiteral("weight")).toInt();
        l.direction = j.value(QStringLiteral("lower")).toBool() ? Direction::Lower : Direction::Higher;
        l.leftOut = MetricLine::LeftOut(j.value(QStringLiteral("left_out")).toInt());
        l.contribution = exactOf(j.value(QStringLiteral("contribution"))).value_or(Exact());
        c.lines << l;
    }
    c.previousRevenue = o.value(QStringLiteral("previous_revenue")).toString().toLongLong();
    c.previousDealsWon = o.value(QStringLiteral("previous_deals_won")).toString().toLongLong();
    return c;
}

} // namespace attain
