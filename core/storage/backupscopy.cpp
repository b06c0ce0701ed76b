// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: copies of a workspace through SQLite's online-backup API, verified under a temporary name before
// they take their own: taking a backup, the day's backup, Save a Copy, verifying a file, stopping at exit.
#include "core/storage/backups.h"

#include "core/storage/backupfiles.h"
#include "core/storage/fileheader.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/outputfile.h"
#include "core/storage/schema.h"
#include "core/storage/schemacheck.h"
#include "core/storage/sqlitehandle.h"
#include "core/storage/storageerrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <mutex>

namespace attain {

using namespace backupfiles;

namespace {

// Bumped by cancelAll(): a copy that began under an earlier value stops.
std::atomic<int> &generation()
{
    static std::atomic<int> value{0};
    return value;
}

QString temporaryBeside(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial")
            .arg(info.fileName())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

// How a backup, or another file nobody writes, may be read here without dropping this process's locks.
SqliteHandle::Mode readMode(const QString &path)
{
    return OpenWorkspaces::count(OpenWorkspaces::key(path)) == 0 &&
                   !QFileInfo::exists(path + QStringLiteral("-wal"))
               ? SqliteHandle::Mode::Snapshot
               : SqliteHandle::Mode::ReadOnly;
}

// How the source of a copy is read: a live workspace as any reader of it would (taking part in its locking,
// so a writer cannot change it under the copy; a connection that only reads writes nothing), a backup as its
// own bytes.
SqliteHandle::Mode sourceMode(const QString &path)
{
    if (Backups::isBackup(path))
        return readMode(path);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (folder.isWritable())
        return SqliteHandle::Mode::ReadWrite;
    return readMode(path);
}

// Copies the database at `source` as last committed into a new file `temp`, through the online-backup API,
// a few megabytes at a time so that an exit can stop it.
Status copyInto(const QString &source, const QString &temp)
{
    auto src = SqliteHandle::open(source, sourceMode(source));
    if (!src)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(src.problems()), source));
    auto dst = SqliteHandle::open(temp, SqliteHandle::Mode::Create);
    if (!dst)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(dst.problems()), temp));
    // A file no one sees until it is renamed: no journal; the commit still syncs it to the disk.
    dst->exec("PRAGMA journal_mode=OFF");
    sqlite3_backup *backup = sqlite3_backup_init(dst->get(), "main", src->get(), "main");
    if (!backup)
        return Status(StorageErrors::fromSqlite(dst->errorCode(), temp));
    int rc = SQLITE_OK;
    const int started = generation().load();
    // Should another connection change the source between two steps, SQLite starts the copy again: it is
    // always of one state.
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (generation().load() != started) {
            sqlite3_backup_finish(backup);
            return Status(
                StorageErrors::problem(StorageErrors::refusedCode, Backups::tr("The backup was stopped.")));
        }
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int code =
            (rc & 0xFF) == SQLITE_CORRUPT || (rc & 0xFF) == SQLITE_NOTADB ? rc : dst->errorCode();
        const bool sourceSide = (code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB;
        return Status(StorageErrors::fromSqlite(code ? code : rc, sourceSide ? source : temp));
    }
    return success();
}

// Writes a verified copy of `source` at `target` (which must not exist unless `replace`).
Status writeVerifiedCopy(const QString &source, const QString &target, bool replace)
{
    const auto temp = verifiedCopyBeside(source, target);
    if (!temp)
        return Status(temp.problems());
    Status st = OutputFile::moveIntoPlace(*temp, target, replace);
    if (!st)
        removeTemporary(*temp);
    return st;
}

} // namespace

namespace backupfiles {

void removeTemporary(const QString &temp)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(temp + QLatin1String(suffix));
}

// A verified copy of `source` under a temporary name beside `target`; returns that name.
Result<QString> verifiedCopyBeside(const QString &source, const QString &target)
{
    const QString temp = temporaryBeside(target);
    Status st = copyInto(source, temp);
    if (st) {
        st = Backups::verify(temp);
        if (!st)
            st = Status(StorageErrors::damaged(source));
    }
    if (!st) {
        removeTemporary(temp);
        return Result<QString>(st.problems());
    }
    return temp;
}

} // namespace backupfiles

void Backups::cancelAll()
{
    ++generation();
}

Result<BackupInfo> Backups::take(const QString &workspacePath, const QString &trigger, const QDateTime &now,
                                 bool pruneAfter)
{
    const QString folder = folderOf(workspacePath);
    if (!QDir().mkpath(folder))
        return Result<BackupInfo>(StorageErrors::fromWrite(
            QFileInfo(QFileInfo(folder).absolutePath()).isWritable() ? EIO : EACCES, folder));
    const QString base = stemOf(workspacePath);
    const QString stamp = now.toString(stampFormat());
    auto nameFor = [&](int n) {
        return QDir(folder).filePath(
            n == 1 ? QStringLiteral("%1.%2.%3.attain").arg(base, stamp, trigger)
                   : QStringLiteral("%1.%2-%3.%4.attain").arg(base, stamp).arg(n).arg(trigger));
    };
    const auto temp = verifiedCopyBeside(workspacePath, nameFor(1));
    if (!temp)
        return Result<BackupInfo>(temp.problems());
    // The next free name; another program backing the file up in the same second may take one first.
    QString target;
    for (int n = 1; target.isEmpty() && n < 1000; ++n) {
        if (QFileInfo::exists(nameFor(n)))
            continue;
        const Status moved = OutputFile::moveIntoPlace(*temp, nameFor(n), false);
        if (moved)
            target = nameFor(n);
        else if (moved.code() != StorageErrors::refusedCode) {
            removeTemporary(*temp);
            return Result<BackupInfo>(moved.problems());
        }
    }
    if (target.isEmpty()) {
        removeTemporary(*temp);
        return Result<BackupInfo>(StorageErrors::diskError(folder));
    }
    if (pruneAfter)
        prune(workspacePath);
    return infoOf(QFileInfo(target), QDateTime::fromString(stamp, stampFormat()), trigger);
}

Result<bool> Backups::ensureDaily(const QString &workspacePath, const QDateTime &now)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (hasBackupOn(workspacePath, now.date()))
        return false;
    auto taken = take(workspacePath, QStringLiteral("daily"), now);
    if (!taken)
        return Result<bool>(taken.problems());
    return true;
}

Status Backups::verify(const QString &path, bool full)
{
    const FileHeader header = FileHeader::read(path);
    if (!header.sqlite || header.applicationId != Schema::applicationId)
        return Status(StorageErrors::notAWorkspace(path, tr("it is not a file Attain wrote")));
    if (header.userVersion < 1 || header.userVersion > Schema::currentVersion())
        return Status(StorageErrors::newer(path, header.userVersion, Schema::currentVersion()));
    auto db = SqliteHandle::open(path, readMode(path));
    if (!db)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(db.problems()), path));
    if (Status schema = SchemaCheck::verify(db->get(), header.userVersion); !schema)
        return Status(StorageErrors::incomplete(path));
    int code = 0;
    const QString verdict = db->text(full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)", &code);
    if (verdict != QLatin1String("ok"))
        return Status(StorageErrors::damaged(path));
    return success();
}

Status Backups::copyTo(const QString &workspacePath, const QString &target)
{
    if (const QString refusal = OutputFile::refusal(target, {workspacePath}, OutputFile::Purpose::Workspace);
        !refusal.isEmpty())
        return Status(StorageErrors::problem(StorageErrors::refusedCode, refusal));
    return writeVerifiedCopy(workspacePath, target, true);
}

} // namespace attain
