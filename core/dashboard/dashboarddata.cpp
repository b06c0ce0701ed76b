// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/dashboarddata.h"

#include "core/storage/changeset.h"

#include "core/domain/dates.h"
#include "core/scoring/scoreengine.h"
#include "core/services/planservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QElapsedTimer>

namespace attain {

namespace {

constexpr int kMaxRows = 500;

QString iso(QDate d)
{
    return Dates::toIso(d);
}

/// Counts a finding's record and keeps its row while fewer than kMaxRows are kept.
void addRecord(QualityItem &q, QStringList row)
{
    if (q.rows.size() < kMaxRows)
        q.rows << std::move(row);
    ++q.count;
}

/// The periods of a kind ending with `period`, oldest first.
QList<Period> lastPeriods(const Period &period, int count)
{
    QList<Period> out;
    Period p = period;
    for (int i = 0; i < count; ++i) {
        out.prepend(p);
        p = p.previous();
    }
    return out;
}

} // namespace

QByteArray DashboardData::scopeSql(const QStringList &scope, const char *column) const
{
    if (scope.isEmpty())
        return "1";
    QByteArray sql = QByteArray(column) + " IN (";
    for (int i = 0; i < scope.size(); ++i) {
        if (i)
            sql += ',';
        // Keys are integers; as texts they would not match through COALESCE, which carries no type.
        const auto key = Statement::keyOf(scope.at(i));
        sql += key ? QByteArray::number(*key) : QByteArray("NULL");
    }
    return sql + ')';
}

bool DashboardData::readLedgers(const Period &period)
{
    bool changed = false;
    for (const bool confirmedOnly : {false, PlanService(m_workspace).planFor(period).confirmedOnly}) {
        if (m_ledgers[confirmedOnly] || m_unreadable[confirmedOnly])
            continue;
        bool interrupted = false;
        m_ledgers[confirmedOnly] = ScoreLedger::read(m_workspace, confirmedOnly, &interrupted);
        if (interrupted)
            return changed;
        m_unreadable[confirmedOnly] = !m_ledgers[confirmedOnly];
        changed = true;
    }
    return changed;
}

const DashboardData::Kept &DashboardData::cache(const QStringList &scope)
{
    if (!m_cache || m_cache->scope != scope) {
        m_cache.emplace();
        m_cache->scope = scope;
    }
    Kept &c = *m_cache;
    static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL");
    QElapsedTimer timer;
    timer.start();
    if (!c.monthlyRevenue) {
        QMap<QString, qint64> &monthly = c.monthlyRevenue.emplace();
        if (const auto &ledger = m_ledgers[false]) {
            monthly = ledger->monthlyRevenue(scope);
        } else {
            Statement st(m_workspace,
                         "SELECT substr(d.closed_on, 1, 7), SUM(COALESCE(s.credited, d.base_amount)) FROM "
                         "deals d INDEXED BY deals_won_closed LEFT JOIN deal_splits s ON s.deal_id = d.id "
                         "WHERE d.stage = 'won' AND d.closed_on IS NOT NULL AND " +
                             scopeSql(scope, "COALESCE(s.member_id, d.owner_id)") + " GROUP BY 1");
            while (st.next())
                monthly.insert(st.text(0), st.int64(1));
        }
        if (trace)
            qInfo("dashboard: monthly revenue in %lld ms", timer.restart());
    }
    if (!c.pipeline) {
        // Open deals by the month they are expected to close.
        QMap<QString, Kept::Open> &pipeline = c.pipeline.emplace();
        Statement st(m_workspace,
                     "SELECT substr(closed_on, 1, 7), SUM(base_amount), COUNT(*) FROM deals WHERE stage = "
                     "'open' AND " +
                         scopeSql(scope, "owner_id") + " GROUP BY 1");
        while (st.next())
            pipeline.insert(st.text(0), {st.int64(1), st.int64(2)});
        if (trace)
            qInfo("dashboard: pipeline in %lld ms", timer.restart());
    }
    if (const QDate today = m_workspace.clock().today(); !c.quality || c.qualityOn != today) {
        c.quality = quality(scope);
        c.qualityOn = today;
        if (trace)
            qInfo("dashboard: quality findings in %lld ms", timer.restart());
    }
    return c;
}

QList<QualityItem> DashboardData::quality(const QStringList &scope)
{
    QList<QualityItem> out;
    const QDate today = m_workspace.clock().today();
    {
        QualityItem q;
        q.key = QStringLiteral("no_follow_up");
        q.label = tr("Customers without a follow-up in 30 days");
        q.columns = {tr("Customer"), tr("Owner"), tr("Last follow-up")};
        Statement st(
            m_workspace,
            "SELECT c.name, m.name, (SELECT MAX(a.at) FROM activities a WHERE a.customer_id = c.id) AS last "
            "FROM customers c JOIN members m ON m.id = c.owner_id WHERE " +
                scopeSql(scope, "c.owner_id") + " AND (last IS NULL OR last < ?1) ORDER BY last, c.name");
        st.bind(1, iso(today.addDays(-30)));
        while (st.next()) {
            addRecord(q, QStringList{st.text(0), st.text(1), st.text(2).left(10)});
        }
        out << q;
    }
    {
        QualityItem q;
        q.key = QStringLiteral("duplicates");
        q.label = tr("Suspected duplicate customers");
        q.columns = {tr("Customer"), tr("Phone"), tr("Same as")};
        Statement st(
            m_workspace,
            "SELECT c.name, COALESCE(c.phone, ''), o.name FROM customers c JOIN customers o ON o.rowid > "
            "c.rowid "
            "AND (o.norm_name = c.norm_name OR (c.norm_phone IS NOT NULL AND o.norm_phone = c.norm_phone)) "
            "WHERE " +
                scopeSql(scope, "c.owner_id") + " ORDER BY c.norm_name");
        while (st.next()) {
            addRecord(q, QStringList{st.text(0), st.text(1), st.text(2)});
        }
        out << q;
    }
    {
        QualityItem q;
        q.key = QStringLiteral("open_conflicts");
        q.label = tr("Open ownership conflicts");
        q.columns = {tr("Customer"), tr("Owner"), tr("Claimed by"), tr("Opened")};
        Statement st(m_workspace,
                     "SELECT cu.name, o.name, cl.name, x.opened_on FROM ownership_conflicts x JOIN "
                     "customers cu ON cu.id = x.customer_id JOIN members o ON o.id = x.owner_id JOIN "
                     "members cl ON cl.id = x.claimant_id WHERE x.status = 'open' AND (" +
                         scopeSql(scope, "x.owner_id") + " OR " + scopeSql(scope, "x.claimant_id") +
                         ") ORDER BY x.opened_on");
        while (st.next()) {
            addRecord(q, QStringList{st.text(0), st.text(1), st.text(2), st.text(3)});
        }
        out << q;
    }
    return out;
}

void DashboardData::apply(const ChangeSet &changes)
{
    m_ledgers = {}; // handed over again, patched
    m_unreadable = {};
    if (!changes.complete) {
        m_cache.reset();
        return;
    }
    if (!m_cache)
        return;
    Kept &c = *m_cache;
    const QList<EntityKind> kinds = changes.kinds();
    if (kinds.contains(EntityKind::Deal))
        c.monthlyRevenue.reset(); // from the patched ledger: a millisecond
    for (EntityKind kind :
         {EntityKind::Customer, EntityKind::Activity, EntityKind::Member, EntityKind::Conflict})
        if (kinds.contains(kind))
            c.quality.reset();
    if (!c.pipeline)
        return;
    // The pipeline, deal by deal: an open deal's amount leaves the month it was expected in and joins the
    // one it is expected in now.
    const QSet<QString> scope(c.scope.cbegin(), c.scope.cend());
    for (const RowChange &row : changes.rows) {
        if (row.kind != EntityKind::Deal)
            continue;
        for (const auto &[fields, sign] : {std::pair{&row.before, -1}, std::pair{&row.after, 1}}) {
            if (fields->isEmpty() || fieldText(*fields, "stage") != QLatin1String("open"))
                continue;
            if (!scope.isEmpty() && !scope.contains(fieldText(*fields, "owner_id")))
                continue;
            const QString month = fieldText(*fields, "closed_on").left(7);
            Kept::Open &open = (*c.pipeline)[month];
            open.amount += sign * fieldValue(*fields, "base_amount").toLongLong();
            open.deals += sign;
            if (open.deals == 0)
                c.pipeline->remove(month);
        }
    }
}

ManagerDashboard DashboardData::manager(const Period &period, const QStringList &scope)
{
    static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL");
    QElapsedTimer timer;
    timer.start();
    ManagerDashboard d;
    d.period = period;
    const Kept &kept = cache(scope);
    const Period previous = period.previous();

    auto revenueOf = [&](const Period &p) {
        qint64 sum = 0;
        for (const Period &m : p.months())
            sum += kept.monthlyRevenue->value(m.toString());
        return sum;
    };
    for (const Period &p : lastPeriods(period, 12))
        d.trend.append({p, revenueOf(p)});
    // The pipeline from the period on: what was expected earlier is one bar, then a year of months.
    qint64 earlier = 0;
    const QString from = period.start().toString(QStringLiteral("yyyy-MM"));
    QList<QPair<QString, qint64>> ahead;
    for (auto it = kept.pipeline->cbegin(); it != kept.pipeline->cend(); ++it) {
        const qint64 amount = it->amount;
        it.key() < from     ? void(earlier += amount)
        : ahead.size() < 12 ? ahead.append({it.key(), amount})
                            : void();
    }
    if (earlier > 0)
        d.pipeline.append({QStringLiteral("overdue"), earlier});
    d.pipeline += ahead;

    ScoreEngine engine(m_workspace);
    engine.setLedgers(m_ledgers);
    for (const Scorecard &c : engine.members(period, scope)) {
        d.members << c;
        if (c.score)
            d.tiers[c.tier] += 1;
        d.revenue.value += c.line(Metric::Revenue).actual.value_or(0);
        d.dealsWon.value += c.line(Metric::DealsWon).actual.value_or(0);
    }
    d.revenue.previous = revenueOf(previous);
    const QDate today = m_workspace.clock().today();
    d.comparedDays = Pacing::sameDaysBefore(period, today);
    // The previous period's won revenue and deals by member: the scoring engine's pass over all of it, or,
    // like for like in an open period, the same first days of it.
    QHash<QString, std::pair<qint64, qint64>> before; // member → revenue, deal shares
    if (d.comparedDays) {
        Statement st(m_workspace,
                     "SELECT COALESCE(s.member_id, d.owner_id), SUM(COALESCE(s.credited, d.base_amount)), "
                     "SUM(COALESCE(s.percent, 100)) FROM deals d INDEXED BY deals_won_closed LEFT JOIN "
                     "deal_splits s ON s.deal_id = d.id WHERE d.stage = 'won' AND d.closed_on BETWEEN ?1 AND "
                     "?2 AND " +
                         scopeSql(scope, "COALESCE(s.member_id, d.owner_id)") + " GROUP BY 1");
        st.bind(1, iso(d.comparedDays->first)).bind(2, iso(d.comparedDays->second));
        qint64 revenue = 0;
        while (st.next()) {
            before.insert(st.text(0), {st.int64(1), st.int64(2)});
            revenue += st.int64(1);
        }
        d.revenue.previous = revenue;
    }
    {
        Exact target, revenue;
        bool anyTarget = false;
        for (const Scorecard &c : std::as_const(d.members))
            if (const MetricLine &l = c.line(Metric::Revenue); l.exactTarget) {
                target += *l.exactTarget;
                anyTarget = true;
            }
        revenue = Exact(d.revenue.value);
        if (anyTarget)
            d.revenuePace = Pacing::of(revenue, target, period, today);
    }

    {
        // Last period's credited deals, and each member's change of credited revenue (the movers).
        qint64 deals = 0;
        QList<ManagerDashboard::Mover> movers;
        for (const Scorecard &c : std::as_const(d.members)) {
            const auto was =
                d.comparedDays ? before.value(c.subjectId) : std::pair{c.previousRevenue, c.previousDealsWon};
            deals += was.second;
            const qint64 change = c.line(Metric::Revenue).actual.value_or(0) - was.first;
            if (change != 0)
                movers.append({c.name, change});
        }
        d.dealsWon.previous = deals;
        std::sort(movers.begin(), movers.end(),
                  [](const auto &a, const auto &b) { return a.change > b.change; });
        for (int i = 0; i < movers.size() && i < 3 && movers.at(i).change > 0; ++i)
            d.movers << movers.at(i);
        for (int i = int(movers.size()) - 1, n = 0; i >= 0 && n < 3 && movers.at(i).change < 0; --i, ++n)
            d.movers << movers.at(i);
    }
    const QByteArray memberScope =
        scope.isEmpty() ? QByteArray("member_id IN (SELECT id FROM members)") : scopeSql(scope, "member_id");
    const std::shared_ptr<const ScoreLedger> ledger = m_ledgers[false] ? m_ledgers[false] : m_ledgers[true];
    // Follow-ups and ratings of the period, and of the previous one: all of it, or its same first days. The
    // ledger serves whole periods; the queries any days.
    struct Range
    {
        Period period;
        QDate from, to;
        bool whole;
    };
    const Range ranges[] = {{period, period.start(), period.end(), true},
                            {previous, d.comparedDays ? d.comparedDays->first : previous.start(),
                             d.comparedDays ? d.comparedDays->second : previous.end(), !d.comparedDays}};
    for (const Range &r : ranges) {
        qint64 n = 0;
        QPair<qint64, qint64> sumCount{0, 0};
        if (ledger && r.whole) {
            n = ledger->followUps(r.period, scope);
            sumCount = ledger->ratings(r.period, scope);
        } else {
            Statement followUps(m_workspace, "SELECT COUNT(*) FROM activities WHERE " + memberScope +
                                                 " AND at >= ?1 AND at < ?2 AND kind <> 'note'");
            followUps.bind(1, iso(r.from)).bind(2, iso(r.to.addDays(1)));
            n = followUps.next() ? followUps.int64(0) : 0;
            Statement ratings(m_workspace, "SELECT SUM(score), COUNT(*) FROM ratings WHERE " + memberScope +
                                               " AND rated_on BETWEEN ?1 AND ?2");
            ratings.bind(1, iso(r.from)).bind(2, iso(r.to));
            if (ratings.next())
                sumCount = {ratings.int64(0), ratings.int64(1)};
        }
        const bool current = &r == &ranges[0];
        if (current)
            d.followUps.value = n;
        else
            d.followUps.previous = n;
        if (sumCount.second == 0)
            continue;
        const qint64 average = (sumCount.first * 100 + sumCount.second / 2) / sumCount.second;
        if (current) {
            d.satisfaction.value = average;
            d.hasSatisfaction = true;
        } else {
            d.satisfaction.previous = average;
        }
    }
    {
        QualityItem q;
        q.key = QStringLiteral("won_missing_data");
        q.label = tr("Won deals without a contract number or product");
        q.columns = {tr("Deal"), tr("Customer"), tr("Owner"), tr("Closed"), tr("Missing")};
        // Through the index of just those deals: its WHERE repeated word for word.
        Statement st(
            m_workspace,
            "SELECT COALESCE(d.external_id, d.id), c.name, m.name, d.closed_on, "
            "COALESCE(d.contract_no, '') = '', COALESCE(d.product, '') = '' FROM deals d INDEXED BY "
            "deals_won_missing_data JOIN customers c ON c.id = d.customer_id JOIN members m ON m.id = "
            "d.owner_id WHERE d.stage = 'won' AND (d.contract_no IS NULL OR d.contract_no = '' OR "
            "d.product IS NULL OR d.product = '') AND d.closed_on BETWEEN ?1 AND ?2 AND " +
                scopeSql(scope, "d.owner_id") + " ORDER BY d.closed_on");
        st.bind(1, iso(period.start())).bind(2, iso(period.end()));
        while (st.next()) {
            QStringList missing;
            if (st.int64(4))
                missing << tr("contract number");
            if (st.int64(5))
                missing << tr("product");
            addRecord(q, QStringList{st.text(0), st.text(1), st.text(2), st.text(3),
                                     missing.join(QStringLiteral(", "))});
        }
        d.quality << q;
    }
    d.quality << *kept.quality;
    if (trace)
        qInfo("dashboard %s: %lld ms", qPrintable(period.toString()), timer.elapsed());
    return d;
}

RepDashboard DashboardData::rep(const QString &memberId, const Period &period)
{
    RepDashboard d;
    ScoreEngine engine(m_workspace);
    for (const Period &p : lastPeriods(period, 6)) {
        const auto card = engine.member(memberId, p);
        if (!card)
            continue;
        d.trend.append(
            {p, card->line(Metric::Revenue).actual.value_or(0), card->line(Metric::Revenue).target});
        if (p == period) {
            d.card = card;
            d.next = ScoreEngine::nextTier(*card);
            d.revenuePace = Pacing::of(card->line(Metric::Revenue), period, m_workspace.clock().today());
        }
    }
    for (const IncentiveStatement &s : StatementBuilder(m_workspace).members(period, {memberId}))
        for (const StatementLine &l : s.lines)
            if (l.kind == StatementLine::Kind::Award)
                d.awards.prepend(l);
    Statement st(m_workspace,
                 "SELECT c.name, (SELECT MAX(a.at) FROM activities a WHERE a.customer_id = c.id) AS last "
                 "FROM customers "
                 "c WHERE c.owner_id = ?1 AND (last IS NULL OR last < ?2) ORDER BY last, c.name LIMIT 8");
    st.bind(1, memberId).bind(2, iso(m_workspace.clock().today().addDays(-14)));
    while (st.next())
        d.due.append({st.text(0), QDate::fromString(st.text(1).left(10), Qt::ISODate)});
    return d;
}

} // namespace attain
