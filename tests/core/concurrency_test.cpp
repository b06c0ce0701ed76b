// SPDX-License-Identifier: GPL-3.0-or-later
// Fault tests with real processes: two writers at once, and a writer killed in the middle.
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "tests/support/testsupport.h"

#include <QFile>
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

namespace {
QString writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}
qint64 countOf(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}
/// Starts `attain-cli import` of a file as the workspace's manager.
void startImport(QProcess &p, const QString &workspace, const QString &csv, const char *kind)
{
    p.start(QStringLiteral(ATTAIN_CLI),
            {QStringLiteral("import"), workspace, csv, QStringLiteral("--kind"), QLatin1String(kind),
             QStringLiteral("--as"), QStringLiteral("boss")});
}
} // namespace

// Whatever decides insert or update is read inside the write transaction: two imports at once end as they
// would one after the other.
TEST_F(Processes, TwoImportsOfOverlappingCustomersAtOnceMakeNoDuplicates)
{
    QByteArray a = "name,phone\n", b = "name,phone\n";
    for (int i = 1; i <= 3000; ++i)
        a += "客户" + QByteArray::number(i) + ",\n";
    for (int i = 1501; i <= 4500; ++i)
        b += "客户" + QByteArray::number(i) + ",\n";
    const QString file = path(QStringLiteral("test.attain"));
    QProcess first, second;
    startImport(first, file, writeFile(path(QStringLiteral("a.csv")), a), "customers");
    startImport(second, file, writeFile(path(QStringLiteral("b.csv")), b), "customers");
    ASSERT_TRUE(first.waitForFinished(120000));
    ASSERT_TRUE(second.waitForFinished(120000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();
    auto ws = reopen();
    ASSERT_TRUE(ws);
    // Acme from the set-up, and 客户1 … 客户4500 once each.
    EXPECT_EQ(countOf(*ws, "SELECT count(*) FROM customers"), 4501);
    EXPECT_EQ(countOf(*ws, "SELECT count(*) FROM (SELECT norm_name FROM customers GROUP BY norm_name "
                           "HAVING count(*) > 1)"),
              0);
    // One of them inserted its 3,000; the other found the 1,500 they share and inserted the rest.
    const QString out = QString::fromUtf8(first.readAllStandardOutput() + second.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("inserted: 3000"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("inserted: 1500"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("unchanged: 1500"))) << qPrintable(out);
    EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*ws).run()));
}

TEST_F(Processes, TheSameDealsFileImportedTwiceAtOnceIsImportedOnce)
{
    QByteArray deals = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
    for (int i = 1; i <= 3000; ++i)
        deals += "P-" + QByteArray::number(i) + ",alice,买家" + QByteArray::number(i) +
                 ",1000,won,2025-05-01,2025-05-20\n";
    const QString csv = writeFile(path(QStringLiteral("deals.csv")), deals);
    const QString file = path(QStringLiteral("test.attain"));
    QProcess first, second;
    startImport(first, file, csv, "deals");
    startImport(second, file, csv, "deals");
    ASSERT_TRUE(first.waitForFinished(120000));
    ASSERT_TRUE(second.waitForFinished(120000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(first.readAllStandardOutput() + second.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("inserted: 3000"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("unchanged: 3000"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("updated: 0"))) << qPrintable(out);
    auto ws = reopen();
    ASSERT_TRUE(ws);
    EXPECT_EQ(countOf(*ws, "SELECT count(*) FROM deals"), 3000);
    EXPECT_EQ(countOf(*ws, "SELECT count(*) FROM customers"), 3001);
    // Every deal's customer is the one customer of its name.
    EXPECT_EQ(countOf(*ws, "SELECT count(*) FROM deals d JOIN customers c ON c.id = d.customer_id "
                           "WHERE c.name = '买家' || substr(d.external_id, 3)"),
              3000);
    EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*ws).run()));
}
