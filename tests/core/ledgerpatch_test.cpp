// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring ledger follows each committed write row by row (issue "Exact numbers" 5): after every kind of
// change a score can feel — deals created, split, re-priced, moved to another month, lost, confirmed,
// deleted; follow-ups and ratings added, edited, deleted; a customer's first purchase moved — the patched
// ledger gives exactly the sums of a ledger read afresh, and the scorecards it makes are the ones the SQL
// path computes from the records (an independent implementation of the same rules).
#include "tests/core/scoringfixture.h"

#include "core/dashboard/dashboarddata.h"
#include "core/domain/rate.h"
#include "core/scoring/scoreledger.h"
#include "core/services/memberservice.h"
#include "core/services/rateservice.h"
#include "core/services/servicesupport.h"

using namespace attain;
using namespace attain::test;

namespace {

QString sumsText(const QHash<QString, ScoreSums> &sums)
{
    QStringList out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const ScoreSums &s = it.value();
        if (s.revenue == 0 && s.sharePercent == 0 && s.newCustomers == 0 && s.followUps == 0 &&
            s.ratingCount == 0 && s.customers == 0 && s.previousRevenue == 0 && s.previousSharePercent == 0)
            continue; // a member the other ledger may not know yet, with nothing
        out << QStringLiteral("%1: rev %2 share %3 new %4 fu %5 rating %6/%7 cust %8 rep %9 prev %10/%11")
                   .arg(it.key())
                   .arg(s.revenue)
                   .arg(s.sharePercent)
                   .arg(s.newCustomers)
                   .arg(s.followUps)
                   .arg(s.ratingSum)
                   .arg(s.ratingCount)
                   .arg(s.customers)
                   .arg(s.repeatCustomers)
                   .arg(s.previousRevenue)
                   .arg(s.previousSharePercent);
    }
    out.sort();
    return out.join(QLatin1Char('\n'));
}

QString cardsText(const QList<Scorecard> &cards)
{
    QStringList out;
    for (const Scorecard &c : cards) {
        QString line =
            c.login + QLatin1Char(' ') + (c.exactScore ? c.exactScore->toString() : QStringLiteral("-"));
        for (const MetricLine &l : c.lines)
            line += QLatin1Char(' ') + (l.exactActual ? l.exactActual->toString() : QStringLiteral("-"));
        out << line;
    }
    out.sort();
    return out.join(QLatin1Char('\n'));
}

/// What the manager's dashboard shows that does not depend on scores: the trend, the pipeline, the findings.
QString keptText(const ManagerDashboard &d)
{
    QStringList out;
    for (const auto &[p, revenue] : d.trend)
        out << p.toString() + QLatin1Char('=') + QString::number(revenue);
    for (const auto &[month, amount] : d.pipeline)
        out << QStringLiteral("open ") + month + QLatin1Char('=') + QString::number(amount);
    for (const QualityItem &q : d.quality)
        out << q.key + QLatin1Char(' ') + QString::number(q.count) + QLatin1Char(' ') +
                   QStringList(q.rows.isEmpty() ? QStringList() : q.rows.first()).join(QLatin1Char('|'));
    out << QStringLiteral("revenue ") + QString::number(d.revenue.value);
    return out.join(QLatin1Char('\n'));
}

class LedgerPatch : public Scoring
{
protected:
    void SetUp() override
    {
        Scoring::SetUp();
        seedJune();
        m_ledgers = {ScoreLedger::read(*m_ws, false), ScoreLedger::read(*m_ws, true)};
        ASSERT_TRUE(m_ledgers[0] && m_ledgers[1]);
    }
    /// Applies the last write to both ledgers and compares them with fresh reads and with the SQL path.
    void follow(const char *what)
    {
        SCOPED_TRACE(what);
        for (int i = 0; i < 2; ++i) {
            const auto patched = ScoreLedger::patched(m_ledgers[i], *m_ws, m_ws->lastChanges());
            ASSERT_TRUE(patched) << "confirmed only: " << i;
            m_ledgers[i] = patched;
            const auto fresh = ScoreLedger::read(*m_ws, i == 1);
            ASSERT_TRUE(fresh);
            EXPECT_EQ(patched->creditCount(), fresh->creditCount());
            for (const char *p : {"2025-06", "2025-07", "2025-Q2", "2025"}) {
                EXPECT_EQ(sumsText(patched->sums(period(p), {})).toStdString(),
                          sumsText(fresh->sums(period(p), {})).toStdString())
                    << p;
                EXPECT_EQ(patched->followUps(period(p), {}), fresh->followUps(period(p), {}));
                EXPECT_EQ(patched->ratings(period(p), {}), fresh->ratings(period(p), {}));
            }
            EXPECT_EQ(patched->monthlyRevenue({}), fresh->monthlyRevenue({}));
        }
        ScoreEngine fromLedger(*m_ws), fromRecords(*m_ws);
        fromLedger.setLedgers(m_ledgers);
        for (const char *p : {"2025-06", "2025-07", "2025-Q3"}) {
            EXPECT_EQ(cardsText(fromLedger.members(period(p))).toStdString(),
                      cardsText(fromRecords.members(period(p))).toStdString())
                << p;
            // Teams too: their distinct customers counted from the ledger's pairs, their targets from its
            // table.
            EXPECT_EQ(cardsText(fromLedger.everyone(period(p)).teams).toStdString(),
                      cardsText(fromRecords.everyone(period(p)).teams).toStdString())
                << p;
        }
    }
    ScoreLedgers m_ledgers;
};

} // namespace

