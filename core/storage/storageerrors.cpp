// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/storageerrors.h"

#include "core/storage/backups.h"
#include "core/storage/writernote.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace attain {

Problem StorageErrors::problem(const QString &code, const QString &message)
{
    Problem p{QString(), message};
    p.code = code;
    return p;
}

QString StorageErrors::shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Problem StorageErrors::notFound(const QString &path)
{
    return problem(QStringLiteral("not-found"),
                   tr("There is no workspace at %1. Check the file's name and folder.").arg(shown(path)));
}

Problem StorageErrors::notAWorkspace(const QString &path, const QString &what)
{
    return problem(foreignCode,
                   tr("%1 is not an Attain workspace: %2. It was left unchanged. Open a file that "
                      "Attain created, or import the data with File ▸ Import.")
                       .arg(shown(path), what));
}

Problem StorageErrors::incomplete(const QString &path)
{
    return problem(foreignCode,
                   tr("%1 is not a workspace as Attain writes it: its tables are not Attain's (it "
                      "was changed by another program, or never finished). It was left unchanged "
                      "and is not used.\n\n%2")
                       .arg(shown(path), Backups::advice(path)));
}

Problem StorageErrors::newer(const QString &path, int version, int supported)
{
    return problem(newerCode,
                   tr("%1 was written by a newer version of Attain (workspace format %2; this version "
                      "reads formats up to %3). It was left unchanged; update Attain to open it.")
                       .arg(shown(path))
                       .arg(version)
                       .arg(supported));
}

Problem StorageErrors::damaged(const QString &path)
{
    return problem(damagedCode, tr("%1 is damaged and cannot be used; Attain has not changed it.\n\n%2")
                                    .arg(shown(path), Backups::advice(path)));
}

Problem StorageErrors::foreignLog(const QString &path)
{
    const QString log = shown(path + QStringLiteral("-wal"));
    return problem(
        foreignLogCode,
        tr("The write-ahead log beside %1 (%2) does not belong to it: it was left by another copy of "
           "the workspace, and using it would damage the file. Attain has changed neither. If this "
           "file replaced another copy, move %2 away and open it again; otherwise restore a backup.\n\n"
           "%3")
            .arg(shown(path), log, Backups::advice(path)));
}

Problem StorageErrors::cannotRead(const QString &path)
{
    return problem(
        QStringLiteral("cannot-read"),
        tr("Attain cannot read %1. Check that the file and its folder may be read by you.").arg(shown(path)));
}

Problem StorageErrors::busy(const QString &path)
{
    const QString holder = WriterNote::describe(path);
    return problem(busyCode,
                   holder.isEmpty()
                       ? tr("%1 is being written by another program (another window or attain-cli). Nothing "
                            "was changed; try again when it has finished.")
                             .arg(shown(path))
                       : tr("%1 is being written: %2. Nothing was changed; try again when it has finished.")
                             .arg(shown(path), holder));
}

Problem StorageErrors::readOnly(const QString &path, const QString &reason)
{
    return problem(readOnlyCode, tr("%1 is open read-only (%2): changes cannot be saved. Reports and exports "
                                    "still work.")
                                     .arg(shown(path), reason));
}

Problem StorageErrors::diskFull(const QString &path)
{
    return problem(diskFullCode,
                   tr("The disk holding %1 is full. Nothing was changed; free some space and try "
                      "again.")
                       .arg(shown(QFileInfo(path).absolutePath())));
}

Problem StorageErrors::diskError(const QString &path)
{
    return problem(diskErrorCode,
                   tr("The disk holding %1 reported an error while Attain wrote to it. Nothing was "
                      "changed; check the disk, or use another one.")
                       .arg(shown(QFileInfo(path).absolutePath())));
}

Problem StorageErrors::diskFullOrError(const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 1024 * 1024
               ? diskFull(path)
               : diskError(path);
}

Problem StorageErrors::fromSqlite(int code, const QString &path)
{
    // On a disk with no room left SQLite cannot even make the files a reader needs beside a workspace, and
    // says so as a busy, failed or unopened file: the full disk is the news.
    const int primary = code & 0xFF;
    if (primary == SQLITE_BUSY || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) {
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 64 * 1024)
            return diskFull(path);
    }
    switch (primary) {
    case SQLITE_FULL: return diskFull(path);
    case SQLITE_IOERR: return diskError(path);
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return busy(path);
    case SQLITE_READONLY: return readOnly(path, tr("it cannot be written"));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return damaged(path);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH: return cannotRead(path);
    case SQLITE_NOMEM:
        return problem(QStringLiteral("memory"), tr("Attain ran out of memory while it used %1. Nothing was "
                                                    "changed; close other programs and try again.")
                                                     .arg(shown(path)));
    default:
        return problem(
            diskErrorCode,
            tr("Attain could not use %1 (SQLite error %2). Nothing was changed.").arg(shown(path)).arg(code));
    }
}

Problem StorageErrors::fromWrite(int error, const QString &path)
{
    const QString folder = shown(QFileInfo(path).absolutePath());
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return problem(diskFullCode,
                       tr("The disk holding %1 is full, so %2 was not written. Free some space and "
                          "try again; an earlier file of that name is unchanged.")
                           .arg(folder, shown(path)));
    case EACCES:
    case EPERM:
    case EROFS:
        return problem(readOnlyCode, tr("The folder %1 is read-only, so %2 was not written. Choose another "
                                        "folder.")
                                         .arg(folder, shown(path)));
    case ENOENT:
        return problem(QStringLiteral("not-found"),
                       tr("The folder %1 does not exist, so %2 was not written.").arg(folder, shown(path)));
    default:
        return problem(diskErrorCode, tr("Writing %1 failed (%2); an earlier file of that name is unchanged.")
                                          .arg(shown(path), QString::fromLocal8Bit(strerror(error))));
    }
}

int StorageErrors::sqliteCode(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.code.startsWith(QLatin1String("sqlite:")))
            return p.code.mid(7).toInt();
    return 0;
}

} // namespace attain
