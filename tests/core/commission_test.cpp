// SPDX-License-Identifier: GPL-3.0-or-later
// Commission rules (PRODUCT.md "Incentives") against hand-computed amounts.
#include "core/incentives/commission.h"

#include <gtest/gtest.h>

using namespace attain;

namespace {
constexpr qint64 yuan(qint64 y)
{
    return y * 100;
}
} // namespace

// Standard: 2% up to 100% of target, 3% from 100% to 150%, 4% above. Target ¥100,000, base ¥180,000:
// 2% × 100,000 + 3% × 50,000 + 4% × 30,000 = 2,000 + 1,500 + 1,200 = ¥4,700.
TEST(Commission, StandardGraduatedWithAnAccelerator)
{
    const Commission c =
        CommissionCalculator::compute(CommissionRule::standard(), yuan(180000), yuan(100000));
    ASSERT_EQ(c.lines.size(), 3);
    EXPECT_EQ(c.lines.at(0).baseMinor, yuan(100000));
    EXPECT_EQ(c.lines.at(0).amountMinor, yuan(2000));
    EXPECT_EQ(c.lines.at(1).baseMinor, yuan(50000));
    EXPECT_EQ(c.lines.at(1).amountMinor, yuan(1500));
    EXPECT_EQ(c.lines.at(2).fromPercent, 150);
    EXPECT_EQ(c.lines.at(2).amountMinor, yuan(1200));
    EXPECT_EQ(c.totalMinor, yuan(4700));
    EXPECT_FALSE(c.capped);
}

// Exactly on the 150% edge: nothing is paid at 4%.
TEST(Commission, AttainmentExactlyOnABandEdge)
{
    const Commission c =
        CommissionCalculator::compute(CommissionRule::standard(), yuan(150000), yuan(100000));
    ASSERT_EQ(c.lines.size(), 2);
    EXPECT_EQ(c.totalMinor, yuan(3500));
    CommissionRule tiered = CommissionRule::standard();
    tiered.kind = CommissionKind::Tiered;
    // Tiered: exactly 100% reaches the 3% band for the whole base; a fen less stays at 2%.
    EXPECT_EQ(CommissionCalculator::compute(tiered, yuan(100000), yuan(100000)).totalMinor, yuan(3000));
    // 9,999,999 fen × 2% = 199,999.98 fen → 200,000 (at 3% it would be 299,999.97 → 300,000).
    EXPECT_EQ(CommissionCalculator::compute(tiered, yuan(100000) - 1, yuan(100000)).totalMinor, 200000);
    // 120% → 3% of ¥120,000.
    EXPECT_EQ(CommissionCalculator::compute(tiered, yuan(120000), yuan(100000)).totalMinor, yuan(3600));
}

// Without a revenue target: 2% of all of it; ¥12,345.67 × 2% = 246.9134 → ¥246.91.
TEST(Commission, NoTargetPaysTheFirstRateOnEverything)
{
    const Commission c = CommissionCalculator::compute(CommissionRule::standard(), 1234567, std::nullopt);
    ASSERT_EQ(c.lines.size(), 1);
    EXPECT_EQ(c.totalMinor, 24691);
    EXPECT_EQ(CommissionCalculator::compute(CommissionRule::standard(), 1234567, 0).totalMinor, 24691);
}

// Flat 5% of ¥1,000.10 = 50.005 → half away from zero → ¥50.01.
TEST(Commission, FlatRoundsHalfAwayFromZero)
{
    const CommissionRule flat{CommissionKind::Flat, {{0, 500}}, std::nullopt};
    EXPECT_EQ(CommissionCalculator::compute(flat, 100010, yuan(1)).totalMinor, 5001);
    EXPECT_EQ(CommissionCalculator::compute(flat, 0, yuan(1)).lines.size(), 0);
}

TEST(Commission, ACapCutsThePeriodsTotal)
{
    CommissionRule capped = CommissionRule::standard();
    capped.capMinor = yuan(3000);
    const Commission c = CommissionCalculator::compute(capped, yuan(180000), yuan(100000));
    EXPECT_TRUE(c.capped);
    EXPECT_EQ(c.totalMinor, yuan(3000));
    EXPECT_EQ(c.cappedByMinor, yuan(1700));
}

// Band edges that fall between fen are kept exact: target 333 fen puts 150% at 499.5 fen. Base 1,000 fen:
// 2% × 333 = 6.66 → 7; 3% × 166.5 = 4.995 → 5; 4% × 500.5 = 20.02 → 20; the total is the sum of the lines.
TEST(Commission, EdgesBetweenFenAndTotalsOfRoundedLines)
{
    const Commission c = CommissionCalculator::compute(CommissionRule::standard(), 1000, 333);
    ASSERT_EQ(c.lines.size(), 3);
    EXPECT_EQ(c.lines.at(0).amountMinor, 7);
    EXPECT_EQ(c.lines.at(1).amountMinor, 5);
    EXPECT_EQ(c.lines.at(2).amountMinor, 20);
    EXPECT_EQ(c.totalMinor, 32);
    qint64 sum = 0;
    for (const CommissionLine &l : c.lines)
        sum += l.amountMinor;
    EXPECT_EQ(sum, c.totalMinor);
}

// The largest base a deal may have, 10,000,000,000.00 at 3% and a fen more: 300,000,000.00 and
// 300,000,000.0003 → 300,000,000.00; at 2.5% of 10,000,000,000.02: 250,000,000.0005 → 250,000,000.00 (less
// than half a fen), and of 10,000,000,000.20: 250,000,000.005 → 250,000,000.01 (half away from zero),
// computed exactly, beyond the 53 bits of a double.
TEST(Commission, ExactForTheLargestDeals)
{
    const CommissionRule flat3{CommissionKind::Flat, {{0, 300}}, std::nullopt};
    EXPECT_EQ(CommissionCalculator::compute(flat3, 1'000'000'000'000, std::nullopt).totalMinor,
              30'000'000'000);
    EXPECT_EQ(CommissionCalculator::compute(flat3, 1'000'000'000'001, std::nullopt).totalMinor,
              30'000'000'000);
    const CommissionRule flat25{CommissionKind::Flat, {{0, 250}}, std::nullopt};
    EXPECT_EQ(CommissionCalculator::compute(flat25, 1'000'000'000'002, std::nullopt).totalMinor,
              25'000'000'000);
    EXPECT_EQ(CommissionCalculator::compute(flat25, 1'000'000'000'020, std::nullopt).totalMinor,
              25'000'000'001);
}
