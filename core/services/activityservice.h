// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"

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
    std::optional<Activity> find(const QString &id) const;
    Problems check(const Activity &activity) const;

private:
    Workspace &m_workspace;
};

} // namespace attain
