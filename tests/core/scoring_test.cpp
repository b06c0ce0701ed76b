// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring engine against hand-computed scorecards (PRODUCT.md "Scoring"), and its properties over
// random workspaces.
#include "tests/core/scoringfixture.h"

#include "core/dashboard/dashboarddata.h"
#include "core/incentives/incentivestatement.h"
#include "core/incentives/statementformat.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/services/activityservice.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/memberservice.h"
#include "core/services/planservice.h"
#include "core/services/ratingservice.h"
#include "core/services/targetservice.h"
#include "core/services/teamservice.h"
#include "core/storage/statement.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>
#include <random>
#include <tuple>

using namespace attain;
using namespace attain::test;

// alice, junior (revenue 30, new customers 30, follow-ups 25, satisfaction 15):
//   revenue 60% × 60,000 + 90,000 = 126,000 of 100,000 → 126%; new customers 1 (Acme) of 2 → 50%;
//   follow-ups 11 of 10 → 110%; satisfaction (5 + 4) / 2 = 4.5 of the default 4.5 → 100%.
//   score = (30×1.26 + 30×0.5 + 25×1.1 + 15×1.0) = 95.30 → near.
TEST_F(Scoring, AJuniorRepsScoreWithSplitsAndTheDefaultSatisfactionTarget)
{
    seedJune();
    const Scorecard c = card(m_alice, "2025-06");
    EXPECT_EQ(*c.line(Metric::Revenue).actual, 12600000);
    EXPECT_EQ(*c.line(Metric::DealsWon).actual, 160); // 0.6 + 1
    EXPECT_EQ(*c.line(Metric::NewCustomers).actual, 100);
    EXPECT_EQ(*c.line(Metric::FollowUps).actual, 1100);
    EXPECT_EQ(*c.line(Metric::Satisfaction).actual, 450);
    EXPECT_EQ(*c.line(Metric::Satisfaction).target, 450);
    EXPECT_TRUE(c.line(Metric::Satisfaction).targetDerived);
    EXPECT_EQ(*c.line(Metric::RepurchaseRate).actual, 5000); // Beta bought before, Acme did not
    EXPECT_FALSE(c.line(Metric::Progress).actual);           // nothing in May
    ASSERT_TRUE(c.score);
    EXPECT_EQ(*c.score, 9530);
    EXPECT_EQ(c.tier, QStringLiteral("near"));
    EXPECT_EQ(c.line(Metric::Revenue).contribution, Exact::ratio(378, 10)); // 30 × 1.26, exactly

    // Next tier (on target, 100): 4.70 points short.
    const auto next = ScoreEngine::nextTier(c);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->tier.key, QStringLiteral("on_target"));
    ASSERT_EQ(next->gaps.size(), 4);
    // revenue: 1.26 + 4.7/30 = 1.416667 × 100,000 = ¥141,666.67 → ¥15,666.67 more
    EXPECT_TRUE(next->gaps.at(0).reachable);
    EXPECT_EQ(next->gaps.at(0).change, 1566667);
    // new customers: 0.5 + 0.156667 → 1.31 customers → 2 in all, 1 more
    EXPECT_EQ(next->gaps.at(1).change, 100);
    // follow-ups: 1.1 + 4.7/25 = 1.288 × 10 = 12.88 → 13, 2 more
    EXPECT_EQ(next->gaps.at(2).change, 200);
    // satisfaction: 1.0 + 4.7/15 = 1.3133 × 4.5 = 5.91 stars: more than 5 can give
    EXPECT_FALSE(next->gaps.at(3).reachable);
}

