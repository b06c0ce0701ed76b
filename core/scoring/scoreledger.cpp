// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/scoreledger.h"

#include "core/scoring/ledgerkeys.h"
#include "core/scoring/teamfirsts.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace attain {

using namespace ledger;

void ScoreSums::add(const ScoreSums &o)
{
    revenue += o.revenue;
    sharePercent += o.sharePercent;
    newCustomers += o.newCustomers;
    followUps += o.followUps;
    ratingSum += o.ratingSum;
    ratingCount += o.ratingCount;
    previousRevenue += o.previousRevenue;
    previousSharePercent += o.previousSharePercent;
}

namespace {

/// A read transaction for the ledger's statements, so that they all see the file as it was at the first.
class Snapshot
{
public:
    explicit Snapshot(Workspace &workspace) : m_workspace(workspace)
    {
        Statement(workspace, "SAVEPOINT score_ledger").exec();
    }
    ~Snapshot() { Statement(m_workspace, "RELEASE score_ledger").exec(); }

private:
    Workspace &m_workspace;
};

/// Whether a member counts under a filter from memberFilter().
bool counts(const std::vector<char> &in, qint32 member)
{
    return in.empty() || (size_t(member) < in.size() && in[member]);
}

/// Ids as small numbers, in the order first seen; looked up without copying the text.
class Interner
{
public:
    explicit Interner(QStringList &ids) : m_ids(ids) {}
    qint32 operator()(QByteArrayView id)
    {
        const auto it = m_index.constFind(QByteArray::fromRawData(id.data(), id.size()));
        if (it != m_index.constEnd())
            return *it;
        const auto index = qint32(m_ids.size());
        m_index.insert(id.toByteArray(), index);
        m_ids.append(QString::fromUtf8(id));
        return index;
    }

private:
    QStringList &m_ids;
    QHash<QByteArray, qint32> m_index;
};

} // namespace

