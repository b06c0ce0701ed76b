// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/targetservice.h"

#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
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

Problems TargetService::check(const Target &target) const
{
    Problems problems = target.validate();
    if (!target.memberId.isEmpty() && !ServiceSupport::exists(m_workspace, "members", target.memberId))
        problems << Problem{QStringLiteral("subject"), tr("there is no such member")};
    if (!target.teamId.isEmpty() && !ServiceSupport::exists(m_workspace, "teams", target.teamId))
        problems << Problem{QStringLiteral("subject"), tr("there is no such team")};
    return problems;
}

Result<Target> TargetService::set(Target target)
{
    if (const Problems problems = check(target); !problems.isEmpty())
        return problems;
    const auto existing = find(target.memberId, target.teamId, target.period, target.metric);
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        RecordWriter writer(m_workspace);
        if (existing) {
            target.id = existing->id;
            const auto changed =
                writer.update(EntityKind::Target, target.id, existing->fields(), target.fields());
            return changed ? success() : Status(changed.problems());
        }
        if (target.id.isEmpty())
            target.id = m_workspace.newId();
        return writer.insert(EntityKind::Target, target.id, target.fields());
    });
    if (!st)
        return st.problems();
    return target;
}

Status TargetService::remove(const QString &id)
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE id = ?");
    st.bind(1, id);
    if (!st.next())
        return Status(Problem{QString(), tr("The target no longer exists")});
    const Target before = readTarget(st);
    st.reset();
    return ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).remove(EntityKind::Target, id, before.fields());
    });
}

std::optional<Target> TargetService::find(const QString &memberId, const QString &teamId,
                                          const Period &period, Metric metric) const
{
    Statement st(m_workspace, QByteArray(kSelect) +
                                  " WHERE ifnull(member_id, '') = ? AND ifnull(team_id, '') = ? "
                                  "AND period = ? AND metric = ?");
    st.bind(1, memberId.isEmpty() ? QStringLiteral("") : memberId)
        .bind(2, teamId.isEmpty() ? QStringLiteral("") : teamId)
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
