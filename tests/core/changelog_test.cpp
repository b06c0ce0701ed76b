// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of write leaves its entry in the append-only change log, in the same transaction.
#include "core/domain/dates.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/ratingservice.h"
#include "core/services/targetservice.h"
#include "core/services/teamservice.h"
#include "core/storage/changelog.h"
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "tests/support/testsupport.h"

using namespace attain;
using namespace attain::test;

class ChangeLogTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
        m_ws->actAs(m_boss.id);
    }
    ChangeEntry last() { return ChangeLog(*m_ws).recent(1).value(0); }
};

TEST_F(ChangeLogTest, CreationNamesAuthorDeviceAndTime)
{
    const auto deal = DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 3)));
    ASSERT_TRUE(deal.ok());
    const ChangeEntry e = last();
    EXPECT_EQ(e.entity, QStringLiteral("deals"));
    EXPECT_EQ(e.entityId, deal->id);
    EXPECT_EQ(e.op, ChangeEntry::Op::Create);
    EXPECT_EQ(e.author, m_boss.id);
    EXPECT_EQ(e.device, QStringLiteral("test-device"));
    EXPECT_TRUE(e.at.startsWith(QStringLiteral("2025-06-15T10:00:00")));
}

TEST_F(ChangeLogTest, UpdatesLogEachFieldWithOldAndNew)
{
    DealService deals(*m_ws);
    auto deal = deals.create(makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 3)));
    ASSERT_TRUE(deal.ok());
    Deal changed = *deal;
    changed.amount = Money(65000);
    changed.product = QStringLiteral("CRM");
    changed.splits = {Split{m_alice.id, 50}, Split{m_bob.id, 50}};
    m_clock.advance(60);
    ASSERT_TRUE(deals.update(changed).ok());
    const auto history = ChangeLog(*m_ws).history(QStringLiteral("deals"), deal->id);
    ASSERT_EQ(history.size(), 5); // created; amount, its amount in the base currency, product, splits
    EXPECT_EQ(history.at(0).op, ChangeEntry::Op::Create);
    QHash<QString, ChangeEntry> byField;
    for (const auto &e : history.mid(1))
        byField.insert(e.field, e);
    EXPECT_EQ(byField.value(QStringLiteral("amount")).oldValue.toString(), QStringLiteral("50000"));
    EXPECT_EQ(byField.value(QStringLiteral("amount")).newValue.toString(), QStringLiteral("65000"));
    EXPECT_EQ(byField.value(QStringLiteral("base_amount")).newValue.toString(), QStringLiteral("65000"));
    EXPECT_TRUE(byField.value(QStringLiteral("product")).oldValue.isNull());
    EXPECT_EQ(
        byField.value(QStringLiteral("splits")).newValue.toString(),
        QStringLiteral("%1:50;%2:50").arg(std::min(m_alice.id, m_bob.id), std::max(m_alice.id, m_bob.id)));
    EXPECT_TRUE(history.at(1).at.startsWith(QStringLiteral("2025-06-15T10:01:00")));
}

TEST_F(ChangeLogTest, AnUnchangedSaveLogsNothing)
{
    DealService deals(*m_ws);
    auto deal = deals.create(makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 3)));
    ASSERT_TRUE(deal.ok());
    const qint64 before = ChangeLog(*m_ws).count();
    ASSERT_TRUE(deals.update(*deal).ok());
    EXPECT_EQ(ChangeLog(*m_ws).count(), before);
}

TEST_F(ChangeLogTest, DeletionKeepsTheLastValues)
{
    auto deal = DealService(*m_ws).create(
        makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 3), Stage::Won, QStringLiteral("D-9")));
    ASSERT_TRUE(deal.ok());
    ASSERT_TRUE(DealService(*m_ws).remove(deal->id).ok());
    const ChangeEntry e = last();
    EXPECT_EQ(e.op, ChangeEntry::Op::Delete);
    EXPECT_TRUE(e.oldValue.toString().contains(QStringLiteral("\"external_id\":\"D-9\"")));
    EXPECT_TRUE(e.oldValue.toString().contains(QStringLiteral("\"amount\":50000")));
    EXPECT_EQ(ChangeLog(*m_ws).history(QStringLiteral("deals"), deal->id).size(), 2);
}

