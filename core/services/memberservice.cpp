// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/memberservice.h"

#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kSelect =
    "SELECT id, external_id, login, name, role, level, team_id, email, active FROM members";

Member readMember(const Statement &st)
{
    Member m;
    m.id = st.text(0);
    m.externalId = st.text(1);
    m.login = st.text(2);
    m.name = st.text(3);
    m.role = Member::roleFromText(st.text(4)).value_or(Role::Rep);
    m.level = st.text(5);
    m.teamId = st.text(6);
    m.email = st.text(7);
    m.active = st.int64(8) != 0;
    return m;
}
} // namespace

Problems MemberService::check(const Member &member) const
{
    Problems problems = member.validate();
    ServiceSupport::checkUnique(m_workspace, "members", "login", member.login, member.id,
                                QStringLiteral("login"),
                                tr("the login “%1” is already taken").arg(member.login), problems);
    ServiceSupport::checkUnique(
        m_workspace, "members", "external_id", member.externalId, member.id, QStringLiteral("external_id"),
        tr("another member already has the id “%1”").arg(member.externalId), problems);
    if (!member.teamId.isEmpty() && !ServiceSupport::exists(m_workspace, "teams", member.teamId))
        problems << Problem{QStringLiteral("team"), tr("there is no such team")};
    return problems;
}

Result<Member> MemberService::create(Member member)
{
    if (const Problems problems = check(member); !problems.isEmpty())
        return problems;
    if (member.id.isEmpty())
        member.id = m_workspace.newId();
    const Status st = ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).insert(EntityKind::Member, member.id, member.fields());
    });
    if (!st)
        return st.problems();
    return member;
}

Result<Member> MemberService::update(const Member &member)
{
    const auto before = find(member.id);
    if (!before)
        return Result<Member>::failure(QString(), tr("The member no longer exists"));
    if (const Problems problems = check(member); !problems.isEmpty())
        return problems;
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const auto changed = RecordWriter(m_workspace)
                                 .update(EntityKind::Member, member.id, before->fields(), member.fields());
        return changed ? success() : Status(changed.problems());
    });
    if (!st)
        return st.problems();
    return member;
}

Status MemberService::remove(const QString &id)
{
    const auto before = find(id);
    if (!before)
        return Status(Problem{QString(), tr("The member no longer exists")});
    Statement refs(
        m_workspace,
        "SELECT (SELECT count(*) FROM deals WHERE owner_id = ?1) + (SELECT count(*) FROM deal_splits "
        "WHERE member_id = ?1) + (SELECT count(*) FROM customers WHERE owner_id = ?1) + (SELECT "
        "count(*) FROM activities WHERE member_id = ?1) + (SELECT count(*) FROM ratings WHERE "
        "member_id = ?1) + (SELECT count(*) FROM targets WHERE member_id = ?1) + (SELECT count(*) "
        "FROM teams WHERE lead_id = ?1)");
    refs.bind(1, id);
    if (refs.next() && refs.int64(0) > 0)
        return Status(
            Problem{QStringLiteral("member"),
                    tr("%1 has records in the workspace; deactivate the member instead").arg(before->name)});
    refs.reset();
    return ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).remove(EntityKind::Member, id, before->fields());
    });
}

std::optional<Member> MemberService::find(const QString &id) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE id = ?");
    st.bind(1, id);
    if (st.next())
        return readMember(st);
    return std::nullopt;
}

std::optional<Member> MemberService::findByLogin(const QString &login) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE login = ?");
    st.bind(1, login.trimmed());
    if (st.next())
        return readMember(st);
    return std::nullopt;
}

QList<Member> MemberService::all() const
{
    Statement st(m_workspace, QByteArray(kSelect) + " ORDER BY login");
    QList<Member> out;
    while (st.next())
        out << readMember(st);
    return out;
}

} // namespace attain
