// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/team.h"
#include "core/services/checkedwrite.h"

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
    /// The checked write, inside the caller's write transaction.
    Status write(const Team *before, const Team *after, References references = References::Check);
    RecordRules<Team> rules() const;
    std::optional<Team> find(const QString &id) const;
    std::optional<Team> findByName(const QString &name) const;
    QList<Team> all() const;

private:
    Problems check(const Team &team) const;
    Workspace &m_workspace;
};

} // namespace attain
