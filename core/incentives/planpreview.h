// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/domain/plan.h"

#include <QList>

#include <optional>

namespace attain {

class Workspace;

/// A member's score and payout for a period under the plan in effect and under a draft, side by side.
struct PlanPreviewRow
{
    QString memberId, login, name, team;
    std::optional<qint64> scoreNow, scoreDraft; // hundredths of a point
    QString tierNow, tierDraft;
    qint64 payoutNow = 0, payoutDraft = 0; // minor units
    qint64 payoutChange() const { return payoutDraft - payoutNow; }
};

/// The plan-change preview (PRODUCT.md "Incentives"): before a draft is activated, what it would do to
/// every member's score and payout in a chosen period, and to the total cost. Both sides are computed
/// from the records (a closed period's frozen figures are not what a new plan would pay).
struct PlanPreview
{
    Period period;
    QString currentPlan, draftPlan;
    QList<PlanPreviewRow> rows; // by login
    qint64 totalNow = 0, totalDraft = 0;
    qint64 totalChange() const { return totalDraft - totalNow; }

    static PlanPreview compute(Workspace &workspace, const Period &period, const Plan &draft);
};

} // namespace attain
