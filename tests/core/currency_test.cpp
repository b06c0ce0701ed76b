// SPDX-License-Identifier: GPL-3.0-or-later
// Currencies are never added together (PRODUCT.md "Domain"): a deal in another currency counts at the rate of
// the month it closed, converted once and rounded half away from zero to the fen; without a rate it is
// refused, naming the rate; the handoff keeps the deal's own currency and adds the base amounts. Every
// expectation is worked by hand in the comment above it.
#include "tests/core/scoringfixture.h"

#include "core/domain/rate.h"
#include "core/interchange/financehandoff.h"
#include "core/interchange/importer.h"
#include "core/services/rateservice.h"
#include "core/storage/statement.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace attain;
using namespace attain::test;

namespace {

qint64 scalar(Workspace &ws, const QByteArray &sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}

class Currency : public Scoring
{
protected:
    void rate(const char *currency, const char *month, qint64 micro)
    {
        Rate r;
        r.currency = QString::fromLatin1(currency);
        r.month = QString::fromLatin1(month);
        r.micro = micro;
        const auto set = RateService(*m_ws).set(r);
        ASSERT_TRUE(set) << qPrintable(set.message());
    }
    Result<Deal> foreignDeal(qint64 minor, const char *currency, QDate closed, const QString &number,
                             QList<Split> splits = {}, Stage stage = Stage::Won)
    {
        Deal d = makeDeal(m_acme.id, m_alice.id, 0, closed, stage, number);
        d.amount = Money(minor, QString::fromLatin1(currency));
        d.splits = splits;
        return DealService(*m_ws).create(d);
    }
    qint64 base(const QString &number)
    {
        return scalar(*m_ws, "SELECT base_amount FROM deals WHERE external_id = '" + number.toUtf8() + "'");
    }
    ImportReport import(const QByteArray &bytes, ImportKind kind)
    {
        QFile f(path(QStringLiteral("in.csv")));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        ImportOptions o;
        o.kind = kind;
        return Importer::run(*m_ws, f.fileName(), o);
    }
};

} // namespace

