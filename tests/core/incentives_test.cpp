// SPDX-License-Identifier: GPL-3.0-or-later
// Incentives against hand-computed statements (PRODUCT.md "Incentives"): each commission rule type on the
// same June, the awards, adjustments, a clawback across periods, period close with its discrepancy list,
// the plan-change preview and the payouts file reconciling to the fen.
#include "tests/core/scoringfixture.h"

#include "core/incentives/adjustments.h"
#include "core/incentives/incentivestatement.h"
#include "core/incentives/periodclose.h"
#include "core/incentives/planpreview.h"
#include "core/incentives/statementformat.h"
#include "core/interchange/financehandoff.h"
#include "core/services/planservice.h"
#include "core/storage/changelog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace attain;
using namespace attain::test;

class Incentives : public Scoring
{
protected:
    /// Saves a plan like Standard with these incentives, in effect from June 2025.
    void usePlan(const IncentiveRules &rules, const char *name = "June plan")
    {
        Plan p = Plan::standard();
        p.name = QString::fromUtf8(name);
        p.effectiveFrom = period("2025-06");
        p.incentives = rules;
        auto saved = PlanService(*m_ws).save(p);
        ASSERT_TRUE(saved) << qPrintable(saved.message());
    }
    IncentiveStatement statement(const Member &m, const char *p)
    {
        const auto s = StatementBuilder(*m_ws).members(period(p), {m.id});
        EXPECT_EQ(s.size(), 1);
        return s.isEmpty() ? IncentiveStatement() : s.first();
    }
    static QList<StatementLine> linesOf(const IncentiveStatement &s, StatementLine::Kind kind,
                                        const QString &award = QString())
    {
        QList<StatementLine> out;
        for (const StatementLine &l : s.lines)
            if (l.kind == kind && (award.isEmpty() || l.award == award))
                out << l;
        return out;
    }
    void setStage(const QString &number, Stage stage)
    {
        auto d = DealService(*m_ws).findByExternalId(number);
        ASSERT_TRUE(d);
        d->stage = stage;
        auto updated = DealService(*m_ws).update(*d);
        ASSERT_TRUE(updated) << qPrintable(updated.message());
    }
};

// alice's June base is ¥126,000 against ¥100,000 (126%): her 60% of J-02 (¥36,000, 10 June), then J-03
// (¥90,000, 20 June). bob's ¥54,000 against ¥20,000 (270%): his 40% of J-02 (¥24,000), then J-04 (¥30,000).
// Statements have a line per deal and band; deals fill the base in the order they closed.
TEST_F(Incentives, FlatRatePaysTheRateOnTheWholeBase)
{
    seedJune();
    IncentiveRules r;
    r.commission = {CommissionKind::Flat, {{0, 500}}, std::nullopt};
    usePlan(r);
    // 5% × 126,000 = 6,300; awards as Standard (first deal ¥200, one 5-star ¥50).
    const IncentiveStatement s = statement(m_alice, "2025-06");
    EXPECT_EQ(s.commissionMinor, 630000);
    EXPECT_EQ(s.totalMinor, 630000 + 25000);
    EXPECT_EQ(s.plan, QStringLiteral("June plan"));
}

TEST_F(Incentives, TieredPaysTheBandReachedOnTheWholeBase)
{
    seedJune();
    IncentiveRules r;
    r.commission = {CommissionKind::Tiered, {{0, 200}, {100, 300}, {150, 400}}, std::nullopt};
    usePlan(r);
    // alice 126% reaches the band from 100%: 3% × 126,000 = 3,780. bob 270%: 4% × 54,000 = 2,160.
    EXPECT_EQ(statement(m_alice, "2025-06").commissionMinor, 378000);
    // One line per deal, each at the band reached: bob's 40% of J-02 (24,000) and J-04 (30,000).
    const IncentiveStatement b = statement(m_bob, "2025-06");
    EXPECT_EQ(b.commissionMinor, 216000);
    const auto lines = linesOf(b, StatementLine::Kind::Commission);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).reference, QStringLiteral("J-02"));
    EXPECT_EQ(lines.at(0).amountMinor, 96000);
    EXPECT_EQ(lines.at(1).reference, QStringLiteral("J-04"));
    EXPECT_EQ(lines.at(1).amountMinor, 120000);
    for (const StatementLine &l : lines)
        EXPECT_EQ(l.fromPercent, 150);
}

