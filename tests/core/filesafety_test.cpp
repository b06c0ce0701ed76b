// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace file while it is open: this process keeps its lock whatever else it opens, and other
// programs (attain-cli) reading and writing at the same time never take its write-ahead log away.
#include "core/interchange/financehandoff.h"
#include "core/services/dealservice.h"
#include "core/storage/backups.h"
#include "core/storage/fileheader.h"
#include "core/storage/outputfile.h"
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "core/storage/writernote.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using namespace attain;
using namespace attain::test;

namespace {

qint64 count(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}

QString integrity(Workspace &ws)
{
    Statement st(ws, "PRAGMA integrity_check");
    return st.next() ? st.text(0) : st.error();
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class LiveFile : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
        m_file = path(QStringLiteral("test.attain"));
        if (!holdsDatabaseLock(m_file).has_value())
            GTEST_SKIP() << "POSIX locks are read from /proc/locks, which only Linux has";
    }
    QString m_file;
};

TEST_F(LiveFile, TheTestSeesALockDroppedByAPlainDescriptor)
{
    // The failure this file guards against, shown once so the checks below are known to see it: a descriptor
    // of the file opened and closed outside SQLite drops the process's lock.
    ASSERT_EQ(holdsDatabaseLock(m_file), true);
    {
        QFile raw(m_file);
        ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
        raw.read(100);
    }
    EXPECT_EQ(holdsDatabaseLock(m_file), false);
}

TEST_F(LiveFile, EverythingTheAppDoesBesideAConnectionKeepsItsLock)
{
    ASSERT_EQ(holdsDatabaseLock(m_file), true);
    {
        // A background worker's connection (the dashboard's warm-up), opened and closed.
        auto o = options();
        o.integrity = Workspace::Options::Integrity::Skip;
        auto worker = Workspace::open(m_file, o);
        ASSERT_TRUE(worker.ok()) << qPrintable(worker.message());
        EXPECT_EQ(count(*worker.value(), "SELECT count(*) FROM members"), 4);
    }
    EXPECT_EQ(holdsDatabaseLock(m_file), true);
    {
        // A second open that checks the file, as a second window's or a test's would.
        auto checked = Workspace::open(m_file, options());
        ASSERT_TRUE(checked.ok()) << qPrintable(checked.message());
    }
    EXPECT_EQ(holdsDatabaseLock(m_file), true);
    EXPECT_TRUE(Workspace::checkFile(m_file, true).isEmpty()); // the large file's background check
    EXPECT_EQ(FileHeader::read(m_file).applicationId, 0x4154544E);
    ASSERT_TRUE(Backups::take(m_file, QStringLiteral("manual"), m_clock.now()).ok());
    ASSERT_TRUE(m_ws->saveCopy(path(QStringLiteral("copy.attain"))).ok());
    EXPECT_FALSE(OutputFile::refusal(m_file).isEmpty());
    EXPECT_FALSE(OutputFile::inputRefusal(m_file).isEmpty());
    WorkspaceCheck(*m_ws).run();
    EXPECT_EQ(holdsDatabaseLock(m_file), true);
    ASSERT_TRUE(DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 10, QDate(2025, 6, 1))).ok());
    EXPECT_EQ(holdsDatabaseLock(m_file), true);
}

TEST_F(LiveFile, CliCheckAndImportWhileOpenLeaveTheLogAndTheFileSound)
{
    // A second connection stays open too, as the app's background work does.
    auto o = options();
    o.integrity = Workspace::Options::Integrity::Skip;
    auto second = Workspace::open(m_file, o);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 10, QDate(2025, 6, 1))).ok());

    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("check"), m_file}, &out, &err), 0) << qPrintable(err);
    EXPECT_TRUE(QFileInfo::exists(m_file + QStringLiteral("-wal")));
    EXPECT_EQ(holdsDatabaseLock(m_file), true);

    QByteArray csv = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
    for (int i = 0; i < 20; ++i)
        csv += "CLI-" + QByteArray::number(i) + ",alice,Acme 科技有限公司,1000,won,2025-05-01,2025-06-02\n";
    const QString csvPath = path(QStringLiteral("deals.csv"));
    writeText(csvPath, csv);
    EXPECT_EQ(
        runCli({QStringLiteral("import"), m_file, csvPath, QStringLiteral("--kind"), QStringLiteral("deals")},
               &out, &err),
        0)
        << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("inserted: 20"))) << qPrintable(out);
    EXPECT_TRUE(QFileInfo::exists(m_file + QStringLiteral("-wal")));
    EXPECT_EQ(holdsDatabaseLock(m_file), true);

    // This process edits on after the children, and sees their rows.
    ASSERT_TRUE(DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 11, QDate(2025, 6, 3))).ok());
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals WHERE external_id LIKE 'CLI-%'"), 20);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals"), 22);
    EXPECT_EQ(integrity(*m_ws), QStringLiteral("ok"));
    second.value().reset();
    m_ws.reset();
    EXPECT_EQ(runCli({QStringLiteral("check"), m_file}, &out, &err), 0) << qPrintable(out + err);
}

