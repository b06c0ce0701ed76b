// SPDX-License-Identifier: GPL-3.0-or-later
// Core services validate against the workspace and write nothing on error.
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
#include "tests/support/testsupport.h"

using namespace attain;
using namespace attain::test;

namespace {
qint64 count(Workspace &ws, const char *table)
{
    Statement st(ws, QByteArray("SELECT count(*) FROM ") + table);
    return st.next() ? st.int64(0) : -1;
}
bool hasProblemOn(const Problems &problems, const char *field)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem &p) { return p.field == QLatin1String(field); });
}
} // namespace

class Services : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
    }
};

TEST_F(Services, InvalidInputWritesNothing)
{
    const qint64 logBefore = ChangeLog(*m_ws).count();
    Deal d = makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 1));
    d.closedOn = QDate();
    const auto result = DealService(*m_ws).create(d);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(hasProblemOn(result.problems(), "closed_on"));
    EXPECT_EQ(count(*m_ws, "deals"), 0);
    EXPECT_EQ(ChangeLog(*m_ws).count(), logBefore);
}

TEST_F(Services, ReferencesMustExist)
{
    Deal d = makeDeal(QStringLiteral("no-such-customer"), QStringLiteral("no-such-member"), 1000,
                      QDate(2025, 6, 1));
    const auto result = DealService(*m_ws).create(d);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(hasProblemOn(result.problems(), "customer"));
    EXPECT_TRUE(hasProblemOn(result.problems(), "owner"));
}

TEST_F(Services, FinanceCannotBeCredited)
{
    Deal d = makeDeal(m_acme.id, m_finance.id, 1000, QDate(2025, 6, 1));
    EXPECT_TRUE(hasProblemOn(DealService(*m_ws).create(d).problems(), "owner"));
    d.ownerId = m_alice.id;
    d.splits = {Split{m_alice.id, 50}, Split{m_finance.id, 50}};
    EXPECT_TRUE(hasProblemOn(DealService(*m_ws).create(d).problems(), "splits"));
}

TEST_F(Services, ExternalIdsAndLoginsAreUnique)
{
    DealService deals(*m_ws);
    ASSERT_TRUE(
        deals
            .create(makeDeal(m_acme.id, m_alice.id, 10, QDate(2025, 6, 1), Stage::Won, QStringLiteral("D-1")))
            .ok());
    const auto again =
        deals.create(makeDeal(m_acme.id, m_bob.id, 20, QDate(2025, 6, 2), Stage::Won, QStringLiteral("D-1")));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(hasProblemOn(again.problems(), "external_id"));

    Member m;
    m.login = QStringLiteral("ALICE"); // logins are compared without case
    m.name = QStringLiteral("Another Alice");
    EXPECT_TRUE(hasProblemOn(MemberService(*m_ws).create(m).problems(), "login"));
    EXPECT_TRUE(hasProblemOn(
        TeamService(*m_ws).create(Team{QString(), QStringLiteral("east"), QString()}).problems(), "name"));
}

TEST_F(Services, DealSplitsAreStoredAndRead)
{
    Deal d = makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 1));
    d.splits = {Split{m_alice.id, 60}, Split{m_bob.id, 40}};
    const auto created = DealService(*m_ws).create(d);
    ASSERT_TRUE(created.ok()) << qPrintable(created.message());
    const auto read = DealService(*m_ws).find(created->id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->shareOf(m_alice.id), 60);
    EXPECT_EQ(read->shareOf(m_bob.id), 40);
    EXPECT_EQ(read->amount, Money(100000));
}

TEST_F(Services, ActivityDealMustBelongToItsCustomer)
{
    Customer other;
    other.name = QStringLiteral("Other");
    other.createdOn = QDate(2025, 1, 1);
    const auto otherCustomer = CustomerService(*m_ws).create(other);
    ASSERT_TRUE(otherCustomer.ok());
    const auto deal = DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 1)));
    ASSERT_TRUE(deal.ok());
    Activity a;
    a.memberId = m_alice.id;
    a.customerId = otherCustomer->id;
    a.dealId = deal->id;
    a.at = Dates::wallClock(QDate(2025, 6, 1), QTime(10, 0));
    EXPECT_TRUE(hasProblemOn(ActivityService(*m_ws).check(a), "deal"));
    a.customerId = m_acme.id;
    EXPECT_TRUE(ActivityService(*m_ws).create(a).ok());
}

TEST_F(Services, RemovalIsRefusedWhileReferenced)
{
    EXPECT_FALSE(MemberService(*m_ws).remove(m_alice.id).ok()); // owns Acme
    EXPECT_FALSE(TeamService(*m_ws).remove(m_team.id).ok());    // has members
    const auto deal = DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 1000, QDate(2025, 6, 1)));
    ASSERT_TRUE(deal.ok());
    EXPECT_FALSE(CustomerService(*m_ws).remove(m_acme.id).ok());
    Rating r;
    r.customerId = m_acme.id;
    r.memberId = m_alice.id;
    r.dealId = deal->id;
    r.ratedOn = QDate(2025, 6, 5);
    r.score = 4;
    ASSERT_TRUE(RatingService(*m_ws).create(r).ok());
    EXPECT_FALSE(DealService(*m_ws).remove(deal->id).ok());
}

TEST_F(Services, TargetsAreSetOncePerSubjectPeriodAndMetric)
{
    TargetService targets(*m_ws);
    Target t;
    t.memberId = m_alice.id;
    t.period = Period::month(2025, 6);
    t.metric = Metric::Revenue;
    t.value = 10000000;
    const auto first = targets.set(t);
    ASSERT_TRUE(first.ok());
    t.value = 12000000;
    const auto second = targets.set(t);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->id, second->id);
    EXPECT_EQ(count(*m_ws, "targets"), 1);
    EXPECT_EQ(targets.find(m_alice.id, QString(), Period::month(2025, 6), Metric::Revenue)->value, 12000000);
    t.memberId = QStringLiteral("nobody");
    EXPECT_TRUE(hasProblemOn(targets.set(t).problems(), "subject"));
}

TEST_F(Services, DuplicateCustomersByNameOrPhone)
{
    Customer c;
    c.name = QStringLiteral("ACME 科技有限公司 ");
    c.createdOn = QDate(2025, 2, 1);
    EXPECT_EQ(CustomerService(*m_ws).duplicatesOf(c).size(), 1);
    c.name = QStringLiteral("Different");
    c.phone = QStringLiteral("+86 138 0013 8000");
    EXPECT_EQ(CustomerService(*m_ws).duplicatesOf(c).size(), 1);
    c.phone = QStringLiteral("010-1234567");
    EXPECT_TRUE(CustomerService(*m_ws).duplicatesOf(c).isEmpty());
}