TEST(Rate, ParsesUpToSixDecimalsAndRefusesTheRest)
{
    EXPECT_EQ(*Rate::parse(u"7.1"), 7'100'000);
    EXPECT_EQ(*Rate::parse(u"0.048123"), 48'123);
    EXPECT_EQ(*Rate::parse(u"１２.５"), 12'500'000); // full-width digits
    EXPECT_EQ(*Rate::parse(u" 1,234.5 "), 1'234'500'000);
    EXPECT_FALSE(Rate::parse(u"7.1234567"));
    EXPECT_TRUE(Rate::parse(u"7.1234567").message().contains(QStringLiteral("six decimals")));
    EXPECT_FALSE(Rate::parse(u"0"));
    EXPECT_FALSE(Rate::parse(u"-7.1"));
    EXPECT_FALSE(Rate::parse(u"abc"));
    EXPECT_FALSE(Rate::parse(u"1000000.000001")); // past the largest rate
    EXPECT_EQ(Rate::format(7'100'000), QStringLiteral("7.1"));
    EXPECT_EQ(Rate::format(48'123), QStringLiteral("0.048123"));
    EXPECT_EQ(Rate::parseMonth(u"2025年3月"), QStringLiteral("2025-03"));
    EXPECT_EQ(Rate::parseMonth(u"2025/3"), QStringLiteral("2025-03"));
    EXPECT_TRUE(Rate::parseMonth(u"2025-13").isEmpty());
}

// $1,000,000.00 at 7.123456: 100,000,000 cents × 7.123456 = 712,345,600 fen, ¥7,123,456.00 exactly.
// ¥5 (JPY has no minor unit) at 0.048123 → 0.240615 CNY = 24.0615 fen → 24 fen.
// $0.05 at 7.1 → 35.5 fen: half rounds away from zero, 36. $0.05 at 7.09 → 35.45 fen → 35.
TEST(Rate, ConvertsOnceRoundingHalfAwayFromZero)
{
    const QString cny = QStringLiteral("CNY"), usd = QStringLiteral("USD"), jpy = QStringLiteral("JPY");
    EXPECT_EQ(*Rate::convert(100'000'000, usd, 7'123'456, cny), 712'345'600);
    EXPECT_EQ(*Rate::convert(5, jpy, 48'123, cny), 24);
    EXPECT_EQ(*Rate::convert(5, usd, 7'100'000, cny), 36);
    EXPECT_EQ(*Rate::convert(5, usd, 7'090'000, cny), 35);
    // Into a base with no minor unit: $10.00 at 150.5 yen = 1,505 yen.
    EXPECT_EQ(*Rate::convert(1000, usd, 150'500'000, jpy), 1505);
}

TEST_F(Currency, ADealWithoutARateForItsMonthIsRefusedNamingTheRate)
{
    const auto refused = foreignDeal(100'000'000, "USD", QDate(2025, 6, 10), QStringLiteral("U-1"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.problems().first().field, QStringLiteral("currency"));
    EXPECT_TRUE(refused.message().contains(QStringLiteral("USD"))) << qPrintable(refused.message());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("CNY")));
    EXPECT_TRUE(refused.message().contains(QStringLiteral("2025-06")));
    EXPECT_EQ(scalar(*m_ws, "SELECT count(*) FROM deals WHERE external_id = 'U-1'"), 0);
    // May's rate does not price a deal won in June.
    rate("USD", "2025-05", 7'000'000);
    EXPECT_FALSE(foreignDeal(100'000'000, "USD", QDate(2025, 6, 10), QStringLiteral("U-1")));
    // An open deal expected to close in June takes the newest rate at or before June: May's.
    ASSERT_TRUE(foreignDeal(100, "USD", QDate(2025, 6, 10), QStringLiteral("U-2"), {}, Stage::Open));
    EXPECT_EQ(base(QStringLiteral("U-2")), 700);
}

// A won $1,000,000.00 deal in June at 7.123456 counts ¥7,123,456.00 towards alice's revenue — not
// ¥1,000,000.00 — and a ¥5 JPY deal counts 24 fen, not ¥0.05. Together with nothing else: 712,345,600 + 24
// fen.
TEST_F(Currency, ScoresCountTheBaseAmountNeverTheDealsOwnNumber)
{
    rate("USD", "2025-06", 7'123'456);
    rate("JPY", "2025-06", 48'123);
    ASSERT_TRUE(foreignDeal(100'000'000, "USD", QDate(2025, 6, 10), QStringLiteral("U-1")));
    ASSERT_TRUE(foreignDeal(5, "JPY", QDate(2025, 6, 11), QStringLiteral("Y-1")));
    EXPECT_EQ(base(QStringLiteral("U-1")), 712'345'600);
    EXPECT_EQ(base(QStringLiteral("Y-1")), 24);
    const Scorecard c = card(m_alice, "2025-06");
    EXPECT_EQ(*c.line(Metric::Revenue).exactActual, Exact(712'345'624));
}

// $0.03 split 50/50 at 7.1: 21.3 fen → 21 fen in the base; 10.5 each, the fen left over to the login that
// sorts first (alice): alice 11, bob 10. In dollars: 1.5 cents each → alice 2, bob 1.
TEST_F(Currency, ASplitForeignDealSharesTheBaseAmountInWholeFen)
{
    rate("USD", "2025-06", 7'100'000);
    ASSERT_TRUE(
        foreignDeal(3, "USD", QDate(2025, 6, 10), QStringLiteral("U-3"), {{m_alice.id, 50}, {m_bob.id, 50}}));
    EXPECT_EQ(base(QStringLiteral("U-3")), 21);
    EXPECT_EQ(scalar(*m_ws, "SELECT credited FROM deal_splits s JOIN members m ON m.id = s.member_id WHERE "
                            "m.login = 'alice'"),
              11);
    EXPECT_EQ(scalar(*m_ws, "SELECT credited FROM deal_splits s JOIN members m ON m.id = s.member_id WHERE "
                            "m.login = 'bob'"),
              10);
    const auto table = FinanceHandoff::deals(*m_ws, period("2025-06"));
    ASSERT_TRUE(table);
    const int credited = table->columnIndex(QStringLiteral("credited_amount"));
    const int baseCredited = table->columnIndex(QStringLiteral("base_credited_amount"));
    ASSERT_GE(baseCredited, 0);
    ASSERT_EQ(table->rows.size(), 2);
    EXPECT_EQ(table->rows.at(0).at(credited), QStringLiteral("0.02")); // alice, USD
    EXPECT_EQ(table->rows.at(1).at(credited), QStringLiteral("0.01")); // bob, USD
    EXPECT_EQ(table->rows.at(0).at(baseCredited), QStringLiteral("0.11"));
    EXPECT_EQ(table->rows.at(1).at(baseCredited), QStringLiteral("0.10"));
    EXPECT_EQ(table->rows.at(0).at(table->columnIndex(QStringLiteral("currency"))), QStringLiteral("USD"));
    EXPECT_EQ(table->rows.at(0).at(table->columnIndex(QStringLiteral("base_currency"))),
              QStringLiteral("CNY"));
}

// A corrected June rate (7.1 → 7.2) converts the deals that took it again: $100.00 → ¥710.00 → ¥720.00, and
// its split credits follow (60/40: 426.00 + 284.00 → 432.00 + 288.00).
TEST_F(Currency, AChangedRateConvertsItsDealsAgain)
{
    rate("USD", "2025-06", 7'100'000);
    ASSERT_TRUE(foreignDeal(10'000, "USD", QDate(2025, 6, 10), QStringLiteral("U-4"),
                            {{m_alice.id, 60}, {m_bob.id, 40}}));
    EXPECT_EQ(base(QStringLiteral("U-4")), 71'000);
    rate("USD", "2025-06", 7'200'000);
    EXPECT_EQ(base(QStringLiteral("U-4")), 72'000);
    Statement st(*m_ws, "SELECT group_concat(credited, '+') FROM (SELECT credited FROM deal_splits ORDER BY "
                        "credited DESC)");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), QStringLiteral("43200+28800"));
}

TEST_F(Currency, ARateADealTakesCannotBeRemoved)
{
    rate("USD", "2025-06", 7'100'000);
    ASSERT_TRUE(foreignDeal(10'000, "USD", QDate(2025, 6, 10), QStringLiteral("U-5")));
    const auto june = RateService(*m_ws).find(QStringLiteral("USD"), QStringLiteral("2025-06"));
    ASSERT_TRUE(june);
    const Status removed = RateService(*m_ws).remove(june->id);
    EXPECT_FALSE(removed);
    EXPECT_TRUE(removed.message().contains(QStringLiteral("U-5"))) << qPrintable(removed.message());
    EXPECT_TRUE(RateService(*m_ws).find(QStringLiteral("USD"), QStringLiteral("2025-06")));
    EXPECT_EQ(base(QStringLiteral("U-5")), 71'000);
}

TEST_F(Currency, OnlyAManagerSetsRatesAndTheBaseIsFixedOnceThereAreDeals)
{
    m_ws->actAs(m_alice.id);
    Rate r;
    r.currency = QStringLiteral("USD");
    r.month = QStringLiteral("2025-06");
    r.micro = 7'100'000;
    EXPECT_FALSE(RateService(*m_ws).set(r));
    EXPECT_FALSE(RateService(*m_ws).setBaseCurrency(QStringLiteral("USD")));
    m_ws->actAs(m_boss.id);
    EXPECT_FALSE(RateService(*m_ws).set([&] {
        Rate self = r;
        self.currency = QStringLiteral("CNY"); // the base needs no rate
        return self;
    }()));
    ASSERT_TRUE(foreignDeal(100, "CNY", QDate(2025, 6, 10), QStringLiteral("C-1")));
    const Status changed = RateService(*m_ws).setBaseCurrency(QStringLiteral("USD"));
    EXPECT_FALSE(changed);
    EXPECT_EQ(RateService(*m_ws).baseCurrency(), QStringLiteral("CNY"));
}

// The file's own headers, in Chinese; a bad month names its row and its column as the file names it, and
// nothing of the file is written.
TEST_F(Currency, RatesImportFromAFileAndABadRowNamesItsColumn)
{
    const ImportReport bad =
        import("币种,月份,汇率\r\nUSD,2025年6月,7.1\r\nJPY,2025-13,0.05\r\n", ImportKind::Rates);
    EXPECT_FALSE(bad.ok());
    ASSERT_EQ(bad.problems.size(), 1);
    EXPECT_EQ(bad.problems.first().row, 3);
    EXPECT_EQ(bad.problems.first().field, QStringLiteral("月份")); // the file's own header
    EXPECT_EQ(scalar(*m_ws, "SELECT count(*) FROM rates"), 0);

    const ImportReport good =
        import("币种,月份,汇率\r\nUSD,2025年6月,7.1\r\nJPY,2025-06,0.048123\r\n", ImportKind::Rates);
    ASSERT_TRUE(good.ok()) << qPrintable(good.problems.isEmpty() ? QString() : good.problems.first().message);
    EXPECT_EQ(good.inserted, 2);
    EXPECT_EQ(scalar(*m_ws, "SELECT rate_micro FROM rates WHERE currency = 'USD' AND month = '2025-06'"),
              7'100'000);

    // A deals file in USD for July, which has no rate: the row and the currency column are named.
    const ImportReport deals = import("编号,负责人,客户,金额,币种,阶段,创建日期,成交日期\r\n"
                                      "U-9,alice,Acme 科技有限公司,100,USD,赢单,2025-07-01,2025-07-02\r\n",
                                      ImportKind::Deals);
    EXPECT_FALSE(deals.ok());
    ASSERT_FALSE(deals.problems.isEmpty());
    EXPECT_EQ(deals.problems.first().row, 2);
    EXPECT_EQ(deals.problems.first().field, QStringLiteral("币种"));
    EXPECT_TRUE(deals.problems.first().message.contains(QStringLiteral("2025-07")));
    EXPECT_EQ(scalar(*m_ws, "SELECT count(*) FROM deals WHERE external_id = 'U-9'"), 0);
}

// The manifest never adds cents, yen and fen: its total is of the base credited amounts (¥710.00 + ¥0.24 +
// ¥50.00 = 76,024 fen) and each currency's own total is given apart.
TEST_F(Currency, TheHandoffManifestTotalsTheBaseCurrencyAndEachCurrencyApart)
{
    rate("USD", "2025-06", 7'100'000);
    rate("JPY", "2025-06", 48'123);
    ASSERT_TRUE(foreignDeal(10'000, "USD", QDate(2025, 6, 10), QStringLiteral("U-6")));
    ASSERT_TRUE(foreignDeal(5, "JPY", QDate(2025, 6, 11), QStringLiteral("Y-6")));
    ASSERT_TRUE(foreignDeal(5'000, "CNY", QDate(2025, 6, 12), QStringLiteral("C-6")));
    const auto table = FinanceHandoff::deals(*m_ws, period("2025-06"));
    ASSERT_TRUE(table);
    EXPECT_EQ(table->header().size(), 18);
    const QString file = path(QStringLiteral("handoff.csv"));
    const auto written = FinanceHandoff::writeCsv(*table, file, CsvWriter::Encoding::Utf8Bom);
    ASSERT_TRUE(written) << qPrintable(written.message());
    const QJsonObject manifest =
        QJsonDocument::fromJson(fileBytes(FinanceHandoff::manifestPath(file))).object();
    EXPECT_EQ(manifest.value(QStringLiteral("total_minor")).toInteger(), 76'024);
    EXPECT_EQ(manifest.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    EXPECT_EQ(manifest.value(QStringLiteral("total_column")).toString(),
              QStringLiteral("base_credited_amount"));
    const QJsonObject byCurrency = manifest.value(QStringLiteral("total_minor_by_currency")).toObject();
    EXPECT_EQ(byCurrency.value(QStringLiteral("USD")).toInteger(), 10'000);
    EXPECT_EQ(byCurrency.value(QStringLiteral("JPY")).toInteger(), 5);
    EXPECT_EQ(byCurrency.value(QStringLiteral("CNY")).toInteger(), 5'000);
}
