// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/targettable.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {

QString periodsJson(const QStringList &periods)
{
    return QStringLiteral("[\"%1\"]").arg(periods.join(QStringLiteral("\",\"")));
}

} // namespace

QStringList TargetTable::sources(const Period &period)
{
    QStringList periods{period.toString()};
    if (period.kind() != Period::Kind::Month)
        for (const Period &m : period.months())
            periods << m.toString();
    return periods;
}

Targets TargetTable::derive(const Period &period, const QHash<QString, QHash<Metric, qint64>> &byPeriod)
{
    // A target set for the period counts; else one derived from all its months; else none (but 4.5★).
    Targets out;
    const QHash<Metric, qint64> own = byPeriod.value(period.toString());
    const QList<Period> months = period.kind() != Period::Kind::Month ? period.months() : QList<Period>();
    for (Metric metric : Metrics::all()) {
        if (const auto it = own.constFind(metric); it != own.cend()) {
            out[metric] = {Exact(*it), false};
            continue;
        }
        if (!months.isEmpty()) {
            Exact sum;
            bool all = true;
            for (const Period &m : months) {
                const auto h = byPeriod.constFind(m.toString());
                if (h == byPeriod.cend() || !h->contains(metric)) {
                    all = false;
                    break;
                }
                sum = sum + h->value(metric);
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

std::shared_ptr<const TargetTable> TargetTable::read(Workspace &workspace, const QStringList &periods)
{
    auto table = std::make_shared<TargetTable>();
    QByteArray sql = "SELECT member_id, team_id, period, metric, value FROM targets";
    if (!periods.isEmpty())
        sql += " WHERE period IN (SELECT value FROM json_each(?1))";
    Statement st(workspace, sql);
    if (!periods.isEmpty())
        st.bind(1, periodsJson(periods));
    while (st.next()) {
        const auto metric = Metrics::fromKey(st.text(3));
        if (!metric)
            continue;
        auto &bySubject = st.isNull(0) ? table->m_set.teams : table->m_set.members;
        bySubject[st.text(st.isNull(0) ? 1 : 0)][st.text(2)][*metric] = st.int64(4);
    }
    if (!st.ok())
        return nullptr;
    return table;
}

SubjectTargets TargetTable::of(const Period &period) const
{
    const QString key = period.toString();
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_derived.constFind(key); it != m_derived.cend())
        return *it;
    SubjectTargets out;
    for (auto it = m_set.members.cbegin(); it != m_set.members.cend(); ++it)
        out.members.insert(it.key(), derive(period, it.value()));
    for (auto it = m_set.teams.cbegin(); it != m_set.teams.cend(); ++it)
        out.teams.insert(it.key(), derive(period, it.value()));
    out.none = derive(period, {});
    m_derived.insert(key, out);
    return out;
}

} // namespace attain
