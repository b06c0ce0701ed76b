// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/pacing.h"

namespace attain {

std::optional<Exact> Pacing::share(const Period &period, QDate today)
{
    if (!period.isValid() || today < period.start() || today > period.end())
        return std::nullopt;
    const qint64 gone = period.start().daysTo(today) + 1;
    const qint64 days = period.start().daysTo(period.end()) + 1;
    return Exact::ratio(gone, days);
}

bool Pacing::paced(Metric metric)
{
    switch (metric) {
    case Metric::Revenue:
    case Metric::DealsWon:
    case Metric::NewCustomers:
    case Metric::FollowUps: return true;
    case Metric::Satisfaction:
    case Metric::RepurchaseRate:
    case Metric::Progress: return false;
    }
    return false;
}

std::optional<Pace> Pacing::of(const Exact &actual, const Exact &target, const Period &period, QDate today)
{
    const auto gone = share(period, today);
    if (!gone || target.sign() <= 0)
        return std::nullopt;
    return Pace{*gone, target, target * *gone, actual};
}

std::optional<Pace> Pacing::of(const MetricLine &line, const Period &period, QDate today)
{
    if (!paced(line.metric) || !line.included() || !line.exactTarget)
        return std::nullopt;
    return of(line.exactActual.value_or(Exact()), *line.exactTarget, period, today);
}

std::optional<std::pair<QDate, QDate>> Pacing::sameDaysBefore(const Period &period, QDate today)
{
    if (!share(period, today))
        return std::nullopt;
    const Period previous = period.previous();
    const QDate to = std::min(previous.start().addDays(period.start().daysTo(today)), previous.end());
    return std::pair{previous.start(), to};
}

} // namespace attain
