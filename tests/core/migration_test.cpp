// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema version has a fixture; each opens (migrating after a backup) with its data.
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