// bob, senior (revenue 50, follow-ups 15, satisfaction 15, repurchase 20):
//   revenue 40% × 60,000 + 30,000 = 54,000 of 20,000 → 270%, capped at 150%; follow-ups 0 of 10 → 0%;
//   no rating → satisfaction left out; repurchase: Acme new, Gamma bought before → 50% of 40% → 125%.
//   score = 100 × (50×1.5 + 15×0 + 20×1.25) / 85 = 117.647 → 117.65, on target.
TEST_F(Scoring, ASeniorRepWithACapAndAMetricWithoutData)
{
    seedJune();
    const Scorecard c = card(m_bob, "2025-06");
    EXPECT_EQ(*c.line(Metric::Revenue).actual, 5400000);
    EXPECT_EQ(*c.line(Metric::Revenue).attainment, Exact::ratio(27, 10));
    EXPECT_TRUE(c.line(Metric::Revenue).capped);
    EXPECT_EQ(c.line(Metric::Satisfaction).leftOut, MetricLine::LeftOut::NoData);
    EXPECT_EQ(*c.line(Metric::RepurchaseRate).actual, 5000);
    EXPECT_EQ(*c.score, 11765);
    EXPECT_EQ(c.tier, QStringLiteral("on_target"));
    for (const MetricLine &l : c.lines)
        if (l.included())
            EXPECT_LE(l.counted(c.plan.capPercent), Exact::ratio(3, 2));
}

// Team East (revenue 60, new customers 20, satisfaction 20): revenue 126,000 + 54,000 = 180,000 of 200,000
// → 90%; new customers 1 of 2 → 50%; satisfaction 4.5 of 4.5 → 100%. Score 54 + 10 + 20 = 84.00, near.
TEST_F(Scoring, ATeamScore)
{
    seedJune();
    const QList<Scorecard> teams = ScoreEngine(*m_ws).teams(period("2025-06"));
    ASSERT_EQ(teams.size(), 1);
    const Scorecard &t = teams.first();
    EXPECT_EQ(t.login, QStringLiteral("team:East"));
    EXPECT_EQ(*t.line(Metric::Revenue).actual, 18000000);
    EXPECT_EQ(*t.line(Metric::NewCustomers).actual, 100);
    EXPECT_EQ(*t.line(Metric::Satisfaction).actual, 450);
    EXPECT_EQ(*t.line(Metric::RepurchaseRate).actual, 6667); // Acme, Beta, Gamma: 2 of 3 bought before
    EXPECT_EQ(*t.score, 8400);
    EXPECT_EQ(t.tier, QStringLiteral("near"));
}

// From July a plan "Focus": juniors scored on revenue (50) and follow-ups where fewer is better (50), cap
// 120%. alice in July: revenue 50,000 of 100,000 → 50%; follow-ups 3 against 10, lower is better → 333%,
// capped at 120%. Score (50×0.5 + 50×1.2) = 85.00. June keeps the Standard plan.
TEST_F(Scoring, APlanChangeInTheMiddleOfHistoryAndALowerIsBetterMetric)
{
    seedJune();
    Plan focus = Plan::standard();
    focus.name = QStringLiteral("Focus");
    focus.effectiveFrom = period("2025-07");
    focus.capPercent = 120;
    focus.levels[0].metrics = {{Metric::Revenue, 50, Direction::Higher},
                               {Metric::FollowUps, 50, Direction::Lower}};
    ASSERT_TRUE(PlanService(*m_ws).save(focus));
    deal(m_acme.id, m_alice, 50000, QDate(2025, 7, 8), QStringLiteral("J-10"));
    target(m_alice, "2025-07", Metric::Revenue, 10000000);
    target(m_alice, "2025-07", Metric::FollowUps, 1000);

    const Scorecard july = card(m_alice, "2025-07");
    EXPECT_EQ(july.plan.name, QStringLiteral("Focus"));
    EXPECT_EQ(*july.line(Metric::FollowUps).attainment, Exact::ratio(10, 3));
    EXPECT_TRUE(july.line(Metric::FollowUps).capped);
    EXPECT_EQ(*july.score, 8500);
    EXPECT_EQ(card(m_alice, "2025-06").plan.name, QStringLiteral("Standard"));
    EXPECT_EQ(*card(m_alice, "2025-06").score, 9530);
    // Progress: July's 50,000 against June's 126,000 → −60.32%.
    EXPECT_EQ(*july.line(Metric::Progress).actual, -6032);

    // Lower is better with nothing done: the cap.
    target(m_alice, "2025-08", Metric::Revenue, 10000000);
    target(m_alice, "2025-08", Metric::FollowUps, 1000);
    deal(m_acme.id, m_alice, 100000, QDate(2025, 8, 8), QStringLiteral("J-11"));
    const Scorecard august = card(m_alice, "2025-08");
    EXPECT_EQ(*august.line(Metric::FollowUps).attainment, Exact::ratio(6, 5));
    EXPECT_EQ(*august.score, 11000);
}

