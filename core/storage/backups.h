// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace attain {

/// One backup of a workspace: itself a workspace file (`.attain`).
struct BackupInfo
{
    QString path; // absolute
    QDateTime takenAt;
    qint64 size = 0;
    /// What made it: daily, import, close-period, upgrade, restore, manual, sync-apply; "damaged" for a
    /// damaged file set aside by a restore (kept, never offered).
    QString trigger;
    int formatVersion = 0; // the workspace format it holds
    int sequence = 1;      // its order among backups taken in the same second
};

/// The backups of a workspace, in the folder beside it named after it (`team.attain` → `team.backups/`; a
/// file not named `.attain` keeps its whole name: `team.db` → `team.db.backups/`).
/// Each is written through SQLite's online-backup API from a connection of its own (so it holds the file as
/// last committed, even while the caller's write transaction is open), under a temporary name until it is
/// complete and verified (Attain's schema, SQLite's check); then renamed into place. Kept: the 10 newest,
/// the first of each of the last 7 days with backups, the first of each of the last 4 weeks.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static QString folderOf(const QString &workspacePath);
    /// Whether a file is one of Attain's backups (in a backups folder, named as Attain names them).
    static bool isBackup(const QString &path);
    /// Newest first: the backups folder, and the upgrade backups earlier versions wrote beside the file.
    static QList<BackupInfo> list(const QString &workspacePath);
    /// The newest backup that can be restored.
    static std::optional<BackupInfo> newest(const QString &workspacePath);
    static bool hasBackupOn(const QString &workspacePath, QDate day);
    /// What a trigger means, for lists ("before an import").
    static QString triggerLabel(const QString &trigger);

    /// `prune`: apply the keeping rule afterwards (a restore waits until it is done).
    static Result<BackupInfo> take(const QString &workspacePath, const QString &trigger, const QDateTime &now,
                                   bool prune = true);
    /// The day's backup, unless the workspace has one from `now`'s day already; true when one was taken.
    /// Serialised within the process (the app takes it in the background while a write may ask for it).
    static Result<bool> ensureDaily(const QString &workspacePath, const QDateTime &now);
    /// A workspace file Attain wrote, with the schema of its format, that passes SQLite's check (the full
    /// integrity check when asked). Opens it without locks or a log (a backup nobody else writes).
    static Status verify(const QString &path, bool full = false);
    /// Restores the workspace to a backup, after verifying it and backing up the current state. Refused while
    /// an Attain window has the file open (here or on another computer). A current file that cannot be used
    /// is set aside in the backups folder with its log and journal (never deleted), after the restored file
    /// is written and verified under a temporary name; a log that is another copy's is set aside first.
    /// Returns the backup of the current state (or the set-aside file).
    static Result<BackupInfo> restore(const QString &workspacePath, const QString &backupPath,
                                      const QDateTime &now);
    /// A copy of the workspace as last committed at `target` (File ▸ Save a Copy…, attain-cli backup --out).
    static Status copyTo(const QString &workspacePath, const QString &target);
    /// Removes the backups the keeping rule no longer keeps; returns their paths.
    static QStringList prune(const QString &workspacePath);
    /// Moves a log that is not the workspace's own (StorageErrors::foreignLogCode) into the backups folder,
    /// with its index, so that the file opens as it is. Returns where the log went.
    static Result<QString> setLogAside(const QString &workspacePath, const QDateTime &now);
    /// Stops the backups being written now (at exit): they end as failures, leaving nothing behind.
    static void cancelAll();

    /// The "what to do" sentence for a workspace that cannot be used: its newest backup and how to restore
    /// it.
    static QString advice(const QString &workspacePath);
};

} // namespace attain
