// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace attain {

/// The plain words for what can go wrong with a workspace or a file Attain writes: one sentence of what
/// happened and one of what to do, never SQLite's internals. Each problem carries a code (Problem::code)
/// so that the app can offer the matching way out (a backup for a damaged file).
class StorageErrors
{
    Q_DECLARE_TR_FUNCTIONS(StorageErrors)

public:
    // Codes of Problem::code.
    static inline const QString damagedCode = QStringLiteral("damaged");
    static inline const QString foreignCode = QStringLiteral("foreign");
    static inline const QString foreignLogCode = QStringLiteral("foreign-log");
    static inline const QString newerCode = QStringLiteral("newer");
    static inline const QString busyCode = QStringLiteral("busy");
    static inline const QString readOnlyCode = QStringLiteral("read-only");
    static inline const QString diskFullCode = QStringLiteral("disk-full");
    static inline const QString diskErrorCode = QStringLiteral("disk-error");
    static inline const QString refusedCode = QStringLiteral("refused");

    static Problem problem(const QString &code, const QString &message);

    static Problem notFound(const QString &path);
    static Problem notAWorkspace(const QString &path, const QString &what);
    static Problem incomplete(const QString &path);
    static Problem newer(const QString &path, int version, int supported);
    static Problem damaged(const QString &path);
    static Problem foreignLog(const QString &path);
    static Problem cannotRead(const QString &path);
    static Problem busy(const QString &path);
    static Problem readOnly(const QString &path, const QString &reason);
    static Problem diskFull(const QString &path);
    static Problem diskError(const QString &path);
    /// A write that failed without saying why: the disk is full when it has (almost) no room left.
    static Problem diskFullOrError(const QString &path);
    /// A failed SQLite call on `path` (its extended result code), in words.
    static Problem fromSqlite(int code, const QString &path);
    /// A file that could not be written (errno from the system, or 0 when unknown).
    static Problem fromWrite(int error, const QString &path);
    /// A Problem built by SqliteHandle carries "sqlite:N"; this is its N (0 when it carries none).
    static int sqliteCode(const Problems &problems);

    /// How a path is shown in messages.
    static QString shown(const QString &path);
};

} // namespace attain