TEST_F(Scoring, AMemberWhoseLevelThePlanDoesNotListUsesItsFirstLevel)
{
    seedJune();
    Member carl;
    carl.login = QStringLiteral("carl");
    carl.name = QStringLiteral("Carl");
    carl.role = Role::Rep;
    carl.level = QStringLiteral("expert");
    carl.teamId = m_team.id;
    carl = *MemberService(*m_ws).create(carl);
    target(carl, "2025-06", Metric::FollowUps, 400);
    followUps(carl, m_acme.id, QDate(2025, 6, 9), 2);
    const Scorecard c = card(carl, "2025-06");
    EXPECT_EQ(c.scoredLevel, QStringLiteral("junior"));
    // revenue and new customers have no target, satisfaction no data: follow-ups alone, 2 of 4.
    EXPECT_EQ(*c.score, 5000);
    EXPECT_EQ(c.line(Metric::Revenue).leftOut, MetricLine::LeftOut::NoTarget);
}

TEST_F(Scoring, FinanceHasNoScorecardAndNoMetricMeansNoScore)
{
    seedJune();
    EXPECT_FALSE(ScoreEngine(*m_ws).member(m_finance.id, period("2025-06")));
    const Scorecard boss = card(m_boss, "2025-06");
    EXPECT_FALSE(boss.score); // no targets, no ratings
    EXPECT_TRUE(boss.tier.isEmpty());
}

TEST_F(Scoring, QuarterTargetsAreDerivedFromEveryMonth)
{
    seedJune();
    target(m_alice, "2025-04", Metric::Revenue, 1000000);
    target(m_alice, "2025-05", Metric::Revenue, 2000000);
    target(m_alice, "2025-04", Metric::FollowUps, 500);
    ScoreEngine engine(*m_ws);
    const auto t = engine.targets(m_alice.id, QString(), period("2025-Q2"));
    EXPECT_EQ(t.value(Metric::Revenue).value, 13000000); // 10,000 + 20,000 + 100,000
    EXPECT_TRUE(t.value(Metric::Revenue).derived);
    EXPECT_FALSE(t.contains(Metric::FollowUps));         // May has none
    EXPECT_FALSE(t.contains(Metric::NewCustomers));      // April and May have none
    EXPECT_EQ(t.value(Metric::Satisfaction).value, 450); // the default
    target(m_alice, "2025-Q2", Metric::FollowUps, 3000);
    EXPECT_EQ(engine.targets(m_alice.id, QString(), period("2025-Q2")).value(Metric::FollowUps).value, 3000);
}

TEST_F(Scoring, ConfirmedOnlyCountsWhatFinanceConfirmed)
{
    seedJune();
    Plan strict = Plan::standard();
    strict.confirmedOnly = true;
    ScoreEngine engine(*m_ws);
    engine.setPlan(strict);
    EXPECT_EQ(*engine.member(m_alice.id, period("2025-06"))->line(Metric::Revenue).actual, 0);
    Deal d = *DealService(*m_ws).findByExternalId(QStringLiteral("J-03"));
    d.confirmedOn = QDate(2025, 6, 28);
    ASSERT_TRUE(DealService(*m_ws).update(d));
    EXPECT_EQ(*engine.member(m_alice.id, period("2025-06"))->line(Metric::Revenue).actual, 9000000);

    // The same from a ledger of the confirmed deals; a ledger of all won deals is not used for this plan,
    // nor one of confirmed deals for a plan that counts all.
    engine.setLedgers({nullptr, ScoreLedger::read(*m_ws, true)});
    EXPECT_EQ(*engine.member(m_alice.id, period("2025-06"))->line(Metric::Revenue).actual, 9000000);
    engine.setLedgers({ScoreLedger::read(*m_ws, false), nullptr});
    EXPECT_EQ(*engine.member(m_alice.id, period("2025-06"))->line(Metric::Revenue).actual, 9000000);
    ScoreEngine standard(*m_ws);
    standard.setLedgers({nullptr, ScoreLedger::read(*m_ws, true)});
    EXPECT_EQ(*standard.member(m_alice.id, period("2025-06"))->line(Metric::Revenue).actual, 12600000);
}

