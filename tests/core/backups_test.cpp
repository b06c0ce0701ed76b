// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: when they are taken, what they hold, which are kept, restoring (a sound file and a damaged one),
// copies, and the command line's backups / restore / backup.
#include "core/interchange/importer.h"
#include "core/services/dealservice.h"
#include "core/storage/backups.h"
#include "core/storage/statement.h"
#include "core/storage/workspacecheck.h"
#include "core/storage/workspacelock.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace attain;
using namespace attain::test;

namespace {

qint64 deals(Workspace &ws)
{
    Statement st(ws, "SELECT count(*) FROM deals");
    return st.next() ? st.int64(0) : -1;
}

qint64 dealsIn(const QString &file)
{
    Workspace::Options o;
    o.integrity = Workspace::Options::Integrity::Full;
    auto ws = Workspace::open(file, o);
    return ws ? deals(*ws.value()) : -1;
}

QStringList names(const QList<BackupInfo> &list)
{
    QStringList out;
    for (const BackupInfo &b : list)
        out << QFileInfo(b.path).fileName();
    return out;
}

} // namespace

class BackupsTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        seedBasics(create());
        m_file = path(QStringLiteral("test.attain"));
    }
    void addDeal(qint64 yuan = 100)
    {
        ASSERT_TRUE(DealService(*m_ws).create(makeDeal(m_acme.id, m_alice.id, yuan, QDate(2025, 6, 1))).ok());
    }
    // Reopens the test's workspace as a later run would (a new object: its first write of the day).
    void reopen()
    {
        m_ws.reset();
        auto ws = Workspace::open(m_file, options());
        ASSERT_TRUE(ws.ok()) << qPrintable(ws.message());
        m_ws = std::move(ws).value();
    }
    QString m_file;
};

TEST_F(BackupsTest, ANewWorkspaceHasNoBackupUntilTheNextDaysFirstChange)
{
    addDeal();
    EXPECT_TRUE(Backups::list(m_file).isEmpty()); // created today by this run: nothing to lose yet
    m_clock.set(QDateTime(QDate(2025, 6, 16), QTime(9, 0)));
    reopen();
    addDeal();
    addDeal();
    const auto list = Backups::list(m_file);
    ASSERT_EQ(list.size(), 1) << qPrintable(names(list).join(u' '));
    EXPECT_EQ(list.first().trigger, QStringLiteral("daily"));
    EXPECT_EQ(list.first().takenAt, QDateTime(QDate(2025, 6, 16), QTime(9, 0)));
    EXPECT_EQ(QFileInfo(list.first().path).fileName(), QStringLiteral("test.20250616-090000.daily.attain"));
    EXPECT_EQ(QFileInfo(list.first().path).absolutePath(),
              QFileInfo(Backups::folderOf(m_file)).absoluteFilePath());
    EXPECT_EQ(dealsIn(list.first().path), 1); // the state before the day's first change
    // A backup is a workspace like any other, and leaves no temporary file behind.
    EXPECT_TRUE(Backups::verify(list.first().path, true).ok());
    EXPECT_EQ(QDir(Backups::folderOf(m_file)).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST_F(BackupsTest, ABigChangeIsBackedUpFirstButAnUnchangedStateOnlyOnce)
{
    m_clock.set(QDateTime(QDate(2025, 6, 16), QTime(9, 0)));
    reopen();
    ASSERT_TRUE(m_ws->backupBeforeChange(QStringLiteral("import")).ok());
    ASSERT_TRUE(m_ws->backupBeforeChange(QStringLiteral("close-period")).ok()); // same state: not again
    EXPECT_EQ(Backups::list(m_file).size(), 1);
    addDeal(); // the day's backup exists already: none more
    EXPECT_EQ(Backups::list(m_file).size(), 1);
    m_clock.advance(60);
    ASSERT_TRUE(m_ws->backupBeforeChange(QStringLiteral("close-period")).ok());
    const auto list = Backups::list(m_file);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).trigger, QStringLiteral("close-period"));
    EXPECT_EQ(list.at(1).trigger, QStringLiteral("import"));
    EXPECT_EQ(dealsIn(list.at(0).path), 1);
    EXPECT_EQ(dealsIn(list.at(1).path), 0);
}