TEST_F(Incentives, ACapAppearsAsItsOwnLineAndTheLinesAddUp)
{
    seedJune();
    IncentiveRules r; // graduated 2/3/4 as Standard, capped at ¥2,000
    r.commission.capMinor = 200000;
    usePlan(r);
    // Uncapped 2,780 (J-02 720; J-03 1,280 + 780): the cap takes 780 off.
    const IncentiveStatement s = statement(m_alice, "2025-06");
    EXPECT_EQ(s.commissionMinor, 200000);
    EXPECT_TRUE(s.capped);
    const auto cap = linesOf(s, StatementLine::Kind::Commission).last();
    EXPECT_EQ(cap.award, QStringLiteral("cap"));
    EXPECT_EQ(cap.amountMinor, -78000);
    qint64 sum = 0;
    for (const StatementLine &l : s.lines)
        sum += l.amountMinor;
    EXPECT_EQ(sum, s.totalMinor);
}

TEST_F(Incentives, AttainmentExactlyOnABandEdgeStaysInTheLowerBand)
{
    seedJune();
    target(m_alice, "2025-06", Metric::Revenue, 12600000); // exactly 100%
    const IncentiveStatement s = statement(m_alice, "2025-06");
    // J-02 (alice's 36,000) and J-03 (90,000) both lie in the first band; nothing above the edge.
    const auto lines = linesOf(s, StatementLine::Kind::Commission);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).amountMinor, 72000);
    EXPECT_EQ(lines.at(1).amountMinor, 180000);
    for (const StatementLine &l : lines)
        EXPECT_EQ(l.toPercent, 100);
}

// Tier award ¥100 per tier above the lowest reached: alice's 95.30 reaches "near" (80): one award.
// Follow-ups: 10 in a week pay ¥80; alice logged 11 calls on Tuesday 3 June, the 10th that day.
// Team pool ¥1,000 when the team reaches its revenue target: East's ¥180,000 against ¥150,000.
TEST_F(Incentives, TierFollowUpAndTeamPoolAwards)
{
    seedJune();
    teamTarget("2025-06", Metric::Revenue, 15000000);
    IncentiveRules r;
    r.tierAwardMinor = 10000;
    r.followUpsPerWeek = 10;
    r.followUpsAwardMinor = 8000;
    r.teamPoolMinor = 100000;
    usePlan(r);
    const IncentiveStatement a = statement(m_alice, "2025-06");
    const auto tier = linesOf(a, StatementLine::Kind::Award, QStringLiteral("tier"));
    ASSERT_EQ(tier.size(), 1);
    EXPECT_EQ(tier.first().reference, QStringLiteral("near"));
    const auto week = linesOf(a, StatementLine::Kind::Award, QStringLiteral("follow_ups"));
    ASSERT_EQ(week.size(), 1);
    EXPECT_EQ(week.first().date, QDate(2025, 6, 3));
    EXPECT_EQ(week.first().reference, QStringLiteral("2025-06-02"));
    EXPECT_EQ(week.first().amountMinor, 8000);
    // The pool split equally among East's scored members alice, bob and boss: 333.34, 333.33, 333.33.
    const auto all = StatementBuilder(*m_ws).members(period("2025-06"));
    QHash<QString, qint64> pool;
    for (const IncentiveStatement &s : all)
        for (const StatementLine &l : linesOf(s, StatementLine::Kind::Award, QStringLiteral("team_pool")))
            pool[s.login] += l.amountMinor;
    EXPECT_EQ(pool.value(QStringLiteral("alice")), 33334);
    EXPECT_EQ(pool.value(QStringLiteral("bob")), 33333);
    EXPECT_EQ(pool.value(QStringLiteral("boss")), 33333);

    // By credit: alice 126,000 and bob 54,000 of 180,000 → 700.00 and 300.00; boss credited nothing.
    r.poolSplit = PoolSplit::ByCredit;
    Plan p = PlanService(*m_ws).planFor(period("2025-06"));
    p.incentives = r;
    ASSERT_TRUE(PlanService(*m_ws).save(p));
    pool.clear();
    for (const IncentiveStatement &s : StatementBuilder(*m_ws).members(period("2025-06")))
        for (const StatementLine &l : linesOf(s, StatementLine::Kind::Award, QStringLiteral("team_pool")))
            pool[s.login] += l.amountMinor;
    EXPECT_EQ(pool.value(QStringLiteral("alice")), 70000);
    EXPECT_EQ(pool.value(QStringLiteral("bob")), 30000);
    EXPECT_FALSE(pool.contains(QStringLiteral("boss")));
}