// A date Attain never writes (here a rating of 30 February, as a hand-edited file may hold) makes no ledger:
// the queries serve, and the dashboard does not try again until a change.
TEST_F(Scoring, NoLedgerFromADateOutsideTheCalendar)
{
    seedJune();
    ASSERT_TRUE(ScoreLedger::read(*m_ws, false));
    ASSERT_TRUE(Statement(*m_ws,
                          "UPDATE ratings SET rated_on = '2025-02-30' WHERE rowid = (SELECT min(rowid) "
                          "FROM ratings)")
                    .exec());
    bool interrupted = true;
    EXPECT_FALSE(ScoreLedger::read(*m_ws, false, &interrupted));
    EXPECT_FALSE(interrupted);
    DashboardData data(*m_ws);
    EXPECT_TRUE(data.readLedgers(period("2025-06"))); // found unreadable
    EXPECT_FALSE(data.ledgers()[false]);
    EXPECT_TRUE(data.unreadableLedgers()[false]);
    EXPECT_FALSE(data.readLedgers(period("2025-06"))); // not tried again
    EXPECT_EQ(data.manager(period("2025-06"), {}).revenue.value, 12600000 + 5400000);
}

// The scoring ledger, read once, gives the hand-computed June of the tests above and the same CSV bytes as
// the engine's queries, for members and teams, a month and a quarter.
TEST_F(Scoring, TheLedgerScoresAsTheQueries)
{
    seedJune();
    const auto ledger = ScoreLedger::read(*m_ws, false);
    ASSERT_TRUE(ledger);
    ScoreEngine engine(*m_ws);
    engine.setLedgers({ledger, nullptr});
    const Scorecard alice = *engine.member(m_alice.id, period("2025-06"));
    EXPECT_EQ(*alice.line(Metric::Revenue).actual, 12600000);
    EXPECT_EQ(*alice.line(Metric::DealsWon).actual, 160);
    EXPECT_EQ(*alice.line(Metric::NewCustomers).actual, 100);
    EXPECT_EQ(*alice.line(Metric::FollowUps).actual, 1100);
    EXPECT_EQ(*alice.line(Metric::Satisfaction).actual, 450);
    EXPECT_EQ(*alice.line(Metric::RepurchaseRate).actual, 5000);
    EXPECT_EQ(*alice.score, 9530);
    const QList<Scorecard> teams = engine.teams(period("2025-06"));
    ASSERT_EQ(teams.size(), 1);
    EXPECT_EQ(*teams.first().line(Metric::RepurchaseRate).actual, 6667);
    EXPECT_EQ(*teams.first().score, 8400);
    // The tie rule of new customers: Delta's two deals of 10 July close the same day, bob's created first;
    // Epsilon's two of 12 July were also created the same day, alice's numbered first. July: a new customer
    // each.
    const QString delta = customer(QStringLiteral("Delta"), m_alice),
                  epsilon = customer(QStringLiteral("Epsilon"), m_bob);
    for (const auto &[customerId, owner, created, number] :
         {std::tuple{delta, m_alice.id, QDate(2025, 7, 5), "T-2"},
          {delta, m_bob.id, QDate(2025, 7, 1), "T-3"},
          {epsilon, m_bob.id, QDate(2025, 7, 1), "T-1"},
          {epsilon, m_alice.id, QDate(2025, 7, 1), "T-0"}}) {
        Deal d =
            makeDeal(customerId, owner, 1000, customerId == delta ? QDate(2025, 7, 10) : QDate(2025, 7, 12),
                     Stage::Won, QString::fromLatin1(number));
        d.createdOn = created;
        ASSERT_TRUE(DealService(*m_ws).create(d));
    }
    engine.setLedgers({ScoreLedger::read(*m_ws, false), nullptr});
    for (const Member &m : {m_alice, m_bob})
        EXPECT_EQ(*engine.member(m.id, period("2025-07"))->line(Metric::NewCustomers).actual, 100)
            << qPrintable(m.login);
    for (const char *p : {"2025-05", "2025-06", "2025-07", "2025-Q2", "2025-Q3", "2025"}) {
        ScoreEngine plain(*m_ws);
        EXPECT_EQ(ScoreFormat::csv(engine.members(period(p))).toStdString(),
                  ScoreFormat::csv(plain.members(period(p))).toStdString())
            << p;
        EXPECT_EQ(ScoreFormat::csv(engine.teams(period(p))).toStdString(),
                  ScoreFormat::csv(plain.teams(period(p))).toStdString())
            << p;
        EXPECT_EQ(ScoreFormat::csv(engine.members(period(p), {m_bob.id})).toStdString(),
                  ScoreFormat::csv(plain.members(period(p), {m_bob.id})).toStdString())
            << p;
    }
}

