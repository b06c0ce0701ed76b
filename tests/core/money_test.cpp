// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <gtest/gtest.h>

#include <limits>

using namespace attain;

namespace {
qint64 minor(const char16_t *text, const QString &currency = QStringLiteral("CNY"))
{
    const auto m = Money::parse(QString::fromUtf16(text), currency);
    EXPECT_TRUE(m.ok()) << qPrintable(QString::fromUtf16(text)) << ": " << qPrintable(m.message());
    return m.ok() ? m->minor() : -1;
}
bool refused(const char16_t *text, const QString &currency = QStringLiteral("CNY"))
{
    return !Money::parse(QString::fromUtf16(text), currency).ok();
}
} // namespace

TEST(Money, ParsesTheBriefsForms)
{
    EXPECT_EQ(minor(u"21406.74"), 2140674);
    EXPECT_EQ(minor(u"21,406.74"), 2140674);
    EXPECT_EQ(minor(u"¥21,406.74"), 2140674);
    EXPECT_EQ(minor(u"￥21,406.74"), 2140674);
    EXPECT_EQ(minor(u"21406.7"), 2140670);
    EXPECT_EQ(minor(u"２１４０６．７４"), 2140674);
    EXPECT_EQ(minor(u"１，２３４．５０"), 123450);
    EXPECT_EQ(minor(u"  1234 "), 123400);
    EXPECT_EQ(minor(u"1234元"), 123400);
    EXPECT_EQ(minor(u"RMB 1,234.5"), 123450);
    EXPECT_EQ(minor(u"-5"), -500);
    EXPECT_EQ(minor(u"0.01"), 1);
    EXPECT_EQ(minor(u"1,234,567.89"), 123456789);
}

TEST(Money, RefusesWhatIsNotAnAmount)
{
    EXPECT_TRUE(refused(u""));
    EXPECT_TRUE(refused(u"abc"));
    EXPECT_TRUE(refused(u"1.234"));    // more decimals than fen
    EXPECT_TRUE(refused(u"12,34.00")); // malformed grouping
    EXPECT_TRUE(refused(u"1,2345"));
    EXPECT_TRUE(refused(u"1.2.3"));
    EXPECT_TRUE(refused(u"$5")); // a dollar amount is not yuan
    EXPECT_TRUE(refused(u"99999999999999999999"));
    EXPECT_TRUE(refused(u"92233720368547758.08")); // one fen past the largest amount
    EXPECT_FALSE(refused(u"92233720368547758.07"));
}

TEST(Money, MessagesNameTheInput)
{
    const auto m = Money::parse(u"12,34", QStringLiteral("CNY"));
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.problems().first().field, QStringLiteral("amount"));
    EXPECT_TRUE(m.problems().first().message.contains(QStringLiteral("12,34")));
}

TEST(Money, CurrenciesWithoutMinorUnits)
{
    EXPECT_EQ(minor(u"1,500", QStringLiteral("JPY")), 1500);
    EXPECT_TRUE(refused(u"1500.5", QStringLiteral("JPY")));
    EXPECT_EQ(Money(1500, QStringLiteral("JPY")).toDecimalString(), QStringLiteral("1500"));
}

TEST(Money, ArithmeticRefusesOverflowAndMixedCurrencies)
{
    const Money max(std::numeric_limits<qint64>::max());
    EXPECT_FALSE(max.plus(Money(1)).ok());
    EXPECT_TRUE(max.plus(Money(0)).ok());
    EXPECT_FALSE(Money(std::numeric_limits<qint64>::min()).minus(Money(1)).ok());
    EXPECT_FALSE(Money(100).plus(Money(100, QStringLiteral("USD"))).ok());
    EXPECT_EQ(Money(150).plus(Money(-50))->minor(), 100);
    EXPECT_FALSE(max.times(2, 1).ok());
    EXPECT_FALSE(Money(1).times(1, 0).ok());
}

TEST(Money, TimesRoundsHalfAwayFromZero)
{
    EXPECT_EQ(Money(5).times(1, 2)->minor(), 3);                // 2.5 → 3
    EXPECT_EQ(Money(-5).times(1, 2)->minor(), -3);              // −2.5 → −3
    EXPECT_EQ(Money(4).times(1, 3)->minor(), 1);                // 1.33 → 1
    EXPECT_EQ(Money(2140674).times(60, 100)->minor(), 1284404); // 12844.044 → 12844.04
    EXPECT_EQ(Money(2140675).times(2, 100)->minor(), 42814);    // 428.135 → 428.14
    EXPECT_EQ(Money(std::numeric_limits<qint64>::max()).times(1, 1)->minor(),
              std::numeric_limits<qint64>::max());
}

TEST(Money, FormatsThroughTheLocale)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    EXPECT_EQ(Money(2140674).format(en), QStringLiteral("¥21,406.74"));
    EXPECT_EQ(Money(-2140674).format(en), QStringLiteral("-¥21,406.74"));
    EXPECT_EQ(Money(5).format(zh), QStringLiteral("¥0.05"));
    EXPECT_EQ(Money(2140674).toDecimalString(), QStringLiteral("21406.74"));
    EXPECT_EQ(Money(-50).toDecimalString(), QStringLiteral("-0.50"));
    EXPECT_EQ(Money(std::numeric_limits<qint64>::min()).toDecimalString(),
              QStringLiteral("-92233720368547758.08"));
    EXPECT_EQ(Money(2500000, QStringLiteral("USD")).format(en), QStringLiteral("$25,000.00"));
}

TEST(Money, CompactFormUsesWanAndYiInChinese)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    EXPECT_EQ(Money(2140674).formatCompact(zh), QStringLiteral("¥2.14万"));
    EXPECT_EQ(Money(3000000).formatCompact(zh), QStringLiteral("¥3万"));
    EXPECT_EQ(Money(12345678900).formatCompact(zh), QStringLiteral("¥1.23亿"));
    EXPECT_EQ(Money(999900).formatCompact(zh), QStringLiteral("¥9,999.00"));
    EXPECT_EQ(Money(2140674).formatCompact(en), QStringLiteral("¥21.41K"));
    EXPECT_EQ(Money(123456789).formatCompact(en), QStringLiteral("¥1.23M"));
}
