// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/period.h"

#include <gtest/gtest.h>

using namespace attain;

namespace {
Period p(const char *text)
{
    const auto r = Period::parse(QString::fromLatin1(text));
    EXPECT_TRUE(r.ok()) << text;
    return r.ok() ? *r : Period();
}
} // namespace

TEST(Period, ParsesMonthsQuartersAndYears)
{
    EXPECT_EQ(p("2025-06"), Period::month(2025, 6));
    EXPECT_EQ(p("2025-6"), Period::month(2025, 6));
    EXPECT_EQ(p("2025-Q2"), Period::quarter(2025, 2));
    EXPECT_EQ(p("2025q2"), Period::quarter(2025, 2));
    EXPECT_EQ(p("2025"), Period::year(2025));
    EXPECT_EQ(Period::parse(u"２０２５-０６")->toString(), QStringLiteral("2025-06"));
    for (const char *bad : {"2025-13", "2025-00", "2025-Q5", "25-06", "June", "", "2025-06-01"})
        EXPECT_FALSE(Period::parse(QString::fromLatin1(bad)).ok()) << bad;
}

TEST(Period, CanonicalText)
{
    EXPECT_EQ(Period::month(2025, 6).toString(), QStringLiteral("2025-06"));
    EXPECT_EQ(Period::quarter(2025, 2).toString(), QStringLiteral("2025-Q2"));
    EXPECT_EQ(Period::year(2025).toString(), QStringLiteral("2025"));
}

TEST(Period, Bounds)
{
    EXPECT_EQ(p("2024-02").end(), QDate(2024, 2, 29));
    EXPECT_EQ(p("2025-02").end(), QDate(2025, 2, 28));
    EXPECT_EQ(p("2025-Q4").start(), QDate(2025, 10, 1));
    EXPECT_EQ(p("2025-Q4").end(), QDate(2025, 12, 31));
    EXPECT_EQ(p("2025").end(), QDate(2025, 12, 31));
}

TEST(Period, PreviousAndNextCrossYears)
{
    EXPECT_EQ(p("2025-01").previous(), p("2024-12"));
    EXPECT_EQ(p("2024-12").next(), p("2025-01"));
    EXPECT_EQ(p("2025-Q1").previous(), p("2024-Q4"));
    EXPECT_EQ(p("2024-Q4").next(), p("2025-Q1"));
    EXPECT_EQ(p("2025").previous(), p("2024"));
}

TEST(Period, Containment)
{
    EXPECT_TRUE(p("2025-Q2").contains(QDate(2025, 4, 1)));
    EXPECT_TRUE(p("2025-Q2").contains(QDate(2025, 6, 30)));
    EXPECT_FALSE(p("2025-Q2").contains(QDate(2025, 7, 1)));
    EXPECT_TRUE(p("2025").contains(p("2025-Q3")));
    EXPECT_TRUE(p("2025-Q3").contains(p("2025-08")));
    EXPECT_FALSE(p("2025-Q3").contains(p("2025-10")));
    EXPECT_FALSE(p("2025-06").contains(p("2025-Q2")));
}

TEST(Period, MonthsOfAPeriod)
{
    const auto months = p("2025-Q2").months();
    ASSERT_EQ(months.size(), 3);
    EXPECT_EQ(months.first(), p("2025-04"));
    EXPECT_EQ(months.last(), p("2025-06"));
    EXPECT_EQ(p("2025").months().size(), 12);
    EXPECT_EQ(p("2025-06").months(), QList<Period>{p("2025-06")});
}