TEST_F(BackupsTest, AnImportIsBackedUpAsItWasBeforeAndAnUnchangedReimportTakesNoCopy)
{
    addDeal();
    m_clock.set(QDateTime(QDate(2025, 6, 16), QTime(9, 0)));
    reopen();
    addDeal(); // the day's first change: backed up with one deal
    ASSERT_EQ(Backups::list(m_file).size(), 1);
    QFile csv(path(QStringLiteral("deals.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("external_id,owner,customer,amount,stage,created_on,closed_on\n"
              "D-1,alice,Acme 科技有限公司,100.00,won,2025-05-01,2025-06-01\n"
              "D-2,alice,Acme 科技有限公司,200.00,won,2025-05-01,2025-06-02\n");
    csv.close();
    ImportOptions o;
    o.kind = ImportKind::Deals;
    m_clock.advance(60);
    const ImportReport first = Importer::run(*m_ws, csv.fileName(), o);
    ASSERT_TRUE(first.committed) << qPrintable(first.summaryLines().join(u'\n'));
    EXPECT_EQ(first.inserted, 2);
    auto list = Backups::list(m_file);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.first().trigger, QStringLiteral("import"));
    // Taken late in the import's transaction, but of the state it started from: two deals, not four.
    EXPECT_EQ(dealsIn(list.first().path), 2);
    EXPECT_EQ(deals(*m_ws), 4);
    m_clock.advance(60);
    reopen(); // as the next command-line run: this object has taken no backup yet
    const ImportReport again = Importer::run(*m_ws, csv.fileName(), o);
    ASSERT_TRUE(again.committed);
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(Backups::list(m_file).size(), 2); // nothing changed, nothing to back up
}

TEST_F(BackupsTest, KeepsTheTenNewestAndTheFirstOfTheLastSevenDaysAndFourWeeks)
{
    // Two backups a day at 09:00 and 17:00 for 60 days, pruned as they are taken.
    const QDate start(2025, 3, 1);
    for (int day = 0; day < 60; ++day)
        for (int hour : {9, 17}) {
            m_clock.set(QDateTime(start.addDays(day), QTime(hour, 0)));
            ASSERT_TRUE(Backups::take(m_file, QStringLiteral("manual"), m_clock.now()).ok());
        }
    // Worked by hand: the last day is 29 April (a Tuesday). The ten newest are 25 April 09:00 … 29 April
    // 17:00; the first of each of the last seven days adds 23 and 24 April 09:00; the first backups of the
    // last four ISO weeks are those of 28 April (week 18), 21 April (17), 14 April (16) and 7 April (15), all
    // at 09:00.
    QStringList expected;
    for (const QDate d :
         {QDate(2025, 4, 29), QDate(2025, 4, 28), QDate(2025, 4, 27), QDate(2025, 4, 26), QDate(2025, 4, 25)})
        for (const char *t : {"170000", "090000"})
            expected << QStringLiteral("test.%1-%2.manual.attain")
                            .arg(d.toString(QStringLiteral("yyyyMMdd")), QLatin1String(t));
    for (const QDate d :
         {QDate(2025, 4, 24), QDate(2025, 4, 23), QDate(2025, 4, 21), QDate(2025, 4, 14), QDate(2025, 4, 7)})
        expected
            << QStringLiteral("test.%1-090000.manual.attain").arg(d.toString(QStringLiteral("yyyyMMdd")));
    EXPECT_EQ(names(Backups::list(m_file)), expected);
}

TEST_F(BackupsTest, PruningLeavesFilesItDidNotWriteAlone)
{
    const QString folder = Backups::folderOf(m_file);
    QDir().mkpath(folder);
    QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("mine");
    other.close();
    for (int i = 0; i < 15; ++i) {
        m_clock.advance(3600 * 24 * 8);
        ASSERT_TRUE(Backups::take(m_file, QStringLiteral("manual"), m_clock.now()).ok());
    }
    EXPECT_TRUE(QFile::exists(other.fileName()));
    EXPECT_EQ(Backups::list(m_file).size(), 10);
}

TEST_F(BackupsTest, RestoreBringsBackTheStateAndKeepsTheCurrentOne)
{
    const auto before = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(before.ok());
    addDeal();
    addDeal();
    m_ws.reset();
    m_clock.advance(60);
    const auto kept = Backups::restore(m_file, before->path, m_clock.now());
    ASSERT_TRUE(kept.ok()) << qPrintable(kept.message());
    EXPECT_EQ(kept->trigger, QStringLiteral("restore"));
    EXPECT_EQ(dealsIn(m_file), 0);
    EXPECT_EQ(dealsIn(kept->path), 2);
    // And back again.
    m_clock.advance(60);
    ASSERT_TRUE(Backups::restore(m_file, kept->path, m_clock.now()).ok());
    EXPECT_EQ(dealsIn(m_file), 2);
    auto ws = Workspace::open(m_file, options());
    ASSERT_TRUE(ws.ok());
    EXPECT_TRUE(WorkspaceCheck::allPassed(WorkspaceCheck(*ws.value()).run()));
}

TEST_F(BackupsTest, RestoreRefusesABackupThatIsNotSoundAndChangesNothing)
{
    addDeal();
    m_ws.reset();
    const QString fake = path(QStringLiteral("fake.attain"));
    QFile f(fake);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a workspace");
    f.close();
    const QByteArray before = fileBytes(m_file);
    const auto refused = Backups::restore(m_file, fake, m_clock.now());
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(fileBytes(m_file), before);
    EXPECT_TRUE(Backups::list(m_file).isEmpty());
    EXPECT_FALSE(Backups::restore(m_file, m_file, m_clock.now()).ok()); // not from itself
}

TEST_F(BackupsTest, RestoringADamagedFileSetsItAsideWithItsLog)
{
    addDeal();
    const auto good = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(good.ok());
    m_ws.reset();
    const QByteArray junk(8192 * 4, '\x5A');
    {
        QFile f(m_file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(8192);
        f.write(junk);
    }
    const QByteArray damaged = fileBytes(m_file);
    ASSERT_FALSE(Workspace::open(m_file, options()).ok());
    m_clock.advance(60);
    const auto aside = Backups::restore(m_file, good->path, m_clock.now());
    ASSERT_TRUE(aside.ok()) << qPrintable(aside.message());
    EXPECT_EQ(aside->trigger, QStringLiteral("damaged"));
    EXPECT_EQ(fileBytes(aside->path), damaged); // kept, byte for byte
    EXPECT_EQ(dealsIn(m_file), 1);
    // The set-aside file is listed but never offered.
    EXPECT_EQ(Backups::newest(m_file)->path, good->path);
}

TEST_F(BackupsTest, ACopyNeverLandsOnAWorkspaceItsLogOrABackup)
{
    const auto backup = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(backup.ok());
    EXPECT_FALSE(m_ws->saveCopy(m_file).ok());
    EXPECT_FALSE(m_ws->saveCopy(m_file + QStringLiteral("-wal")).ok());
    EXPECT_FALSE(m_ws->saveCopy(backup->path).ok());
    EXPECT_FALSE(m_ws->saveCopy(QDir(Backups::folderOf(m_file)).filePath(QStringLiteral("x.attain"))).ok());
    const QString link = path(QStringLiteral("link.attain"));
    ASSERT_TRUE(QFile::link(m_file, link));
    EXPECT_FALSE(m_ws->saveCopy(link).ok()); // through a symbolic link
    ASSERT_TRUE(m_ws->saveCopy(path(QStringLiteral("copy.attain"))).ok());
    EXPECT_FALSE(m_ws->saveCopy(path(QStringLiteral("copy.attain"))).ok()); // another workspace now
    EXPECT_EQ(dealsIn(path(QStringLiteral("copy.attain"))), 0);
}

TEST_F(BackupsTest, TheCommandLineListsRestoresAndCopies)
{
    addDeal();
    m_ws.reset();
    QString out, err;
    ASSERT_EQ(runCli({QStringLiteral("backup"), m_file}, &out, &err), 0) << qPrintable(err);
    const QString taken = out.trimmed();
    EXPECT_TRUE(QFileInfo(taken).isAbsolute());
    ASSERT_EQ(runCli({QStringLiteral("backups"), m_file}, &out, &err), 0) << qPrintable(err);
    const QStringList lines = out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 1);
    const QStringList cells = lines.first().split(u'\t');
    ASSERT_EQ(cells.size(), 4);
    EXPECT_EQ(cells.at(0), taken); // the absolute path first
    EXPECT_TRUE(QFileInfo::exists(cells.at(0)));
    EXPECT_EQ(cells.at(3), Backups::triggerLabel(QStringLiteral("manual")));

    {
        auto ws = Workspace::open(m_file, options());
        ASSERT_TRUE(ws.ok());
        m_ws = std::move(ws).value();
        addDeal();
        m_ws.reset();
    }
    EXPECT_EQ(dealsIn(m_file), 2);
    ASSERT_EQ(runCli({QStringLiteral("restore"), m_file, QStringLiteral("--from"), taken}, &out, &err), 0)
        << qPrintable(err);
    EXPECT_EQ(dealsIn(m_file), 1);
    EXPECT_EQ(runCli({QStringLiteral("restore"), m_file}, &out, &err), 2); // --from is needed

    const QString copy = path(QStringLiteral("copy.attain"));
    ASSERT_EQ(runCli({QStringLiteral("backup"), m_file, QStringLiteral("--out"), copy}, &out, &err), 0)
        << qPrintable(err);
    EXPECT_EQ(dealsIn(copy), 1);
    EXPECT_EQ(runCli({QStringLiteral("backup"), m_file, QStringLiteral("--out"), m_file}, &out, &err), 1);
    EXPECT_FALSE(err.isEmpty());
}

TEST_F(BackupsTest, RestoringAnOlderBackupOfABusyDayKeepsIt)
{
    // Twelve backups in one day: the tenth newest is neither among the ten newest once one more is taken, nor
    // the first of its day. Restoring it backs the current state up first, which must not prune it away.
    QList<BackupInfo> taken;
    for (int i = 0; i < 12; ++i) {
        m_clock.advance(60);
        addDeal();
        const auto b = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
        ASSERT_TRUE(b.ok());
        taken << *b;
    }
    const QList<BackupInfo> listed = Backups::list(m_file);
    ASSERT_EQ(listed.size(), 11); // ten newest and the first of the day
    const BackupInfo chosen = listed.at(9);
    m_ws.reset();
    m_clock.advance(60);
    const auto kept = Backups::restore(m_file, chosen.path, m_clock.now());
    ASSERT_TRUE(kept.ok()) << qPrintable(kept.message());
    EXPECT_EQ(chosen.path, taken.at(2).path); // taken after the third deal
    EXPECT_EQ(dealsIn(m_file), 3);
}

TEST_F(BackupsTest, RestoreIsRefusedWhileAWindowHasTheFile)
{
    const auto backup = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(backup.ok());
    addDeal();
    m_ws.reset();
    const QByteArray before = fileBytes(m_file);
    {
        // A window on another computer (its lock file in the shared folder).
        QFile lock(WorkspaceLock::lockPath(m_file));
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nattain\nmanagers-laptop\n\n\n");
    }
    const auto refused = Backups::restore(m_file, backup->path, m_clock.now());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("managers-laptop")))
        << qPrintable(refused.message());
    EXPECT_EQ(fileBytes(m_file), before);
    QFile::remove(WorkspaceLock::lockPath(m_file));
    // A window in this process holds it: attain-cli (another process) is refused too.
    WorkspaceLock window(m_file);
    ASSERT_EQ(window.acquire(), WorkspaceLock::State::Acquired);
    QString out, err;
    EXPECT_EQ(runCli({QStringLiteral("restore"), m_file, QStringLiteral("--from"), backup->path}, &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("File ▸ Backups"))) << qPrintable(err);
    EXPECT_EQ(fileBytes(m_file), before);
}

