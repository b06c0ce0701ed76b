// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo replay exactly the rows a checked write changed, side effects included: the rules are not run
// again, so an undone change of owner gives the customer back and opens no conflict.
#include "core/domain/activity.h"
#include "core/services/activityservice.h"
#include "core/services/changereplay.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/ownershipservice.h"
#include "core/services/targetservice.h"
#include "core/storage/statement.h"
#include "tests/support/testsupport.h"

using namespace attain;
using namespace attain::test;

namespace {

/// Every row of every table a person's records live in, each value quoted by SQLite itself (type and bytes),
/// apart from `changed_seq` (an undo is a change of its own, logged so that it reaches the team), the
/// counter of keys (`next_ids`: a key once handed out is never handed out again) and the tombstones team sync
/// keeps of deleted records (a trace like the change log's, which an undone creation leaves too).
QStringList dump(Workspace &ws)
{
    QStringList tables;
    {
        Statement st(ws, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND name NOT IN ('change_log', 'change_sessions', 'wal_chain', 'next_ids', "
                         "'sync_tombstones') ORDER "
                         "BY name");
        while (st.next())
            tables << st.text(0);
    }
    QStringList out;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        {
            Statement info(ws, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
            info.bind(1, table);
            while (info.next())
                if (info.text(0) != QLatin1String("changed_seq"))
                    columns << QStringLiteral("quote(%1)").arg(info.text(0));
        }
        Statement rows(ws, "SELECT " + columns.join(QStringLiteral(" || '|' || ")).toUtf8() + " FROM " +
                               table.toUtf8() + " ORDER BY 1");
        while (rows.next())
            out << table + QLatin1Char(':') + rows.text(0);
    }
    return out;
}

qint64 openConflicts(Workspace &ws)
{
    Statement st(ws, "SELECT count(*) FROM ownership_conflicts WHERE status = 'open'");
    return st.next() ? st.int64(0) : -1;
}

} // namespace

class Undo : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
    }
    /// Alice followed Acme up five days ago: her customer is protected.
    void protectAcme()
    {
        Activity a;
        a.customerId = m_acme.id;
        a.memberId = m_alice.id;
        a.kind = ActivityKind::Visit;
        a.at = QDateTime(QDate(2025, 6, 10), QTime(9, 0));
        ASSERT_TRUE(ActivityService(*m_ws).create(a).ok());
    }
    /// Undoes the last write and checks the workspace is exactly `before`; redoes it and checks `after`.
    void roundTrip(const QStringList &before)
    {
        const ChangeSet changes = m_ws->lastChanges();
        ASSERT_FALSE(changes.isEmpty());
        const QStringList after = dump(*m_ws);
        ASSERT_NE(after, before);
        ASSERT_TRUE(ChangeReplay::undo(*m_ws, changes).ok());
        EXPECT_EQ(dump(*m_ws), before);
        ASSERT_TRUE(ChangeReplay::redo(*m_ws, changes).ok());
        EXPECT_EQ(dump(*m_ws), after);
        ASSERT_TRUE(ChangeReplay::undo(*m_ws, changes).ok());
        EXPECT_EQ(dump(*m_ws), before);
    }
};

TEST_F(Undo, ANewDealThatOpenedAConflictTakesTheConflictWithIt)
{
    protectAcme();
    const QStringList before = dump(*m_ws);
    DealService::Outcome outcome;
    ASSERT_TRUE(
        DealService(*m_ws).create(makeDeal(m_acme.id, m_bob.id, 5000, QDate(2025, 6, 14)), &outcome).ok());
    ASSERT_TRUE(outcome.conflictRecorded);
    EXPECT_EQ(openConflicts(*m_ws), 1);
    EXPECT_EQ(m_ws->lastChanges().kinds(), (QList<EntityKind>{EntityKind::Deal, EntityKind::Conflict}));
    roundTrip(before);
    EXPECT_EQ(openConflicts(*m_ws), 0);
}

TEST_F(Undo, ADealThatTookOverALapsedCustomerGivesItBack)
{
    // Acme's protection ran out on 1 April: Bob's deal moves the customer to him.
    const QStringList before = dump(*m_ws);
    DealService::Outcome outcome;
    ASSERT_TRUE(
        DealService(*m_ws).create(makeDeal(m_acme.id, m_bob.id, 5000, QDate(2025, 6, 14)), &outcome).ok());
    ASSERT_TRUE(outcome.customerClaimed);
    EXPECT_EQ(CustomerService(*m_ws).find(m_acme.id)->ownerId, m_bob.id);
    roundTrip(before);
    const auto acme = CustomerService(*m_ws).find(m_acme.id);
    EXPECT_EQ(acme->ownerId, m_alice.id);
    EXPECT_EQ(acme->ownerSince, QDate(2025, 1, 1));
}

TEST_F(Undo, AnUndoneChangeOfOwnerOpensNoConflict)
{
    const auto deal = DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 5000, QDate(2025, 6, 14)));
    ASSERT_TRUE(deal.ok());
    protectAcme();
    const QStringList before = dump(*m_ws);
    Deal moved = *deal;
    moved.ownerId = m_bob.id; // a manager gives Alice's deal to Bob: Acme is protected, a conflict opens
    DealService::Outcome outcome;
    ASSERT_TRUE(DealService(*m_ws).update(moved, &outcome).ok());
    ASSERT_TRUE(outcome.conflictRecorded);
    roundTrip(before);
    EXPECT_EQ(DealService(*m_ws).find(deal->id)->ownerId, m_alice.id);
    EXPECT_EQ(openConflicts(*m_ws), 0);
}

