// SPDX-License-Identifier: GPL-3.0-or-later
// Scores exact to the last digit (PRODUCT.md "Exactness"): means and derived targets are not rounded before
// they are divided, the tier follows the exact score, and the explanation says when a rounded score hides a
// boundary. Every expectation is worked by hand in the comment above it.
#include "tests/core/scoringfixture.h"

#include "core/incentives/incentivestatement.h"
#include "core/interchange/financehandoff.h"
#include "core/scoring/scoreformat.h"
#include "core/storage/readcheck.h"

using namespace attain;
using namespace attain::test;

namespace {

class ExactScoring : public Scoring
{
protected:
    // alice (junior: revenue 30, new customers 30, follow-ups 25, satisfaction 15) in June 2025 with one
    // new customer of a target of one and ten follow-ups of ten: 30 + 25 points, whatever else happens.
    void seedFullMarks()
    {
        m_shop = customer(QStringLiteral("Shop"), m_alice);
        target(m_alice, "2025-06", Metric::Revenue, 600000); // ¥6,000
        target(m_alice, "2025-06", Metric::NewCustomers, 100);
        target(m_alice, "2025-06", Metric::FollowUps, 1000);
        followUps(m_alice, m_shop, QDate(2025, 6, 3), 10);
    }
    void wonDeal(qint64 fen, const QString &number, QDate closed = QDate(2025, 6, 10))
    {
        Deal d = makeDeal(m_shop, m_alice.id, 0, closed, Stage::Won, number);
        d.amount = Money(fen);
        auto created = DealService(*m_ws).create(d);
        ASSERT_TRUE(created) << qPrintable(created.message());
    }
    // Nine ratings of alice in June: four 5★ and five 4★, a mean of 40 / 9 = 4.4444… stars.
    void nineRatings()
    {
        for (int day = 1; day <= 9; ++day)
            rating(m_alice, m_shop, QDate(2025, 6, 10 + day), day <= 4 ? 5 : 4);
    }
    QString m_shop;
};

} // namespace

// Revenue ¥6,000 of ¥6,000 (30 points), new customers and follow-ups in full (55), satisfaction 40/9 stars of
// 4.5: attainment (4000/9) / 450 = 80/81 = 98.765…%, 15 × 80/81 = 14.8148… points; score 99.8148… → 99.81.
// Rounding the mean to 4.44 first would give 98.67% and 99.80.
TEST_F(ExactScoring, AMeanOfRatingsIsNotRoundedBeforeItIsDivided)
{
    seedFullMarks();
    wonDeal(600000, QStringLiteral("E-1"));
    nineRatings();
    const Scorecard c = card(m_alice, "2025-06");
    const MetricLine &s = c.line(Metric::Satisfaction);
    EXPECT_EQ(*s.exactActual, Exact::ratio(4000, 9));
    EXPECT_EQ(*s.actual, 444); // shown 4.44
    EXPECT_EQ(*s.attainment, Exact::ratio(80, 81));
    EXPECT_EQ(ScoreFormat::percent(*s.attainment), QStringLiteral("98.77"));
    EXPECT_EQ(ScoreFormat::contribution(s), QStringLiteral("14.81"));
    EXPECT_EQ(*c.exactScore, Exact(85) + Exact::ratio(1200, 81));
    EXPECT_EQ(*c.score, 9981);
    EXPECT_EQ(c.tier, QStringLiteral("near"));
}

// The quarter 2025-Q2 has no targets of its own; its months have: revenue ¥2,000 each (sum ¥6,000),
// new customers 0.33 + 0.33 + 0.34 (sum 1), follow-ups 3 + 3 + 4 (sum 10), satisfaction 4.5, 4.6, 4.6 (mean
// 13.7 / 3 = 4.5666…, shown 4.57). Satisfaction 40/9 of 1370/3 hundredths: 4000 / 4110 = 97.3236…%,
// 15 × 4000/4110 = 14.5985… points; score 99.5985… → 99.60. Rounding the target to 4.57 first: 97.16%, 99.57.
TEST_F(ExactScoring, ATargetDerivedFromThreeMonthsIsTheirExactMean)
{
    m_shop = customer(QStringLiteral("Shop"), m_alice);
    const char *months[] = {"2025-04", "2025-05", "2025-06"};
    const qint64 newCustomers[] = {33, 33, 34}, followUpTargets[] = {300, 300, 400},
                 stars[] = {450, 460, 460};
    for (int i = 0; i < 3; ++i) {
        target(m_alice, months[i], Metric::Revenue, 200000);
        target(m_alice, months[i], Metric::NewCustomers, newCustomers[i]);
        target(m_alice, months[i], Metric::FollowUps, followUpTargets[i]);
        target(m_alice, months[i], Metric::Satisfaction, stars[i]);
    }
    followUps(m_alice, m_shop, QDate(2025, 5, 3), 10);
    wonDeal(600000, QStringLiteral("E-1"), QDate(2025, 4, 20));
    nineRatings();
    const Scorecard c = card(m_alice, "2025-Q2");
    const MetricLine &s = c.line(Metric::Satisfaction);
    EXPECT_TRUE(s.targetDerived);
    EXPECT_EQ(*s.exactTarget, Exact::ratio(1370, 3));
    EXPECT_EQ(*s.target, 457);
    EXPECT_EQ(*c.line(Metric::Revenue).exactTarget, Exact(600000));
    EXPECT_EQ(*c.line(Metric::NewCustomers).exactTarget, Exact(100));
    EXPECT_EQ(*s.attainment, Exact::ratio(4000, 4110));
    EXPECT_EQ(ScoreFormat::percent(*s.attainment), QStringLiteral("97.32"));
    EXPECT_EQ(*c.score, 9960);
}

