// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random points of the commands that write the most — import, demo, close-period, backup — 50 runs
// in all: after each the workspace passes SQLite's full check and holds all of the change or none of it.
#include "core/services/dealservice.h"
#include "core/storage/backups.h"
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <random>

using namespace attain;
using namespace attain::test;

namespace {

struct Outcome
{
    bool killed = false;
    qint64 ms = 0;
};

// Runs attain-cli and kills it (SIGKILL) after `killAfterMs`, unless it ended before.
Outcome runAndKill(const QStringList &args, qint64 killAfterMs)
{
    QProcess p;
    p.start(QStringLiteral(ATTAIN_CLI), args);
    EXPECT_TRUE(p.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    const bool ended = p.waitForFinished(int(killAfterMs));
    Outcome o;
    if (!ended) {
        p.kill();
        p.waitForFinished();
        o.killed = true;
    }
    o.ms = timer.elapsed();
    return o;
}

qint64 timed(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    QString out, err;
    EXPECT_EQ(runCli(args, &out, &err), 0) << qPrintable(err);
    return timer.elapsed();
}

} // namespace

class KillCampaign : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create(QStringLiteral("base.attain")));
        DealService deals(*m_ws);
        for (int i = 0; i < 50; ++i)
            ASSERT_TRUE(
                deals.create(makeDeal(m_acme.id, m_alice.id, 100 + i, QDate(2025, 5, 1 + i % 28))).ok());
        m_ws.reset();
        QByteArray csv = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
        for (int i = 0; i < 3000; ++i)
            csv += "K-" + QByteArray::number(i) + ",bob,Customer " + QByteArray::number(i % 200) +
                   ",2000,won,2025-05-02,2025-06-03\n";
        QFile f(path(QStringLiteral("deals.csv")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    QString copyOfBase(const QString &name)
    {
        const QString dir = path(name);
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(QStringLiteral("team.attain"));
        EXPECT_TRUE(QFile::copy(path(QStringLiteral("base.attain")), file));
        return file;
    }
    // Opens with the full check; the file must be sound.
    std::unique_ptr<Workspace> openSound(const QString &file)
    {
        auto o = options();
        o.integrity = Workspace::Options::Integrity::Full;
        auto ws = Workspace::open(file, o);
        EXPECT_TRUE(ws.ok()) << qPrintable(ws.message());
        if (ws)
            EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*ws.value()).run()));
        return ws ? std::move(ws).value() : nullptr;
    }
    static qint64 count(Workspace &ws, const char *sql)
    {
        Statement st(ws, sql);
        return st.next() ? st.int64(0) : -1;
    }

    std::mt19937 m_random{20261201};
    int m_killed = 0;
    int m_runs = 0;
};

TEST_F(KillCampaign, FiftyKillsLeaveEveryWorkspaceWholeAndSound)
{
    const QString csv = path(QStringLiteral("deals.csv"));
    // How long each takes when left alone, to kill it anywhere from its start to just after its end.
    const qint64 importMs = timed({QStringLiteral("import"), copyOfBase(QStringLiteral("t-import")), csv,
                                   QStringLiteral("--kind"), QStringLiteral("deals")});
    const qint64 demoMs = timed({QStringLiteral("demo"), path(QStringLiteral("t-demo.attain"))});
    const qint64 closeMs = timed({QStringLiteral("close-period"), copyOfBase(QStringLiteral("t-close")),
                                  QStringLiteral("--period"), QStringLiteral("2025-05")});
    const qint64 backupMs = timed({QStringLiteral("backup"), copyOfBase(QStringLiteral("t-backup"))});
    auto when = [this](qint64 ms) {
        return std::uniform_int_distribution<qint64>(1, ms + ms / 5 + 5)(m_random);
    };

    for (int i = 0; i < 15; ++i, ++m_runs) {
        SCOPED_TRACE(QStringLiteral("import %1").arg(i).toStdString());
        const QString file = copyOfBase(QStringLiteral("import-%1").arg(i));
        m_killed += runAndKill({QStringLiteral("import"), file, csv, QStringLiteral("--kind"),
                                QStringLiteral("deals")},
                               when(importMs))
                        .killed;
        auto ws = openSound(file);
        ASSERT_TRUE(ws);
        const qint64 n = count(*ws, "SELECT count(*) FROM deals WHERE external_id LIKE 'K-%'");
        EXPECT_TRUE(n == 0 || n == 3000) << n;
        EXPECT_EQ(count(*ws, "SELECT count(*) FROM deals WHERE external_id IS NULL"), 50);
        ws.reset();
        for (const BackupInfo &b : Backups::list(file))
            EXPECT_TRUE(Backups::verify(b.path, true).ok()) << qPrintable(b.path);
    }
    for (int i = 0; i < 12; ++i, ++m_runs) {
        SCOPED_TRACE(QStringLiteral("demo %1").arg(i).toStdString());
        const QString file = path(QStringLiteral("demo-%1.attain").arg(i));
        m_killed += runAndKill({QStringLiteral("demo"), file}, when(demoMs)).killed;
        if (!QFile::exists(file))
            continue; // none of it: at most a temporary file of its own beside it
        auto ws = openSound(file);
        ASSERT_TRUE(ws);
        EXPECT_EQ(count(*ws, "SELECT count(*) FROM members"), 15);
        EXPECT_GT(count(*ws, "SELECT count(*) FROM deals"), 1000);
    }
    for (int i = 0; i < 12; ++i, ++m_runs) {
        SCOPED_TRACE(QStringLiteral("close %1").arg(i).toStdString());
        const QString file = copyOfBase(QStringLiteral("close-%1").arg(i));
        m_killed += runAndKill({QStringLiteral("close-period"), file, QStringLiteral("--period"),
                                QStringLiteral("2025-05")},
                               when(closeMs))
                        .killed;
        auto ws = openSound(file);
        ASSERT_TRUE(ws);
        const qint64 closes = count(*ws, "SELECT count(*) FROM period_closes WHERE period = '2025-05'");
        EXPECT_TRUE(closes == 0 || closes == 1) << closes;
    }
    for (int i = 0; i < 11; ++i, ++m_runs) {
        SCOPED_TRACE(QStringLiteral("backup %1").arg(i).toStdString());
        const QString file = copyOfBase(QStringLiteral("backup-%1").arg(i));
        const QString copy = path(QStringLiteral("copy-%1.attain").arg(i));
        const QStringList args =
            i % 2 ? QStringList{QStringLiteral("backup"), file}
                  : QStringList{QStringLiteral("backup"), file, QStringLiteral("--out"), copy};
        m_killed += runAndKill(args, when(backupMs)).killed;
        for (const BackupInfo &b : Backups::list(file)) // listed means whole
            EXPECT_TRUE(Backups::verify(b.path, true).ok()) << qPrintable(b.path);
        if (QFile::exists(copy))
            EXPECT_TRUE(Backups::verify(copy, true).ok());
        EXPECT_TRUE(openSound(file));
    }
    EXPECT_EQ(m_runs, 50);
    // Most runs must really have been cut short, or the campaign proves little.
    EXPECT_GE(m_killed, 25) << m_killed << " of " << m_runs << " runs were killed";
    std::printf("kill campaign: %d runs, %d killed mid-way (import %lld ms, demo %lld ms, close %lld ms, "
                "backup %lld ms when left alone)\n",
                m_runs, m_killed, importMs, demoMs, closeMs, backupMs);
}