TEST_F(Incentives, AdjustmentsNeedAReasonAndNameTheirAuthor)
{
    seedJune();
    m_ws->actAs(m_boss.id);
    AdjustmentService adjustments(*m_ws);
    Adjustment a;
    a.memberId = m_bob.id;
    a.period = period("2025-06");
    a.amountMinor = -15050;
    EXPECT_EQ(adjustments.add(a).problems().first().field, QStringLiteral("reason"));
    a.reason = QStringLiteral("   ");
    EXPECT_FALSE(adjustments.add(a));
    a.reason = QStringLiteral("客户退回样品");
    a.amountMinor = 0;
    EXPECT_EQ(adjustments.add(a).problems().first().field, QStringLiteral("amount"));
    a.amountMinor = -15050;
    ASSERT_TRUE(adjustments.add(a));
    const IncentiveStatement b = statement(m_bob, "2025-06");
    EXPECT_EQ(b.adjustmentsMinor, -15050);
    EXPECT_EQ(b.totalMinor, 186000 - 15050);
    const auto line = linesOf(b, StatementLine::Kind::Adjustment);
    ASSERT_EQ(line.size(), 1);
    EXPECT_EQ(line.first().author, QStringLiteral("boss"));
    EXPECT_EQ(line.first().detail, QStringLiteral("客户退回样品"));
    EXPECT_TRUE(StatementFormat::explain(line.first(), b).contains(QStringLiteral("客户退回样品")));
}

// May: alice wins M-01 ¥50,000 and M-02 ¥80,000 against ¥100,000: 2% × 100,000 + 3% × 30,000 = ¥2,900.
// May is closed and paid; in June (the clock's 15 June) M-02 is lost, then M-01: the June statement takes
// back 2,900 − 1,000 = ¥1,900 for M-02, then 1,000 for M-01; May's frozen statement does not move.
TEST_F(Incentives, AClawbackLandsInThePeriodOfTheChange)
{
    m_ws->actAs(m_boss.id);
    deal(m_acme.id, m_alice, 50000, QDate(2025, 5, 20), QStringLiteral("M-01"));
    deal(m_acme.id, m_alice, 80000, QDate(2025, 5, 21), QStringLiteral("M-02"));
    target(m_alice, "2025-05", Metric::Revenue, 10000000);
    EXPECT_EQ(statement(m_alice, "2025-05").commissionMinor, 290000);
    ASSERT_TRUE(PeriodCloseService(*m_ws).close(period("2025-05")));
    setStage(QStringLiteral("M-02"), Stage::Lost);
    setStage(QStringLiteral("M-01"), Stage::Lost);

    const IncentiveStatement june = statement(m_alice, "2025-06");
    const auto clawbacks = linesOf(june, StatementLine::Kind::Clawback);
    ASSERT_EQ(clawbacks.size(), 2);
    EXPECT_EQ(clawbacks.at(0).reference, QStringLiteral("M-02"));
    EXPECT_EQ(clawbacks.at(0).amountMinor, -190000);
    EXPECT_EQ(clawbacks.at(0).date, QDate(2025, 6, 15));
    EXPECT_EQ(clawbacks.at(1).reference, QStringLiteral("M-01"));
    EXPECT_EQ(clawbacks.at(1).amountMinor, -100000);
    EXPECT_EQ(june.clawbacksMinor, -290000);
    const IncentiveStatement may = statement(m_alice, "2025-05");
    EXPECT_TRUE(may.frozen);
    EXPECT_EQ(may.commissionMinor, 290000);
    // Nothing is clawed back in a period before the change, nor twice in a later one.
    EXPECT_TRUE(linesOf(statement(m_alice, "2025-07"), StatementLine::Kind::Clawback).isEmpty());
}