std::shared_ptr<const ScoreLedger> ScoreLedger::read(Workspace &workspace, bool confirmedOnly,
                                                     bool *interrupted)
{
    static const bool trace = qEnvironmentVariableIsSet("ATTAIN_TRACE_SQL");
    if (interrupted)
        *interrupted = false;
    const auto failed = [interrupted](const Statement &st) {
        if (interrupted)
            *interrupted = st.errorCode() == SQLITE_INTERRUPT;
        if (trace)
            qInfo("score ledger: not read: %s", qPrintable(st.error()));
        return nullptr;
    };
    const auto notIso = [](const char *what, QByteArrayView text) {
        if (trace)
            qInfo("score ledger: not read: %s not in ISO form: %s", what, text.toByteArray().constData());
        return nullptr;
    };
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<ScoreLedger> ledger(new ScoreLedger);
    ledger->m_confirmedOnly = confirmedOnly;
    Interner member(ledger->m_memberIds), customer(ledger->m_customerIds);
    const Snapshot snapshot(workspace);
    const QByteArray confirmed = confirmedOnly ? " AND confirmed_on IS NOT NULL" : "";

    // Split deals: their members' shares replace the owner's 100%.
    struct Share
    {
        qint32 member, percent;
        qint64 credited;
    };
    QHash<QByteArray, QList<Share>> splits;
    {
        Statement st(workspace, "SELECT deal_id, member_id, percent, credited FROM deal_splits");
        while (st.next())
            splits[st.utf8(0).toByteArray()].append({member(st.utf8(1)), qint32(st.int64(2)), st.int64(3)});
        if (!st.ok())
            return failed(st);
    }
    {
        Statement st(workspace,
                     "SELECT closed_on, owner_id, customer_id, base_amount, id FROM deals INDEXED BY "
                     "deals_won_closed WHERE stage = 'won' AND closed_on IS NOT NULL" +
                         confirmed + " ORDER BY closed_on"); // creditRange() searches by date
        QByteArray lastDate;
        qint32 day = -1;
        while (st.next()) {
            const QByteArrayView date = st.utf8(0);
            if (date != lastDate) { // the rows come by close date: a day is parsed once
                lastDate = date.toByteArray();
                if ((day = dayKey(date)) < 0 || date.size() != 10)
                    return notIso("a close date", date);
            }
            const qint32 cu = customer(st.utf8(2));
            const qint64 amount = st.int64(3);
            const QByteArrayView id = st.utf8(4);
            const auto split = splits.constFind(QByteArray::fromRawData(id.data(), id.size()));
            if (split == splits.constEnd()) {
                ledger->m_credits.push_back({day, member(st.utf8(1)), cu, 100, amount});
            } else {
                for (const Share &share : *split)
                    ledger->m_credits.push_back({day, share.member, cu, share.percent, share.credited});
            }
        }
        if (!st.ok())
            return failed(st);
    }
    if (trace)
        qInfo("score ledger: splits and credits in %lld ms", timer.elapsed());
    // Each customer's first won deal: the earliest close, then creation, then number (PRODUCT.md
    // "new_customers"), through the won deals' customer index.
    ledger->m_firstDay.assign(ledger->m_customerIds.size(), kNever);
    ledger->m_firstOwner.assign(ledger->m_customerIds.size(), -1);
    {
        Statement st(
            workspace,
            "WITH f AS (SELECT customer_id, MIN(closed_on) AS first FROM deals INDEXED BY "
            "deals_customer_won WHERE stage = 'won'" +
                confirmed +
                " GROUP BY customer_id) SELECT f.customer_id, f.first, (SELECT e.owner_id FROM deals "
                "e WHERE e.customer_id = f.customer_id AND e.stage = 'won'" +
                QByteArray(confirmedOnly ? " AND e.confirmed_on IS NOT NULL" : "") +
                " AND e.closed_on = f.first ORDER BY e.created_on, COALESCE(e.external_id, e.id) "
                "LIMIT 1) FROM f WHERE f.first IS NOT NULL");
        while (st.next()) {
            const qint32 cu = customer(st.utf8(0));
            const qint32 day = dayKey(st.utf8(1));
            if (day < 0)
                return notIso("a first close date", st.utf8(1));
            // Not reached: a customer with a dated won deal has credits (in the same snapshot).
            if (size_t(cu) >= ledger->m_firstDay.size()) {
                ledger->m_firstDay.resize(cu + 1, kNever);
                ledger->m_firstOwner.resize(cu + 1, -1);
            }
            ledger->m_firstDay[cu] = day;
            ledger->m_firstOwner[cu] = member(st.utf8(2));
        }
        if (!st.ok())
            return failed(st);
    }
    // A rep's own file: the first purchases across the team, as the hub said (TeamFirsts).
    for (const auto &[customerId, first] : TeamFirsts::all(workspace, confirmedOnly).asKeyValueRange()) {
        const qint32 cu = customer(customerId.toUtf8());
        if (size_t(cu) >= ledger->m_firstDay.size()) {
            ledger->m_firstDay.resize(cu + 1, kNever);
            ledger->m_firstOwner.resize(cu + 1, -1);
        }
        const qint32 day = first.on.isEmpty() ? kNever : dayKey(first.on.toUtf8());
        ledger->m_firstDay[cu] = day < 0 ? kNever : day;
        ledger->m_firstOwner[cu] = first.owner.isEmpty() ? -1 : member(first.owner.toUtf8());
    }
    if (trace)
        qInfo("score ledger: first purchases by %lld ms", timer.elapsed());
    {
        // Through the covering index, member by member: the member's text is looked up once per member.
        Statement st(workspace, "SELECT member_id, at FROM activities INDEXED BY activities_member_at WHERE "
                                "kind <> 'note'");
        QByteArray lastMember;
        qint32 m = -1;
        while (st.next()) {
            const QByteArrayView id = st.utf8(0);
            if (id != lastMember) {
                lastMember = id.toByteArray();
                m = member(id);
            }
            const qint32 day = dayKey(st.utf8(1)); // a date, then perhaps a time
            if (day < 0)
                return notIso("a follow-up's time", st.utf8(1));
            const qint32 month = day / 100;
            ++ledger->m_monthly[monthlyKey(m, month)].followUps;
        }
        if (!st.ok())
            return failed(st);
    }
    if (trace)
        qInfo("score ledger: follow-ups by %lld ms", timer.elapsed());
    {
        Statement st(workspace, "SELECT member_id, rated_on, score FROM ratings");
        while (st.next()) {
            const qint32 day = dayKey(st.utf8(1));
            if (day < 0 || st.utf8(1).size() != 10)
                return notIso("a rating's date", st.utf8(1));
            const qint32 month = day / 100;
            Monthly &monthly = ledger->m_monthly[monthlyKey(member(st.utf8(0)), month)];
            monthly.ratingSum += st.int64(2);
            ++monthly.ratingCount;
        }
        if (!st.ok())
            return failed(st);
    }
    for (qint32 i = 0; i < ledger->m_memberIds.size(); ++i)
        ledger->m_memberIndex.insert(ledger->m_memberIds.at(i), i);
    // Built here, in the background read, rather than by the first patch after an edit (10 ms on the
    // 1,000,000-deal workspace).
    ledger->m_customerIndex.reserve(ledger->m_customerIds.size());
    for (qint32 i = 0; i < ledger->m_customerIds.size(); ++i)
        ledger->m_customerIndex.insert(ledger->m_customerIds.at(i), i);
    if (!(ledger->m_targets = TargetTable::read(workspace)))
        return nullptr;
    if (trace)
        qInfo("score ledger (%s): %zu credits, %lld customers, %lld member-months in %lld ms",
              confirmedOnly ? "confirmed" : "all won", ledger->m_credits.size(),
              qint64(ledger->m_customerIds.size()), qint64(ledger->m_monthly.size()), timer.elapsed());
    return ledger;
}

