// SPDX-License-Identifier: GPL-3.0-or-later
// A full or failing disk at every point of the big writes — import, period close, demo, upgrade, backup —
// through a fault-injecting file layer: the command fails saying so, and the workspace is as it was (or,
// when only the tidying after a commit failed, as committed), whole and sound, with no half-written backup.
#include "core/demo/demogenerator.h"
#include "core/incentives/periodclose.h"
#include "core/interchange/importer.h"
#include "core/services/dealservice.h"
#include "core/storage/backups.h"
#include "core/storage/fileheader.h"
#include "core/storage/schema.h"
#include "core/storage/statement.h"
#include "tests/support/faultvfs.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <climits>

using namespace attain;
using namespace attain::test;

namespace {

qint64 count(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}

// Spread over the whole operation: the first writes, every few, and the last ones.
QList<int> failurePoints(int writes)
{
    QList<int> points;
    for (int n = 1; n <= writes; n = n < 4 ? n + 1 : n * 2)
        points << n;
    for (int n : {writes / 3, writes / 2, (writes * 2) / 3, writes - 1, writes})
        if (n > 0 && !points.contains(n))
            points << n;
    std::sort(points.begin(), points.end());
    return points;
}

} // namespace

class Faults : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create(QStringLiteral("base.attain")));
        DealService deals(*m_ws);
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(
                deals.create(makeDeal(m_acme.id, m_alice.id, 100 + i, QDate(2025, 5, 1 + i % 28))).ok());
        m_ws.reset();
        m_clock.set(QDateTime(QDate(2025, 6, 16), QTime(9, 0))); // a later day: the day's backup is due
        QByteArray csv = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
        for (int i = 0; i < 300; ++i)
            csv += "F-" + QByteArray::number(i) + ",bob,Customer " + QByteArray::number(i % 30) +
                   ",2000,won,2025-05-02,2025-06-03\n";
        QFile f(path(QStringLiteral("deals.csv")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    void TearDown() override
    {
        FaultVfs::disarm();
        WorkspaceTest::TearDown();
    }
    // A fresh copy of the base workspace for one run.
    QString copyOfBase(int run)
    {
        const QString dir = path(QStringLiteral("run-%1").arg(run));
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(QStringLiteral("team.attain"));
        EXPECT_TRUE(QFile::copy(path(QStringLiteral("base.attain")), file));
        return file;
    }
    std::unique_ptr<Workspace> openSound(const QString &file)
    {
        auto o = options();
        o.integrity = Workspace::Options::Integrity::Full;
        auto ws = Workspace::open(file, o);
        EXPECT_TRUE(ws.ok()) << qPrintable(ws.message());
        return ws ? std::move(ws).value() : nullptr;
    }
    // Every backup listed is whole, and no temporary file is left in the folder.
    void expectOnlyWholeBackups(const QString &file)
    {
        for (const BackupInfo &b : Backups::list(file))
            EXPECT_TRUE(Backups::verify(b.path, true).ok()) << qPrintable(b.path);
        const QStringList partials =
            QDir(Backups::folderOf(file))
                .entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
        EXPECT_TRUE(partials.isEmpty()) << qPrintable(partials.join(u' '));
    }
    ImportReport importInto(Workspace &ws)
    {
        ImportOptions o;
        o.kind = ImportKind::Deals;
        return Importer::run(ws, path(QStringLiteral("deals.csv")), o);
    }
};

TEST_F(Faults, AnImportOnAFullOrFailingDiskIsAllOrNothing)
{
    int run = 0;
    int writes = 0;
    {
        auto ws = openSound(copyOfBase(run++));
        FaultVfs::arm(INT_MAX, SQLITE_FULL);
        const ImportReport clean = importInto(*ws);
        ASSERT_TRUE(clean.ok()) << qPrintable(clean.problems.value(0).message);
        writes = FaultVfs::count();
        FaultVfs::disarm();
    }
    ASSERT_GT(writes, 10);
    for (const auto &[code, operation, words] :
         {std::tuple{SQLITE_FULL, FaultVfs::Operation::Write, QStringLiteral("is full")},
          std::tuple{SQLITE_IOERR_WRITE, FaultVfs::Operation::Write, QStringLiteral("reported an error")},
          std::tuple{SQLITE_IOERR_FSYNC, FaultVfs::Operation::Sync, QStringLiteral("reported an error")}}) {
        for (int n : failurePoints(operation == FaultVfs::Operation::Write ? writes : 12)) {
            SCOPED_TRACE(QStringLiteral("code %1, failing at %2").arg(code).arg(n).toStdString());
            const QString file = copyOfBase(run++);
            ImportReport report;
            {
                auto ws = openSound(file);
                ASSERT_TRUE(ws);
                FaultVfs::arm(n, code, operation);
                report = importInto(*ws);
                FaultVfs::disarm();
            }
            auto ws = openSound(file);
            ASSERT_TRUE(ws);
            const qint64 imported = count(*ws, "SELECT count(*) FROM deals WHERE external_id LIKE 'F-%'");
            EXPECT_EQ(imported, report.committed ? 300 : 0);
            EXPECT_EQ(count(*ws, "SELECT count(*) FROM deals WHERE ifnull(external_id, '') NOT LIKE 'F-%'"),
                      40);
            if (!report.committed) {
                ASSERT_FALSE(report.problems.isEmpty());
                const QString message = report.problems.last().message;
                EXPECT_TRUE(message.contains(words)) << qPrintable(message);
                EXPECT_FALSE(message.contains(QStringLiteral("row ")))
                    << qPrintable(message); // not a row's fault
                EXPECT_EQ(report.problems.last().row, 0) << qPrintable(message);
            }
            ws.reset();
            expectOnlyWholeBackups(file);
        }
    }
}

TEST_F(Faults, APeriodCloseOnAFullDiskIsAllOrNothing)
{
    int writes = 0;
    {
        auto ws = openSound(copyOfBase(0));
        FaultVfs::arm(INT_MAX, SQLITE_FULL);
        ASSERT_TRUE(PeriodCloseService(*ws).close(Period::month(2025, 5)).ok());
        writes = FaultVfs::count();
        FaultVfs::disarm();
    }
    for (int n : failurePoints(writes)) {
        SCOPED_TRACE(n);
        const QString file = copyOfBase(n + 1);
        bool closed = false;
        QString message;
        {
            auto ws = openSound(file);
            ASSERT_TRUE(ws);
            FaultVfs::arm(n, SQLITE_FULL);
            const auto result = PeriodCloseService(*ws).close(Period::month(2025, 5));
            FaultVfs::disarm();
            closed = result.ok();
            message = result.message();
        }
        auto ws = openSound(file);
        ASSERT_TRUE(ws);
        EXPECT_EQ(count(*ws, "SELECT count(*) FROM period_closes"), closed ? 1 : 0);
        if (!closed)
            EXPECT_TRUE(message.contains(QStringLiteral("is full"))) << qPrintable(message);
        ws.reset();
        expectOnlyWholeBackups(file);
    }
}

TEST_F(Faults, ADemoOnAFullDiskLeavesNothingBehind)
{
    DemoGenerator::Options o;
    o.today = QDate(2025, 6, 15);
    const auto make = [&](const QString &file) {
        return Workspace::createFilled(file, options(),
                                       [&](Workspace &w) { return DemoGenerator(w, o).run(); });
    };
    FaultVfs::arm(INT_MAX, SQLITE_FULL);
    ASSERT_TRUE(make(path(QStringLiteral("clean/demo.attain"))).ok());
    const int writes = FaultVfs::count();
    FaultVfs::disarm();
    for (int n : failurePoints(writes)) {
        SCOPED_TRACE(n);
        const QString dir = path(QStringLiteral("demo-%1").arg(n));
        const QString file = QDir(dir).filePath(QStringLiteral("demo.attain"));
        FaultVfs::arm(n, SQLITE_FULL);
        auto made = make(file);
        FaultVfs::disarm();
        if (made) {
            made.value().reset();
            EXPECT_TRUE(openSound(file));
            continue;
        }
        // SQLite does not always pass the error on (a checkpoint's last page); the check before the rename
        // then finds the file incomplete, and says the disk failed.
        EXPECT_TRUE(made.message().contains(QStringLiteral("is full")) ||
                    made.message().contains(QStringLiteral("reported an error")))
            << qPrintable(made.message());
        EXPECT_FALSE(QFile::exists(file)) << qPrintable(made.message());
        EXPECT_TRUE(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty())
            << qPrintable(QDir(dir).entryList(QDir::Files | QDir::Hidden).join(u' '));
    }
}

TEST_F(Faults, AnUpgradeOnAFullDiskLeavesTheFileAsItWasOrUpgraded)
{
    const QString fixture = QStringLiteral(ATTAIN_TEST_DATA "/schema/v4.attain");
    int writes = 0;
    {
        const QString file = path(QStringLiteral("clean.attain"));
        ASSERT_TRUE(QFile::copy(fixture, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        FaultVfs::arm(INT_MAX, SQLITE_FULL);
        ASSERT_TRUE(Workspace::open(file, options()).ok());
        writes = FaultVfs::count();
        FaultVfs::disarm();
    }
    for (int n : failurePoints(writes)) {
        SCOPED_TRACE(n);
        const QString dir = path(QStringLiteral("upgrade-%1").arg(n));
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(QStringLiteral("v4.attain"));
        ASSERT_TRUE(QFile::copy(fixture, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        FaultVfs::arm(n, SQLITE_FULL);
        auto opened = Workspace::open(file, options());
        FaultVfs::disarm();
        if (!opened)
            EXPECT_TRUE(opened.message().contains(QStringLiteral("is full"))) << qPrintable(opened.message());
        opened = {Problem{}};
        // Each step of an upgrade is one transaction: the file is at the format it had, or at a later one.
        const int version = FileHeader::read(file).userVersion;
        EXPECT_TRUE(version >= 4 && version <= Schema::currentVersion()) << version;
        auto ws = openSound(file); // upgrades now if it was not
        ASSERT_TRUE(ws);
        EXPECT_EQ(count(*ws, "SELECT count(*) FROM deals"), 2);
        ws.reset();
        expectOnlyWholeBackups(file);
    }
}

TEST_F(Faults, ABackupOnAFullDiskIsNotListed)
{
    const QString file = copyOfBase(0);
    FaultVfs::arm(INT_MAX, SQLITE_FULL);
    ASSERT_TRUE(Backups::take(file, QStringLiteral("manual"), m_clock.now()).ok());
    const int writes = FaultVfs::count();
    FaultVfs::disarm();
    const int listed = int(Backups::list(file).size());
    for (int n : failurePoints(writes)) {
        SCOPED_TRACE(n);
        m_clock.advance(1);
        FaultVfs::arm(n, SQLITE_FULL);
        const auto taken = Backups::take(file, QStringLiteral("manual"), m_clock.now());
        FaultVfs::disarm();
        ASSERT_FALSE(taken.ok());
        EXPECT_TRUE(taken.message().contains(QStringLiteral("is full"))) << qPrintable(taken.message());
        EXPECT_EQ(Backups::list(file).size(), listed);
        expectOnlyWholeBackups(file);
    }
}
