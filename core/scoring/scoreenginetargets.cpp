// SPDX-License-Identifier: GPL-3.0-or-later
// ScoreEngine's targets: a subject's targets for a period, as set or derived from its months (TargetTable).
#include "core/scoring/scoreengine.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

Targets ScoreEngine::targets(const QString &memberId, const QString &teamId, const Period &period)
{
    QHash<QString, QHash<Metric, qint64>> byPeriod;
    Statement st(m_workspace,
                 "SELECT period, metric, value FROM targets WHERE ifnull(member_id, '') = ?1 AND "
                 "ifnull(team_id, '') = ?2 AND period IN (SELECT value FROM json_each(?3))");
    st.bind(1, Statement::keyOrEmpty(memberId))
        .bind(2, Statement::keyOrEmpty(teamId))
        .bind(3, QStringLiteral("[\"%1\"]").arg(TargetTable::sources(period).join(QStringLiteral("\",\""))));
    while (st.next())
        if (const auto m = Metrics::fromKey(st.text(1)))
            byPeriod[st.text(0)][*m] = st.int64(2);
    return TargetTable::derive(period, byPeriod);
}

SubjectTargets ScoreEngine::allTargets(const Period &period)
{
    // The ledger's table when scoring from memory; else the period's targets in one read (a query per
    // member cost 199 × 0.1 ms on the large demo).
    for (const auto &ledger : m_ledgers)
        if (ledger && ledger->targets())
            return ledger->targets()->of(period);
    if (const auto table = TargetTable::read(m_workspace, TargetTable::sources(period)))
        return table->of(period);
    return {};
}

} // namespace attain