TEST_F(Incentives, CloseFreezesFiguresAndListsDiscrepancies)
{
    seedJune();
    m_ws->actAs(m_alice.id);
    EXPECT_FALSE(PeriodCloseService(*m_ws).close(period("2025-06"))); // a rep does not close
    m_ws->actAs(m_boss.id);
    PeriodCloseService closes(*m_ws);
    EXPECT_FALSE(closes.close(period("2025-08"))); // not begun
    const auto closed = closes.close(period("2025-06"));
    ASSERT_TRUE(closed) << qPrintable(closed.message());
    EXPECT_FALSE(closes.close(period("2025-06"))); // already closed
    EXPECT_TRUE(closes.discrepancies(period("2025-06")).isEmpty());

    // J-03 grows from ¥90,000 to ¥100,000 after the close.
    auto d = DealService(*m_ws).findByExternalId(QStringLiteral("J-03"));
    d->amount = Money(10000000);
    ASSERT_TRUE(DealService(*m_ws).update(*d));
    const IncentiveStatement frozen = statement(m_alice, "2025-06");
    EXPECT_TRUE(frozen.frozen);
    EXPECT_EQ(frozen.totalMinor, 303000);

    // Now 136,000: 2,000 + 3% × 36,000 = 3,080, plus the awards 250 → 3,330.
    const Discrepancies found = closes.discrepancies(period("2025-06"));
    ASSERT_EQ(found.changes.size(), 1);
    EXPECT_EQ(found.changes.first().reference, QStringLiteral("J-03"));
    EXPECT_EQ(found.changes.first().field, QStringLiteral("amount"));
    EXPECT_EQ(found.changes.first().oldValue, QStringLiteral("9000000"));
    EXPECT_EQ(found.changes.first().newValue, QStringLiteral("10000000"));
    EXPECT_EQ(found.changes.first().author, m_boss.id);
    ASSERT_EQ(found.effects.size(), 1);
    EXPECT_EQ(found.effects.first().login, QStringLiteral("alice"));
    EXPECT_EQ(found.effects.first().frozenTotal, 303000);
    EXPECT_EQ(found.effects.first().nowTotal, 333000);

    // Reopening needs a reason, is logged, and makes the statements live again.
    EXPECT_FALSE(closes.reopen(period("2025-06"), QStringLiteral(" ")));
    ASSERT_TRUE(closes.reopen(period("2025-06"), QStringLiteral("合同金额更正")));
    EXPECT_EQ(statement(m_alice, "2025-06").totalMinor, 333000);
    bool logged = false;
    for (const ChangeEntry &e : ChangeLog(*m_ws).recent(10))
        logged = logged ||
                 (e.entity == QLatin1String("period_closes") && e.field == QLatin1String("reopen_reason") &&
                  e.newValue.toString() == QStringLiteral("合同金额更正"));
    EXPECT_TRUE(logged);
    EXPECT_TRUE(closes.close(period("2025-06"))); // and it can be closed again
    EXPECT_EQ(statement(m_alice, "2025-06").totalMinor, 333000);
}

TEST_F(Incentives, PlanPreviewShowsEachMembersDifferenceAndTheTotal)
{
    seedJune();
    Plan draft = Plan::standard();
    draft.name = QStringLiteral("Flat 5%");
    draft.effectiveFrom = period("2025-07");
    draft.incentives.commission = {CommissionKind::Flat, {{0, 500}}, std::nullopt};
    const PlanPreview p = PlanPreview::compute(*m_ws, period("2025-06"), draft);
    EXPECT_EQ(p.currentPlan, QStringLiteral("Standard"));
    const auto row = [&](const Member &m) {
        for (const PlanPreviewRow &r : p.rows)
            if (r.memberId == m.id)
                return r;
        return PlanPreviewRow();
    };
    // alice 3,030 → 6,300 + 250; bob 1,860 → 5% × 54,000 = 2,700 + 200.
    EXPECT_EQ(row(m_alice).payoutNow, 303000);
    EXPECT_EQ(row(m_alice).payoutDraft, 655000);
    EXPECT_EQ(row(m_bob).payoutChange(), 290000 - 186000);
    EXPECT_EQ(row(m_alice).scoreNow, row(m_alice).scoreDraft); // same weights
    EXPECT_EQ(p.totalChange(), p.totalDraft - p.totalNow);
    qint64 sum = 0;
    for (const PlanPreviewRow &r : p.rows)
        sum += r.payoutChange();
    EXPECT_EQ(sum, p.totalChange());
}

