// SPDX-License-Identifier: GPL-3.0-or-later
// Fault tests with real processes: two writers at once, and a writer killed in the middle.
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QThread>

using namespace attain;
using namespace attain::test;

namespace {
qint64 countDeals(Workspace &ws, const QString &prefix)
{
    Statement st(ws, "SELECT count(*) FROM deals WHERE external_id LIKE ?");
    st.bind(1, prefix + QLatin1Char('%'));
    return st.next() ? st.int64(0) : -1;
}
} // namespace

class Processes : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
        m_ws.reset(); // the children write; this process only looks afterwards
    }
    std::unique_ptr<Workspace>
    reopen(Workspace::Options::Integrity integrity = Workspace::Options::Integrity::Full)
    {
        auto o = options();
        o.integrity = integrity;
        auto ws = Workspace::open(path(QStringLiteral("test.attain")), o);
        EXPECT_TRUE(ws.ok()) << qPrintable(ws.message());
        return ws.ok() ? std::move(ws).value() : nullptr;
    }
};

TEST_F(Processes, TwoWritersAtOnceBothSucceed)
{
    QProcess a, b;
    const QString file = path(QStringLiteral("test.attain"));
    a.start(QStringLiteral(ATTAIN_TEST_WRITER),
            {file, QStringLiteral("serial"), QStringLiteral("150"), QStringLiteral("a")});
    b.start(QStringLiteral(ATTAIN_TEST_WRITER),
            {file, QStringLiteral("serial"), QStringLiteral("150"), QStringLiteral("b")});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    auto ws = reopen();
    ASSERT_TRUE(ws);
    EXPECT_EQ(countDeals(*ws, QStringLiteral("a-")), 150);
    EXPECT_EQ(countDeals(*ws, QStringLiteral("b-")), 150);
    EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*ws).run()));
}

TEST_F(Processes, AWriterKilledMidWriteLeavesAllOrNothing)
{
    QProcess writer;
    writer.start(QStringLiteral(ATTAIN_TEST_WRITER),
                 {path(QStringLiteral("test.attain")), QStringLiteral("bulk"), QStringLiteral("200000"),
                  QStringLiteral("crash")});
    ASSERT_TRUE(writer.waitForReadyRead(120000));
    ASSERT_EQ(writer.readLine().trimmed(), QByteArray("begun"));
    QThread::msleep(100);
    writer.kill(); // SIGKILL on POSIX: no chance to roll back or clean up
    ASSERT_TRUE(writer.waitForFinished(10000));
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);

    auto ws = reopen(); // a full integrity check runs on open
    ASSERT_TRUE(ws);
    const qint64 n = countDeals(*ws, QStringLiteral("crash-"));
    EXPECT_TRUE(n == 0 || n == 200000) << n;
    EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*ws).run()));
}
