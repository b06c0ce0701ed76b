// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/exact.h"
#include "core/domain/metric.h"
#include "core/domain/period.h"
#include "core/scoring/scorecard.h"

#include <QDate>

#include <optional>

namespace attain {

/// Where a figure stands against its target on a day inside the period (Zoho's on-track / off-track): the
/// share of the period gone by, the part of the target expected by then, and the figure itself. Only for
/// figures that add up over the days of a period (revenue, deals won, new customers, follow-ups); a mean or a
/// rate has no share of its target to be expected by a given day.
struct Pace
{
    /// Days gone by, today included, of the period's days (1 December of a 31-day month: 1/31).
    Exact share;
    Exact target;
    /// target × share.
    Exact expected;
    Exact actual;

    bool ahead() const { return actual >= expected; }
    /// actual − expected: ahead by (≥ 0) or behind by (< 0).
    Exact gap() const { return actual - expected; }
};

class Pacing
{
public:
    /// The share of the period gone by on `today`, when today is one of its days; empty otherwise (a period
    /// not begun or already over has no pace).
    static std::optional<Exact> share(const Period &period, QDate today);
    /// Whether a metric adds up over the days of a period.
    static bool paced(Metric metric);
    /// A line's pace on `today`: for a paced metric of the plan with a target, inside the period.
    static std::optional<Pace> of(const MetricLine &line, const Period &period, QDate today);
    /// The pace of a figure against a target (a team's revenue against its members' targets added up).
    static std::optional<Pace> of(const Exact &actual, const Exact &target, const Period &period,
                                  QDate today);
    /// The days of the previous period to compare a period's first days with, like for like: as many days
    /// from its start as have gone by of `period` on `today` (never past its end). Empty when today is not
    /// inside `period` — then the whole previous period compares.
    static std::optional<std::pair<QDate, QDate>> sameDaysBefore(const Period &period, QDate today);
};

} // namespace attain