std::vector<char> ScoreLedger::memberFilter(const QStringList &ids) const
{
    std::vector<char> in;
    if (ids.isEmpty())
        return in;
    in.assign(m_memberIds.size(), 0);
    for (const QString &id : ids)
        if (const qint32 i = m_memberIndex.value(id, -1); i >= 0)
            in[i] = 1;
    if (std::find(in.begin(), in.end(), 1) == in.end())
        in.push_back(0); // none of them has a record: keep the filter non-empty, so nobody is counted
    return in;
}

std::pair<size_t, size_t> ScoreLedger::creditRange(const Period &period) const
{
    const qint32 from = dayKey(period.start()), to = dayKey(period.end());
    const auto first = std::lower_bound(m_credits.begin(), m_credits.end(), from,
                                        [](const Credit &c, qint32 day) { return c.day < day; });
    const auto last =
        std::upper_bound(first, m_credits.end(), to, [](qint32 day, const Credit &c) { return day < c.day; });
    return {size_t(first - m_credits.begin()), size_t(last - m_credits.begin())};
}

QHash<QString, ScoreSums> ScoreLedger::sums(const Period &period, const QStringList &only,
                                            const QHash<QString, QString> *teamOf,
                                            QHash<QString, ScoreSums> *teams) const
{
    const std::vector<char> in = memberFilter(only);
    auto counted = [&](qint32 m) { return counts(in, m); };
    std::vector<ScoreSums> sums(m_memberIds.size());
    std::vector<char> seen(m_memberIds.size(), 0);
    const qint32 from = dayKey(period.start()), to = dayKey(period.end());

    // Revenue and shares; the distinct (member, customer) pairs behind the repurchase rate.
    std::vector<quint64> credited;
    const auto [first, last] = creditRange(period);
    credited.reserve(last - first);
    for (size_t i = first; i < last; ++i) {
        const Credit &c = m_credits[i];
        if (!counted(c.member))
            continue;
        ScoreSums &s = sums[c.member];
        s.revenue += c.credited;
        s.sharePercent += c.percent;
        seen[c.member] = 1;
        credited.push_back(quint64(quint32(c.member)) << 32 | quint32(c.customer));
    }
    std::sort(credited.begin(), credited.end());
    credited.erase(std::unique(credited.begin(), credited.end()), credited.end());
    // Each member's team, by index (-1: none), and the (team, customer) pairs.
    QStringList teamIds;
    std::vector<qint32> teamIndex;
    if (teamOf && teams) {
        QHash<QString, qint32> index;
        teamIndex.assign(m_memberIds.size(), -1);
        for (qint32 m = 0; m < qint32(m_memberIds.size()); ++m)
            if (const QString team = teamOf->value(m_memberIds.at(m)); !team.isEmpty()) {
                auto it = index.constFind(team);
                if (it == index.cend()) {
                    it = index.insert(team, qint32(teamIds.size()));
                    teamIds << team;
                }
                teamIndex[m] = *it;
            }
    }
    std::vector<quint64> teamCredited;
    for (const quint64 key : credited) {
        const auto m = qint32(key >> 32), cu = qint32(key & 0xffffffffu);
        ++sums[m].customers;
        if (m_firstDay[cu] < from)
            ++sums[m].repeatCustomers;
        if (!teamIndex.empty() && teamIndex[m] >= 0)
            teamCredited.push_back(quint64(quint32(teamIndex[m])) << 32 | quint32(cu));
    }
    std::sort(teamCredited.begin(), teamCredited.end());
    teamCredited.erase(std::unique(teamCredited.begin(), teamCredited.end()), teamCredited.end());
    for (const quint64 key : teamCredited) {
        ScoreSums &team = (*teams)[teamIds.at(qint32(key >> 32))];
        ++team.customers;
        if (m_firstDay[qint32(key & 0xffffffffu)] < from)
            ++team.repeatCustomers;
    }
    const auto [previousFirst, previousLast] = creditRange(period.previous());
    for (size_t i = previousFirst; i < previousLast; ++i) {
        const Credit &c = m_credits[i];
        if (!counted(c.member))
            continue;
        sums[c.member].previousRevenue += c.credited;
        sums[c.member].previousSharePercent += c.percent;
        seen[c.member] = 1;
    }
    // New customers: those whose first won deal closed in the period, to that deal's owner.
    for (size_t cu = 0; cu < m_firstDay.size(); ++cu)
        if (m_firstDay[cu] >= from && m_firstDay[cu] <= to && counted(m_firstOwner[cu])) {
            ++sums[m_firstOwner[cu]].newCustomers;
            seen[m_firstOwner[cu]] = 1;
        }
    const QList<Period> months = period.months();
    for (qint32 m = 0; m < qint32(sums.size()); ++m) {
        Monthly total;
        if (counted(m) && addMonths(m, months, total)) {
            sums[m].followUps = total.followUps;
            sums[m].ratingSum = total.ratingSum;
            sums[m].ratingCount = total.ratingCount;
            seen[m] = 1;
        }
    }
    QHash<QString, ScoreSums> out;
    for (qint32 m = 0; m < qint32(sums.size()); ++m)
        if (seen[m])
            out.insert(m_memberIds.at(m), sums[m]);
    return out;
}

