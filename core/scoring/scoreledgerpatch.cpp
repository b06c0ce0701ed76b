// SPDX-License-Identifier: GPL-3.0-or-later
// ScoreLedger::patched: one committed write applied to the ledger row by row, the same rules as its read
// (scoreledger.cpp) — so a change costs milliseconds, not a second's read of a million deals.
#include "core/scoring/ledgerkeys.h"
#include "core/scoring/scoreledger.h"
#include "core/scoring/teamfirsts.h"

#include "core/domain/deal.h"
#include "core/storage/changeset.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

using namespace ledger;

namespace {

/// A credit as the ledger's read makes it, by ids.
struct Share
{
    qint32 day;
    QString member, customer;
    qint32 percent;
    qint64 credited;
};

} // namespace

qint32 ScoreLedger::memberOf(const QString &id)
{
    if (const auto it = m_memberIndex.constFind(id); it != m_memberIndex.cend())
        return *it;
    const auto index = qint32(m_memberIds.size());
    m_memberIds << id;
    m_memberIndex.insert(id, index);
    return index;
}

qint32 ScoreLedger::customerOf(const QString &id)
{
    if (const auto it = m_customerIndex.constFind(id); it != m_customerIndex.cend())
        return *it;
    const auto index = qint32(m_customerIds.size());
    m_customerIds << id;
    m_customerIndex.insert(id, index);
    m_firstDay.push_back(kNever);
    m_firstOwner.push_back(-1);
    return index;
}