TEST_F(Scoring, TheBriefsCsvColumns)
{
    seedJune();
    const QString csv = ScoreFormat::csv(ScoreEngine(*m_ws).members(period("2025-06"), {m_alice.id}));
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(
        lines.at(0).startsWith(QStringLiteral("period,login,name,team,level,score,tier,revenue_actual,"
                                              "revenue_target,revenue_attainment,deals_won_actual,")));
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("progress_actual,progress_target,progress_attainment")));
    EXPECT_EQ(lines.at(1),
              QStringLiteral("2025-06,alice,李娜,East,junior,95.30,near,126000.00,100000.00,126.00,1.60,,,"
                             "1.00,2.00,50.00,11.00,10.00,110.00,4.50,4.50,100.00,50.00,,,,,"));
}

TEST_F(Scoring, TheCommandLine)
{
    seedJune();
    m_ws.reset();
    QString out, err;
    const QString file = path(QStringLiteral("test.attain"));
    ASSERT_EQ(runCli({QStringLiteral("score"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
                      QStringLiteral("--member"), QStringLiteral("bob"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_TRUE(out.contains(
        QStringLiteral("2025-06,bob,赵磊,East,senior,117.65,on_target,54000.00,20000.00,270.00,")));
    ASSERT_EQ(runCli({QStringLiteral("score"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
                      QStringLiteral("--teams"), QStringLiteral("--format"), QStringLiteral("json")},
                     &out),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("\"login\": \"team:East\"")));
    EXPECT_TRUE(out.contains(QStringLiteral("\"score\": \"84.00\"")));
    ASSERT_EQ(runCli({QStringLiteral("explain"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
                      QStringLiteral("--member"), QStringLiteral("alice")},
                     &out),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("score 95.30")));
    EXPECT_TRUE(out.contains(QStringLiteral("¥15,666.67 more won revenue")));
    EXPECT_TRUE(out.contains(QStringLiteral("2 more follow-up")));
    EXPECT_TRUE(out.contains(QStringLiteral("J-02")));
    EXPECT_EQ(runCli({QStringLiteral("score"), file, QStringLiteral("--period"), QStringLiteral("June")}), 2);
    EXPECT_EQ(runCli({QStringLiteral("explain"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
                      QStringLiteral("--member"), QStringLiteral("nobody")}),
              1);
}

// Statements under the Standard plan's incentives, June 2025.
// alice: base ¥126,000 against ¥100,000: 2% × 100,000 + 3% × 26,000 = 2,000 + 780 = ¥2,780; awards: first won
// deal of June (J-02, 6/10, split) ¥200 and one 5-star rating ¥50 → total ¥3,030.
// bob: base ¥54,000 against ¥20,000: 2% × 20,000 + 3% × 10,000 + 4% × 24,000 = 400 + 300 + 960 = ¥1,660; his
// first won deal of June is his 40% of J-02 (a split deal counts for each credited member): ¥200 → ¥1,860.
TEST_F(Scoring, StatementsOfTheStandardPlansIncentives)
{
    seedJune();
    const QList<IncentiveStatement> s = StatementBuilder(*m_ws).members(period("2025-06"), {m_alice.id});
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s.first().commissionMinor, 278000);
    EXPECT_EQ(s.first().awardsMinor, 25000);
    EXPECT_EQ(s.first().totalMinor, 303000);
    // Per deal and band: J-02 36,000 × 2% = 720; J-03 64,000 × 2% = 1,280 and 26,000 × 3% = 780.
    ASSERT_EQ(s.first().lines.size(), 5);
    EXPECT_EQ(s.first().lines.at(0).amountMinor, 72000);
    EXPECT_EQ(s.first().lines.at(1).amountMinor, 128000);
    EXPECT_EQ(s.first().lines.at(2).amountMinor, 78000);
    EXPECT_EQ(s.first().lines.at(3).award, QStringLiteral("first_deal"));
    EXPECT_EQ(s.first().lines.at(3).reference, QStringLiteral("J-02"));
    EXPECT_EQ(s.first().lines.at(3).date, QDate(2025, 6, 10));
    const QList<IncentiveStatement> b = StatementBuilder(*m_ws).members(period("2025-06"), {m_bob.id});
    EXPECT_EQ(b.first().commissionMinor, 166000);
    EXPECT_EQ(b.first().totalMinor, 186000);
    // The csv lines add up to the totals, to the fen.
    const QString csv = StatementFormat::csv(s + b);
    EXPECT_TRUE(csv.contains(
        QStringLiteral("2025-06,alice,李娜,East,commission,2025-06-20,J-03,26000.00,3.00,780.00,CNY")));
    m_ws.reset();
    QString out;
    ASSERT_EQ(runCli({QStringLiteral("statement"), path(QStringLiteral("test.attain")),
                      QStringLiteral("--period"), QStringLiteral("2025-06"), QStringLiteral("--member"),
                      QStringLiteral("bob"), QStringLiteral("--format"), QStringLiteral("json")},
                     &out),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("\"total\": \"1860.00\"")));
}

/// Random workspaces: members, customers, deals (some split) and follow-ups, written in a given order.
class ScoringProperties : public WorkspaceTest, public ::testing::WithParamInterface<int>
{
protected:
    struct World
    {
        QList<Member> members;
        QList<Customer> customers;
        QList<Deal> deals;
    };
    World build(Workspace &ws, quint32 seed, bool shuffled)
    {
        QRandomGenerator random(seed);
        World w;
        auto team = TeamService(ws).create(Team{QString(), QStringLiteral("T"), QString()});
        for (int i = 0; i < 6; ++i) {
            Member m;
            m.login = QStringLiteral("m%1").arg(i);
            m.name = m.login;
            m.level = i % 2 ? QStringLiteral("senior") : QStringLiteral("junior");
            m.teamId = team->id;
            w.members << *MemberService(ws).create(m);
        }
        for (int i = 0; i < 8; ++i) {
            Customer c;
            c.name = QStringLiteral("C%1").arg(i);
            c.ownerId = w.members.at(i % 6).id;
            c.createdOn = QDate(2024, 1, 1);
            c.ownerSince = c.createdOn;
            w.customers << c;
        }
        for (int i = 0; i < 60; ++i) {
            Deal d;
            d.externalId = QStringLiteral("R-%1").arg(i, 3, 10, QLatin1Char('0'));
            const int c = random.bounded(8);
            d.customerId = QString::number(c); // resolved after the customers exist
            d.ownerId = w.customers.at(c).ownerId;
            d.amount = Money(100 * (1 + random.bounded(100000)));
            d.stage = random.bounded(4) ? Stage::Won : Stage::Lost;
            d.createdOn = QDate(2025, 4, 1).addDays(random.bounded(80));
            d.closedOn = d.createdOn.addDays(random.bounded(10));
            if (random.bounded(5) == 0) {
                const QString other = w.members.at((c + 1) % 6).id;
                d.splits = {{d.ownerId, 70}, {other, 30}};
            }
            w.deals << d;
        }
        QList<int> customerOrder(8), dealOrder(60);
        std::iota(customerOrder.begin(), customerOrder.end(), 0);
        std::iota(dealOrder.begin(), dealOrder.end(), 0);
        if (shuffled) {
            std::reverse(customerOrder.begin(), customerOrder.end());
            std::shuffle(dealOrder.begin(), dealOrder.end(), std::mt19937(seed));
        }
        QHash<int, QString> customerIds;
        for (int i : customerOrder)
            customerIds[i] = CustomerService(ws).create(w.customers.at(i))->id;
        for (int i : dealOrder) {
            Deal d = w.deals.at(i);
            d.customerId = customerIds.value(d.customerId.toInt());
            EXPECT_TRUE(DealService(ws).create(d));
        }
        for (const Member &m : w.members)
            for (Metric metric : {Metric::Revenue, Metric::NewCustomers, Metric::RepurchaseRate}) {
                Target t;
                t.memberId = m.id;
                t.period = Period::quarter(2025, 2);
                t.metric = metric;
                t.value = metric == Metric::Revenue ? 5000000 : metric == Metric::NewCustomers ? 100 : 5000;
                TargetService(ws).set(t);
            }
        return w;
    }
};

TEST_P(ScoringProperties, OrderDoesNotMatterCapsHoldAndAWonDealNeverLowersRevenue)
{
    const quint32 seed = quint32(GetParam());
    auto a = Workspace::create(path(QStringLiteral("a.attain")), options());
    auto b = Workspace::create(path(QStringLiteral("b.attain")), options());
    ASSERT_TRUE(a && b);
    const World world = build(**a, seed, false);
    build(**b, seed, true);
    const Period q = Period::quarter(2025, 2);
    // Same data, different insertion order (and different ids): the same bytes out.
    const QString csvA =
        ScoreFormat::csv(ScoreEngine(**a).members(q)) + ScoreFormat::csv(ScoreEngine(**a).teams(q));
    const QString csvB =
        ScoreFormat::csv(ScoreEngine(**b).members(q)) + ScoreFormat::csv(ScoreEngine(**b).teams(q));
    EXPECT_EQ(csvA.toStdString(), csvB.toStdString());
    // The scoring ledger: the same bytes (ties of close and creation dates are common here).
    for (Workspace *ws : {&**a, &**b}) {
        ScoreEngine fromLedger(*ws);
        fromLedger.setLedgers({ScoreLedger::read(*ws, false), nullptr});
        const QString csv = ScoreFormat::csv(fromLedger.members(q)) + ScoreFormat::csv(fromLedger.teams(q));
        EXPECT_EQ(csv.toStdString(), csvA.toStdString());
        for (const Period &month : q.months())
            EXPECT_EQ(ScoreFormat::csv(fromLedger.members(month)).toStdString(),
                      ScoreFormat::csv(ScoreEngine(*ws).members(month)).toStdString());
    }

    QList<Scorecard> before = ScoreEngine(**a).members(q);
    for (const Scorecard &c : before)
        for (const MetricLine &l : c.lines)
            if (l.included()) {
                EXPECT_LE(l.counted(c.plan.capPercent), Exact::ratio(c.plan.capPercent, 100));
                EXPECT_LE(l.contribution, Exact(c.plan.capPercent));
            }

    // Adding a won deal never lowers its owner's revenue attainment.
    QRandomGenerator random(seed * 7 + 1);
    for (int i = 0; i < 5; ++i) {
        const Member &owner = world.members.at(random.bounded(6));
        Customer c;
        c.name = QStringLiteral("New %1").arg(i);
        c.ownerId = owner.id;
        c.createdOn = QDate(2024, 1, 1);
        c.ownerSince = c.createdOn;
        const QString customerId = CustomerService(**a).create(c)->id;
        const Exact was = *ScoreEngine(**a).member(owner.id, q)->line(Metric::Revenue).attainment;
        Deal d = makeDeal(customerId, owner.id, 1 + random.bounded(50000), QDate(2025, 5, 1 + i), Stage::Won,
                          QStringLiteral("N-%1").arg(i));
        ASSERT_TRUE(DealService(**a).create(d));
        EXPECT_GE(*ScoreEngine(**a).member(owner.id, q)->line(Metric::Revenue).attainment, was);
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, ScoringProperties, ::testing::Values(1, 2, 3, 4, 5));

// Some members' scorecards, their queries restricted to those members, equal the same members' cards from
// everyone's pass.
TEST_F(Scoring, SomeMembersScoreAsInEveryonesPass)
{
    seedJune();
    for (const char *p : {"2025-06", "2025-Q2"}) {
        const QList<Scorecard> some =
            ScoreEngine(*m_ws).members(period(p), {m_alice.id, m_bob.id, m_boss.id});
        const QList<Scorecard> all = ScoreEngine(*m_ws).everyone(period(p)).members;
        ASSERT_EQ(some.size(), 3);
        for (const Scorecard &c : some) {
            const auto it = std::find_if(all.begin(), all.end(),
                                         [&](const Scorecard &x) { return x.subjectId == c.subjectId; });
            ASSERT_NE(it, all.end());
            EXPECT_EQ(c.score, it->score) << qPrintable(c.login);
            for (const MetricLine &l : c.lines)
                EXPECT_EQ(l.actual, it->line(l.metric).actual) << qPrintable(c.login) << " " << int(l.metric);
        }
    }
}