TEST_F(LiveFile, AThousandInterleavedWritesFromTheAppAndACliChildAllArrive)
{
    // Each side waits as long as it takes (a busy CI machine stretches the other's transactions): the test
    // is about every write arriving, not how fast.
    m_ws.reset();
    auto o = options();
    o.busyTimeoutMs = 120000;
    auto reopened = Workspace::open(m_file, o);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.message());
    m_ws = std::move(reopened).value();
    QProcess child;
    child.start(QStringLiteral(ATTAIN_TEST_WRITER),
                {m_file, QStringLiteral("serial"), QStringLiteral("500"), QStringLiteral("child")});
    ASSERT_TRUE(child.waitForStarted());
    DealService deals(*m_ws);
    for (int i = 0; i < 500; ++i) {
        const auto created = deals.create(makeDeal(m_acme.id, m_alice.id, 100 + i, QDate(2025, 6, 1),
                                                   Stage::Won, QStringLiteral("app-%1").arg(i)));
        ASSERT_TRUE(created.ok()) << i << ": " << qPrintable(created.message());
    }
    ASSERT_TRUE(child.waitForFinished(300000));
    EXPECT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals WHERE external_id LIKE 'app-%'"), 500);
    EXPECT_EQ(count(*m_ws, "SELECT count(*) FROM deals WHERE external_id LIKE 'child-%'"), 500);
    EXPECT_EQ(count(*m_ws, "SELECT count(DISTINCT external_id) FROM deals"), 1000);
    EXPECT_EQ(integrity(*m_ws), QStringLiteral("ok"));
    EXPECT_EQ(holdsDatabaseLock(m_file), true);
    EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*m_ws).run()));
}

TEST_F(LiveFile, DuringALongImportReadersGoOnAndAWriterIsToldWhatItWaitsFor)
{
    QByteArray csv = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
    for (int i = 0; i < 40000; ++i)
        csv += "BIG-" + QByteArray::number(i) + ",alice,Customer " + QByteArray::number(i % 400) + "," +
               QByteArray::number(1000 + i) + ",won,2025-05-01,2025-06-02\n";
    const QString big = path(QStringLiteral("big.csv"));
    writeText(big, csv);
    m_ws.reset(); // the import runs in another program; this test looks on as the app would

    QProcess import;
    import.start(QStringLiteral(ATTAIN_CLI),
                 {QStringLiteral("import"), m_file, big, QStringLiteral("--kind"), QStringLiteral("deals")});
    ASSERT_TRUE(import.waitForStarted());
    const QString note = WriterNote::notePath(m_file);
    for (int i = 0; i < 600 && !QFileInfo::exists(note) && import.state() == QProcess::Running; ++i)
        QThread::msleep(10);
    ASSERT_TRUE(QFileInfo::exists(note)) << "the import finished before the test could look";

    // Readers see the last committed state at once, in this process and in another.
    auto o = options();
    o.busyTimeoutMs = 300;
    auto reader = Workspace::open(m_file, o);
    ASSERT_TRUE(reader.ok()) << qPrintable(reader.message());
    EXPECT_EQ(count(*reader.value(), "SELECT count(*) FROM deals WHERE external_id LIKE 'BIG-%'"), 0);
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("score"), m_file, QStringLiteral("--period"), QStringLiteral("2025-06")},
                     &out, &err),
              0)
        << qPrintable(err);
    // A writer that cannot wait long gives up, saying what holds the file.
    const auto refused =
        DealService(*reader.value()).create(makeDeal(m_acme.id, m_alice.id, 1, QDate(2025, 6, 1)));
    if (import.state() == QProcess::Running) {
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.code(), QStringLiteral("busy"));
        EXPECT_TRUE(refused.message().contains(QStringLiteral("an import of big.csv")))
            << qPrintable(refused.message());
    }
    reader.value().reset();
    // The command line waits for it, and says so.
    QProcess close;
    close.start(QStringLiteral(ATTAIN_CLI), {QStringLiteral("close-period"), m_file,
                                             QStringLiteral("--period"), QStringLiteral("2025-05")});
    QElapsedTimer waited;
    waited.start();
    ASSERT_TRUE(import.waitForFinished(120000));
    const bool longWait = waited.elapsed() > 2000;
    EXPECT_EQ(import.exitCode(), 0) << import.readAllStandardError().toStdString();
    ASSERT_TRUE(close.waitForFinished(120000));
    const QString closeErr = QString::fromUtf8(close.readAllStandardError());
    EXPECT_EQ(close.exitCode(), 0) << qPrintable(closeErr);
    if (longWait)
        EXPECT_TRUE(closeErr.contains(QStringLiteral("waiting:")) &&
                    closeErr.contains(QStringLiteral("big.csv")))
            << qPrintable(closeErr) << waited.elapsed();
    EXPECT_FALSE(QFileInfo::exists(note)); // the import took its note away
    auto after = Workspace::open(m_file, options());
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(count(*after.value(), "SELECT count(*) FROM deals WHERE external_id LIKE 'BIG-%'"), 40000);
    EXPECT_EQ(count(*after.value(), "SELECT count(*) FROM period_closes WHERE period = '2025-05'"), 1);
}