// Revenue ¥5,999.00 of ¥6,000: 30 × 5999/6000 = 29.995 points, score exactly 99.995 — shown 100.00 (half away
// from zero) but below On target, so Near; the explanation says so. ¥6,001.00: 100.005, shown 100.01, On
// target. ¥5,999.20: 99.996, shown 100.00, Near.
TEST_F(ExactScoring, TheTierFollowsTheExactScoreAtTheBoundary)
{
    seedFullMarks();
    rating(m_alice, m_shop, QDate(2025, 6, 20), 5);
    rating(m_alice, m_shop, QDate(2025, 6, 21), 4); // 4.5 of 4.5: 15 points
    wonDeal(599900, QStringLiteral("E-1"));
    Scorecard c = card(m_alice, "2025-06");
    EXPECT_EQ(*c.exactScore, Exact::ratio(99995, 1000));
    EXPECT_EQ(ScoreFormat::score(*c.score), QStringLiteral("100.00"));
    EXPECT_EQ(c.tier, QStringLiteral("near"));
    const QString why = ScoreFormat::hiddenBoundary(c);
    EXPECT_EQ(why, ScoreFormat::tr("%1, shown %2 — below %3")
                       .arg(QStringLiteral("99.995"), QStringLiteral("100.00"),
                            Plan::tierLabel(QStringLiteral("on_target"))));
    EXPECT_TRUE(ScoreFormat::explain(c, ScoreEngine::nextTier(c), {}).contains(why));
    // The next tier is On target, 0.005 points away: 0.005 / 30 of ¥6,000 = ¥1.00 more revenue.
    const auto next = ScoreEngine::nextTier(c);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->tier.key, QStringLiteral("on_target"));
    EXPECT_EQ(next->gaps.first().metric, Metric::Revenue);
    EXPECT_EQ(next->gaps.first().change, 100);

    wonDeal(200, QStringLiteral("E-2")); // ¥6,001.00
    c = card(m_alice, "2025-06");
    EXPECT_EQ(*c.exactScore, Exact::ratio(100005, 1000));
    EXPECT_EQ(ScoreFormat::score(*c.score), QStringLiteral("100.01"));
    EXPECT_EQ(c.tier, QStringLiteral("on_target"));
    EXPECT_TRUE(ScoreFormat::hiddenBoundary(c).isEmpty());

    ASSERT_TRUE(DealService(*m_ws).remove(DealService(*m_ws).findByExternalId(QStringLiteral("E-2"))->id));
    wonDeal(20, QStringLiteral("E-3")); // ¥5,999.20
    c = card(m_alice, "2025-06");
    EXPECT_EQ(*c.exactScore, Exact::ratio(99996, 1000));
    EXPECT_EQ(*c.score, 10000);
    EXPECT_EQ(c.tier, QStringLiteral("near"));
    EXPECT_TRUE(ScoreFormat::hiddenBoundary(c).startsWith(QStringLiteral("99.996, ")));
}

