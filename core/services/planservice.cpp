// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/planservice.h"

#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QJsonDocument>

namespace attain {

namespace {

Fields planFields(const Plan &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("effective_from"), p.effectiveFrom.toString()},
            {QStringLiteral("definition"),
             QString::fromUtf8(QJsonDocument(p.definition()).toJson(QJsonDocument::Compact))}};
}

} // namespace

QList<Plan> PlanService::saved() const
{
    QList<Plan> plans;
    Statement st(m_workspace,
                 "SELECT id, name, effective_from, definition FROM plans ORDER BY effective_from");
    while (st.next()) {
        auto plan = Plan::fromDefinition(QJsonDocument::fromJson(st.text(3).toUtf8()).object());
        if (!plan)
            continue; // written by a newer Attain with a metric this one does not know
        plan->id = st.text(0);
        plan->name = st.text(1);
        if (const auto from = Period::parse(st.text(2)))
            plan->effectiveFrom = *from;
        plans << *plan;
    }
    return plans;
}

Plan PlanService::planFor(const Period &period) const
{
    Plan chosen = Plan::standard();
    for (const Plan &p : saved())
        if (p.effectiveFrom.start() <= period.start())
            chosen = p;
    return chosen;
}

Result<Plan> PlanService::save(Plan plan)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("scoring plans")); !allowed)
        return Result<Plan>(allowed.problems());
    if (const Problems problems = plan.validate(); !problems.isEmpty())
        return problems;
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        std::optional<Plan> before;
        for (const Plan &p : saved()) {
            if (p.id == plan.id)
                before = p;
            else if (p.effectiveFrom == plan.effectiveFrom)
                return Status(Problem{
                    QStringLiteral("effective_from"),
                    tr("the plan “%1” already takes effect in %2").arg(p.name, p.effectiveFrom.toString())});
        }
        RecordWriter &writer = m_workspace.writer();
        if (before) {
            const auto changed =
                writer.update(EntityKind::Plan, plan.id, planFields(*before), planFields(plan));
            return changed ? success() : Status(changed.problems());
        }
        plan.id = m_workspace.newId();
        return writer.insert(EntityKind::Plan, plan.id, planFields(plan));
    });
    if (!st)
        return st.problems();
    return plan;
}

Status PlanService::remove(const QString &id)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("scoring plans")); !allowed)
        return allowed;
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        for (const Plan &p : saved())
            if (p.id == id)
                return m_workspace.writer().remove(EntityKind::Plan, id, planFields(p));
        return Status(Problem{QString(), tr("The plan no longer exists")});
    });
}

} // namespace attain