TEST_F(BackupsTest, RestoringADamagedFileSetsItsJournalAsideToo)
{
    addDeal();
    const auto good = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(good.ok());
    m_ws.reset();
    {
        QFile f(m_file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(8192);
        f.write(QByteArray(8192 * 3, '\x5A'));
        QFile journal(m_file + QStringLiteral("-journal"));
        ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(4096, '\x11'));
    }
    m_clock.advance(60);
    const auto aside = Backups::restore(m_file, good->path, m_clock.now());
    ASSERT_TRUE(aside.ok()) << qPrintable(aside.message());
    EXPECT_TRUE(QFile::exists(aside->path + QStringLiteral("-journal")));
    EXPECT_FALSE(QFile::exists(m_file + QStringLiteral("-journal")));
    EXPECT_EQ(dealsIn(m_file), 1);
}

TEST_F(BackupsTest, AWorkspaceNotNamedAttainHasBackupsOfItsOwn)
{
    m_ws.reset();
    const QString other = path(QStringLiteral("test.db"));
    ASSERT_TRUE(Workspace::create(other, options()).ok());
    ASSERT_TRUE(Backups::take(m_file, QStringLiteral("manual"), m_clock.now()).ok());
    EXPECT_NE(Backups::folderOf(m_file), Backups::folderOf(other));
    EXPECT_EQ(QFileInfo(Backups::folderOf(other)).fileName(), QStringLiteral("test.db.backups"));
    EXPECT_TRUE(Backups::list(other).isEmpty());
    EXPECT_EQ(Backups::list(m_file).size(), 1);
}

TEST_F(BackupsTest, ABackupOpensReadOnlyWithNothingCreatedBesideIt)
{
    const auto backup = Backups::take(m_file, QStringLiteral("manual"), m_clock.now());
    ASSERT_TRUE(backup.ok());
    EXPECT_TRUE(Backups::isBackup(backup->path));
    EXPECT_FALSE(Backups::isBackup(m_file));
    const QByteArray before = fileBytes(backup->path);
    {
        auto opened = Workspace::open(backup->path, options());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.message());
        EXPECT_TRUE(opened.value()->isReadOnly());
        EXPECT_FALSE(opened.value()->setSetting(QStringLiteral("name"), QStringLiteral("x")).ok());
    }
    EXPECT_EQ(fileBytes(backup->path), before);
    EXPECT_EQ(QDir(Backups::folderOf(m_file))
                  .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot),
              QStringList{QFileInfo(backup->path).fileName()});
}
