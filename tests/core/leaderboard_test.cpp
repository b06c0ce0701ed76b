// SPDX-License-Identifier: GPL-3.0-or-later
// Leaderboards (PRODUCT.md "Leaderboards"): ranking with ties and with a lower-is-better metric, audiences,
// display modes and pseudonyms, and the command line applying the same rules.
#include "tests/core/scoringfixture.h"

#include "core/leaderboard/leaderboard.h"
#include "core/services/memberservice.h"
#include "core/services/teamservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace attain;
using namespace attain::test;

TEST(Ranking, EqualValuesShareARankAndTheNextSkips)
{
    const QList<Ranked> r = Leaderboards::rank({{QStringLiteral("1"), QStringLiteral("dora"), 100},
                                                {QStringLiteral("2"), QStringLiteral("Cleo"), 300},
                                                {QStringLiteral("3"), QStringLiteral("ann"), 500},
                                                {QStringLiteral("4"), QStringLiteral("bob"), 300}});
    QStringList order;
    QList<int> ranks;
    for (const Ranked &x : r) {
        order << x.input.login;
        ranks << x.rank;
    }
    EXPECT_EQ(order, (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("Cleo"),
                                  QStringLiteral("dora")})); // by login within the tie, any case
    EXPECT_EQ(ranks, (QList<int>{1, 2, 2, 4}));
}

TEST(Ranking, LowerIsBetterRanksTheSmallestFirst)
{
    const QList<Ranked> r = Leaderboards::rank({{QStringLiteral("1"), QStringLiteral("a"), 9},
                                                {QStringLiteral("2"), QStringLiteral("c"), 3},
                                                {QStringLiteral("3"), QStringLiteral("b"), 3},
                                                {QStringLiteral("4"), QStringLiteral("d"), 3},
                                                {QStringLiteral("5"), QStringLiteral("e"), 12}},
                                               true);
    QStringList order;
    QList<int> ranks;
    for (const Ranked &x : r) {
        order << x.input.login;
        ranks << x.rank;
    }
    EXPECT_EQ(order, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                  QStringLiteral("a"), QStringLiteral("e")}));
    EXPECT_EQ(ranks, (QList<int>{1, 1, 1, 4, 5}));
}

TEST(Pseudonyms, StableWithinAPeriodAndNewInTheNext)
{
    int changed = 0;
    QSet<QString> distinct;
    for (int i = 0; i < 40; ++i) {
        const QString id = QStringLiteral("member-%1").arg(i);
        const QString june = Leaderboards::pseudonym(id, Period::month(2025, 6));
        EXPECT_EQ(june, Leaderboards::pseudonym(id, Period::month(2025, 6)));
        EXPECT_FALSE(june.contains(id));
        changed += june != Leaderboards::pseudonym(id, Period::month(2025, 7));
        distinct.insert(june);
    }
    EXPECT_GE(changed, 36); // 1 in 256 may draw the same name twice
    EXPECT_GE(distinct.size(), 30);
}

/// June's East team (boss, alice, bob) and a West team with carol.
class Boards : public Scoring
{
protected:
    void SetUp() override
    {
        Scoring::SetUp();
        seedJune();
        const auto west = TeamService(*m_ws).create(Team{QString(), QStringLiteral("West"), QString()});
        ASSERT_TRUE(west);
        Member m;
        m.login = QStringLiteral("carol");
        m.name = QStringLiteral("陈卡罗");
        m.role = Role::Rep;
        m.level = QStringLiteral("junior");
        m.teamId = west->id;
        m_carol = *MemberService(*m_ws).create(m);
        const QString customer = this->customer(QStringLiteral("Delta"), m_carol);
        deal(customer, m_carol, 70000, QDate(2025, 6, 18), QStringLiteral("W-01"));
        target(m_carol, "2025-06", Metric::Revenue, 5000000);
    }
    void set(Board b, Audience a, DisplayMode mode)
    {
        ASSERT_TRUE(Leaderboards(*m_ws).setSettings(b, {a, mode}));
    }
    BoardView view(Board b, const Member &viewer)
    {
        return Leaderboards(*m_ws).view(b, period("2025-06"), viewer.id);
    }
    Member m_carol;
};

