// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/memberservice.h"

#include "core/services/checkedwrite.h"
#include "core/services/servicesupport.h"
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

RecordRules<Member> MemberService::rules() const
{
    RecordRules<Member> r;
    r.kind = EntityKind::Member;
    r.gone = tr("The member no longer exists");
    r.find = [this](const QString &id) { return find(id); };
    r.validate = [](const Member &record) { return record.validate(); };
    r.references = [this](const Member &member) {
        Problems problems;
        ServiceSupport::checkUnique(m_workspace, "members", "login", member.login, member.id,
                                    QStringLiteral("login"),
                                    tr("the login “%1” is already taken").arg(member.login), problems);
        ServiceSupport::checkUnique(m_workspace, "members", "external_id", member.externalId, member.id,
                                    QStringLiteral("external_id"),
                                    tr("another member already has the id “%1”").arg(member.externalId),
                                    problems);
        if (!member.teamId.isEmpty() && !ServiceSupport::exists(m_workspace, "teams", member.teamId))
            problems << Problem{QStringLiteral("team"), tr("there is no such team")};
        return problems;
    };
    r.access = [this](const Member *, const Member *) {
        return m_workspace.access().roster(ServiceSupport::hasManager(m_workspace));
    };
    r.fields = [](const Member &record) { return record.fields(); };
    r.beforeRemove = [this](const Member &before) -> Status {
        Statement refs(
            m_workspace,
            "SELECT (SELECT count(*) FROM deals WHERE owner_id = ?1) + (SELECT count(*) FROM deal_splits "
            "WHERE member_id = ?1) + (SELECT count(*) FROM customers WHERE owner_id = ?1) + (SELECT "
            "count(*) FROM activities WHERE member_id = ?1) + (SELECT count(*) FROM ratings WHERE "
            "member_id = ?1) + (SELECT count(*) FROM targets WHERE member_id = ?1) + (SELECT count(*) "
            "FROM teams WHERE lead_id = ?1)");
        refs.bind(1, before.id);
        if (refs.next() && refs.int64(0) > 0)
            return Status(Problem{
                QStringLiteral("member"),
                tr("%1 has records in the workspace; deactivate the member instead").arg(before.name)});
        return success();
    };
    return r;
}

Problems MemberService::check(const Member &record) const
{
    Problems problems = record.validate();
    if (problems.isEmpty())
        problems = rules().references(record);
    return problems;
}

Status MemberService::write(const Member *before, const Member *after, References references)
{
    return CheckedWrite::write(m_workspace, rules(), before, after, references);
}

Result<Member> MemberService::create(Member record)
{
    return CheckedWrite::create(m_workspace, rules(), std::move(record));
}

Result<Member> MemberService::update(const Member &record)
{
    return CheckedWrite::update(m_workspace, rules(), record);
}

Status MemberService::remove(const QString &id)
{
    return CheckedWrite::remove(m_workspace, rules(), id);
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
