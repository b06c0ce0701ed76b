// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/plan.h"

namespace attain {

class Workspace;

/// The workspace's scoring plans. The built-in "Standard" applies until a saved plan takes effect;
/// a period is scored by the plan in effect on its first day.
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(PlanService)

public:
    explicit PlanService(Workspace &workspace) : m_workspace(workspace) {}

    /// Saved plans by the month they take effect, oldest first (the built-in plan is not among them).
    QList<Plan> saved() const;
    /// The plan in effect for a period.
    Plan planFor(const Period &period) const;
    /// Creates or changes a plan; another plan may not take effect in the same month.
    Result<Plan> save(Plan plan);
    Status remove(const QString &id);

private:
    Workspace &m_workspace;
};

} // namespace attain