TEST_F(Boards, TheAdministratorsViewRanksEveryoneByName)
{
    const BoardView v = Leaderboards(*m_ws).view(Board::Revenue, period("2025-06"), QString());
    ASSERT_EQ(v.entries.size(), 4); // alice 126,000, carol 70,000, bob 54,000, boss nothing yet
    EXPECT_EQ(v.entries.at(0).shown, m_alice.name);
    EXPECT_EQ(v.entries.at(0).value, 12600000);
    EXPECT_EQ(v.entries.at(1).shown, m_carol.name);
    EXPECT_EQ(v.entries.at(2).rank, 3);
    EXPECT_EQ(v.entries.at(3).shown, m_boss.name);
    EXPECT_EQ(v.entries.at(3).value, 0);
}

TEST_F(Boards, ARepsViewOfAMyTeamBoardHoldsNoOtherTeam)
{
    for (DisplayMode mode :
         {DisplayMode::Names, DisplayMode::Pseudonyms, DisplayMode::RankBands, DisplayMode::SelfOnly}) {
        set(Board::Revenue, Audience::MyTeam, mode);
        const BoardView v = view(Board::Revenue, m_alice);
        ASSERT_TRUE(v.visible);
        EXPECT_EQ(v.total, 3); // alice, bob and boss
        for (const BoardEntry &e : v.entries) {
            EXPECT_NE(e.subjectId, m_carol.id);
            EXPECT_FALSE(e.shown.contains(m_carol.name));
            EXPECT_FALSE(e.shown.contains(m_carol.login));
            EXPECT_NE(e.team, QStringLiteral("West"));
        }
    }
    // Everyone: carol is on it.
    set(Board::Revenue, Audience::Everyone, DisplayMode::Names);
    EXPECT_EQ(view(Board::Revenue, m_alice).total, 4);
}

TEST_F(Boards, AManagersOnlyBoardIsHiddenFromReps)
{
    set(Board::Attainment, Audience::Managers, DisplayMode::Names);
    const BoardView rep = view(Board::Attainment, m_alice);
    EXPECT_FALSE(rep.visible);
    EXPECT_TRUE(rep.entries.isEmpty());
    EXPECT_TRUE(view(Board::Attainment, m_boss).visible);
    // And only a manager changes a board.
    m_ws->actAs(m_alice.id);
    EXPECT_FALSE(
        Leaderboards(*m_ws).setSettings(Board::Attainment, {Audience::Everyone, DisplayMode::Names}));
}

TEST_F(Boards, PseudonymsHideEveryoneButTheViewer)
{
    set(Board::Revenue, Audience::Everyone, DisplayMode::Pseudonyms);
    const BoardView v = view(Board::Revenue, m_bob);
    ASSERT_EQ(v.entries.size(), 4);
    for (const BoardEntry &e : v.entries) {
        if (e.subjectId == m_bob.id) {
            EXPECT_TRUE(e.isViewer);
            EXPECT_EQ(e.shown, m_bob.name);
            continue;
        }
        EXPECT_EQ(e.shown, Leaderboards::pseudonym(e.subjectId, period("2025-06")));
        for (const Member &m : {m_alice, m_carol, m_boss}) {
            EXPECT_FALSE(e.shown.contains(m.name));
            EXPECT_FALSE(e.shown.contains(m.login));
        }
        EXPECT_TRUE(e.team.isEmpty());
        EXPECT_TRUE(e.value); // values stay: only who is hidden
    }
}

TEST_F(Boards, RankBandsShowTheTopHalfWithoutValuesAndSelfOnlyShowsOneRank)
{
    set(Board::Revenue, Audience::Everyone, DisplayMode::RankBands);
    const BoardView bands = view(Board::Revenue, m_bob); // bob is third of four
    for (const BoardEntry &e : bands.entries)
        EXPECT_FALSE(e.value);
    // Top 10%: alice; top 50%: carol (2 of 4); bob sees himself without a band; boss (4th) is not listed.
    ASSERT_EQ(bands.entries.size(), 3);
    EXPECT_EQ(bands.entries.at(0).band, QStringLiteral("top_10"));
    EXPECT_TRUE(bands.entries.last().isViewer);
    EXPECT_TRUE(bands.entries.last().band.isEmpty());
    EXPECT_EQ(bands.notice, Leaderboards::tr("You are #%1 of %2.").arg(3).arg(4));

    set(Board::Revenue, Audience::Everyone, DisplayMode::SelfOnly);
    const BoardView self = view(Board::Revenue, m_carol);
    ASSERT_EQ(self.entries.size(), 1);
    EXPECT_EQ(self.entries.first().subjectId, m_carol.id);
    EXPECT_EQ(self.viewerRank, 2);
    EXPECT_EQ(self.notice, Leaderboards::tr("You are #%1 of %2.").arg(2).arg(4));
}

