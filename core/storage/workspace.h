// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"
#include "core/domain/entitykind.h"
#include "core/domain/idgenerator.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace attain {

/// How a workspace is opened; defaults suit the application.
struct WorkspaceOptions
{
    /// Not owned; the system clock when null.
    const Clock *clock = nullptr;
    /// Shared with the caller when given; time-ordered UUIDv7 ids when null.
    std::shared_ptr<IdGenerator> ids;
    /// The device this copy runs on; the file's own device id when empty.
    QString deviceId;
    /// The check of a file before it is opened for writing: `quick_check` by default (seconds for a
    /// gigabyte), a full `integrity_check` when asked and always before a migration, none for a file
    /// this process just wrote or one whose check runs in the background.
    enum class Integrity
    {
        Quick,
        Full,
        Skip
    };
    Integrity integrity = Integrity::Quick;
};

/// An open `*.attain` file: one SQLite connection (QSQLITE) with Attain's pragmas, migrated to the
/// current schema. Every write goes through core services inside a WriteTransaction; after each
/// committed transaction the workspace emits `changed` once per kind of record touched.
class Workspace : public QObject
{
    Q_OBJECT

public:
    using Options = WorkspaceOptions;

    ~Workspace() override;

    /// Creates a new, empty workspace at the current schema version. Refuses an existing file.
    static Result<std::unique_ptr<Workspace>> create(const QString &path, const Options &options = {});
    /// Creates a workspace whose first content comes from `fill` (a demo, a first import). It is written
    /// into `<path>.partial` without a journal, then switched to write-ahead logging, synced and renamed
    /// into place, so the workspace appears complete or not at all.
    static Result<std::unique_ptr<Workspace>> createFilled(const QString &path, const Options &options,
                                                           const std::function<Status(Workspace &)> &fill);
    /// Opens an existing workspace, migrating it (after a backup) when it is older. Foreign, newer
    /// and corrupt files are refused and left byte-for-byte unchanged.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options = {});

    QString path() const { return m_path; }
    /// The workspace's display name (a setting; the file's base name when unset).
    QString name() const;
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase database() const;
    sqlite3 *handle() const { return m_handle; }
    /// Reads through a memory map of the file (on by default; scoring a quarter of a million deals spends a
    /// third of its time copying pages without it). Work that reads every page once — a full check, an
    /// import — turns it off so those pages are not counted against the process.
    void setMemoryMapped(bool mapped);

    const Clock &clock() const { return *m_clock; }
    IdGenerator &ids() { return *m_ids; }
    QString newId() { return m_ids->next(); }
    QString deviceId() const { return m_deviceId; }

    /// The member using this workspace: the author of changes and the scope of "my" views.
    QString currentUserId() const { return m_currentUserId; }
    void setCurrentUserId(const QString &memberId)
    {
        m_currentUserId = memberId;
        m_sessionId = 0;
    }

    QString setting(const QString &key, const QString &fallback = QString()) const;
    /// Writes a workspace setting (logged like every change).
    Status setSetting(const QString &key, const QString &value);

    /// Runs SQLite's quick (or full) check on a file through its own read-only connection, as a
    /// background check of a large file does. Returns an empty string when the file is sound,
    /// otherwise the refusal to show (naming the backups).
    static QString checkFile(const QString &path, bool full);
    /// Backup files `VACUUM INTO` wrote beside a workspace, newest first.
    static QStringList backupsOf(const QString &path);
    /// Writes a consistent copy of the workspace (`VACUUM INTO`); refuses an existing target.
    Status backupTo(const QString &target);

    // --- used by the storage layer -------------------------------------------------------------
    /// A prepared statement for this SQL that no one else is using, from the connection's pool.
    sqlite3_stmt *acquireStatement(const QByteArray &sql, QString *error);
    /// Gives a reset statement back to the pool.
    void releaseStatement(const QByteArray &sql, sqlite3_stmt *stmt);
    int transactionDepth() const { return m_transactionDepth; }
    /// When the current write transaction began, as the change log records it: every entry of one
    /// transaction carries the same time.
    QString transactionTime() const { return m_transactionTime; }
    /// The change-log session of this device and author, created on first use inside a transaction.
    Result<qint64> changeSession();
    void noteChange(EntityKind kind, const QString &id);

Q_SIGNALS:
    /// Records of one kind changed in a committed transaction (ids may be empty for bulk changes).
    void changed(attain::EntityKind kind, const QStringList &ids);

private:
    friend class WriteTransaction;
    explicit Workspace(QString path, const Options &options);
    Status connect(bool readOnly);
    Status configure();
    static Result<std::unique_ptr<Workspace>> createAt(const QString &path, const Options &options,
                                                       bool journal, const QString &finalPath);
    Status migrate(int from);
    Status initializeNew(const QString &finalPath);
    void loadDevice();
    void finalizeStatements();
    void beginTransaction();
    void endTransaction(bool committed);

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    int m_schemaVersion = 0;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    std::shared_ptr<IdGenerator> m_ids;
    QString m_deviceId;
    QString m_currentUserId;
    qint64 m_sessionId = 0;
    bool m_journal = true;
    QHash<QByteArray, QList<sqlite3_stmt *>> m_freeStatements;
    QList<sqlite3_stmt *> m_allStatements;
    int m_transactionDepth = 0;
    QString m_transactionTime;
    QHash<EntityKind, QStringList> m_pendingChanges;
};

} // namespace attain
