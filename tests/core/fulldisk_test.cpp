// SPDX-License-Identifier: GPL-3.0-or-later
// A really full disk (a small tmpfs, where this machine lets the test mount one): every command that writes
// fails with exit 1 and says the disk is full, earlier files stay as they were, the workspace stays sound.
#include "core/services/dealservice.h"
#include "core/storage/statement.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStorageInfo>

using namespace attain;
using namespace attain::test;

class FullDisk : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        m_disk = path(QStringLiteral("disk"));
        QDir().mkpath(m_disk);
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=4m"), QStringLiteral("tmpfs"), m_disk}) != 0)
            GTEST_SKIP() << "no small disk can be mounted here (needs root)";
        m_mounted = true;
        m_file = QDir(m_disk).filePath(QStringLiteral("team.attain"));
        seedBasics(create(QStringLiteral("disk/team.attain")));
        DealService deals(*m_ws);
        for (int i = 0; i < 30; ++i)
            ASSERT_TRUE(
                deals.create(makeDeal(m_acme.id, m_alice.id, 1000 + i, QDate(2025, 6, 1 + i % 28))).ok());
        m_local = path(QStringLiteral("local.attain")); // the same, on the ordinary disk
        ASSERT_TRUE(m_ws->saveCopy(m_local).ok());
        m_ws.reset();
        QByteArray csv = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
        for (int i = 0; i < 2000; ++i)
            csv += "FULL-" + QByteArray::number(i) + ",bob,Customer " + QByteArray::number(i) +
                   ",2000,won,2025-05-02,2025-06-03\n";
        QFile f(path(QStringLiteral("deals.csv"))); // on the ordinary disk
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    void TearDown() override
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_disk});
        WorkspaceTest::TearDown();
    }
    // Leaves about `left` bytes free on the small disk.
    void fill(qint64 left)
    {
        QFile filler(QDir(m_disk).filePath(QStringLiteral("filler")));
        ASSERT_TRUE(filler.open(QIODevice::Append));
        const QByteArray block(4096, 'x');
        while (QStorageInfo(m_disk).bytesAvailable() > left + 4096)
            if (filler.write(block) != block.size() || !filler.flush())
                break;
    }
    int cli(const QStringList &args, QString *err)
    {
        QString out;
        return runCli(args, &out, err);
    }
    qint64 count(const char *sql)
    {
        auto o = options();
        o.integrity = Workspace::Options::Integrity::Full;
        auto ws = Workspace::open(m_file, o);
        EXPECT_TRUE(ws.ok()) << qPrintable(ws.message());
        if (!ws)
            return -1;
        Statement st(*ws.value(), sql);
        return st.next() ? st.int64(0) : -1;
    }

    QString m_disk, m_file, m_local;
    bool m_mounted = false;
};

TEST_F(FullDisk, AnExportFailsAndLeavesTheEarlierFilesAsTheyWere)
{
    const QString out = QDir(m_disk).filePath(QStringLiteral("handoff.csv"));
    QString err;
    ASSERT_EQ(cli({QStringLiteral("export-finance"), m_local, QStringLiteral("--period"),
                   QStringLiteral("2025-06"), QStringLiteral("--out"), out},
                  &err),
              0)
        << qPrintable(err);
    const QStringList names = {QStringLiteral("handoff.csv"), QStringLiteral("handoff.csv.manifest.json"),
                               QStringLiteral("handoff-payouts.csv"),
                               QStringLiteral("handoff-payouts.csv.manifest.json")};
    QList<QByteArray> before;
    for (const QString &n : names)
        before << fileBytes(QDir(m_disk).filePath(n));
    fill(2048);
    EXPECT_EQ(cli({QStringLiteral("export-finance"), m_local, QStringLiteral("--period"),
                   QStringLiteral("2025-Q2"), QStringLiteral("--out"), out},
                  &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("is full"))) << "stderr: " << qPrintable(err);
    for (int i = 0; i < names.size(); ++i)
        EXPECT_EQ(fileBytes(QDir(m_disk).filePath(names.at(i))), before.at(i)) << qPrintable(names.at(i));
    QStringList left = QDir(m_disk).entryList(QDir::Files | QDir::Hidden);
    left.removeAll(QStringLiteral("filler"));
    left.removeAll(QStringLiteral("team.attain"));
    std::sort(left.begin(), left.end());
    QStringList expected = names;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(left, expected); // no temporary file left behind
}

TEST_F(FullDisk, AnImportAndAPeriodCloseFailAndTheWorkspaceStaysSound)
{
    fill(16 * 1024);
    QString err;
    EXPECT_EQ(cli({QStringLiteral("import"), m_file, path(QStringLiteral("deals.csv")),
                   QStringLiteral("--kind"), QStringLiteral("deals")},
                  &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("is full"))) << "stderr: " << qPrintable(err);
    EXPECT_FALSE(err.contains(QStringLiteral("row "))) << qPrintable(err);
    EXPECT_EQ(
        cli({QStringLiteral("close-period"), m_file, QStringLiteral("--period"), QStringLiteral("2025-06")},
            &err),
        1);
    EXPECT_TRUE(err.contains(QStringLiteral("is full"))) << "stderr: " << qPrintable(err);
    // Space freed, as the message says: the workspace is whole, with nothing of either change.
    ASSERT_TRUE(QFile::remove(QDir(m_disk).filePath(QStringLiteral("filler"))));
    EXPECT_EQ(count("SELECT count(*) FROM deals WHERE external_id LIKE 'FULL-%'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM deals"), 30);
    EXPECT_EQ(count("SELECT count(*) FROM period_closes"), 0);
    QString out;
    EXPECT_EQ(runCli({QStringLiteral("check"), m_file}, &out, &err), 0) << qPrintable(out + err);
}

TEST_F(FullDisk, ADemoOrACopyOnAFullDiskLeavesNothing)
{
    fill(64 * 1024);
    const QString demo = QDir(m_disk).filePath(QStringLiteral("demo.attain"));
    QString err;
    EXPECT_EQ(cli({QStringLiteral("demo"), demo}, &err), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("is full"))) << "stderr: " << qPrintable(err);
    EXPECT_FALSE(QFile::exists(demo));
    const QString copy = QDir(m_disk).filePath(QStringLiteral("copy.attain"));
    EXPECT_EQ(cli({QStringLiteral("backup"), m_local, QStringLiteral("--out"), copy}, &err), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("is full"))) << "stderr: " << qPrintable(err);
    EXPECT_FALSE(QFile::exists(copy));
    QStringList left = QDir(m_disk).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, (QStringList{QStringLiteral("filler"), QStringLiteral("team.attain")}));
}