std::shared_ptr<const ScoreLedger> ScoreLedger::patched(const std::shared_ptr<const ScoreLedger> &ledger,
                                                        Workspace &workspace, const ChangeSet &changes)
{
    if (!ledger || !changes.complete)
        return nullptr;
    const bool relevant = std::any_of(changes.rows.cbegin(), changes.rows.cend(), [](const RowChange &r) {
        return r.kind == EntityKind::Deal || r.kind == EntityKind::Activity || r.kind == EntityKind::Rating ||
               r.kind == EntityKind::Target;
    });
    if (!relevant)
        return ledger;
    std::shared_ptr<ScoreLedger> next(new ScoreLedger(*ledger));
    // Targets are few (31,050 on the large demo): a write that touches one reads them all again.
    if (changes.touched.contains(EntityKind::Target) && !(next->m_targets = TargetTable::read(workspace)))
        return nullptr;

    // A deal's credits as its fields say: the owner's 100% of its amount in the base currency, or its splits'
    // whole-fen shares by the one rule every write stores (Deal::creditedAmounts). A write that names no
    // splits (a confirmation) left them as they are.
    Statement login(workspace, "SELECT login FROM members WHERE id = ?");
    Statement currentSplits(workspace, "SELECT member_id, percent FROM deal_splits WHERE deal_id = ?");
    bool unreadable = false;
    auto creditsOf = [&](const QString &dealId, const Fields &f) {
        QList<Share> out;
        if (f.isEmpty() || fieldText(f, "stage") != QLatin1String("won"))
            return out;
        if (next->m_confirmedOnly && fieldText(f, "confirmed_on").isEmpty())
            return out;
        const QString closed = fieldText(f, "closed_on");
        if (closed.isEmpty())
            return out;
        const qint32 day = dayKey(QByteArrayView(closed.toLatin1()));
        if (day < 0 || closed.size() != 10) {
            unreadable = true;
            return out;
        }
        const QString customer = fieldText(f, "customer_id"), owner = fieldText(f, "owner_id");
        const qint64 base = fieldValue(f, "base_amount").toLongLong();
        QList<Split> splits;
        if (hasField(f, "splits")) {
            splits = Deal::splitsFromText(fieldText(f, "splits"));
        } else {
            currentSplits.bind(1, dealId);
            while (currentSplits.next())
                splits << Split{currentSplits.text(0), int(currentSplits.int64(1))};
            currentSplits.reset();
        }
        if (splits.isEmpty()) {
            out << Share{day, owner, customer, 100, base};
            return out;
        }
        QStringList logins;
        for (const Split &s : std::as_const(splits)) {
            login.bind(1, s.memberId);
            logins << (login.next() ? login.text(0) : QString());
            login.reset();
        }
        const QList<qint64> credited = Deal::creditedAmounts(base, splits, logins);
        for (int i = 0; i < splits.size(); ++i)
            out << Share{day, splits.at(i).memberId, customer, splits.at(i).percent, credited.at(i)};
        return out;
    };
    auto range = [&](qint32 day) {
        const auto first = std::lower_bound(next->m_credits.begin(), next->m_credits.end(), day,
                                            [](const Credit &c, qint32 d) { return c.day < d; });
        const auto last = std::upper_bound(first, next->m_credits.end(), day,
                                           [](qint32 d, const Credit &c) { return d < c.day; });
        return std::pair{first, last};
    };

    QSet<QString> customers;
    for (const RowChange &row : changes.rows) {
        if (row.kind == EntityKind::Deal) {
            for (const Share &s : creditsOf(row.id, row.before)) {
                const qint32 m = next->memberOf(s.member), cu = next->customerOf(s.customer);
                auto [first, last] = range(s.day);
                const auto found = std::find_if(first, last, [&](const Credit &c) {
                    return c.member == m && c.customer == cu && c.percent == s.percent &&
                           c.credited == s.credited;
                });
                if (found == last)
                    return nullptr; // not as the ledger holds it: read it again
                next->m_credits.erase(found);
            }
            for (const Share &s : creditsOf(row.id, row.after)) {
                const Credit c{s.day, next->memberOf(s.member), next->customerOf(s.customer), s.percent,
                               s.credited};
                next->m_credits.insert(range(s.day).second, c);
            }
            for (const Fields *f : {&row.before, &row.after})
                if (const QString cu = fieldText(*f, "customer_id"); !cu.isEmpty())
                    customers << cu;
        } else if (row.kind == EntityKind::Activity || row.kind == EntityKind::Rating) {
            const bool activity = row.kind == EntityKind::Activity;
            for (const auto &[f, sign] : {std::pair{&row.before, -1}, std::pair{&row.after, 1}}) {
                if (f->isEmpty() || (activity && fieldText(*f, "kind") == QLatin1String("note")))
                    continue;
                const QString when = fieldText(*f, activity ? "at" : "rated_on");
                const qint32 day = dayKey(QByteArrayView(when.toLatin1()));
                if (day < 0)
                    return nullptr;
                Monthly &monthly =
                    next->m_monthly[monthlyKey(next->memberOf(fieldText(*f, "member_id")), day / 100)];
                if (activity) {
                    monthly.followUps += sign;
                } else {
                    monthly.ratingSum += sign * fieldValue(*f, "score").toLongLong();
                    monthly.ratingCount += sign;
                }
            }
        }
        if (unreadable)
            return nullptr;
    }

    // The first purchases of the customers whose deals changed, by the read's rule: the earliest close, then
    // creation, then number.
    const QByteArray confirmed = next->m_confirmedOnly ? " AND confirmed_on IS NOT NULL" : "";
    Statement first(workspace, "SELECT closed_on, owner_id FROM deals INDEXED BY deals_customer_won WHERE "
                               "customer_id = ? AND stage = 'won' AND closed_on IS NOT NULL" +
                                   confirmed +
                                   " ORDER BY closed_on, created_on, COALESCE(external_id, id) LIMIT 1");
    const bool teamFirsts = TeamFirsts::held(workspace);
    for (const QString &id : std::as_const(customers)) {
        const qint32 cu = next->customerOf(id);
        if (const auto known =
                teamFirsts ? TeamFirsts::of(workspace, id, next->m_confirmedOnly) : std::nullopt) {
            const qint32 day = known->on.isEmpty() ? kNever : dayKey(known->on.toUtf8());
            next->m_firstDay[cu] = day < 0 ? kNever : day;
            next->m_firstOwner[cu] = known->owner.isEmpty() ? -1 : next->memberOf(known->owner);
            continue;
        }
        first.bind(1, id);
        if (first.next()) {
            const qint32 day = dayKey(first.utf8(0));
            if (day < 0)
                return nullptr;
            next->m_firstDay[cu] = day;
            next->m_firstOwner[cu] = next->memberOf(first.text(1));
        } else {
            next->m_firstDay[cu] = kNever;
            next->m_firstOwner[cu] = -1;
        }
        first.reset();
        if (!first.ok())
            return nullptr;
    }
    if (!login.ok() || !currentSplits.ok())
        return nullptr;
    return next;
}

} // namespace attain
