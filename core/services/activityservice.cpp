// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/activityservice.h"

#include "core/domain/dates.h"
#include "core/services/checkedwrite.h"
#include "core/services/servicesupport.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

RecordRules<Activity> ActivityService::rules() const
{
    RecordRules<Activity> r;
    r.kind = EntityKind::Activity;
    r.gone = tr("The follow-up no longer exists");
    r.find = [this](const QString &id) { return find(id); };
    r.validate = [](const Activity &record) { return record.validate(); };
    r.references = [this](const Activity &activity) {
        Problems problems;
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
        ServiceSupport::checkUnique(m_workspace, "activities", "external_id", activity.externalId,
                                    activity.id, QStringLiteral("external_id"),
                                    tr("another follow-up already has the id “%1”").arg(activity.externalId),
                                    problems);
        return problems;
    };
    r.access = [this](const Activity *before, const Activity *after) {
        return m_workspace.access().activity(before, after);
    };
    r.fields = [](const Activity &record) { return record.fields(); };
    return r;
}

Problems ActivityService::check(const Activity &record) const
{
    Problems problems = record.validate();
    if (problems.isEmpty())
        problems = rules().references(record);
    return problems;
}

Status ActivityService::write(const Activity *before, const Activity *after, References references)
{
    return CheckedWrite::write(m_workspace, rules(), before, after, references);
}

Result<Activity> ActivityService::create(Activity record)
{
    return CheckedWrite::create(m_workspace, rules(), std::move(record));
}

Result<Activity> ActivityService::update(const Activity &record)
{
    return CheckedWrite::update(m_workspace, rules(), record);
}

Status ActivityService::remove(const QString &id)
{
    return CheckedWrite::remove(m_workspace, rules(), id);
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