TEST_F(LedgerPatch, FollowsEveryKindOfChangeExactly)
{
    DealService deals(*m_ws);
    // A three-way split of an odd amount, won in June on a new customer.
    const QString delta = customer(QStringLiteral("Delta"), m_bob);
    follow("customer");
    Deal d = makeDeal(delta, m_bob.id, 0, QDate(2025, 6, 28), Stage::Won, QStringLiteral("P-1"));
    d.amount = Money(100001);
    d.splits = {{m_alice.id, 34}, {m_bob.id, 33}, {m_boss.id, 33}};
    auto created = deals.create(d);
    ASSERT_TRUE(created) << qPrintable(created.message());
    follow("split deal created");
    Deal p1 = *created;
    p1.amount = Money(100003);
    ASSERT_TRUE(deals.update(p1));
    follow("re-priced");
    p1.closedOn = QDate(2025, 7, 2); // into July: Delta's first purchase moves
    ASSERT_TRUE(deals.update(p1));
    follow("moved to July");
    ASSERT_TRUE(ServiceSupport::inTransaction(
        *m_ws, [&] { return deals.confirm(*deals.find(p1.id), QDate(2025, 7, 3)); }));
    follow("confirmed");
    p1 = *deals.find(p1.id);
    p1.splits.clear();
    ASSERT_TRUE(deals.update(p1));
    follow("split removed");
    p1.stage = Stage::Lost;
    p1.confirmedOn = QDate();
    ASSERT_TRUE(deals.update(p1));
    follow("lost");
    ASSERT_TRUE(deals.remove(p1.id));
    follow("deleted");
    ASSERT_TRUE(deals.remove(deals.findByExternalId(QStringLiteral("J-02"))->id)); // Acme's first purchase
    follow("first purchase deleted");

    // A follow-up added, made a note (which does not count), deleted; a rating re-scored and deleted.
    Activity a;
    a.memberId = m_bob.id;
    a.customerId = m_gamma;
    a.kind = ActivityKind::Visit;
    a.at = QDateTime(QDate(2025, 6, 30), QTime(17, 0));
    auto visit = ActivityService(*m_ws).create(a);
    ASSERT_TRUE(visit);
    follow("follow-up");
    Activity note = *visit;
    note.kind = ActivityKind::Note;
    ASSERT_TRUE(ActivityService(*m_ws).update(note));
    follow("made a note");
    note.kind = ActivityKind::Call;
    note.at = QDateTime(QDate(2025, 7, 1), QTime(9, 0));
    ASSERT_TRUE(ActivityService(*m_ws).update(note));
    follow("a call in July");
    ASSERT_TRUE(ActivityService(*m_ws).remove(note.id));
    follow("follow-up deleted");
    Rating r;
    r.memberId = m_bob.id;
    r.customerId = m_gamma;
    r.ratedOn = QDate(2025, 6, 29);
    r.score = 2;
    auto rated = RatingService(*m_ws).create(r);
    ASSERT_TRUE(rated);
    follow("rating");
    Rating again = *rated;
    again.score = 4;
    ASSERT_TRUE(RatingService(*m_ws).update(again));
    follow("re-scored");
    ASSERT_TRUE(RatingService(*m_ws).remove(again.id));
    follow("rating deleted");

    // A corrected rate converts a dollar deal again: several rows in one write.
    Rate rate;
    rate.currency = QStringLiteral("USD");
    rate.month = QStringLiteral("2025-06");
    rate.micro = 7'100'000;
    ASSERT_TRUE(RateService(*m_ws).set(rate));
    follow("rate");
    Deal usd = makeDeal(m_gamma, m_bob.id, 0, QDate(2025, 6, 12), Stage::Won, QStringLiteral("U-1"));
    usd.amount = Money(12345, QStringLiteral("USD"));
    ASSERT_TRUE(deals.create(usd));
    follow("dollar deal");
    rate.micro = 7'250'000;
    ASSERT_TRUE(RateService(*m_ws).set(rate));
    follow("rate corrected");
}

TEST_F(LedgerPatch, TargetsItHoldsFollowEachChange)
{
    // Alice's July target of ¥5,000 against her ¥0 of July, then her quarter's months all set: the quarter's
    // revenue target becomes their sum (3 × ¥5,000), derived from the ledger's table as from the records.
    target(m_alice, "2025-07", Metric::Revenue, 500000);
    follow("a month's target");
    for (const char *m : {"2025-08", "2025-09"}) {
        target(m_alice, m, Metric::Revenue, 500000);
        follow(m);
    }
    ScoreEngine fromLedger(*m_ws);
    fromLedger.setLedgers(m_ledgers);
    const auto q3 = fromLedger.member(m_alice.id, period("2025-Q3"));
    ASSERT_TRUE(q3);
    EXPECT_EQ(q3->line(Metric::Revenue).target, 1500000);
    EXPECT_TRUE(q3->line(Metric::Revenue).targetDerived);
    teamTarget("2025-07", Metric::Revenue, 1);
    follow("a team's target");
}

