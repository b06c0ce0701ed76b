// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/teamservice.h"

#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kSelect = "SELECT id, name, lead_id FROM teams";

Team readTeam(const Statement &st)
{
    return Team{st.text(0), st.text(1), st.text(2)};
}
} // namespace

Problems TeamService::check(const Team &team) const
{
    Problems problems = team.validate();
    ServiceSupport::checkUnique(m_workspace, "teams", "name", team.name.trimmed(), team.id,
                                QStringLiteral("name"),
                                tr("there is already a team named “%1”").arg(team.name.trimmed()), problems);
    if (!team.leadId.isEmpty() && !ServiceSupport::exists(m_workspace, "members", team.leadId))
        problems << Problem{QStringLiteral("lead"), tr("there is no such member")};
    return problems;
}

Result<Team> TeamService::create(Team team)
{
    if (const Problems problems = check(team); !problems.isEmpty())
        return problems;
    if (team.id.isEmpty())
        team.id = m_workspace.newId();
    const Status st = ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).insert(EntityKind::Team, team.id, team.fields());
    });
    if (!st)
        return st.problems();
    return team;
}

Result<Team> TeamService::update(const Team &team)
{
    const auto before = find(team.id);
    if (!before)
        return Result<Team>::failure(QString(), tr("The team no longer exists"));
    if (const Problems problems = check(team); !problems.isEmpty())
        return problems;
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const auto changed =
            RecordWriter(m_workspace).update(EntityKind::Team, team.id, before->fields(), team.fields());
        return changed ? success() : Status(changed.problems());
    });
    if (!st)
        return st.problems();
    return team;
}

Status TeamService::remove(const QString &id)
{
    const auto before = find(id);
    if (!before)
        return Status(Problem{QString(), tr("The team no longer exists")});
    Statement members(m_workspace, "SELECT count(*) FROM members WHERE team_id = ?");
    members.bind(1, id);
    if (members.next() && members.int64(0) > 0)
        return Status(Problem{QStringLiteral("team"), tr("%n member(s) still belong to “%1”; move them first",
                                                         nullptr, int(members.int64(0)))
                                                          .arg(before->name)});
    members.reset();
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        Statement targets(m_workspace, "SELECT count(*) FROM targets WHERE team_id = ?");
        targets.bind(1, id);
        if (targets.next() && targets.int64(0) > 0)
            return Status(
                Problem{QStringLiteral("team"), tr("the team still has targets; remove them first")});
        targets.reset();
        return RecordWriter(m_workspace).remove(EntityKind::Team, id, before->fields());
    });
}

std::optional<Team> TeamService::find(const QString &id) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE id = ?");
    st.bind(1, id);
    if (st.next())
        return readTeam(st);
    return std::nullopt;
}

std::optional<Team> TeamService::findByName(const QString &name) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE name = ?");
    st.bind(1, name.trimmed());
    if (st.next())
        return readTeam(st);
    return std::nullopt;
}

QList<Team> TeamService::all() const
{
    Statement st(m_workspace, QByteArray(kSelect) + " ORDER BY name");
    QList<Team> out;
    while (st.next())
        out << readTeam(st);
    return out;
}

} // namespace attain