TEST_F(Undo, AConflictDecisionIsUndoneWithTheCustomerItMoved)
{
    protectAcme();
    DealService::Outcome outcome;
    ASSERT_TRUE(
        DealService(*m_ws).create(makeDeal(m_acme.id, m_bob.id, 5000, QDate(2025, 6, 14)), &outcome).ok());
    const QStringList before = dump(*m_ws);
    ASSERT_TRUE(
        OwnershipService(*m_ws)
            .decide(outcome.conflictId, OwnershipService::Decision::MoveToClaimant, QStringLiteral("ok"))
            .ok());
    EXPECT_EQ(CustomerService(*m_ws).find(m_acme.id)->ownerId, m_bob.id);
    roundTrip(before);
    EXPECT_EQ(openConflicts(*m_ws), 1);
    EXPECT_EQ(CustomerService(*m_ws).find(m_acme.id)->ownerId, m_alice.id);
}

TEST_F(Undo, KeepingTheCreditWithTheOwnerRestoresTheSplits)
{
    protectAcme();
    Deal d = makeDeal(m_acme.id, m_bob.id, 5000, QDate(2025, 6, 14));
    d.splits = {Split{m_bob.id, 60}, Split{m_alice.id, 40}};
    DealService::Outcome outcome;
    const auto deal = DealService(*m_ws).create(d, &outcome);
    ASSERT_TRUE(deal.ok());
    ASSERT_TRUE(outcome.conflictRecorded);
    const QStringList before = dump(*m_ws);
    ASSERT_TRUE(OwnershipService(*m_ws)
                    .decide(outcome.conflictId, OwnershipService::Decision::KeepWithOwner, QString())
                    .ok());
    const auto kept = DealService(*m_ws).find(deal->id);
    EXPECT_EQ(kept->ownerId, m_alice.id);
    EXPECT_TRUE(kept->splits.isEmpty()); // all of it Alice's now
    roundTrip(before);
    const auto back = DealService(*m_ws).find(deal->id);
    ASSERT_EQ(back->splits.size(), 2);
    EXPECT_EQ(back->ownerId, m_bob.id);
}

TEST_F(Undo, ADeletedCustomerComesBackExactly)
{
    Customer c;
    c.name = QStringLiteral("北方重工 “Ltd.”");
    c.phone = QStringLiteral("010-8888 0000");
    c.ownerId = m_bob.id;
    c.ownerSince = QDate(2025, 3, 3);
    c.createdOn = QDate(2025, 3, 3);
    const auto created = CustomerService(*m_ws).create(c);
    ASSERT_TRUE(created.ok());
    const QStringList before = dump(*m_ws);
    ASSERT_TRUE(CustomerService(*m_ws).remove(created->id).ok());
    roundTrip(before);
    EXPECT_EQ(CustomerService(*m_ws).find(created->id)->name, QStringLiteral("北方重工 “Ltd.”"));
}

TEST_F(Undo, ATargetChangeIsUndone)
{
    Target t;
    t.memberId = m_alice.id;
    t.period = Period::month(2025, 6);
    t.metric = Metric::Revenue;
    t.value = 26500000;
    ASSERT_TRUE(TargetService(*m_ws).set(t).ok());
    const QStringList before = dump(*m_ws);
    t.value = 100;
    ASSERT_TRUE(TargetService(*m_ws).set(t).ok());
    roundTrip(before);
    EXPECT_EQ(TargetService(*m_ws).find(m_alice.id, QString(), t.period, Metric::Revenue)->value, 26500000);
}

TEST_F(Undo, ARowChangedSinceIsNotOverwritten)
{
    const auto deal = DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 5000, QDate(2025, 6, 14)));
    Deal edited = *deal;
    edited.amount = Money(600000);
    ASSERT_TRUE(DealService(*m_ws).update(edited).ok());
    const ChangeSet edit = m_ws->lastChanges();
    Deal again = edited; // then changed elsewhere (another window, attain-cli)
    again.amount = Money(700000);
    ASSERT_TRUE(DealService(*m_ws).update(again).ok());
    const QStringList now = dump(*m_ws);
    const Status st = ChangeReplay::undo(*m_ws, edit);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.message().contains(QStringLiteral("changed since"))) << qPrintable(st.message());
    EXPECT_EQ(dump(*m_ws), now);
}

TEST_F(Undo, AnUndoIsLoggedLikeAnyChange)
{
    const auto deal = DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 5000, QDate(2025, 6, 14)));
    const ChangeSet created = m_ws->lastChanges();
    Statement count(*m_ws, "SELECT count(*) FROM change_log WHERE entity = 'deals' AND entity_id = ?");
    count.bind(1, deal->id);
    ASSERT_TRUE(count.next());
    const qint64 logged = count.int64(0);
    count.reset();
    ASSERT_TRUE(ChangeReplay::undo(*m_ws, created).ok());
    Statement deleted(*m_ws, "SELECT op FROM change_log WHERE entity = 'deals' AND entity_id = ? "
                             "ORDER BY seq DESC LIMIT 1");
    deleted.bind(1, deal->id);
    ASSERT_TRUE(deleted.next());
    EXPECT_EQ(deleted.text(0), QStringLiteral("delete"));
    deleted.reset();
    count.bind(1, deal->id);
    ASSERT_TRUE(count.next());
    EXPECT_GT(count.int64(0), logged);
}
