// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: restoring a workspace from a backup, and setting aside a log that is another copy's.
#include "core/storage/backups.h"

#include "core/storage/backupfiles.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/outputfile.h"
#include "core/storage/sqlitehandle.h"
#include "core/storage/storageerrors.h"
#include "core/storage/workspace.h"
#include "core/storage/workspacelock.h"
#include "core/storage/writernote.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sqlite3.h>

#include <cerrno>

namespace attain {

using namespace backupfiles;

namespace {

// Why a restore may not write to the file now: an Attain window has it, here or elsewhere.
QString heldBy(const QString &workspacePath)
{
    WorkspaceLock::Holder holder;
    switch (WorkspaceLock::peek(workspacePath, &holder)) {
    case WorkspaceLock::State::HeldHere:
        return Backups::tr(
                   "%1 is open in an Attain window (process %2). Restore it from that window with File ▸ "
                   "Backups…, or close it there first.")
            .arg(StorageErrors::shown(workspacePath))
            .arg(holder.pid);
    case WorkspaceLock::State::HeldElsewhere:
        return Backups::tr("%1 is open in Attain on %2. Close it there first.")
            .arg(StorageErrors::shown(workspacePath), holder.host);
    default: return QString();
    }
}

// Renames a set of files as one step: each source to its target, all moved back when one cannot be.
bool renameAll(const QList<QPair<QString, QString>> &moves)
{
    QList<QPair<QString, QString>> done;
    for (const auto &[from, to] : moves) {
        if (!QFileInfo::exists(from))
            continue;
        if (QFileInfo::exists(to) || !QFile::rename(from, to)) {
            for (auto it = done.crbegin(); it != done.crend(); ++it)
                QFile::rename(it->second, it->first);
            return false;
        }
        done << qMakePair(from, to);
    }
    return true;
}

} // namespace

Result<BackupInfo> Backups::restore(const QString &workspacePath, const QString &backupPath,
                                    const QDateTime &now)
{
    using R = Result<BackupInfo>;
    if (OpenWorkspaces::key(workspacePath) == OpenWorkspaces::key(backupPath))
        return R(StorageErrors::problem(StorageErrors::refusedCode,
                                        tr("A workspace cannot be restored from itself.")));
    if (!QFileInfo(backupPath).isFile())
        return R(
            StorageErrors::problem(QStringLiteral("not-found"),
                                   tr("There is no backup at %1.").arg(StorageErrors::shown(backupPath))));
    if (const QString held = heldBy(workspacePath); !held.isEmpty())
        return R(StorageErrors::problem(StorageErrors::busyCode, held));
    if (OpenWorkspaces::count(OpenWorkspaces::key(workspacePath)) > 0)
        return R(StorageErrors::problem(
            StorageErrors::refusedCode,
            tr("Close %1 before restoring it.").arg(StorageErrors::shown(workspacePath))));
    if (Status st = verify(backupPath, true); !st)
        return R(StorageErrors::problem(
            st.code(),
            tr("%1 cannot be restored from: %2").arg(StorageErrors::shown(backupPath), st.message())));
    // What the current file is, as opening it would find it.
    Status current = QFileInfo::exists(workspacePath) ? Workspace::inspect(workspacePath) : success();
    if (current.code() == StorageErrors::foreignLogCode) {
        // The file is sound without the other copy's log: the log goes aside, the file is backed up as it is.
        if (auto aside = setLogAside(workspacePath, now); !aside)
            return R(aside.problems());
        current = Workspace::inspect(workspacePath);
    }
    const QString code = current.code();
    if (!current && code != StorageErrors::damagedCode && code != StorageErrors::foreignCode)
        return R(current.problems()); // busy, a failing disk, a newer format: not for a restore to decide

    if (current && QFileInfo::exists(workspacePath)) {
        WriterNote note(workspacePath, WriterNote::Kind::Restore);
        auto kept = take(workspacePath, QStringLiteral("restore"), now, false);
        if (!kept)
            return kept;
        auto dst = SqliteHandle::open(workspacePath, SqliteHandle::Mode::ReadWrite);
        if (!dst)
            return R(StorageErrors::fromSqlite(StorageErrors::sqliteCode(dst.problems()), workspacePath));
        // The restored state continues the current one in the chain that tells the file's own log from
        // another copy's: a copy of the backup with the current token as its parent is what is restored.
        const QString current = dst->text("SELECT token FROM wal_chain WHERE id = 1");
        const auto staged = verifiedCopyBeside(backupPath, workspacePath);
        if (!staged)
            return R(staged.problems());
        const auto removeStaged = qScopeGuard([&] { removeTemporary(*staged); });
        if (auto copy = SqliteHandle::open(*staged, SqliteHandle::Mode::ReadWrite)) {
            copy->exec("PRAGMA journal_mode=DELETE");
            if (!copy->text("SELECT name FROM sqlite_schema WHERE name = 'wal_chain'").isEmpty()) {
                sqlite3_stmt *stmt = nullptr;
                sqlite3_prepare_v2(
                    copy->get(),
                    "UPDATE wal_chain SET parent = ?, token = lower(hex(randomblob(16))) WHERE id = 1", -1,
                    &stmt, nullptr);
                const QByteArray parent = current.toUtf8();
                sqlite3_bind_text(stmt, 1, parent.constData(), int(parent.size()), SQLITE_TRANSIENT);
                const int rc = sqlite3_step(stmt);
                sqlite3_finalize(stmt);
                if (rc != SQLITE_DONE)
                    return R(StorageErrors::fromSqlite(copy->errorCode(), workspacePath));
            }
        } else {
            return R(StorageErrors::fromSqlite(StorageErrors::sqliteCode(copy.problems()), workspacePath));
        }
        auto src = SqliteHandle::open(*staged, SqliteHandle::Mode::Snapshot);
        if (!src)
            return R(StorageErrors::fromSqlite(StorageErrors::sqliteCode(src.problems()), backupPath));
        // Page by page into the live file, as one transaction of its write-ahead log: other programs that
        // have it open see the restored state as they would any other change.
        sqlite3_backup *backup = sqlite3_backup_init(dst->get(), "main", src->get(), "main");
        if (!backup)
            return R(StorageErrors::fromSqlite(dst->errorCode(), workspacePath));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return R(StorageErrors::fromSqlite(dst->errorCode() ? dst->errorCode() : rc, workspacePath));
        dst->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        dst.value().close();
        prune(workspacePath);
        return kept;
    }

    // The current file cannot be used (or is not there). The restored file is written and verified first,
    // under a temporary name; then the current one is set aside with its log and journal, kept byte for
    // byte; then the restored one takes its name.
    const auto restored = verifiedCopyBeside(backupPath, workspacePath);
    if (!restored)
        return R(restored.problems());
    BackupInfo aside;
    if (QFileInfo::exists(workspacePath)) {
        const QString folder = folderOf(workspacePath);
        QDir().mkpath(folder);
        aside = infoOf(QFileInfo(workspacePath), now, QStringLiteral("damaged"));
        QString target = QDir(folder).filePath(
            QStringLiteral("%1.%2.damaged.attain").arg(stemOf(workspacePath), now.toString(stampFormat())));
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QDir(folder).filePath(QStringLiteral("%1.%2-%3.damaged.attain")
                                               .arg(stemOf(workspacePath), now.toString(stampFormat()))
                                               .arg(n));
        QList<QPair<QString, QString>> moves{{workspacePath, target}};
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            moves << qMakePair(workspacePath + QLatin1String(suffix), target + QLatin1String(suffix));
        if (!renameAll(moves)) {
            removeTemporary(*restored);
            return R(StorageErrors::problem(
                StorageErrors::diskErrorCode,
                tr("%1 could not be moved aside into %2; nothing was changed.")
                    .arg(StorageErrors::shown(workspacePath), StorageErrors::shown(folder))));
        }
        aside.path = QFileInfo(target).absoluteFilePath();
    }
    if (Status st = OutputFile::moveIntoPlace(*restored, workspacePath, false); !st) {
        if (!aside.path.isEmpty())
            QFile::rename(aside.path, workspacePath); // back where it was
        removeTemporary(*restored);
        return R(st.problems());
    }
    return aside.path.isEmpty() ? infoOf(QFileInfo(workspacePath), now, QStringLiteral("restore")) : aside;
}

Result<QString> Backups::setLogAside(const QString &workspacePath, const QDateTime &now)
{
    const QString folder = folderOf(workspacePath);
    if (!QDir().mkpath(folder))
        return Result<QString>(StorageErrors::fromWrite(EACCES, folder));
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1.%2.foreign-log").arg(stemOf(workspacePath), now.toString(stampFormat())));
    if (!renameAll({{workspacePath + QStringLiteral("-wal"), target + QStringLiteral("-wal")},
                    {workspacePath + QStringLiteral("-shm"), target + QStringLiteral("-shm")}}))
        return Result<QString>(StorageErrors::problem(
            StorageErrors::diskErrorCode,
            tr("The log beside %1 could not be moved into %2; nothing was changed.")
                .arg(StorageErrors::shown(workspacePath), StorageErrors::shown(folder))));
    return QString(target + QStringLiteral("-wal"));
}

} // namespace attain
