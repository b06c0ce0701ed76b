// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dashboard/dashboarddata.h"
#include "core/demo/demogenerator.h"
#include "core/scoring/scoreengine.h"
#include "core/scoring/scoreformat.h"
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace attain;
using namespace attain::test;

namespace {
QString text(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.text(0) : QString();
}
qint64 number(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}
QStringList column(Workspace &ws, const char *sql)
{
    QStringList values;
    Statement st(ws, sql);
    while (st.next())
        values << st.text(0);
    return values;
}
} // namespace

class Demo : public WorkspaceTest
{
protected:
    std::unique_ptr<Workspace> make(const QString &name, quint64 seed)
    {
        DemoGenerator::Options o;
        o.seed = seed;
        o.today = QDate(2025, 6, 15);
        auto ws = Workspace::createFilled(path(name), options(),
                                          [&](Workspace &w) { return DemoGenerator(w, o).run(); });
        EXPECT_TRUE(ws.ok()) << qPrintable(ws.message());
        return ws.ok() ? std::move(ws).value() : nullptr;
    }
};

TEST_F(Demo, SmallDemoIsARealisticTeam)
{
    auto ws = make(QStringLiteral("demo.attain"), 1);
    ASSERT_TRUE(ws);
    EXPECT_EQ(number(*ws, "SELECT count(*) FROM teams"), 3);
    EXPECT_EQ(number(*ws, "SELECT count(*) FROM members"), 15);
    EXPECT_EQ(number(*ws, "SELECT count(DISTINCT level) FROM members WHERE role <> 'finance'"), 2);
    EXPECT_EQ(number(*ws, "SELECT count(*) FROM members WHERE role = 'finance'"), 1);
    EXPECT_EQ(text(*ws, "SELECT name FROM members ORDER BY rowid LIMIT 1"), QStringLiteral("张伟"));
    EXPECT_GT(number(*ws, "SELECT count(*) FROM deals"), 2000);
    EXPECT_GT(number(*ws, "SELECT count(DISTINCT deal_id) FROM deal_splits"), 20);
    EXPECT_EQ(number(*ws, "SELECT count(DISTINCT stage) FROM deals"), 3);
    EXPECT_GT(number(*ws, "SELECT count(*) FROM activities"), 4000);
    EXPECT_GT(number(*ws, "SELECT count(*) FROM ratings"), 200);
    EXPECT_EQ(text(*ws, "SELECT min(closed_on) >= '2023-04' FROM deals WHERE stage = 'won'"),
              QStringLiteral("1"));
    EXPECT_EQ(text(*ws, "SELECT max(closed_on) <= '2025-06-15' FROM deals WHERE stage = 'won'"),
              QStringLiteral("1"));
    // A target for every scored member, every month of the two years and every metric but progress.
    EXPECT_EQ(
        number(*ws, "SELECT count(*) FROM (SELECT member_id, period FROM targets WHERE member_id IS NOT NULL "
                    "GROUP BY member_id, period HAVING count(*) = 6)"),
        14 * 25);
    EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*ws).run()));
}

TEST_F(Demo, SameSeedSameData)
{
    auto a = make(QStringLiteral("a.attain"), 7);
    auto b = make(QStringLiteral("b.attain"), 7);
    auto c = make(QStringLiteral("c.attain"), 8);
    ASSERT_TRUE(a && b && c);
    const char *digest = "SELECT group_concat(id || external_id || amount || stage, ',') FROM deals";
    EXPECT_EQ(text(*a, digest), text(*b, digest));
    EXPECT_NE(text(*a, digest), text(*c, digest));
}

// The scoring engine reads a few members' credits through their own deals and more members' from the
// period's won deals; both give, for every member and metric, what everyone's pass gives, splits included.
TEST_F(Demo, SomeMembersScoreAsInEveryonesPassOnTheDemo)
{
    auto ws = make(QStringLiteral("demo.attain"), 3);
    ASSERT_TRUE(ws);
    QStringList team, all;
    {
        Statement st(*ws, "SELECT id, team_id = (SELECT team_id FROM members WHERE team_id IS NOT NULL "
                          "ORDER BY rowid LIMIT 1) FROM members WHERE role <> 'finance' ORDER BY rowid");
        while (st.next()) {
            all << st.text(0);
            if (st.int64(1))
                team << st.text(0);
        }
    }
    ASSERT_GT(team.size(), 4); // more than a few: the period's path
    const QList<QStringList> subsets{team, all.mid(0, 2), all.mid(3, 7), all};
    for (const char *p : {"2025-05", "2025-Q1", "2024"}) {
        const Period period = *Period::parse(QString::fromLatin1(p));
        const QList<Scorecard> everyone = ScoreEngine(*ws).everyone(period).members;
        for (const QStringList &ids : subsets) {
            const QList<Scorecard> some = ScoreEngine(*ws).members(period, ids);
            ASSERT_EQ(some.size(), ids.size()) << p;
            for (const Scorecard &c : some) {
                const auto it = std::find_if(everyone.begin(), everyone.end(),
                                             [&](const Scorecard &x) { return x.subjectId == c.subjectId; });
                ASSERT_NE(it, everyone.end());
                EXPECT_EQ(c.score, it->score) << p << " " << qPrintable(c.login);
                for (const MetricLine &l : c.lines)
                    EXPECT_EQ(l.actual, it->line(l.metric).actual)
                        << p << " " << qPrintable(c.login) << " metric " << int(l.metric) << " of "
                        << ids.size() << " members";
            }
        }
    }
}

