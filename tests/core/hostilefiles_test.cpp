// SPDX-License-Identifier: GPL-3.0-or-later
// Files that must not be trusted or written: a schema Attain did not write, an unfinished file, another
// copy's write-ahead log, read-only files and folders, and the outputs a command must never write over.
#include "core/interchange/financehandoff.h"
#include "core/interchange/importer.h"
#include "core/services/dealservice.h"
#include "core/storage/backups.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/workspacelock.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace attain;
using namespace attain::test;

namespace {

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class HostileFiles : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
        ASSERT_TRUE(DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 500, QDate(2025, 6, 2))).ok());
        m_ws.reset();
        m_file = path(QStringLiteral("test.attain"));
    }
    // Refused with this code, the file's bytes unchanged and nothing new beside it.
    void expectRefusedUnchanged(const QString &file, const QString &code)
    {
        const QByteArray before = fileBytes(file);
        const QStringList around = filesIn(QFileInfo(file).absolutePath());
        const auto opened = Workspace::open(file, options());
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.code(), code) << qPrintable(opened.message());
        EXPECT_EQ(fileBytes(file), before);
        EXPECT_EQ(filesIn(QFileInfo(file).absolutePath()), around);
        QString out, err;
        EXPECT_EQ(runCli({QStringLiteral("check"), file}, &out, &err), 1);
        EXPECT_FALSE(err.startsWith(QStringLiteral("file:"))) << qPrintable(err);
        EXPECT_EQ(fileBytes(file), before);
    }
    QString m_file;
};

TEST_F(HostileFiles, AnAttainFileWithATriggerOfItsOwnIsRefused)
{
    rawExec(m_file, "CREATE TRIGGER wipe AFTER INSERT ON deals BEGIN DELETE FROM members; END;");
    expectRefusedUnchanged(m_file, QStringLiteral("foreign"));
}

TEST_F(HostileFiles, AnAttainFileWithAViewOrAChangedTableIsRefused)
{
    const QString viewed = path(QStringLiteral("viewed.attain"));
    ASSERT_TRUE(QFile::copy(m_file, viewed));
    rawExec(viewed, "CREATE VIEW everyone AS SELECT * FROM members;");
    expectRefusedUnchanged(viewed, QStringLiteral("foreign"));
    rawExec(m_file, "PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = replace(sql, 'phone TEXT', "
                    "'phone TEXT DEFAULT (random())') WHERE name = 'customers';");
    expectRefusedUnchanged(m_file, QStringLiteral("foreign"));
}

TEST_F(HostileFiles, AFileLeftUnfinishedIsRefusedNotCalledHealthy)
{
    // What a killed `init` could leave in earlier versions: Attain's id, a format, no tables.
    const QString unfinished = path(QStringLiteral("unfinished.attain"));
    rawExec(unfinished, "PRAGMA application_id=1095062606; PRAGMA user_version=5;");
    expectRefusedUnchanged(unfinished, QStringLiteral("foreign"));
    const QString zero = path(QStringLiteral("zero.attain"));
    rawExec(zero, "PRAGMA application_id=1095062606; CREATE TABLE t(x);");
    expectRefusedUnchanged(zero, QStringLiteral("foreign"));
}

TEST_F(HostileFiles, AnotherCopysWriteAheadLogIsNotMerged)
{
    // A different workspace, sound on its own.
    const QString other = path(QStringLiteral("other.attain"));
    {
        auto made = Workspace::create(other, options());
        ASSERT_TRUE(made.ok());
    }
    // test.attain with changes still in its log, as a crash would leave them.
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(m_file.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(db,
                     "PRAGMA wal_autocheckpoint=0; BEGIN; UPDATE customers SET phone = '1'; UPDATE members "
                     "SET email = 'x@example.com'; INSERT INTO settings VALUES ('a', 'b', 1); COMMIT;",
                     nullptr, nullptr, nullptr),
        SQLITE_OK)
        << sqlite3_errmsg(db);
    ASSERT_GT(QFileInfo(m_file + QStringLiteral("-wal")).size(), 0);
    ASSERT_TRUE(QFile::copy(m_file + QStringLiteral("-wal"), other + QStringLiteral("-wal")));
    sqlite3_close(db);

    const QByteArray before = fileBytes(other);
    const QByteArray log = fileBytes(other + QStringLiteral("-wal"));
    const auto opened = Workspace::open(other, options());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("does not belong"))) << qPrintable(opened.message());
    EXPECT_EQ(fileBytes(other), before);
    EXPECT_EQ(fileBytes(other + QStringLiteral("-wal")), log);
    // Moved away, as the message says, the file opens as it is.
    ASSERT_TRUE(QFile::rename(other + QStringLiteral("-wal"), path(QStringLiteral("set-aside-wal"))));
    QFile::remove(other + QStringLiteral("-shm"));
    EXPECT_TRUE(Workspace::open(other, options()).ok());
}

