// SPDX-License-Identifier: GPL-3.0-or-later
// Time on the page (issue "Exact numbers" 10): an open period is compared like with like — its days so far
// with the same first days of the previous period — and each figure that adds up over the days has a pace,
// the part of its target expected by today. Every expectation is worked by hand in the comment above it.
#include "tests/core/scoringfixture.h"

#include "core/dashboard/dashboarddata.h"
#include "core/scoring/pacing.h"
#include "core/scoring/scoreformat.h"

using namespace attain;
using namespace attain::test;

namespace {
QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}
} // namespace

// December 2026 on its 1st: 1 of 31 days; on its 31st all of it; on 30 November none (not begun).
// 2026-Q4 on 15 November: 31 days of October and 15 of November, 46 of 92: one half.
TEST(Pacing, TheShareOfThePeriodGoneByIncludesToday)
{
    const Period december = Period::month(2026, 12);
    EXPECT_EQ(*Pacing::share(december, day(2026, 12, 1)), Exact::ratio(1, 31));
    EXPECT_EQ(*Pacing::share(december, day(2026, 12, 31)), Exact(1));
    EXPECT_FALSE(Pacing::share(december, day(2026, 11, 30)));
    EXPECT_FALSE(Pacing::share(december, day(2027, 1, 1)));
    EXPECT_EQ(*Pacing::share(Period::quarter(2026, 4), day(2026, 11, 15)), Exact::ratio(1, 2));
}

// On 1 December the same days of November are 1 November alone; on 31 March, February's 28 days (never
// past its end); a closed period compares with the whole previous one.
TEST(Pacing, TheSameDaysOfThePreviousPeriod)
{
    const auto december = Pacing::sameDaysBefore(Period::month(2026, 12), day(2026, 12, 1));
    ASSERT_TRUE(december);
    EXPECT_EQ(december->first, day(2026, 11, 1));
    EXPECT_EQ(december->second, day(2026, 11, 1));
    const auto march = Pacing::sameDaysBefore(Period::month(2025, 3), day(2025, 3, 31));
    ASSERT_TRUE(march);
    EXPECT_EQ(march->first, day(2025, 2, 1));
    EXPECT_EQ(march->second, day(2025, 2, 28));
    EXPECT_FALSE(Pacing::sameDaysBefore(Period::month(2025, 3), day(2025, 4, 1)));
}

class PacingScores : public Scoring
{};

// alice in June 2025 (seedJune): won revenue ¥36,000 (60% of J-02 on the 10th) + ¥90,000 (J-03 on the 20th) =
// ¥126,000 of a target of ¥100,000. On 10 June, 10 of 30 days: ¥33,333.33 expected; by then only J-02 was won
// but the card counts the whole month entered so far: ¥126,000 − ¥33,333.33… = ¥92,666.67 ahead.
// Satisfaction (a mean) has no pace.
TEST_F(PacingScores, ALineIsAheadOrBehindThePartOfItsTargetTodayExpects)
{
    seedJune();
    const Scorecard c = card(m_alice, "2025-06");
    const auto pace = Pacing::of(c.line(Metric::Revenue), c.period, day(2025, 6, 10));
    ASSERT_TRUE(pace);
    EXPECT_EQ(pace->share, Exact::ratio(1, 3));
    EXPECT_EQ(pace->expected, Exact::ratio(10000000, 3));
    EXPECT_TRUE(pace->ahead());
    EXPECT_EQ(*pace->gap().rounded(), 9266667);
    EXPECT_FALSE(Pacing::of(c.line(Metric::Satisfaction), c.period, day(2025, 6, 10)));
    EXPECT_FALSE(Pacing::of(c.line(Metric::Revenue), c.period, day(2025, 7, 1))); // over
    const QString text = ScoreFormat::pace(*pace, Metric::Revenue, QLocale::c());
    EXPECT_TRUE(text.contains(QStringLiteral("33333.33"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("ahead by"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("92666.67"))) << qPrintable(text);
    // And in explain, with the share of the period.
    const QString explained = ScoreFormat::explain(c, std::nullopt, {}, day(2025, 6, 10));
    EXPECT_TRUE(explained.contains(QStringLiteral("10 of 30 days (33.33%)"))) << qPrintable(explained);
}

// On 10 July 2025 the dashboard of July compares with 1–10 June, not all of June: in those days only J-02 was
// won (¥60,000: alice ¥36,000, bob ¥24,000; shares 60 + 40) and alice made 11 calls (3 June; the note does
// not count); her ratings of 12 and 22 June fall after, so satisfaction has nothing to compare with. July so
// far: alice's ¥5,000 deal of the 5th and her 3 follow-ups of the 1st. Against alice's July target of
// ¥31,000, 10 of 31 days expect ¥10,000: the team is ¥5,000 behind.
TEST_F(PacingScores, AnOpenPeriodIsComparedWithTheSameDaysOfThePreviousOne)
{
    seedJune();
    deal(m_beta, m_alice, 5000, QDate(2025, 7, 5), QStringLiteral("J-06"));
    target(m_alice, "2025-07", Metric::Revenue, 3100000);
    m_clock.set(QDateTime(day(2025, 7, 10), QTime(9, 0)));
    const ManagerDashboard d = DashboardData(*m_ws).manager(Period::month(2025, 7), {});
    ASSERT_TRUE(d.comparedDays);
    EXPECT_EQ(d.comparedDays->first, day(2025, 6, 1));
    EXPECT_EQ(d.comparedDays->second, day(2025, 6, 10));
    EXPECT_EQ(d.revenue.value, 500000);
    EXPECT_EQ(*d.revenue.previous, 6000000);
    EXPECT_EQ(*d.dealsWon.previous, 100);
    EXPECT_EQ(d.followUps.value, 3);
    EXPECT_EQ(*d.followUps.previous, 11);
    EXPECT_FALSE(d.satisfaction.previous);
    ASSERT_TRUE(d.revenuePace);
    EXPECT_EQ(d.revenuePace->expected, Exact(1000000));
    EXPECT_FALSE(d.revenuePace->ahead());
    EXPECT_EQ(*d.revenuePace->gap().rounded(), -500000);
    // The movers are like for like too: alice ¥5,000 against ¥36,000, bob nothing against ¥24,000.
    ASSERT_EQ(d.movers.size(), 2);
    EXPECT_EQ(d.movers.at(0).change, -3100000); // the largest fall first: alice
    EXPECT_EQ(d.movers.at(1).change, -2400000); // bob

    // June, looked at on 10 July, is over: it compares with the whole of May (nothing won then).
    const ManagerDashboard june = DashboardData(*m_ws).manager(Period::month(2025, 6), {});
    EXPECT_FALSE(june.comparedDays);
    EXPECT_FALSE(june.revenuePace);
    EXPECT_EQ(*june.revenue.previous, 0);
}