// The scoring ledger gives the demo's scorecards byte for byte as the engine's queries: everyone and teams,
// a team, a few members; under the Standard plan and under one counting confirmed deals only.
TEST_F(Demo, TheLedgerScoresTheDemoAsTheQueries)
{
    auto ws = make(QStringLiteral("demo.attain"), 4);
    ASSERT_TRUE(ws);
    ASSERT_GT(number(*ws, "SELECT count(*) FROM deals WHERE stage = 'won' AND confirmed_on IS NULL"), 0);
    QStringList team, few;
    {
        Statement st(*ws, "SELECT id, team_id = (SELECT team_id FROM members WHERE team_id IS NOT NULL "
                          "ORDER BY rowid LIMIT 1) FROM members WHERE role <> 'finance' ORDER BY rowid");
        while (st.next()) {
            if (st.int64(1))
                team << st.text(0);
            if (few.size() < 3)
                few << st.text(0);
        }
    }
    for (const bool confirmedOnly : {false, true}) {
        const auto ledger = ScoreLedger::read(*ws, confirmedOnly);
        ASSERT_TRUE(ledger);
        EXPECT_GT(ledger->creditCount(), 1000);
        Plan plan = Plan::standard();
        plan.confirmedOnly = confirmedOnly;
        for (const char *p : {"2025-06", "2025-05", "2024-12", "2025-Q1", "2024-Q3", "2024", "2025"}) {
            const Period period = *Period::parse(QString::fromLatin1(p));
            ScoreEngine fromLedger(*ws), fromQueries(*ws);
            fromLedger.setPlan(plan);
            fromQueries.setPlan(plan);
            fromLedger.setLedgers(confirmedOnly ? ScoreLedgers{nullptr, ledger}
                                                : ScoreLedgers{ledger, nullptr});
            const auto everyone = fromLedger.everyone(period), expected = fromQueries.everyone(period);
            EXPECT_EQ(ScoreFormat::csv(everyone.members).toStdString(),
                      ScoreFormat::csv(expected.members).toStdString())
                << p << (confirmedOnly ? " confirmed" : "");
            EXPECT_EQ(ScoreFormat::csv(everyone.teams).toStdString(),
                      ScoreFormat::csv(expected.teams).toStdString())
                << p;
            for (const QStringList &ids : {team, few}) {
                const QList<Scorecard> some = fromLedger.members(period, ids);
                EXPECT_EQ(some.size(), ids.size());
                EXPECT_EQ(ScoreFormat::csv(some).toStdString(),
                          ScoreFormat::csv(fromQueries.members(period, ids)).toStdString())
                    << p;
                for (int i = 0; i < some.size() && i < expected.members.size(); ++i) {
                    const auto it =
                        std::find_if(expected.members.begin(), expected.members.end(),
                                     [&](const Scorecard &x) { return x.subjectId == some.at(i).subjectId; });
                    ASSERT_NE(it, expected.members.end());
                    EXPECT_EQ(some.at(i).previousRevenue, it->previousRevenue) << p;
                    EXPECT_EQ(some.at(i).previousDealsWon, it->previousDealsWon) << p;
                }
            }
        }
    }
}