TEST_F(HostileFiles, ItsOwnLogFromACrashIsKept)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(m_file.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA wal_autocheckpoint=0; UPDATE customers SET phone = '555';", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    // The file as a crash leaves it: the change only in the log (a copy made while the writer still runs).
    const QString crashed = path(QStringLiteral("crashed.attain"));
    ASSERT_TRUE(QFile::copy(m_file, crashed));
    ASSERT_TRUE(QFile::copy(m_file + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    sqlite3_close(db);
    auto opened = Workspace::open(crashed, options());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
    Statement st(*opened.value(), "SELECT phone FROM customers");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), QStringLiteral("555"));
}

TEST_F(HostileFiles, AReadOnlyFileOpensReadOnlyAndSaysWhy)
{
    ASSERT_TRUE(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto opened = Workspace::open(m_file, options());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
    Workspace &ws = *opened.value();
    EXPECT_TRUE(ws.isReadOnly());
    {
        Statement st(ws, "SELECT count(*) FROM deals");
        ASSERT_TRUE(st.next());
        EXPECT_EQ(st.int64(0), 1);
    }
    const auto refused = DealService(ws).create(makeDeal(m_acme.id, m_alice.id, 1, QDate(2025, 6, 3)));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("read-only"))) << qPrintable(refused.message());
    opened.value().reset();
    // Reports work; writes say why; nothing is called damaged.
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("score"), m_file, QStringLiteral("--period"), QStringLiteral("2025-06")},
                     &out, &err),
              0)
        << qPrintable(err);
    EXPECT_EQ(runCli({QStringLiteral("close-period"), m_file, QStringLiteral("--period"),
                      QStringLiteral("2025-05")},
                     &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("read-only"))) << qPrintable(err);
    EXPECT_FALSE(err.contains(QStringLiteral("damaged"))) << qPrintable(err);
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_F(HostileFiles, AFileInAReadOnlyFolderOpensWithNothingCreatedBesideIt)
{
    const QString folder = path(QStringLiteral("shelf"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("test.attain"));
    ASSERT_TRUE(QFile::copy(m_file, file));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    {
        auto opened = Workspace::open(file, options());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
        EXPECT_TRUE(opened.value()->isReadOnly());
        EXPECT_TRUE(opened.value()->readOnlyReason().contains(QStringLiteral("folder")));
        {
            Statement st(*opened.value(), "SELECT count(*) FROM members");
            ASSERT_TRUE(st.next());
            EXPECT_EQ(st.int64(0), 4);
        }
        EXPECT_EQ(filesIn(folder), QStringList{QStringLiteral("test.attain")});
    }
    EXPECT_EQ(filesIn(folder), QStringList{QStringLiteral("test.attain")});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(HostileFiles, AFileOpenInAttainOnAnotherComputerIsOnlyReadByTheCommandLine)
{
    writeText(WorkspaceLock::lockPath(m_file), "4242\nattain\nmanagers-laptop\n\n\n");
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("score"), m_file, QStringLiteral("--period"), QStringLiteral("2025-06")},
                     &out, &err),
              0);
    EXPECT_EQ(runCli({QStringLiteral("close-period"), m_file, QStringLiteral("--period"),
                      QStringLiteral("2025-05")},
                     &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("managers-laptop"))) << qPrintable(err);
}

