// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/plan.h"
#include "core/domain/textrules.h"

#include <QJsonArray>

namespace attain {

int PlanLevel::totalWeight() const
{
    int total = 0;
    for (const PlanMetric &m : metrics)
        total += m.weight;
    return total;
}

std::optional<PlanMetric> PlanLevel::find(Metric metric) const
{
    for (const PlanMetric &m : metrics)
        if (m.metric == metric)
            return m;
    return std::nullopt;
}

QList<Tier> Plan::standardTiers()
{
    return {{QStringLiteral("outstanding"), 120},
            {QStringLiteral("on_target"), 100},
            {QStringLiteral("near"), 80},
            {QStringLiteral("below"), 0}};
}

Plan Plan::standard()
{
    Plan p;
    p.name = QStringLiteral("Standard");
    p.effectiveFrom = Period::month(2000, 1);
    auto w = [](Metric m, int weight) { return PlanMetric{m, weight, Direction::Higher}; };
    p.levels = {{QStringLiteral("junior"),
                 {w(Metric::Revenue, 30), w(Metric::NewCustomers, 30), w(Metric::FollowUps, 25),
                  w(Metric::Satisfaction, 15)}},
                {QStringLiteral("senior"),
                 {w(Metric::Revenue, 50), w(Metric::FollowUps, 15), w(Metric::Satisfaction, 15),
                  w(Metric::RepurchaseRate, 20)}}};
    p.team = {QStringLiteral("team"),
              {w(Metric::Revenue, 60), w(Metric::NewCustomers, 20), w(Metric::Satisfaction, 20)}};
    p.tiers = standardTiers();
    return p;
}

const PlanLevel &Plan::levelFor(const QString &level) const
{
    for (const PlanLevel &l : levels)
        if (l.level.compare(level, Qt::CaseInsensitive) == 0)
            return l;
    static const PlanLevel none;
    return levels.isEmpty() ? none : levels.first();
}

QString Plan::tierFor(qint64 scoreHundredths) const
{
    QString key;
    int best = -1;
    for (const Tier &t : tiers)
        if (scoreHundredths >= qint64(t.minimum) * 100 && t.minimum > best) {
            key = t.key;
            best = t.minimum;
        }
    return key;
}

std::optional<Tier> Plan::nextTier(qint64 scoreHundredths) const
{
    std::optional<Tier> next;
    for (const Tier &t : tiers)
        if (qint64(t.minimum) * 100 > scoreHundredths && (!next || t.minimum < next->minimum))
            next = t;
    return next;
}

QString Plan::tierLabel(const QString &key)
{
    if (key == QLatin1String("outstanding"))
        return tr("Outstanding");
    if (key == QLatin1String("on_target"))
        return tr("On target");
    if (key == QLatin1String("near"))
        return tr("Near");
    if (key == QLatin1String("below"))
        return tr("Below");
    return key;
}

Problems Plan::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems << Problem{QStringLiteral("name"), tr("a plan needs a name")};
    else
        TextRules::check(problems, QStringLiteral("name"), name, TextRules::label);
    if (!effectiveFrom.isValid() || effectiveFrom.kind() != Period::Kind::Month)
        problems << Problem{QStringLiteral("effective_from"),
                            tr("a plan takes effect from a month, such as 2025-07")};
    if (capPercent < 100 || capPercent > 1000)
        problems << Problem{QStringLiteral("cap"), tr("the attainment cap is between 100% and 1000%")};
    if (levels.isEmpty())
        problems << Problem{QStringLiteral("levels"), tr("a plan lists at least one level")};
    auto checkLevel = [&](const PlanLevel &l) {
        QList<Metric> seen;
        for (const PlanMetric &m : l.metrics) {
            if (m.weight < 0)
                problems << Problem{QStringLiteral("weight"),
                                    tr("%1: a weight cannot be negative").arg(Metrics::label(m.metric))};
            if (seen.contains(m.metric))
                problems << Problem{QStringLiteral("metric"),
                                    tr("%1 is listed twice for %2").arg(Metrics::label(m.metric), l.level)};
            seen << m.metric;
        }
        if (l.totalWeight() <= 0)
            problems << Problem{QStringLiteral("weight"),
                                tr("the weights of %1 add up to nothing").arg(l.level)};
    };
    for (const PlanLevel &l : levels)
        checkLevel(l);
    checkLevel(team);
    if (tiers.isEmpty())
        problems << Problem{QStringLiteral("tiers"), tr("a plan has at least one tier")};
    problems += incentives.validate();
    return problems;
}

QJsonObject Plan::definition() const
{
    auto levelJson = [](const PlanLevel &l) {
        QJsonArray metrics;
        for (const PlanMetric &m : l.metrics)
            metrics.append(QJsonObject{{QStringLiteral("metric"), Metrics::key(m.metric)},
                                       {QStringLiteral("weight"), m.weight},
                                       {QStringLiteral("direction"), directionKey(m.direction)}});
        return QJsonObject{{QStringLiteral("level"), l.level}, {QStringLiteral("metrics"), metrics}};
    };
    QJsonArray levelArray;
    for (const PlanLevel &l : levels)
        levelArray.append(levelJson(l));
    QJsonArray tierArray;
    for (const Tier &t : tiers)
        tierArray.append(QJsonObject{{QStringLiteral("key"), t.key}, {QStringLiteral("minimum"), t.minimum}});
    return {{QStringLiteral("cap_percent"), capPercent}, {QStringLiteral("confirmed_only"), confirmedOnly},
            {QStringLiteral("levels"), levelArray},      {QStringLiteral("team"), levelJson(team)},
            {QStringLiteral("tiers"), tierArray},        {QStringLiteral("incentives"), incentives.toJson()}};
}

Result<Plan> Plan::fromDefinition(const QJsonObject &json)
{
    Plan p;
    Problems problems;
    p.capPercent = json.value(QStringLiteral("cap_percent")).toInt(150);
    p.confirmedOnly = json.value(QStringLiteral("confirmed_only")).toBool(false);
    auto readLevel = [&](const QJsonObject &o) {
        PlanLevel l;
        l.level = o.value(QStringLiteral("level")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = v.toObject();
            const auto metric = Metrics::fromKey(m.value(QStringLiteral("metric")).toString());
            if (!metric) {
                problems << Problem{
                    QStringLiteral("metric"),
                    tr("unknown metric “%1”").arg(m.value(QStringLiteral("metric")).toString())};
                continue;
            }
            l.metrics << PlanMetric{*metric, m.value(QStringLiteral("weight")).toInt(),
                                    m.value(QStringLiteral("direction")).toString() == QLatin1String("lower")
                                        ? Direction::Lower
                                        : Direction::Higher};
        }
        return l;
    };
    for (const QJsonValue &v : json.value(QStringLiteral("levels")).toArray())
        p.levels << readLevel(v.toObject());
    p.team = readLevel(json.value(QStringLiteral("team")).toObject());
    p.team.level = QStringLiteral("team");
    for (const QJsonValue &v : json.value(QStringLiteral("tiers")).toArray())
        p.tiers << Tier{v.toObject().value(QStringLiteral("key")).toString(),
                        v.toObject().value(QStringLiteral("minimum")).toInt()};
    p.incentives = IncentiveRules::fromJson(json.value(QStringLiteral("incentives")).toObject());
    if (!problems.isEmpty())
        return problems;
    return p;
}

} // namespace attain