// The dashboard's kept figures follow each write's change set (issue "Exact numbers" 5): the pipeline is
// patched deal by deal, the monthly revenue taken again from the patched ledger, the findings computed again
// only after a change to what they list; each time the dashboard shows what one computed afresh shows.
TEST_F(LedgerPatch, TheDashboardsKeptFiguresFollowEachChange)
{
    // Bob's dashboard and everyone's, each keeping its own figures.
    DashboardData data(*m_ws), all(*m_ws);
    const Period quarter = period("2025-Q3");
    auto check = [&](const char *what) {
        SCOPED_TRACE(what);
        for (int i = 0; i < 2; ++i)
            m_ledgers[i] = ScoreLedger::patched(m_ledgers[i], *m_ws, m_ws->lastChanges());
        for (auto &[d, scope] : {std::pair{&data, QStringList{m_bob.id}}, std::pair{&all, QStringList()}}) {
            d->apply(m_ws->lastChanges());
            d->adoptLedgers(m_ledgers);
            DashboardData fresh(*m_ws);
            EXPECT_EQ(keptText(d->manager(quarter, scope)).toStdString(),
                      keptText(fresh.manager(quarter, scope)).toStdString());
        }
    };
    for (auto &[d, scope] : {std::pair{&data, QStringList{m_bob.id}}, std::pair{&all, QStringList()}}) {
        d->adoptLedgers(m_ledgers);
        d->manager(quarter, scope); // kept
    }
    const QString delta = customer(QStringLiteral("Delta"), m_bob);
    check("customer");
    DealService deals(*m_ws);
    Deal open = makeDeal(delta, m_bob.id, 0, QDate(2025, 8, 20), Stage::Open, QStringLiteral("O-1"));
    open.amount = Money(250001);
    auto created = deals.create(open);
    ASSERT_TRUE(created) << qPrintable(created.message());
    ASSERT_TRUE(data.kept() && data.kept()->pipeline);
    check("open deal");
    // A rating leaves every kept figure as it was: nothing to compute again.
    rating(m_bob, delta, QDate(2025, 7, 4), 5);
    DashboardData copy(*m_ws);
    copy.adopt(data.kept());
    copy.apply(m_ws->lastChanges());
    ASSERT_TRUE(copy.kept());
    EXPECT_TRUE(copy.kept()->pipeline && copy.kept()->monthlyRevenue && copy.kept()->quality);
    check("rating");
    open = *created;
    open.closedOn = QDate(2025, 9, 15); // expected a month later
    const auto earlier = deals.update(open);
    ASSERT_TRUE(earlier) << qPrintable(earlier.message());
    // The deal's change patches the pipeline; the revenue waits to be computed.
    copy.adopt(data.kept());
    copy.apply(m_ws->lastChanges());
    EXPECT_TRUE(copy.kept()->pipeline && copy.kept()->quality);
    EXPECT_FALSE(copy.kept()->monthlyRevenue);
    check("moved");
    open.ownerId = m_alice.id; // out of Bob's scope
    const auto moved = deals.update(open);
    ASSERT_TRUE(moved) << qPrintable(moved.message());
    check("another owner");
    open.stage = Stage::Won;
    open.closedOn = QDate(2025, 8, 25);
    ASSERT_TRUE(deals.update(open));
    check("won");
    followUps(m_bob, delta, QDate(2025, 7, 10), 1);
    check("follow-up");
    ASSERT_TRUE(deals.remove(open.id));
    check("deleted");
    // Days pass without a write: the findings that count days ("no follow-up in 30 days") are counted again.
    m_clock.set(m_clock.now().addDays(120)); // Delta's follow-up of 10 July now more than 30 days ago
    for (auto &[d, scope] : {std::pair{&data, QStringList{m_bob.id}}, std::pair{&all, QStringList()}}) {
        DashboardData fresh(*m_ws);
        EXPECT_EQ(keptText(d->manager(quarter, scope)).toStdString(),
                  keptText(fresh.manager(quarter, scope)).toStdString());
    }
    ChangeSet large;
    large.count = ChangeSet::maxRows + 1;
    large.complete = false;
    data.apply(large);
    EXPECT_FALSE(data.kept());
}

TEST_F(LedgerPatch, AChangeItDoesNotHoldKeepsItAndOneTooLargeDropsIt)
{
    Member renamed = m_bob;
    renamed.name = QStringLiteral("Robert");
    ASSERT_TRUE(MemberService(*m_ws).update(renamed));
    EXPECT_EQ(ScoreLedger::patched(m_ledgers[0], *m_ws, m_ws->lastChanges()), m_ledgers[0]);
    ChangeSet tooLarge;
    tooLarge.count = ChangeSet::maxRows + 1;
    tooLarge.complete = false;
    EXPECT_FALSE(ScoreLedger::patched(m_ledgers[0], *m_ws, tooLarge));
}