// Exact's own rounding, half away from zero, against values worked by hand.
TEST(Exact, RoundsHalfAwayFromZeroAndNeverOverflowsSilently)
{
    EXPECT_EQ(Exact::ratio(2345, 1000).rounded(100), 235);
    EXPECT_EQ(Exact::ratio(-2345, 1000).rounded(100), -235);
    EXPECT_EQ(Exact::ratio(2344, 1000).rounded(100), 234);
    EXPECT_EQ(Exact::ratio(1, 3).rounded(100), 33);
    EXPECT_EQ(Exact::ratio(2, 3).rounded(100), 67);
    EXPECT_EQ(Exact::ratio(-1, 2).rounded(), -1);
    EXPECT_EQ(Exact::ratio(-7, 2).floor(), -4);
    EXPECT_EQ(Exact::ratio(-7, 2).ceil(), -3);
    const Exact big = Exact(std::numeric_limits<qint64>::max()) * Exact(2);
    EXPECT_FALSE(big.rounded());
    EXPECT_EQ((big / Exact(2)).rounded(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(Exact::ratio(4000, 9) * Exact(9), Exact(4000));
}

// A split deal credits whole fen by the largest remainders, and every report reads the same fen.
// S-1: ¥0.01 split 50/50 between alice and bob: 0.5 fen each, rounded down to 0; the fen left over goes to
// the tie's first login, alice. S-2: ¥10.01 split 33 (alice) / 67 (bob): 330.33 and 670.67 fen, rounded down
// to 330 and 670; the fen left over to the larger remainder, bob's. alice: 1 + 330 = 331 fen; bob: 0 + 671.
TEST_F(ExactScoring, ASplitDealCreditsTheSameWholeFenInEveryReport)
{
    m_shop = customer(QStringLiteral("Shop"), m_alice);
    Deal tiny = makeDeal(m_shop, m_alice.id, 0, QDate(2025, 6, 10), Stage::Won, QStringLiteral("S-1"));
    tiny.amount = Money(1);
    tiny.splits = {Split{m_bob.id, 50}, Split{m_alice.id, 50}};
    ASSERT_TRUE(DealService(*m_ws).create(tiny));
    Deal odd = makeDeal(m_shop, m_alice.id, 0, QDate(2025, 6, 11), Stage::Won, QStringLiteral("S-2"));
    odd.amount = Money(1001);
    odd.splits = {Split{m_alice.id, 33}, Split{m_bob.id, 67}};
    ASSERT_TRUE(DealService(*m_ws).create(odd));

    EXPECT_EQ(*card(m_alice, "2025-06").line(Metric::Revenue).actual, 331);
    EXPECT_EQ(*card(m_bob, "2025-06").line(Metric::Revenue).actual, 671);
    QHash<QString, qint64> base;
    for (const IncentiveStatement &st : StatementBuilder(*m_ws).members(period("2025-06")))
        base[st.login] = st.baseMinor;
    EXPECT_EQ(base.value(QStringLiteral("alice")), 331);
    EXPECT_EQ(base.value(QStringLiteral("bob")), 671);
    const auto table = FinanceHandoff::deals(*m_ws, period("2025-06"));
    ASSERT_TRUE(table);
    const int login = table->columnIndex(QStringLiteral("credited_login"));
    const int amount = table->columnIndex(QStringLiteral("credited_amount"));
    QHash<QString, QStringList> credited;
    for (const QStringList &row : table->rows)
        credited[row.at(login)] << row.at(amount);
    EXPECT_EQ(credited.value(QStringLiteral("alice")),
              (QStringList{QStringLiteral("0.01"), QStringLiteral("3.30")}));
    EXPECT_EQ(credited.value(QStringLiteral("bob")),
              (QStringList{QStringLiteral("0.00"), QStringLiteral("6.71")}));
    EXPECT_EQ(table->totalMinor.value(QStringLiteral("CNY")), 1002);

    // An edit of the amount moves the credits with it: ¥10.02 at 33/67 → 330.66 and 671.34 fen → 331, 671.
    odd = *DealService(*m_ws).findByExternalId(QStringLiteral("S-2"));
    odd.amount = Money(1002);
    ASSERT_TRUE(DealService(*m_ws).update(odd));
    EXPECT_EQ(*card(m_alice, "2025-06").line(Metric::Revenue).actual, 1 + 331);
    EXPECT_EQ(*card(m_bob, "2025-06").line(Metric::Revenue).actual, 671);
}

// A query that fails is an error the reader sees (issue 16, item 6), never a zero score: here the
// connection's stop check interrupts every statement that runs long enough (600 follow-ups to count).
TEST_F(ExactScoring, AFailedReadIsAnErrorNotAZeroScore)
{
    seedFullMarks();
    for (int day = 1; day <= 6; ++day)
        followUps(m_alice, m_shop, QDate(2025, 6, day), 100);
    {
        const ReadCheck reads(*m_ws);
        EXPECT_EQ(*card(m_alice, "2025-06").line(Metric::FollowUps).actual, 61000);
        EXPECT_TRUE(reads.ok());
    }
    m_ws->setStopCheck([] { return true; });
    const ReadCheck reads(*m_ws);
    ScoreEngine(*m_ws).members(period("2025-06"));
    m_ws->setStopCheck({});
    EXPECT_FALSE(reads.ok());
    EXPECT_TRUE(reads.status().message().startsWith(
        QCoreApplication::translate("ReadCheck", "The figures could not be read: %1").arg(QString())))
        << qPrintable(reads.status().message());
    const ReadCheck after(*m_ws);
    EXPECT_EQ(*card(m_alice, "2025-06").line(Metric::FollowUps).actual, 61000);
    EXPECT_TRUE(after.ok());
}