TEST_F(HostileFiles, NoCommandWritesOverAWorkspaceItsFilesABackupOrItsInput)
{
    const auto backup = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(backup.ok());
    const QString other = path(QStringLiteral("other.attain"));
    ASSERT_TRUE(Workspace::create(other, options()).ok());
    const QString link = path(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(m_file, link));
    const QByteArray before = fileBytes(m_file);
    const QByteArray otherBefore = fileBytes(other);
    for (const QString &out :
         QStringList{m_file, m_file + QStringLiteral("-wal"), m_file + QStringLiteral("-shm"), link, other,
                     backup->path, path(QStringLiteral("new.attain"))}) {
        QString stdOut, stdErr;
        EXPECT_EQ(runCli({QStringLiteral("export-finance"), m_file, QStringLiteral("--period"),
                          QStringLiteral("2025-06"), QStringLiteral("--out"), out},
                         &stdOut, &stdErr),
                  1)
            << qPrintable(out);
        EXPECT_FALSE(stdErr.isEmpty()) << qPrintable(out);
    }
    EXPECT_EQ(fileBytes(m_file), before);
    EXPECT_EQ(fileBytes(other), otherBefore);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("new.attain"))));
    EXPECT_FALSE(QFile::exists(m_file + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(FinanceHandoff::payoutsPath(m_file)));

    // The workspace (or its log) given as the file to import is refused before it is read.
    auto opened = Workspace::open(m_file, options());
    ASSERT_TRUE(opened.ok());
    ImportOptions o;
    o.kind = ImportKind::Deals;
    for (const QString &input : QStringList{m_file, link, other, m_file + QStringLiteral("-wal")}) {
        const ImportReport report = Importer::run(*opened.value(), input, o);
        EXPECT_FALSE(report.ok()) << qPrintable(input);
    }
    EXPECT_EQ(holdsDatabaseLock(m_file).value_or(true), true);
}

TEST_F(HostileFiles, ACsvThatChangesWhileItIsImportedIsAnErrorAndNothingIsWritten)
{
    const QString csv = path(QStringLiteral("deals.csv"));
    writeText(csv, "external_id,owner,customer,amount,stage,created_on,closed_on\n"
                   "X-1,alice,Acme 科技有限公司,100,won,2025-05-01,2025-06-02\n");
    auto opened = Workspace::open(m_file, options());
    ASSERT_TRUE(opened.ok());
    auto reader = CsvReader::open(csv);
    ASSERT_TRUE(reader.ok());
    writeText(csv, "external_id,owner\n"); // cut short by another program
    ImportOptions o;
    o.kind = ImportKind::Deals;
    const ImportReport report = Importer::run(*opened.value(), std::move(reader).value(), o);
    EXPECT_FALSE(report.ok());
    ASSERT_FALSE(report.problems.isEmpty());
    EXPECT_TRUE(report.problems.last().message.contains(QStringLiteral("changed while")))
        << qPrintable(report.problems.last().message);
    Statement st(*opened.value(), "SELECT count(*) FROM deals WHERE external_id = 'X-1'");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.int64(0), 0);
}

TEST_F(HostileFiles, DemoAndInitLeaveOtherFilesOfTheNameAlone)
{
    const QString target = path(QStringLiteral("x.attain"));
    const QString leftover = target + QStringLiteral(".partial");
    writeText(leftover, "someone else's");
    QString out, err;
    ASSERT_EQ(runCli({QStringLiteral("demo"), target}, &out, &err), 0) << qPrintable(err);
    EXPECT_EQ(fileBytes(leftover), QByteArray("someone else's"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path(QStringLiteral("y.attain"))}, &out, &err), 0)
        << qPrintable(err);
    EXPECT_EQ(fileBytes(leftover), QByteArray("someone else's"));
    QStringList partials =
        QDir(m_dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    EXPECT_EQ(partials, QStringList{QStringLiteral("x.attain.partial")});
}

namespace {
// A log with an Attain write committed in it but not yet copied into its file, as a crash between the commit
// and its checkpoint leaves one: a reader holding an older state keeps the checkpoint from finishing.
QByteArray logWithAWriteOf(const QString &file, const Workspace::Options &options, const QString &name)
{
    auto ws = Workspace::open(file, options);
    EXPECT_TRUE(ws.ok());
    sqlite3 *reader = nullptr;
    sqlite3_open(file.toUtf8().constData(), &reader);
    sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM settings;", nullptr, nullptr, nullptr);
    EXPECT_TRUE(ws.value()->setSetting(QStringLiteral("name"), name).ok());
    const QByteArray log = fileBytes(file + QStringLiteral("-wal"));
    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(reader);
    return log;
}
void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_F(HostileFiles, AnotherCopysLogIsKnownByItsChainEvenWhenTheMixLooksSound)
{
    // Another workspace, with one small change in its log: merged into test.attain it would pass every check
    // SQLite has (the same schema, the same pages), so only the chain can tell.
    const QString other = path(QStringLiteral("other.attain"));
    ASSERT_TRUE(Workspace::create(other, options()).ok());
    const QByteArray log = logWithAWriteOf(other, options(), QStringLiteral("other name"));
    ASSERT_GT(log.size(), 0);
    writeBytes(m_file + QStringLiteral("-wal"), log);
    const QByteArray before = fileBytes(m_file);
    const auto opened = Workspace::open(m_file, options());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.code(), QStringLiteral("foreign-log")) << qPrintable(opened.message());
    EXPECT_EQ(fileBytes(m_file), before);
    EXPECT_EQ(fileBytes(m_file + QStringLiteral("-wal")), log);
}

