// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/metric.h"
#include "core/domain/period.h"
#include "core/domain/result.h"
#include "core/incentives/commission.h"

#include <QJsonObject>

namespace attain {

/// Whether more of a metric is better (revenue) or less (say, days to close).
enum class Direction
{
    Higher,
    Lower
};

/// A metric's place in a level of a plan.
struct PlanMetric
{
    Metric metric = Metric::Revenue;
    int weight = 0;
    Direction direction = Direction::Higher;
    bool operator==(const PlanMetric &) const = default;
};

/// The metrics and weights for the members of one level (or for teams).
struct PlanLevel
{
    QString level; // junior, senior … ; "team" for teams
    QList<PlanMetric> metrics;
    int totalWeight() const;
    std::optional<PlanMetric> find(Metric metric) const;
    bool operator==(const PlanLevel &) const = default;
};

/// A tier of the score: reached at `minimum` points and above.
struct Tier
{
    QString key; // outstanding, on_target, near, below
    int minimum = 0;
    bool operator==(const Tier &) const = default;
};

/// A scoring plan (PRODUCT.md "Scoring"): named and effective from a month on; earlier periods keep
/// the plan they had. Levels in order (a member whose level is not listed uses the first), the team's
/// metrics, the attainment cap and the tiers, highest first.
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    QString id; // empty for the built-in default
    QString name;
    Period effectiveFrom; // a month
    int capPercent = 150;
    bool confirmedOnly = false;
    QList<PlanLevel> levels;
    PlanLevel team;
    QList<Tier> tiers;
    /// Commission and awards (PRODUCT.md "Incentives").
    IncentiveRules incentives;

    /// The brief's default plan "Standard", in force from the beginning of time.
    static Plan standard();
    static QList<Tier> standardTiers();
    /// The level a member of `level` is scored by: theirs if listed, else the plan's first.
    const PlanLevel &levelFor(const QString &level) const;
    /// The tier key of a score given in hundredths of a point (10000 = 100.00).
    QString tierFor(qint64 scoreHundredths) const;
    /// The next tier above a score, if any.
    std::optional<Tier> nextTier(qint64 scoreHundredths) const;

    Problems validate() const;
    QJsonObject definition() const;
    static Result<Plan> fromDefinition(const QJsonObject &json);
    bool operator==(const Plan &) const = default;

    static QString tierLabel(const QString &key);
    static QString directionKey(Direction d)
    {
        return d == Direction::Lower ? QStringLiteral("lower") : QStringLiteral("higher");
    }
};

} // namespace attain
