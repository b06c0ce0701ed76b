// SPDX-License-Identifier: GPL-3.0-or-later
// A closed period's finance files reconcile (issue 16, item 4): written again after its deals are edited,
// added and deleted, the deals file and the payouts file are byte for byte the ones written at the close;
// what changed since is a discrepancy, and the workspace's live figures move on.
#include "tests/core/scoringfixture.h"

#include "core/incentives/periodclose.h"
#include "core/interchange/financehandoff.h"

#include <QFile>

using namespace attain;
using namespace attain::test;

namespace {

class ClosedPeriod : public Scoring
{
protected:
    /// The period's CSV handoff, both files' bytes.
    QPair<QByteArray, QByteArray> handoff(const QString &name)
    {
        const QString file = path(name + QStringLiteral(".csv"));
        const auto deals = FinanceHandoff::deals(*m_ws, period("2025-06"));
        const auto payouts = FinanceHandoff::payouts(*m_ws, period("2025-06"));
        EXPECT_TRUE(deals && payouts);
        if (!deals || !payouts)
            return {};
        EXPECT_TRUE(FinanceHandoff::writeCsv(*deals, file, CsvWriter::Encoding::Utf8Bom));
        EXPECT_TRUE(FinanceHandoff::writeCsv(*payouts, FinanceHandoff::payoutsPath(file),
                                             CsvWriter::Encoding::Utf8Bom));
        auto bytes = [](const QString &p) {
            QFile f(p);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        return {bytes(file), bytes(FinanceHandoff::payoutsPath(file))};
    }
};

} // namespace

TEST_F(ClosedPeriod, ItsFilesAreTheFrozenOnesWhateverIsEditedLater)
{
    seedJune();
    m_ws->actAs(m_boss.id);
    const auto open = FinanceHandoff::deals(*m_ws, period("2025-06"));
    ASSERT_TRUE(open);
    EXPECT_FALSE(open->frozen);
    EXPECT_TRUE(open->closedOn.isEmpty());
    const auto before = handoff(QStringLiteral("before"));
    ASSERT_FALSE(before.first.isEmpty());
    ASSERT_FALSE(before.second.isEmpty());
    ASSERT_TRUE(PeriodCloseService(*m_ws).close(period("2025-06")));

    // After the close: a deal grows, one is added, one is deleted.
    auto grown = DealService(*m_ws).findByExternalId(QStringLiteral("J-03"));
    ASSERT_TRUE(grown);
    grown->amount = Money(grown->amount.minor() + 1234567);
    ASSERT_TRUE(DealService(*m_ws).update(*grown));
    deal(m_gamma, m_bob, 77777, QDate(2025, 6, 27), QStringLiteral("J-99"));
    const auto gone = DealService(*m_ws).findByExternalId(QStringLiteral("J-04"));
    ASSERT_TRUE(gone);
    ASSERT_TRUE(DealService(*m_ws).remove(gone->id));

    const auto table = FinanceHandoff::deals(*m_ws, period("2025-06"));
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->frozen);
    EXPECT_EQ(table->closedOn, m_clock.now().date().toString(Qt::ISODate));
    const auto after = handoff(QStringLiteral("after"));
    EXPECT_EQ(after.first, before.first);   // the deals file, byte for byte
    EXPECT_EQ(after.second, before.second); // the payouts file
    // The changes are discrepancies, and the live figures have moved.
    EXPECT_FALSE(PeriodCloseService(*m_ws).discrepancies(period("2025-06")).isEmpty());
    const auto live = FinanceHandoff::liveDeals(*m_ws, period("2025-06"));
    ASSERT_TRUE(live);
    EXPECT_NE(live->rows, table->rows);
    EXPECT_TRUE(live->rows.size() != table->rows.size() || live->totalMinor != table->totalMinor);

    // Reopened, the period's files are live again.
    ASSERT_TRUE(PeriodCloseService(*m_ws).reopen(period("2025-06"), QStringLiteral("J-03 was mistyped")));
    const auto reopened = FinanceHandoff::deals(*m_ws, period("2025-06"));
    ASSERT_TRUE(reopened);
    EXPECT_FALSE(reopened->frozen);
    EXPECT_EQ(reopened->rows, live->rows);
}

