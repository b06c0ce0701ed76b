// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring tests' workspace: the basics plus June 2025's deals, follow-ups, ratings and targets,
// computed by hand in the tests that use them.
#pragma once

#include "tests/support/testsupport.h"

#include "core/scoring/scoreengine.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/ratingservice.h"
#include "core/services/targetservice.h"

#include <ostream>

namespace attain {
/// Exact values in a failed expectation read as fractions (`4000/9`), not as bytes.
inline void PrintTo(const Exact &value, std::ostream *os)
{
    *os << value.toString().toStdString();
}
} // namespace attain

namespace attain::test {

inline Period period(const char *text)
{
    return *Period::parse(QString::fromLatin1(text));
}

class Scoring : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
    }
    QString customer(const QString &name, const Member &owner)
    {
        Customer c;
        c.name = name;
        c.ownerId = owner.id;
        c.ownerSince = QDate(2024, 1, 1);
        c.createdOn = QDate(2024, 1, 1);
        auto created = CustomerService(*m_ws).create(c);
        EXPECT_TRUE(created) << qPrintable(created.message());
        return created ? created->id : QString();
    }
    void deal(const QString &customerId, const Member &owner, qint64 yuan, QDate closed,
              const QString &number, QList<Split> splits = {}, Stage stage = Stage::Won)
    {
        Deal d = makeDeal(customerId, owner.id, yuan, closed, stage, number);
        d.splits = splits;
        auto created = DealService(*m_ws).create(d);
        ASSERT_TRUE(created) << qPrintable(created.message());
    }
    void followUps(const Member &m, const QString &customerId, QDate day, int count,
                   ActivityKind kind = ActivityKind::Call)
    {
        for (int i = 0; i < count; ++i) {
            Activity a;
            a.memberId = m.id;
            a.customerId = customerId;
            a.kind = kind;
            a.at = QDateTime(day, QTime(9 + i % 8, 0));
            auto created = ActivityService(*m_ws).create(a);
            ASSERT_TRUE(created) << qPrintable(created.message());
        }
    }
    void rating(const Member &m, const QString &customerId, QDate day, int score)
    {
        Rating r;
        r.memberId = m.id;
        r.customerId = customerId;
        r.ratedOn = day;
        r.score = score;
        ASSERT_TRUE(RatingService(*m_ws).create(r));
    }
    void target(const Member &m, const char *p, Metric metric, qint64 value)
    {
        Target t;
        t.memberId = m.id;
        t.period = period(p);
        t.metric = metric;
        t.value = value;
        ASSERT_TRUE(TargetService(*m_ws).set(t));
    }
    void teamTarget(const char *p, Metric metric, qint64 value)
    {
        Target t;
        t.teamId = m_team.id;
        t.period = period(p);
        t.metric = metric;
        t.value = value;
        ASSERT_TRUE(TargetService(*m_ws).set(t));
    }

    /// June 2025, computed by hand in the comments.
    void seedJune()
    {
        m_beta = customer(QStringLiteral("Beta"), m_alice);
        m_gamma = customer(QStringLiteral("Gamma"), m_bob);
        deal(m_beta, m_alice, 10000, QDate(2025, 1, 15), QStringLiteral("J-00")); // Beta bought before June
        deal(m_gamma, m_bob, 5000, QDate(2025, 3, 10), QStringLiteral("J-01"));   // Gamma too
        deal(m_acme.id, m_alice, 60000, QDate(2025, 6, 10),
             QStringLiteral("J-02"), // Acme's first: new for alice
             {{m_alice.id, 60}, {m_bob.id, 40}});
        deal(m_beta, m_alice, 90000, QDate(2025, 6, 20), QStringLiteral("J-03"));
        deal(m_gamma, m_bob, 30000, QDate(2025, 6, 25), QStringLiteral("J-04"));
        deal(m_gamma, m_bob, 99999, QDate(2025, 6, 26), QStringLiteral("J-05"), {}, Stage::Lost);
        followUps(m_alice, m_acme.id, QDate(2025, 6, 3), 11);
        followUps(m_alice, m_acme.id, QDate(2025, 6, 4), 1, ActivityKind::Note); // notes do not count
        followUps(m_alice, m_acme.id, QDate(2025, 7, 1), 3);                     // next month
        rating(m_alice, m_acme.id, QDate(2025, 6, 12), 5);
        rating(m_alice, m_beta, QDate(2025, 6, 22), 4);
        target(m_alice, "2025-06", Metric::Revenue, 10000000);
        target(m_alice, "2025-06", Metric::NewCustomers, 200);
        target(m_alice, "2025-06", Metric::FollowUps, 1000);
        target(m_bob, "2025-06", Metric::Revenue, 2000000);
        target(m_bob, "2025-06", Metric::FollowUps, 1000);
        target(m_bob, "2025-06", Metric::RepurchaseRate, 4000);
        teamTarget("2025-06", Metric::Revenue, 20000000);
        teamTarget("2025-06", Metric::NewCustomers, 200);
    }
    Scorecard card(const Member &m, const char *p)
    {
        auto c = ScoreEngine(*m_ws).member(m.id, period(p));
        EXPECT_TRUE(c);
        return c ? *c : Scorecard();
    }
    QString m_beta, m_gamma;
};

} // namespace attain::test
