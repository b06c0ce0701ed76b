// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema version has a fixture; each opens (migrating after a backup) with its data.
#include "core/access/identity.h"
#include "core/storage/backups.h"
#include "core/storage/schema.h"
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace attain;
using namespace attain::test;

class Migration : public WorkspaceTest
{};

TEST_F(Migration, EveryVersionHasAFixture)
{
    for (int v = 1; v <= Schema::currentVersion(); ++v)
        EXPECT_TRUE(QFile::exists(QStringLiteral(ATTAIN_TEST_DATA "/schema/v%1.attain").arg(v)))
            << "keep a fixture for schema version " << v << " (attain-make-fixture)";
}

namespace {
qint64 scalar(Workspace &ws, const char *sql)
{
    Statement st(ws, sql);
    return st.next() ? st.int64(0) : -1;
}
} // namespace

TEST_F(Migration, EachFixtureOpensAtTheCurrentVersionWithItsData)
{
    for (int v = 1; v <= Schema::currentVersion(); ++v) {
        SCOPED_TRACE(v);
        const QString fixture = QStringLiteral(ATTAIN_TEST_DATA "/schema/v%1.attain").arg(v);
        const QString p = path(QStringLiteral("from-v%1.attain").arg(v));
        ASSERT_TRUE(QFile::copy(fixture, p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Workspace::open(p, options());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
        Workspace &ws = *opened.value();
        EXPECT_EQ(ws.schemaVersion(), Schema::currentVersion());
        Statement deals(ws, "SELECT count(*), sum(amount) FROM deals");
        ASSERT_TRUE(deals.next());
        EXPECT_EQ(deals.int64(0), 2);
        EXPECT_EQ(deals.int64(1), 2140674 + 5000000);
        deals.reset();
        Statement splits(ws, "SELECT count(*) FROM deal_splits");
        ASSERT_TRUE(splits.next());
        EXPECT_EQ(splits.int64(0), 2);
        splits.reset();
        EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(ws).run()));
        // Compact keys (8): integer keys that join, each record's UUID kept once as 16 bytes, a counter past
        // every key.
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM deals d JOIN customers c ON c.id = d.customer_id "
                             "JOIN members m ON m.id = d.owner_id WHERE typeof(d.id) = 'integer' "
                             "AND typeof(d.customer_id) = 'integer' AND length(d.uuid) = 16"),
                  2);
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM deal_splits s JOIN members m ON m.id = s.member_id"), 2);
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM members WHERE length(uuid) <> 16"), 0);
        EXPECT_GT(scalar(ws, "SELECT next FROM next_ids"),
                  scalar(ws, "SELECT max(id) FROM (SELECT id FROM members UNION ALL SELECT id FROM deals "
                             "UNION ALL SELECT id FROM customers UNION ALL SELECT id FROM teams)"));
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM change_log WHERE length(entity_id) = 36 OR "
                             "old_value LIKE '%-____-____-____-%' OR new_value LIKE '%-____-____-____-%'"),
                  0); // no old id left in the history
        // Credited amounts (9): ¥21,406.74 split 60/40 between lina and zhangwei: 12,844.044 and 8,562.696
        // round down to 12,844.04 and 8,562.69; the fen left over goes to the larger remainder, zhangwei's.
        EXPECT_EQ(scalar(ws, "SELECT credited FROM deal_splits s JOIN members m ON m.id = s.member_id "
                             "WHERE m.login = 'lina'"),
                  1284404);
        EXPECT_EQ(scalar(ws, "SELECT credited FROM deal_splits s JOIN members m ON m.id = s.member_id "
                             "WHERE m.login = 'zhangwei'"),
                  856270);
        // Base amounts (11): both deals are in the base currency, so they count at their own amounts; the
        // covering index of won deals carries them.
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM deals WHERE base_amount = amount"), 2);
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM rates"), v >= 11 ? 1 : 0);
        // Team sync (12): an upgraded file takes no part until it invites or joins; the fixture's deletion
        // happened before its tombstones were kept, except in a file made at version 12.
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM sync_self"), 0);
        EXPECT_EQ(scalar(ws, "SELECT count(*) FROM sync_tombstones"), v >= 12 ? 1 : 0);
        if (v == 7) {
            // 李娜's PIN came along with her: her UUID is the id she had, her secret is hers.
            const qint64 lina = scalar(ws, "SELECT id FROM members WHERE login = 'lina'");
            EXPECT_EQ(scalar(ws, "SELECT count(*) FROM members WHERE login = 'lina' AND hex(uuid) = "
                                 "'00000000000040008000000700000004'"),
                      1);
            EXPECT_TRUE(Identity(ws).check(QString::number(lina), QStringLiteral("2468")).ok());
            EXPECT_FALSE(Identity(ws).check(QString::number(lina), QStringLiteral("1357")).ok());
        }
        // The backup before the upgrade holds the file as it was: its own format, its data.
        const QList<BackupInfo> backups = Backups::list(p);
        if (v < Schema::currentVersion()) {
            ASSERT_EQ(backups.size(), 1);
            EXPECT_EQ(backups.first().trigger, QStringLiteral("upgrade"));
            EXPECT_EQ(backups.first().formatVersion, v);
            EXPECT_EQ(QFileInfo(backups.first().path).absolutePath(),
                      QFileInfo(Backups::folderOf(p)).absoluteFilePath());
            EXPECT_TRUE(Backups::verify(backups.first().path, true).ok());
            EXPECT_EQ(fileBytes(fixture).size(), QFileInfo(backups.first().path).size());
        } else {
            EXPECT_TRUE(backups.isEmpty());
        }
    }
}