TEST_F(Boards, TeamsProgressAndSatisfaction)
{
    const BoardView teams = Leaderboards(*m_ws).view(Board::Team, period("2025-06"), QString());
    ASSERT_GE(teams.total, 1);
    EXPECT_EQ(teams.entries.first().shown, QStringLiteral("East"));
    // Satisfaction: alice (5 + 4) / 2 = 4.50, the only member rated in June.
    const BoardView satisfaction =
        Leaderboards(*m_ws).view(Board::Satisfaction, period("2025-06"), QString());
    ASSERT_EQ(satisfaction.entries.size(), 1);
    EXPECT_EQ(satisfaction.entries.first().value, 450);
    // Progress needs a score in both periods: nobody has one in May; in July alice (3 calls of 3) does.
    EXPECT_EQ(Leaderboards(*m_ws).view(Board::Progress, period("2025-06"), QString()).total, 0);
    target(m_alice, "2025-07", Metric::FollowUps, 300);
    const BoardView progress = Leaderboards(*m_ws).view(Board::Progress, period("2025-07"), QString());
    ASSERT_EQ(progress.total, 1);
    EXPECT_EQ(progress.entries.first().value,
              *card(m_alice, "2025-07").score - *card(m_alice, "2025-06").score);
}

// Boards scored from the scoring ledgers (as the app's pages do once the dashboard's worker has read them)
// are the boards scored from the queries, for every board, viewer and period.
TEST_F(Boards, BoardsFromTheLedgersAreTheSame)
{
    set(Board::Revenue, Audience::MyTeam, DisplayMode::Pseudonyms);
    Leaderboards fromLedgers(*m_ws);
    fromLedgers.setLedgers({ScoreLedger::read(*m_ws, false), ScoreLedger::read(*m_ws, true)});
    for (Board b : Leaderboards::all())
        for (const QString &viewer : {QString(), m_alice.id, m_carol.id, m_boss.id})
            for (const char *p : {"2025-06", "2025-Q2"}) {
                const BoardView a = fromLedgers.view(b, period(p), viewer);
                const BoardView e = Leaderboards(*m_ws).view(b, period(p), viewer);
                EXPECT_EQ(a.total, e.total) << p;
                ASSERT_EQ(a.entries.size(), e.entries.size()) << p;
                for (int i = 0; i < a.entries.size(); ++i) {
                    EXPECT_EQ(a.entries.at(i).shown, e.entries.at(i).shown) << p;
                    EXPECT_EQ(a.entries.at(i).value, e.entries.at(i).value) << p;
                    EXPECT_EQ(a.entries.at(i).rank, e.entries.at(i).rank) << p;
                }
            }
}

