// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/teamservice.h"

#include "core/services/checkedwrite.h"
#include "core/services/servicesupport.h"
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

RecordRules<Team> TeamService::rules() const
{
    RecordRules<Team> r;
    r.kind = EntityKind::Team;
    r.gone = tr("The team no longer exists");
    r.find = [this](const QString &id) { return find(id); };
    r.validate = [](const Team &t) { return t.validate(); };
    r.references = [this](const Team &team) {
        Problems problems;
        ServiceSupport::checkUnique(
            m_workspace, "teams", "name", team.name.trimmed(), team.id, QStringLiteral("name"),
            tr("there is already a team named “%1”").arg(team.name.trimmed()), problems);
        if (!team.leadId.isEmpty() && !ServiceSupport::exists(m_workspace, "members", team.leadId))
            problems << Problem{QStringLiteral("lead"), tr("there is no such member")};
        return problems;
    };
    r.access = [this](const Team *, const Team *) {
        return m_workspace.access().roster(ServiceSupport::hasManager(m_workspace));
    };
    r.fields = [](const Team &t) { return t.fields(); };
    r.beforeRemove = [this](const Team &before) -> Status {
        Statement members(m_workspace, "SELECT count(*) FROM members WHERE team_id = ?");
        members.bind(1, before.id);
        if (members.next() && members.int64(0) > 0)
            return Status(
                Problem{QStringLiteral("team"), tr("%n member(s) still belong to “%1”; move them first",
                                                   nullptr, int(members.int64(0)))
                                                    .arg(before.name)});
        members.reset();
        Statement targets(m_workspace, "SELECT count(*) FROM targets WHERE team_id = ?");
        targets.bind(1, before.id);
        if (targets.next() && targets.int64(0) > 0)
            return Status(
                Problem{QStringLiteral("team"), tr("the team still has targets; remove them first")});
        return success();
    };
    return r;
}

Problems TeamService::check(const Team &team) const
{
    Problems problems = team.validate();
    if (problems.isEmpty())
        problems = rules().references(team);
    return problems;
}

Status TeamService::write(const Team *before, const Team *after, References references)
{
    return CheckedWrite::write(m_workspace, rules(), before, after, references);
}

Result<Team> TeamService::create(Team team)
{
    return CheckedWrite::create(m_workspace, rules(), std::move(team));
}

Result<Team> TeamService::update(const Team &team)
{
    return CheckedWrite::update(m_workspace, rules(), team);
}

Status TeamService::remove(const QString &id)
{
    return CheckedWrite::remove(m_workspace, rules(), id);
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
