// SPDX-License-Identifier: GPL-3.0-or-later
// ScoreEngine's targets: a subject's targets for a period, as set or derived from its months.
#include "core/scoring/scoreengine.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

QHash<Metric, ScoreEngine::TargetValue> ScoreEngine::targets(const QString &memberId, const QString &teamId,
                                                             const Period &period)
{
    QStringList periods{period.toString()};
    if (period.kind() != Period::Kind::Month)
        for (const Period &m : period.months())
            periods << m.toString();
    QHash<QString, QHash<Metric, qint64>> byPeriod;
    Statement st(m_workspace,
                 "SELECT period, metric, value FROM targets WHERE ifnull(member_id, '') = ?1 AND "
                 "ifnull(team_id, '') = ?2 AND period IN (SELECT value FROM json_each(?3))");
    st.bind(1, Statement::keyOrEmpty(memberId))
        .bind(2, Statement::keyOrEmpty(teamId))
        .bind(3, QStringLiteral("[\"%1\"]").arg(periods.join(QStringLiteral("\",\""))));
    while (st.next())
        if (const auto m = Metrics::fromKey(st.text(1)))
            byPeriod[st.text(0)][*m] = st.int64(2);

    QHash<Metric, TargetValue> out;
    for (Metric metric : Metrics::all()) {
        const QHash<Metric, qint64> own = byPeriod.value(period.toString());
        if (own.contains(metric)) {
            out[metric] = {Exact(own.value(metric)), false};
            continue;
        }
        if (period.kind() != Period::Kind::Month) {
            const QList<Period> months = period.months();
            Exact sum;
            bool all = true;
            for (const Period &m : months) {
                const auto &h = byPeriod.value(m.toString());
                if (!h.contains(metric)) {
                    all = false;
                    break;
                }
                sum = sum + h.value(metric);
            }
            if (all) {
                // Summed exactly (a GMP rational cannot overflow); the mean is not rounded.
                out[metric] = {Metrics::isAdditive(metric) ? sum : sum / Exact(months.size()), true};
                continue;
            }
        }
        if (metric == Metric::Satisfaction)
            out[metric] = {Exact(450), true};
    }
    return out;
}

} // namespace attain
