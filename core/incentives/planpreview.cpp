// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/planpreview.h"

#include "core/incentives/incentivestatement.h"
#include "core/services/planservice.h"

#include <QHash>

namespace attain {

PlanPreview PlanPreview::compute(Workspace &workspace, const Period &period, const Plan &draft)
{
    PlanPreview preview;
    preview.period = period;
    const Plan current = PlanService(workspace).planFor(period);
    preview.currentPlan = current.name;
    preview.draftPlan = draft.name;
    StatementBuilder builder(workspace);
    builder.setPlan(current);
    const QList<IncentiveStatement> now = builder.members(period);
    builder.setPlan(draft);
    QHash<QString, IncentiveStatement> after;
    for (const IncentiveStatement &s : builder.members(period))
        after.insert(s.memberId, s);
    for (const IncentiveStatement &s : now) {
        const IncentiveStatement d = after.value(s.memberId);
        preview.rows << PlanPreviewRow{s.memberId,        s.login, s.name, s.team,       s.scoreHundredths,
                                       d.scoreHundredths, s.tier,  d.tier, s.totalMinor, d.totalMinor};
        preview.totalNow += s.totalMinor;
        preview.totalDraft += d.totalMinor;
    }
    return preview;
}

} // namespace attain
