// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"
#include "core/domain/exact.h"
#include "core/domain/plan.h"

#include <QDate>

#include <optional>

namespace attain {

/// One metric of a scorecard: what was done, what was asked, and what it counts for.
struct MetricLine
{
    enum class LeftOut
    {
        No,
        NotInPlan,
        NoData,
        NoTarget
    };

    Metric metric = Metric::Revenue;
    /// As shown, in the metric's unit, rounded half away from zero: fen for revenue, hundredths otherwise
    /// (follow-ups 7 → 700, 4.5 stars → 450, a rate of 33.33% → 3333). Empty where there is no data.
    /// Never computed with: exactActual and exactTarget are what the score uses.
    std::optional<qint64> actual;
    std::optional<qint64> target;
    /// The exact values in the same unit (a mean of 4.4444… stars is 4000/9 hundredths).
    std::optional<Exact> exactActual;
    std::optional<Exact> exactTarget;
    /// The target was derived from the months of a quarter or year, or is the default satisfaction target.
    bool targetDerived = false;
    /// actual ÷ target (target ÷ actual when lower is better), exact; 1 is 100%. Uncapped.
    std::optional<Exact> attainment;
    bool capped = false;
    int weight = 0;
    Direction direction = Direction::Higher;
    LeftOut leftOut = LeftOut::NotInPlan;
    /// Points this metric adds to the score, exact.
    Exact contribution;

    bool included() const { return leftOut == LeftOut::No; }
    /// The attainment that counts: min(attainment, cap).
    Exact counted(int capPercent) const
    {
        if (!attainment)
            return Exact();
        const Exact cap = Exact::ratio(capPercent, 100);
        return *attainment > cap ? cap : *attainment;
    }
};

/// A member's or a team's score for a period under the plan in effect (PRODUCT.md "Scoring").
struct Scorecard
{
    QString subjectId;
    bool isTeam = false;
    QString login; // team:NAME for teams
    QString name;
    QString team;
    QString level;       // the member's own level; "team" for teams
    QString scoredLevel; // the plan's level used
    Period period;
    Plan plan;
    /// As shown: in hundredths of a point (10000 = 100.00), rounded half away from zero; empty when no
    /// metric has data and a target.
    std::optional<qint64> score;
    /// The exact score: the tier follows it, not the rounded one (99.996 is shown 100.00 but is Near).
    std::optional<Exact> exactScore;
    QString tier;
    QList<MetricLine> lines; // every metric, in the brief's order
    /// The previous period's credited won revenue (fen) and deals (hundredths), as the plan counts them.
    qint64 previousRevenue = 0;
    qint64 previousDealsWon = 0;
    /// The day the period was closed, when the card is the one frozen then (ScoreEngine); else empty.
    QString closedOn;

    const MetricLine &line(Metric metric) const;
};

/// What one metric on its own would need for the next tier, the others unchanged.
struct TierGap
{
    Metric metric = Metric::Revenue;
    /// False when even the capped maximum of this metric would not reach the tier.
    bool reachable = false;
    /// How much more (higher is better) or less (lower is better) of the metric, in its unit.
    qint64 change = 0;
    qint64 neededActual = 0;
};

struct NextTier
{
    Tier tier;
    QList<TierGap> gaps;
};

/// A record behind a metric, for drill-down.
struct Behind
{
    EntityKind kind = EntityKind::Deal;
    QString id;
    QString reference; // deal number, customer, activity kind …
    QString customer;
    QDate date;
    /// The record's part of the metric in its unit (credited fen, 100 per follow-up, the score × 100 …).
    qint64 value = 0;
    int percent = 100; // the member's share of a deal
    QString note;
};

} // namespace attain
