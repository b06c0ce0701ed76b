// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace file: pragmas, and refusal of foreign, newer and damaged files without touching them.
#include "core/services/dealservice.h"
#include "core/storage/backups.h"
#include "core/storage/schema.h"
#include "core/storage/statement.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

using namespace attain;
using namespace attain::test;

namespace {
QString pragma(Workspace &ws, const char *name)
{
    Statement st(ws, QByteArray("PRAGMA ") + name);
    return st.next() ? st.text(0) : QString();
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}
} // namespace

class WorkspaceFile : public WorkspaceTest
{};

TEST_F(WorkspaceFile, NewFileHasAttainsPragmas)
{
    Workspace &ws = create();
    EXPECT_EQ(pragma(ws, "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(ws, "application_id").toLongLong(), Schema::applicationId);
    EXPECT_EQ(pragma(ws, "user_version").toInt(), Schema::currentVersion());
    EXPECT_EQ(pragma(ws, "foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma(ws, "synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(ws.name(), QStringLiteral("test"));
    EXPECT_EQ(ws.setting(QStringLiteral("currency")), QStringLiteral("CNY"));
}

TEST_F(WorkspaceFile, ReopensWithItsData)
{
    seedBasics(create());
    ASSERT_TRUE(DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, 1234, QDate(2025, 6, 1))).ok());
    m_ws.reset();
    auto reopened = Workspace::open(path(QStringLiteral("test.attain")), options());
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.message());
    Statement st(*reopened.value(), "SELECT amount FROM deals");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.int64(0), 123400);
}

TEST_F(WorkspaceFile, CreateRefusesAnExistingFile)
{
    QFile f(path(QStringLiteral("exists.attain")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    EXPECT_FALSE(Workspace::create(path(QStringLiteral("exists.attain")), options()).ok());
    EXPECT_EQ(fileBytes(path(QStringLiteral("exists.attain"))), QByteArray("keep me"));
}

TEST_F(WorkspaceFile, RefusesANonSqliteFileUnchanged)
{
    const QString p = path(QStringLiteral("notes.attain"));
    QFile f(p);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const auto result = Workspace::open(p, options());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.message().contains(QStringLiteral("not a database at all")));
    EXPECT_EQ(fileBytes(p), QByteArray(4096, 'x'));
}

TEST_F(WorkspaceFile, RefusesAForeignSqliteFileUnchanged)
{
    const QString p = path(QStringLiteral("other.db"));
    rawExec(p, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);");
    const QByteArray before = fileBytes(p);
    const auto result = Workspace::open(p, options());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.message().contains(QStringLiteral("another program")));
    EXPECT_EQ(fileBytes(p), before);
    EXPECT_FALSE(QFile::exists(p + QStringLiteral("-wal")));
}

TEST_F(WorkspaceFile, RefusesAFileFromANewerAttainUnchanged)
{
    create(QStringLiteral("newer.attain"));
    m_ws.reset();
    const QString p = path(QStringLiteral("newer.attain"));
    rawExec(p, "PRAGMA user_version = 999;");
    const QByteArray before = fileBytes(p);
    const auto result = Workspace::open(p, options());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.message().contains(QStringLiteral("newer version of Attain")));
    EXPECT_TRUE(result.message().contains(QStringLiteral("999")));
    EXPECT_EQ(fileBytes(p), before);
}

TEST_F(WorkspaceFile, RefusesADamagedFileUnchangedAndNamesItsBackups)
{
    seedBasics(create(QStringLiteral("damaged.attain")));
    DealService deals(*m_ws);
    for (int i = 0; i < 300; ++i)
        ASSERT_TRUE(deals.create(makeDeal(m_acme.id, m_alice.id, 100 + i, QDate(2025, 6, 1))).ok());
    const QString p = path(QStringLiteral("damaged.attain"));
    const auto taken = Backups::take(p, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(taken.ok()) << qPrintable(taken.message());
    const QString backup = QDir::toNativeSeparators(taken->path);
    int root = 0, pageSize = 0;
    {
        Statement st(*m_ws, "SELECT rootpage FROM sqlite_master WHERE name = 'deals'");
        ASSERT_TRUE(st.next());
        root = int(st.int64(0));
        Statement ps(*m_ws, "PRAGMA page_size");
        ASSERT_TRUE(ps.next());
        pageSize = int(ps.int64(0));
    }
    m_ws.reset(); // checkpoints the WAL into the file

    QFile f(p);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(qint64(root - 1) * pageSize));
    f.write(QByteArray(16, '\xA5')); // the root page's header is now nonsense
    f.close();
    const QByteArray before = fileBytes(p);

    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    const auto result = Workspace::open(p, options());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), QStringLiteral("damaged"));
    EXPECT_TRUE(result.message().contains(QStringLiteral("damaged"))) << qPrintable(result.message());
    EXPECT_TRUE(result.message().contains(backup)) << qPrintable(result.message());
    // Plain words: no SQLite internals, no field prefix.
    EXPECT_FALSE(result.message().contains(QStringLiteral("SQLite"))) << qPrintable(result.message());
    EXPECT_FALSE(result.message().startsWith(QStringLiteral("file:"))) << qPrintable(result.message());
    EXPECT_EQ(fileBytes(p), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore); // nothing new beside it
}

TEST_F(WorkspaceFile, ACopyIsACompleteWorkspace)
{
    seedBasics(create());
    const QString backup = path(QStringLiteral("copy.attain"));
    ASSERT_TRUE(m_ws->saveCopy(backup).ok());
    EXPECT_FALSE(m_ws->saveCopy(backup).ok()); // never over a database
    auto opened = Workspace::open(backup, options());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
    Statement st(*opened.value(), "SELECT count(*) FROM members");
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.int64(0), 4);
}

TEST_F(WorkspaceFile, CreateFilledAppearsWholeOrNotAtAll)
{
    const QString p = path(QStringLiteral("filled.attain"));
    auto failed = Workspace::createFilled(p, options(), [](Workspace &) {
        return Status(Problem{QString(), QStringLiteral("boom")});
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_FALSE(QFile::exists(p));
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // nothing left behind
    auto made = Workspace::createFilled(p, options(), [&](Workspace &ws) {
        seedBasics(ws);
        return success();
    });
    ASSERT_TRUE(made.ok()) << qPrintable(made.message());
    EXPECT_EQ(pragma(*made.value(), "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden),
              QStringList());
}
