// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"
#include "core/domain/period.h"

namespace attain {

class Workspace;

/// Counts and totals that describe a workspace at a glance.
struct WorkspaceSummary
{
    qint64 teams = 0, members = 0, customers = 0, openDeals = 0, wonDeals = 0, lostDeals = 0, activities = 0,
           ratings = 0, changes = 0;
    Money openPipeline;
    Money wonInPeriod;
    qint64 wonDealsInPeriod = 0;
    Period period;

    /// Reads the summary, with won revenue for `period`.
    static WorkspaceSummary read(Workspace &workspace, const Period &period);
};

} // namespace attain
