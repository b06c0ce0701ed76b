// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/activityservice.h"

#include "core/domain/dates.h"
#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

Problems ActivityService::check(const Activity &activity) const
{
    Problems problems = activity.validate();
    ServiceSupport::checkCreditable(m_workspace, activity.memberId, QStringLiteral("member"), problems);
    if (!activity.customerId.isEmpty() &&
        !ServiceSupport::exists(m_workspace, "customers", activity.customerId))
        problems << Problem{QStringLiteral("customer"), tr("there is no such customer")};
    if (!activity.dealId.isEmpty()) {
        Statement st(m_workspace, "SELECT customer_id FROM deals WHERE id = ?");
        st.bind(1, activity.dealId);
        if (!st.next())
            problems << Problem{QStringLiteral("deal"), tr("there is no such deal")};
        else if (st.text(0) != activity.customerId)
            problems << Problem{QStringLiteral("deal"), tr("the deal belongs to another customer")};
    }
    ServiceSupport::checkUnique(m_workspace, "activities", "external_id", activity.externalId, activity.id,
                                QStringLiteral("external_id"),
                                tr("another follow-up already has the id “%1”").arg(activity.externalId),
                                problems);
    return problems;
}

Result<Activity> ActivityService::create(Activity activity)
{
    if (const Problems problems = check(activity); !problems.isEmpty())
        return problems;
    if (activity.id.isEmpty())
        activity.id = m_workspace.newId();
    const Status st = ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).insert(EntityKind::Activity, activity.id, activity.fields());
    });
    if (!st)
        return st.problems();
    return activity;
}

Result<Activity> ActivityService::update(const Activity &activity)
{
    const auto before = find(activity.id);
    if (!before)
        return Result<Activity>::failure(QString(), tr("The follow-up no longer exists"));
    if (const Problems problems = check(activity); !problems.isEmpty())
        return problems;
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const auto changed =
            RecordWriter(m_workspace)
                .update(EntityKind::Activity, activity.id, before->fields(), activity.fields());
        return changed ? success() : Status(changed.problems());
    });
    if (!st)
        return st.problems();
    return activity;
}

Status ActivityService::remove(const QString &id)
{
    const auto before = find(id);
    if (!before)
        return Status(Problem{QString(), tr("The follow-up no longer exists")});
    return ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).remove(EntityKind::Activity, id, before->fields());
    });
}

std::optional<Activity> ActivityService::find(const QString &id) const
{
    Statement st(m_workspace, "SELECT id, external_id, member_id, customer_id, deal_id, kind, at, notes "
                              "FROM activities WHERE id = ?");
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    Activity a;
    a.id = st.text(0);
    a.externalId = st.text(1);
    a.memberId = st.text(2);
    a.customerId = st.text(3);
    a.dealId = st.text(4);
    a.kind = Activity::kindFromText(st.text(5)).value_or(ActivityKind::Note);
    a.at = Dates::fromIsoDateTime(st.text(6));
    a.notes = st.text(7);
    return a;
}

} // namespace attain
