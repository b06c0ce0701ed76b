// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/team.h"

#include <optional>

namespace attain {

class Workspace;

/// Creates, changes and reads teams.
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    explicit TeamService(Workspace &workspace) : m_workspace(workspace) {}

    Result<Team> create(Team team);
    Result<Team> update(const Team &team);
    /// Refused while members belong to the team.
    Status remove(const QString &id);
    std::optional<Team> find(const QString &id) const;
    std::optional<Team> findByName(const QString &name) const;
    QList<Team> all() const;

private:
    Problems check(const Team &team) const;
    Workspace &m_workspace;
};

} // namespace attain