TEST_F(ChangeLogTest, EveryKindOfWriteIsLogged)
{
    // One of each service's writes; afterwards every record's last change is in the log.
    Team t{QString(), QStringLiteral("West"), QString()};
    auto team = TeamService(*m_ws).create(t);
    ASSERT_TRUE(team.ok());
    Member carol;
    carol.login = QStringLiteral("carol");
    carol.name = QStringLiteral("Carol");
    carol.teamId = team->id;
    auto member = MemberService(*m_ws).create(carol);
    ASSERT_TRUE(member.ok());
    Member renamed = *member;
    renamed.name = QStringLiteral("Carol Chen");
    ASSERT_TRUE(MemberService(*m_ws).update(renamed).ok());
    Customer acme = m_acme;
    acme.source = QStringLiteral("展会");
    ASSERT_TRUE(CustomerService(*m_ws).update(acme).ok());
    auto deal = DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 3)));
    ASSERT_TRUE(deal.ok());
    Activity a;
    a.memberId = m_alice.id;
    a.customerId = m_acme.id;
    a.at = Dates::wallClock(QDate(2025, 6, 2), QTime(9, 0));
    auto activity = ActivityService(*m_ws).create(a);
    ASSERT_TRUE(activity.ok());
    Rating r;
    r.customerId = m_acme.id;
    r.memberId = m_alice.id;
    r.ratedOn = QDate(2025, 6, 4);
    r.score = 5;
    auto rating = RatingService(*m_ws).create(r);
    ASSERT_TRUE(rating.ok());
    Target target;
    target.teamId = team->id;
    target.period = Period::quarter(2025, 2);
    target.value = 100;
    ASSERT_TRUE(TargetService(*m_ws).set(target).ok());
    ASSERT_TRUE(m_ws->setSetting(QStringLiteral("protection_days"), QStringLiteral("60")).ok());
    ASSERT_TRUE(ActivityService(*m_ws).remove(activity->id).ok());

    QSet<QString> logged;
    for (const auto &e : ChangeLog(*m_ws).recent(1000))
        logged.insert(e.entity);
    for (const char *entity :
         {"teams", "members", "customers", "deals", "activities", "ratings", "targets", "settings"})
        EXPECT_TRUE(logged.contains(QLatin1String(entity))) << entity;
    WorkspaceCheck check(*m_ws);
    EXPECT_TRUE(WorkspaceCheck::allPassed(check.run()));
}

TEST_F(ChangeLogTest, TheLogRefusesEditsAndDeletes)
{
    Statement update(*m_ws, "UPDATE change_log SET field = 'x'");
    EXPECT_FALSE(update.exec());
    EXPECT_TRUE(update.error().contains(QStringLiteral("append-only"))) << qPrintable(update.error());
    Statement remove(*m_ws, "DELETE FROM change_log");
    EXPECT_FALSE(remove.exec());
}

TEST_F(ChangeLogTest, CheckFindsARecordWithoutItsEntry)
{
    // Only possible by going around the services, as a foreign tool might.
    Statement st(*m_ws, "UPDATE customers SET changed_seq = 999999");
    ASSERT_TRUE(st.exec());
    const auto items = WorkspaceCheck(*m_ws).run();
    EXPECT_FALSE(WorkspaceCheck::allPassed(items));
    const auto it = std::find_if(items.begin(), items.end(),
                                 [](const auto &i) { return i.key == QLatin1String("change_log"); });
    ASSERT_NE(it, items.end());
    EXPECT_FALSE(it->passed);
    EXPECT_EQ(it->violations, 1);
}

TEST_F(ChangeLogTest, ChangeNotificationsComeOnceAfterCommit)
{
    QList<EntityKind> kinds;
    QObject::connect(m_ws.get(), &Workspace::changed, m_ws.get(),
                     [&](EntityKind kind, const QStringList &) { kinds << kind; });
    Deal bad = makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 3));
    bad.closedOn = QDate();
    EXPECT_FALSE(DealService(*m_ws).create(bad).ok());
    EXPECT_TRUE(kinds.isEmpty());
    Deal split = makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 3));
    split.splits = {Split{m_alice.id, 50}, Split{m_bob.id, 50}};
    ASSERT_TRUE(DealService(*m_ws).create(split).ok());
    EXPECT_EQ(kinds, QList<EntityKind>{EntityKind::Deal});
}
