// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/targetservice.h"

#include "core/services/checkedwrite.h"
#include "core/services/servicesupport.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kSelect = "SELECT id, member_id, team_id, period, metric, value FROM targets";

Target readTarget(const Statement &st)
{
    Target t;
    t.id = st.text(0);
    t.memberId = st.text(1);
    t.teamId = st.text(2);
    if (auto p = Period::parse(st.text(3)))
        t.period = *p;
    t.metric = Metrics::fromKey(st.text(4)).value_or(Metric::Revenue);
    t.value = st.int64(5);
    return t;
}
} // namespace

Problems TargetService::references(const Target &target) const
{
    Problems problems;
    if (!target.memberId.isEmpty() && !ServiceSupport::exists(m_workspace, "members", target.memberId))
        problems << Problem{QStringLiteral("subject"), tr("there is no such member")};
    if (!target.teamId.isEmpty() && !ServiceSupport::exists(m_workspace, "teams", target.teamId))
        problems << Problem{QStringLiteral("subject"), tr("there is no such team")};
    return problems;
}

Problems TargetService::check(const Target &target) const
{
    Problems problems = target.validate();
    if (problems.isEmpty())
        problems = references(target);
    return problems;
}

Status TargetService::write(const Target *before, const Target *after, References references)
{
    RecordRules<Target> r;
    r.kind = EntityKind::Target;
    r.validate = [](const Target &t) { return t.validate(); };
    r.references = [this](const Target &t) { return this->references(t); };
    r.access = [this](const Target *, const Target *) {
        return m_workspace.access().managersOnly(tr("targets"));
    };
    r.fields = [](const Target &t) { return t.fields(); };
    return CheckedWrite::write(m_workspace, r, before, after, references);
}

Result<Target> TargetService::set(Target target)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("targets")); !allowed)
        return Result<Target>(allowed.problems());
    if (const Problems problems = check(target); !problems.isEmpty())
        return problems;
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const auto existing = find(target.memberId, target.teamId, target.period, target.metric);
        if (existing) {
            target.id = existing->id;
            return write(&*existing, &target, References::ResolvedByCaller);
        }
        if (target.id.isEmpty())
            target.id = m_workspace.newId();
        return write(nullptr, &target, References::ResolvedByCaller);
    });
    if (!st)
        return st.problems();
    return target;
}

Result<int> TargetService::setAll(const QList<Target> &targets, bool keepExisting)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("targets")); !allowed)
        return allowed.problems();
    int count = 0;
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        for (Target target : targets) {
            if (keepExisting && find(target.memberId, target.teamId, target.period, target.metric))
                continue;
            if (const auto saved = set(target); !saved)
                return Status(saved.problems());
            ++count;
        }
        return success();
    });
    if (!st)
        return st.problems();
    return count;
}

Status TargetService::remove(const QString &id)
{
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        Statement st(m_workspace, QByteArray(kSelect) + " WHERE id = ?");
        st.bind(1, id);
        if (!st.next())
            return Status(Problem{QString(), tr("The target no longer exists")});
        const Target before = readTarget(st);
        st.reset();
        return write(&before, nullptr);
    });
}

std::optional<Target> TargetService::find(const QString &memberId, const QString &teamId,
                                          const Period &period, Metric metric) const
{
    Statement st(m_workspace, QByteArray(kSelect) +
                                  " WHERE ifnull(member_id, '') = ? AND ifnull(team_id, '') = ? "
                                  "AND period = ? AND metric = ?");
    st.bind(1, Statement::keyOrEmpty(memberId))
        .bind(2, Statement::keyOrEmpty(teamId))
        .bind(3, period.toString())
        .bind(4, Metrics::key(metric));
    if (st.next())
        return readTarget(st);
    return std::nullopt;
}

QList<Target> TargetService::forPeriod(const Period &period) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE period = ? ORDER BY member_id, team_id, metric");
    st.bind(1, period.toString());
    QList<Target> out;
    while (st.next())
        out << readTarget(st);
    return out;
}

} // namespace attain
