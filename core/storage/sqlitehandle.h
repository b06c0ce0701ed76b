// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <utility>

struct sqlite3;

namespace attain {

/// One raw SQLite connection opened with Attain's safety settings: extended result codes, defensive mode
/// and an untrusted schema (a crafted file's triggers and views can run nothing with side effects), so a
/// file from outside can be looked at before it is trusted. Closes itself.
class SqliteHandle
{
    Q_DECLARE_TR_FUNCTIONS(SqliteHandle)

public:
    enum class Mode
    {
        /// Reads and writes an existing file.
        ReadWrite,
        /// Reads an existing file, taking part in its locking and write-ahead log like any reader.
        ReadOnly,
        /// Reads the file's own bytes only (SQLite's `immutable`): no lock, no write-ahead log, no file
        /// created beside it. Only for a file that no connection of this process has open (such a
        /// connection holds no lock, and closing it would drop this process's locks on the file) and that
        /// no one writes meanwhile: a backup just written, a read-only folder, a file checked before use.
        Snapshot,
        /// Creates a new file (refusing an existing one), for Attain's own new files.
        Create
    };

    SqliteHandle() = default;
    ~SqliteHandle();
    SqliteHandle(SqliteHandle &&other) noexcept;
    SqliteHandle &operator=(SqliteHandle &&other) noexcept;
    SqliteHandle(const SqliteHandle &) = delete;
    SqliteHandle &operator=(const SqliteHandle &) = delete;

    /// Opens `path`; problems carry the SQLite result code in `Problem::code` ("sqlite:N").
    static Result<SqliteHandle> open(const QString &path, Mode mode);

    sqlite3 *get() const { return m_db; }
    explicit operator bool() const { return m_db != nullptr; }
    void close();
    /// Gives up ownership of the connection (the caller closes it).
    sqlite3 *release() { return std::exchange(m_db, nullptr); }

    /// Runs statements; the error carries the result code like open().
    Status exec(const char *sql);
    /// The first column of the first row as text (empty when none); `code` receives the result code.
    QString text(const char *sql, int *code = nullptr);
    /// The last result code of this connection (extended).
    int errorCode() const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace attain
