// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/target.h"
#include "core/services/checkedwrite.h"

#include <optional>

namespace attain {

class Workspace;

/// Sets and reads targets; one target per subject, period and metric.
class TargetService
{
    Q_DECLARE_TR_FUNCTIONS(TargetService)

public:
    explicit TargetService(Workspace &workspace) : m_workspace(workspace) {}

    /// Creates the target or changes the value of the existing one for the same subject, period and metric.
    Result<Target> set(Target target);
    /// Sets many targets in one write (one step to undo): all of them, or none when one is refused. With
    /// `keepExisting`, a subject that already has a target for the period and metric keeps it. Returns how
    /// many were set.
    Result<int> setAll(const QList<Target> &targets, bool keepExisting = false);
    Status remove(const QString &id);
    /// The checked write of a target, inside the caller's write transaction (managers only).
    Status write(const Target *before, const Target *after, References references = References::Check);
    std::optional<Target> find(const QString &memberId, const QString &teamId, const Period &period,
                               Metric metric) const;
    /// Every target set for a period (not derived ones).
    QList<Target> forPeriod(const Period &period) const;
    Problems check(const Target &target) const;

private:
    Problems references(const Target &target) const;
    Workspace &m_workspace;
};

} // namespace attain