bool ScoreLedger::addMonths(qint32 member, const QList<Period> &months, Monthly &total) const
{
    bool found = false;
    for (const Period &month : months) {
        const auto it = m_monthly.constFind(monthlyKey(member, month.yearNumber() * 100 + month.index()));
        if (it == m_monthly.constEnd())
            continue;
        total.followUps += it->followUps;
        total.ratingSum += it->ratingSum;
        total.ratingCount += it->ratingCount;
        found = true;
    }
    return found;
}

ScoreLedger::Monthly ScoreLedger::scopeMonths(const Period &period, const QStringList &scope) const
{
    Monthly total;
    const std::vector<char> in = memberFilter(scope);
    const QList<Period> months = period.months();
    for (qint32 m = 0; m < qint32(m_memberIds.size()); ++m)
        if (counts(in, m))
            addMonths(m, months, total);
    return total;
}

qint64 ScoreLedger::followUps(const Period &period, const QStringList &scope) const
{
    return scopeMonths(period, scope).followUps;
}

QPair<qint64, qint64> ScoreLedger::ratings(const Period &period, const QStringList &scope) const
{
    const Monthly total = scopeMonths(period, scope);
    return {total.ratingSum, total.ratingCount};
}

QMap<QString, qint64> ScoreLedger::monthlyRevenue(const QStringList &scope) const
{
    const std::vector<char> in = memberFilter(scope);
    QHash<qint32, qint64> byMonth; // yyyymm →
    for (const Credit &c : m_credits)
        if (counts(in, c.member))
            byMonth[c.day / 100] += c.credited;
    QMap<QString, qint64> out; // in order of the key
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it)
        out.insert(QStringLiteral("%1-%2")
                       .arg(it.key() / 100, 4, 10, QLatin1Char('0'))
                       .arg(it.key() % 100, 2, 10, QLatin1Char('0')),
                   it.value());
    return out;
}

} // namespace attain