TEST_F(HostileFiles, ItsOwnLogOfAnAttainWriteIsKnownByItsChain)
{
    // The file as the crash left it: without the change, which only the log holds.
    const QString crashed = path(QStringLiteral("crashed.attain"));
    ASSERT_TRUE(QFile::copy(m_file, crashed));
    const QByteArray log = logWithAWriteOf(m_file, options(), QStringLiteral("renamed"));
    ASSERT_GT(log.size(), 0);
    writeBytes(crashed + QStringLiteral("-wal"), log);
    {
        sqlite3 *alone = nullptr;
        const QByteArray uri = "file:" + crashed.toUtf8() + "?immutable=1";
        ASSERT_EQ(sqlite3_open_v2(uri.constData(), &alone, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr),
                  SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(alone, "SELECT value FROM settings WHERE key = 'name'", -1, &st, nullptr);
        ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
        EXPECT_STRNE(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                     "renamed"); // only in the log
        sqlite3_finalize(st);
        sqlite3_close(alone);
    }
    auto opened = Workspace::open(crashed, options());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
    EXPECT_EQ(opened.value()->setting(QStringLiteral("name")), QStringLiteral("renamed"));
}

TEST_F(HostileFiles, RestoringBesideAnotherCopysLogKeepsTheFileAsItIs)
{
    const auto good = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(good.ok());
    const QString other = path(QStringLiteral("other.attain"));
    ASSERT_TRUE(Workspace::create(other, options()).ok());
    writeBytes(m_file + QStringLiteral("-wal"),
               logWithAWriteOf(other, options(), QStringLiteral("other name")));
    ASSERT_EQ(Workspace::inspect(m_file).code(), QStringLiteral("foreign-log"));
    m_clock.advance(60);
    const auto kept = Backups::restore(m_file, good->path, m_clock.now());
    ASSERT_TRUE(kept.ok()) << qPrintable(kept.message());
    // The state kept before the restore is the file as it was, without the other copy's log.
    auto before = Workspace::open(kept->path, options());
    ASSERT_TRUE(before.ok()) << qPrintable(before.message());
    EXPECT_NE(before.value()->setting(QStringLiteral("name")), QStringLiteral("other name"));
    Statement st(*before.value(), "SELECT count(*) FROM deals");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.int64(0), 1);
    // The restored file continues the chain: its own log is still told from another copy's.
    auto restored = Workspace::open(m_file, options());
    ASSERT_TRUE(restored.ok()) << qPrintable(restored.message());
}

TEST_F(HostileFiles, TheImportPreviewNeverReadsAWorkspace)
{
    auto opened = Workspace::open(m_file, options());
    ASSERT_TRUE(opened.ok());
    for (const QString &input :
         QStringList{m_file, m_file + QStringLiteral("-wal"), m_file + QStringLiteral("-shm")})
        EXPECT_FALSE(CsvReader::open(input).ok()) << qPrintable(input);
    EXPECT_EQ(holdsDatabaseLock(m_file).value_or(true), true);
}

TEST_F(HostileFiles, OneWindowPerFileThroughALinkedFolderToo)
{
    const QString link = path(QStringLiteral("linked"));
    ASSERT_TRUE(QFile::link(m_dir.path(), link));
    WorkspaceLock first(m_file);
    ASSERT_EQ(first.acquire(), WorkspaceLock::State::Acquired);
    WorkspaceLock second(QDir(link).filePath(QStringLiteral("test.attain")));
    EXPECT_EQ(second.acquire(), WorkspaceLock::State::HeldHere);
}

TEST_F(HostileFiles, TheBackgroundCheckOfAFileInAReadOnlyFolderFindsItSound)
{
    const QString folder = path(QStringLiteral("shelf"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("test.attain"));
    ASSERT_TRUE(QFile::copy(m_file, file));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    auto opened = Workspace::open(file, options());
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(Workspace::checkFile(file, false).isEmpty()) << qPrintable(Workspace::checkFile(file, false));
    opened.value().reset();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