// The manager dashboard's figures from the scoring ledgers equal those from the queries, for everyone and a
// team: each KPI and its previous value, the trend, every member's score, the movers.
TEST_F(Demo, TheDashboardFromTheLedgersEqualsTheOneFromTheQueries)
{
    auto ws = make(QStringLiteral("demo.attain"), 6);
    ASSERT_TRUE(ws);
    const QStringList team =
        column(*ws, "SELECT id FROM members WHERE team_id = (SELECT team_id FROM members "
                    "WHERE team_id IS NOT NULL ORDER BY rowid LIMIT 1)");
    ASSERT_GT(team.size(), 1);
    DashboardData fromLedgers(*ws);
    EXPECT_TRUE(fromLedgers.readLedgers(Period::month(2025, 6)));
    ASSERT_TRUE(fromLedgers.ledgers()[false]);
    EXPECT_FALSE(fromLedgers.readLedgers(Period::month(2025, 5))); // read already
    for (const QStringList &scope : {QStringList(), team})
        for (const Period &p : {Period::month(2025, 6), Period::month(2024, 11), Period::quarter(2025, 1),
                                Period::year(2024)}) {
            const ManagerDashboard a = fromLedgers.manager(p, scope),
                                   b = DashboardData(*ws).manager(p, scope);
            const QByteArray where = p.toString().toUtf8() + (scope.isEmpty() ? " everyone" : " a team");
            EXPECT_GT(a.revenue.value, 0) << where.constData();
            EXPECT_EQ(a.revenue.value, b.revenue.value) << where.constData();
            EXPECT_EQ(a.revenue.previous, b.revenue.previous) << where.constData();
            EXPECT_EQ(a.dealsWon.value, b.dealsWon.value) << where.constData();
            EXPECT_EQ(a.dealsWon.previous, b.dealsWon.previous) << where.constData();
            EXPECT_EQ(a.followUps.value, b.followUps.value) << where.constData();
            EXPECT_EQ(a.followUps.previous, b.followUps.previous) << where.constData();
            EXPECT_EQ(a.hasSatisfaction, b.hasSatisfaction) << where.constData();
            EXPECT_EQ(a.satisfaction.value, b.satisfaction.value) << where.constData();
            EXPECT_EQ(a.satisfaction.previous, b.satisfaction.previous) << where.constData();
            EXPECT_EQ(a.tiers, b.tiers) << where.constData();
            EXPECT_EQ(a.trend, b.trend) << where.constData();
            EXPECT_EQ(ScoreFormat::csv(a.members).toStdString(), ScoreFormat::csv(b.members).toStdString())
                << where.constData();
            ASSERT_EQ(a.movers.size(), b.movers.size()) << where.constData();
            for (int i = 0; i < a.movers.size(); ++i)
                EXPECT_EQ(a.movers.at(i).change, b.movers.at(i).change) << where.constData();
        }
}

// The dashboard counts the period's won deals without a contract number or product through an index of
// just those deals; the count is every such deal of the period, for everyone and for a team.
TEST_F(Demo, TheDashboardCountsWonDealsMissingDataThroughItsIndex)
{
    auto ws = make(QStringLiteral("demo.attain"), 5);
    ASSERT_TRUE(ws);
    const Period may = Period::month(2025, 5);
    const QStringList cleared = column(*ws, "SELECT id FROM deals WHERE stage = 'won' AND closed_on BETWEEN "
                                            "'2025-05-01' AND '2025-05-31' ORDER BY rowid LIMIT 3");
    ASSERT_EQ(cleared.size(), 3);
    DealService deals(*ws);
    for (int i = 0; i < cleared.size(); ++i) {
        Deal d = *deals.find(cleared.at(i));
        (i == 1 ? d.product : d.contractNo) = i == 2 ? QStringLiteral("  ").trimmed() : QString();
        ASSERT_TRUE(deals.update(d));
    }
    const auto counted = [&](const QStringList &scope) {
        for (const QualityItem &q : DashboardData(*ws).manager(may, scope).quality)
            if (q.key == QLatin1String("won_missing_data"))
                return qint64(q.count);
        return qint64(-1);
    };
    const auto expected = [&](const QStringList &scope) {
        QByteArray sql = "SELECT count(*) FROM deals NOT INDEXED WHERE stage = 'won' AND closed_on BETWEEN "
                         "'2025-05-01' AND '2025-05-31' AND (COALESCE(contract_no, '') = '' OR "
                         "COALESCE(product, '') = '')";
        if (!scope.isEmpty())
            sql += " AND owner_id IN (SELECT value FROM json_each(?))";
        Statement st(*ws, sql);
        if (!scope.isEmpty())
            st.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(scope)).toJson()));
        return st.next() ? st.int64(0) : -2;
    };
    EXPECT_GE(expected({}), 3);
    EXPECT_EQ(counted({}), expected({}));
    QStringList team;
    {
        Statement st(*ws, "SELECT m.id FROM members m JOIN deals d ON d.owner_id = m.id WHERE d.id = ?");
        st.bind(1, cleared.first());
        ASSERT_TRUE(st.next());
        team << st.text(0);
    }
    EXPECT_GE(expected(team), 1);
    EXPECT_EQ(counted(team), expected(team));
}