// Importing into a closed period says what it changed there: J-03 grows (¥90,000 → ¥95,000) and J-98 is new,
// both won in June — two changes the frozen figures do not take, listed as discrepancies; closedHolding()
// finds June for a date inside it and nothing for July.
TEST_F(ClosedPeriod, AnImportIntoItSaysWhatItChangedThere)
{
    seedJune();
    m_ws->actAs(m_boss.id);
    ASSERT_TRUE(PeriodCloseService(*m_ws).close(period("2025-06")));
    EXPECT_EQ(PeriodCloseService(*m_ws).closedHolding(QDate(2025, 6, 30))->period, period("2025-06"));
    EXPECT_FALSE(PeriodCloseService(*m_ws).closedHolding(QDate(2025, 7, 1)));
    m_ws.reset();
    QFile csv(path(QStringLiteral("june.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("external_id,owner,customer,amount,stage,created_on,closed_on\r\n"
              "J-03,alice,Beta,95000,won,2025-05-31,2025-06-20\r\n"
              "J-98,alice,Beta,100,won,2025-06-01,2025-06-21\r\n");
    csv.close();
    QString out, err;
    // Said before it is done: a dry run tells what would fall in the closed period, and writes nothing.
    const QStringList import{QStringLiteral("import"), path(QStringLiteral("test.attain")),
                             csv.fileName(),           QStringLiteral("--kind"),
                             QStringLiteral("deals"),  QStringLiteral("--as"),
                             QStringLiteral("boss")};
    EXPECT_EQ(runCli(import + QStringList{QStringLiteral("--dry-run")}, &out, &err), 0) << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("closed period 2025-06: 2 change(s) would be made, listed by "
                                            "close-period --discrepancies")))
        << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("dry run: nothing was written"))) << qPrintable(out);
    {
        auto ws = Workspace::open(path(QStringLiteral("test.attain")));
        ASSERT_TRUE(ws);
        EXPECT_TRUE(PeriodCloseService(**ws).discrepancies(period("2025-06")).changes.isEmpty());
        EXPECT_FALSE(DealService(**ws).findByExternalId(QStringLiteral("J-98")));
    }
    EXPECT_EQ(runCli(import, &out, &err), 0) << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("closed period 2025-06: 2 change(s), listed by close-period "
                                            "--discrepancies")))
        << qPrintable(out);
    // A file with nothing in a closed period says nothing of it.
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("external_id,owner,customer,amount,stage,created_on,closed_on\r\n"
              "J-97,alice,Beta,100,won,2025-07-01,2025-07-02\r\n");
    csv.close();
    EXPECT_EQ(runCli(import + QStringList{QStringLiteral("--dry-run")}, &out, &err), 0) << qPrintable(err);
    EXPECT_FALSE(out.contains(QStringLiteral("closed period"))) << qPrintable(out);
}

// Scores, boards and explanations of a closed period are the close's (issue 16, item 4): written by the
// command line before and after J-03 grows, J-99 is added and J-04 is deleted, every file is byte for byte
// the same; the live engine sees the change; July, open, is computed from the records.
TEST_F(ClosedPeriod, ItsScoresAndBoardsAreTheFrozenOnes)
{
    seedJune();
    m_ws->actAs(m_boss.id);
    ASSERT_TRUE(PeriodCloseService(*m_ws).close(period("2025-06")));
    const qint64 aliceBefore = *card(m_alice, "2025-06").line(Metric::Revenue).actual;
    m_ws.reset();
    const QString file = path(QStringLiteral("test.attain"));
    auto files = [&]() {
        QStringList out;
        const QList<QStringList> commands = {
            {QStringLiteral("score"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
             QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("score"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
             QStringLiteral("--teams"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("explain"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
             QStringLiteral("--member"), QStringLiteral("alice"), QStringLiteral("--today"),
             QStringLiteral("2025-07-10")},
            {QStringLiteral("leaderboard"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
             QStringLiteral("--board"), QStringLiteral("revenue"), QStringLiteral("--format"),
             QStringLiteral("csv")},
            {QStringLiteral("leaderboard"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
             QStringLiteral("--board"), QStringLiteral("attainment"), QStringLiteral("--format"),
             QStringLiteral("csv")},
            {QStringLiteral("leaderboard"), file, QStringLiteral("--period"), QStringLiteral("2025-06"),
             QStringLiteral("--board"), QStringLiteral("team"), QStringLiteral("--format"),
             QStringLiteral("csv")}};
        for (const QStringList &args : commands) {
            QString text, err;
            EXPECT_EQ(runCli(args, &text, &err), 0)
                << qPrintable(args.join(QLatin1Char(' '))) << qPrintable(err);
            out << text;
        }
        return out;
    };
    const QStringList before = files();
    EXPECT_TRUE(before.first().contains(QStringLiteral("alice")));
    {
        auto opened = Workspace::open(file, options());
        ASSERT_TRUE(opened.ok());
        m_ws = std::move(opened.value());
        m_ws->actAs(m_boss.id);
        auto grown = DealService(*m_ws).findByExternalId(QStringLiteral("J-03"));
        ASSERT_TRUE(grown);
        grown->amount = Money(grown->amount.minor() + 1234567);
        ASSERT_TRUE(DealService(*m_ws).update(*grown));
        deal(m_gamma, m_bob, 77777, QDate(2025, 6, 27), QStringLiteral("J-99"));
        ASSERT_TRUE(
            DealService(*m_ws).remove(DealService(*m_ws).findByExternalId(QStringLiteral("J-04"))->id));
        // The engine: the close's figures; computed live, the change.
        EXPECT_EQ(*card(m_alice, "2025-06").line(Metric::Revenue).actual, aliceBefore);
        ScoreEngine live(*m_ws);
        live.setLive(true);
        EXPECT_EQ(*live.member(m_alice.id, period("2025-06"))->line(Metric::Revenue).actual,
                  aliceBefore + 1234567);
        m_ws.reset();
    }
    const QStringList after = files();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        EXPECT_EQ(after.at(i), before.at(i)) << "command " << i;
}