// Odd rates make every line round: the payouts file's total is still the sum of the statements' totals.
TEST_F(Incentives, PayoutsFileReconcilesToTheFen)
{
    seedJune();
    deal(m_gamma, m_bob, 33333, QDate(2025, 6, 27), QStringLiteral("J-06"),
         {{m_bob.id, 67}, {m_alice.id, 33}});
    IncentiveRules r;
    r.commission = {CommissionKind::Graduated, {{0, 333}, {100, 517}, {150, 777}}, std::nullopt};
    usePlan(r);
    const auto statements = StatementBuilder(*m_ws).members(period("2025-06"));
    qint64 expected = 0;
    for (const IncentiveStatement &s : statements)
        expected += s.totalMinor;
    const auto table = FinanceHandoff::payouts(*m_ws, period("2025-06"));
    ASSERT_TRUE(table);
    const QString file = path(QStringLiteral("payouts.csv"));
    const auto written = FinanceHandoff::writeCsv(*table, file, CsvWriter::Encoding::Utf8Bom);
    ASSERT_TRUE(written);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, for Excel
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_EQ(rows.first(),
              (QStringList{QStringLiteral("period"), QStringLiteral("login"), QStringLiteral("name"),
                           QStringLiteral("team"), QStringLiteral("commission"), QStringLiteral("awards"),
                           QStringLiteral("adjustments"), QStringLiteral("total"), QStringLiteral("currency"),
                           QStringLiteral("plan")}));
    qint64 sum = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const qint64 total = Money::parse(rows.at(i).at(7), QStringLiteral("CNY"))->minor();
        const qint64 parts = Money::parse(rows.at(i).at(4), QStringLiteral("CNY"))->minor() +
                             Money::parse(rows.at(i).at(5), QStringLiteral("CNY"))->minor() +
                             Money::parse(rows.at(i).at(6), QStringLiteral("CNY"))->minor();
        EXPECT_EQ(parts, total) << qPrintable(rows.at(i).join(QLatin1Char(',')));
        sum += total;
    }
    EXPECT_EQ(rows.size() - 1, statements.size());
    EXPECT_EQ(sum, expected);
    QFile manifest(FinanceHandoff::manifestPath(file));
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    EXPECT_EQ(
        QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("total_minor")).toInteger(),
        expected);
}

TEST_F(Incentives, ClosePeriodAndPayoutsFromTheCommandLine)
{
    seedJune();
    m_ws.reset();
    const QString file = path(QStringLiteral("test.attain"));
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("close-period"), file}, &out, &err), 2);
    EXPECT_EQ(runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"),
                      QStringLiteral("2025-06"), QStringLiteral("--reopen")},
                     &out, &err),
              2);
    ASSERT_EQ(
        runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"), QStringLiteral("2025-06")},
               &out, &err),
        0)
        << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("closed 2025-06")));
    EXPECT_EQ(
        runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"), QStringLiteral("2025-06")},
               &out, &err),
        1);
    ASSERT_EQ(runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"),
                      QStringLiteral("2025-06"), QStringLiteral("--discrepancies")},
                     &out, &err),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("changes since the close: 0")));
    ASSERT_EQ(
        runCli({QStringLiteral("close-period"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
                QStringLiteral("--reopen"), QStringLiteral("--reason"), QStringLiteral("late deal")},
               &out, &err),
        0)
        << qPrintable(err);
    const QString handoff = path(QStringLiteral("june.csv"));
    ASSERT_EQ(runCli({QStringLiteral("export-finance"), file, QStringLiteral("--period"),
                      QStringLiteral("2025-06"), QStringLiteral("--out"), handoff},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("june-payouts.csv"))));
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("june-payouts.csv.manifest.json"))));
    EXPECT_TRUE(out.contains(QStringLiteral("payouts: ")));
}
