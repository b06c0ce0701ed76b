// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"
#include "core/services/checkedwrite.h"

#include <optional>

namespace attain {

class Workspace;

/// Creates, changes and reads follow-ups (跟进).
class ActivityService
{
    Q_DECLARE_TR_FUNCTIONS(ActivityService)

public:
    explicit ActivityService(Workspace &workspace) : m_workspace(workspace) {}

    Result<Activity> create(Activity activity);
    Result<Activity> update(const Activity &activity);
    Status remove(const QString &id);
    /// The checked write, inside the caller's write transaction (before: none when created; after: none when
    /// deleted).
    Status write(const Activity *before, const Activity *after, References references = References::Check);
    RecordRules<Activity> rules() const;
    std::optional<Activity> find(const QString &id) const;
    Problems check(const Activity &activity) const;

private:
    Workspace &m_workspace;
};

} // namespace attain