TEST_F(Boards, TheCommandLineAppliesTheSameRules)
{
    set(Board::Revenue, Audience::MyTeam, DisplayMode::Names);
    m_ws.reset();
    const QString file = path(QStringLiteral("test.attain"));
    QString out, err;
    EXPECT_EQ(
        runCli({QStringLiteral("leaderboard"), file, QStringLiteral("--period"), QStringLiteral("2025-06")},
               &out, &err),
        2);
    EXPECT_EQ(runCli({QStringLiteral("leaderboard"), file, QStringLiteral("--period"),
                      QStringLiteral("2025-06"), QStringLiteral("--board"), QStringLiteral("fame")},
                     &out, &err),
              2);
    ASSERT_EQ(
        runCli({QStringLiteral("leaderboard"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
                QStringLiteral("--board"), QStringLiteral("revenue"), QStringLiteral("--as"),
                QStringLiteral("alice"), QStringLiteral("--format"), QStringLiteral("csv")},
               &out, &err),
        0)
        << qPrintable(err);
    // The keys of every board file; money in yuan with two decimals, as `score --format csv` writes it.
    EXPECT_EQ(out, QStringLiteral("period,board,rank,login,name,team,value,band,you\n"
                                  "2025-06,revenue,1,alice,李娜,East,126000.00,,yes\n"
                                  "2025-06,revenue,2,bob,赵磊,East,54000.00,,\n"
                                  "2025-06,revenue,3,boss,王经理,East,0.00,,\n"))
        << qPrintable(out);
    // JSON: the same keys, a hidden one null.
    ASSERT_EQ(
        runCli({QStringLiteral("leaderboard"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
                QStringLiteral("--board"), QStringLiteral("revenue"), QStringLiteral("--as"),
                QStringLiteral("alice"), QStringLiteral("--format"), QStringLiteral("json")},
               &out, &err),
        0);
    const QJsonObject first = QJsonDocument::fromJson(out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("entries"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    EXPECT_EQ(first.keys(),
              (QStringList{QStringLiteral("band"), QStringLiteral("board"), QStringLiteral("login"),
                           QStringLiteral("name"), QStringLiteral("period"), QStringLiteral("rank"),
                           QStringLiteral("team"), QStringLiteral("value"), QStringLiteral("you")}));
    EXPECT_EQ(first.value(QStringLiteral("value")).toString(), QStringLiteral("126000.00"));
    EXPECT_EQ(first.value(QStringLiteral("login")).toString(), QStringLiteral("alice"));
    EXPECT_TRUE(first.value(QStringLiteral("band")).isNull());
    EXPECT_TRUE(first.value(QStringLiteral("you")).toBool());
    ASSERT_EQ(runCli({QStringLiteral("leaderboard"), file, QStringLiteral("--period"),
                      QStringLiteral("2025-06"), QStringLiteral("--board"), QStringLiteral("revenue")},
                     &out, &err),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("陈卡罗"))); // no --as: everyone, by name
}

// Four on the revenue board (alice 126,000, carol 70,000, bob 54,000, boss 0): in rank bands the top 10% is
// one member (alice), the top 25% one, the top half two (carol); boss's ¥0 earns no band, although a board
// of one or two would put him in the top half.
TEST_F(Boards, NothingIsNeverATopBandAndAnEmptyBoardSaysSo)
{
    set(Board::Revenue, Audience::Everyone, DisplayMode::RankBands);
    BoardView v = view(Board::Revenue, m_boss);
    for (const BoardEntry &e : v.entries)
        if (e.isViewer)
            EXPECT_TRUE(e.band.isEmpty()) << qPrintable(e.band);
    // July: nobody has won anything yet. Everyone shares the first place; the board says why.
    set(Board::Revenue, Audience::Everyone, DisplayMode::Names);
    v = Leaderboards(*m_ws).view(Board::Revenue, period("2025-07"), m_alice.id);
    ASSERT_FALSE(v.entries.isEmpty());
    for (const BoardEntry &e : v.entries) {
        EXPECT_EQ(e.rank, 1);
        EXPECT_TRUE(e.band.isEmpty());
    }
    EXPECT_EQ(
        v.notice,
        Leaderboards::tr("Nobody has anything on this board for %1 yet.").arg(period("2025-07").label()));
    set(Board::Revenue, Audience::Everyone, DisplayMode::RankBands);
    v = Leaderboards(*m_ws).view(Board::Revenue, period("2025-07"), m_alice.id);
    for (const BoardEntry &e : v.entries)
        EXPECT_TRUE(e.band.isEmpty()) << qPrintable(e.shown);
}

// A pseudonymised board never carries the login behind a pseudonym; the viewer's own row does.
TEST_F(Boards, APseudonymHidesTheLogin)
{
    set(Board::Revenue, Audience::Everyone, DisplayMode::Pseudonyms);
    const BoardView v = view(Board::Revenue, m_bob);
    for (const BoardEntry &e : v.entries)
        EXPECT_EQ(e.login, e.isViewer ? m_bob.login : QString()) << qPrintable(e.shown);
}
