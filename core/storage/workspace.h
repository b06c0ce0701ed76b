// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/access/accesspolicy.h"
#include "core/domain/clock.h"
#include "core/domain/entitykind.h"
#include "core/domain/idgenerator.h"
#include "core/domain/result.h"
#include "core/storage/changeset.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;
namespace attain {
struct FileHeader;
class RecordWriter;
} // namespace attain
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
    /// The check of a file before it is opened: `quick_check` by default (seconds for a gigabyte), a full
    /// `integrity_check` when asked and always before a migration, none for a file this process just wrote
    /// or has open already, or one whose check runs in the background. Attain's schema is checked with it.
    enum class Integrity
    {
        Quick,
        Full,
        Skip
    };
    Integrity integrity = Integrity::Quick;
    /// Opens the file read-only for this reason (e.g. "it is open in Attain on another computer"); the file's
    /// and folder's permissions can make it read-only too.
    QString readOnlyReason;
    /// How long a write waits for another program's write to finish before it gives up.
    int busyTimeoutMs = 5000;
    /// Told once per wait, after a second, what the write is waiting for (attain-cli prints it).
    std::function<void(const QString &)> busyNotice;
};

/// An open `*.attain` file: one SQLite connection with Attain's settings (write-ahead logging, full syncs,
/// defensive mode, an untrusted schema), checked and migrated to the current schema. Every write goes
/// through core services inside a WriteTransaction; after each committed transaction the workspace emits
/// `changed` once per kind of record touched.
///
/// The file is only ever read and written through SQLite while it is open: a POSIX lock belongs to the
/// whole process and is dropped when any descriptor of the file closes, after which another program would
/// think itself the last one and delete the write-ahead log under this one (SQLite's "How To Corrupt", 2.2).
class Workspace : public QObject
{
    Q_OBJECT

public:
    using Options = WorkspaceOptions;

    ~Workspace() override;

    /// Creates a new, empty workspace at the current schema version. Refuses an existing file.
    static Result<std::unique_ptr<Workspace>> create(const QString &path, const Options &options = {});
    /// Creates a workspace whose first content comes from `fill` (a demo, a first import). It is written
    /// under a temporary name of its own without a journal, then switched to write-ahead logging, synced and
    /// renamed into place, so the workspace appears complete or not at all.
    static Result<std::unique_ptr<Workspace>> createFilled(const QString &path, const Options &options,
                                                           const std::function<Status(Workspace &)> &fill);
    /// Opens an existing workspace, migrating it (after a backup) when it is older. Foreign, newer, damaged
    /// and incomplete files are refused and left byte-for-byte unchanged, with nothing created beside them.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options = {});

    QString path() const { return m_path; }
    /// The workspace's display name (a setting; the file's base name when unset).
    QString name() const;
    int schemaVersion() const { return m_schemaVersion; }
    sqlite3 *handle() const { return m_handle; }
    /// Asked every few thousand steps of SQLite's work on this connection: true stops the running statement
    /// (it fails as interrupted, and its transaction is rolled back). Empty: never stopped. For a worker
    /// whose result is no longer wanted, or an import cancelled in its last phase.
    void setStopCheck(std::function<bool()> stop);
    /// Whether the last statement failed because the stop check said so.
    bool wasStopped() const { return m_stopped; }
    /// Reads that failed on this connection (a statement that could not be prepared or stepped), counted,
    /// and the last one's problem: a reader compares the count before and after (ReadCheck), so a failed
    /// query is an error the user sees, never a zero.
    qint64 failedReads() const { return m_failedReads; }
    const Problem &lastFailedRead() const { return m_lastFailedRead; }
    void noteFailedRead(const Problem &problem)
    {
        ++m_failedReads;
        m_lastFailedRead = problem;
    }
    /// Open read-only: writes fail with `readOnlyReason()`.
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Reads through a memory map of the file (on by default; scoring a quarter of a million deals spends a
    /// third of its time copying pages without it). Work that reads every page once — a full check, an
    /// import — turns it off so those pages are not counted against the process.
    void setMemoryMapped(bool mapped);

    const Clock &clock() const { return *m_clock; }
    IdGenerator &ids() { return *m_ids; }
    /// A new record's key: the file's next integer (`next_ids`, never reused), handed out inside the write
    /// transaction — any thread may ask while it is open (an import's reader) — and saved with its commit.
    /// Outside a transaction, one of its own reserves the id.
    QString newId();
    /// A new record's UUID, its identity for sync and merges: 16 bytes (RFC 4122), a version-7 UUID.
    QByteArray newUuid();
    /// The UUID the next created record takes instead of a new one, once: a record made in another file and
    /// arriving in a team bundle keeps its identity.
    void presetUuid(QByteArray uuid) { m_presetUuid = std::move(uuid); }
    QString deviceId() const { return m_deviceId; }

    /// The member using this workspace: the author of changes and the scope of "my" views.
    QString currentUserId() const { return m_currentUserId; }
    /// Who the changes are made by, which decides what may be changed (AccessPolicy). The system by default
    /// (the demo, upgrades, tests); the app and attain-cli always say who is using the workspace.
    const Actor &actor() const { return m_actor; }
    AccessPolicy access() const { return AccessPolicy(m_actor); }
    /// Acts as this member from now on (author and actor). An empty id, or one of no member, means nobody —
    /// or the system while the workspace has no manager yet (it is being set up).
    void actAs(const QString &memberId);
    void actAsSystem();
    /// Acts as another connection's actor (a worker thread's connection, for the window's user).
    void actAs(const Actor &actor);
    /// Says that another connection of this process (a worker) changed records of these kinds: `changed` is
    /// emitted for each, as after a write of this connection's own.
    void announce(const QList<EntityKind> &kinds);
    /// Names the author of the changes that follow without changing who may make them (the demo writes its
    /// history as if the team had typed it).
    void setAuthor(const QString &memberId)
    {
        m_currentUserId = memberId;
        m_sessionId = 0;
    }

    /// SQLite's data_version: it moves when another connection commits to the file (attain-cli, another
    /// window, a worker), so what was read before may be stale. -1 when it cannot be read.
    qint64 dataVersion();

    QString setting(const QString &key, const QString &fallback = QString()) const;
    /// Writes a workspace setting (logged like every change).
    Status setSetting(const QString &key, const QString &value);

    /// Runs SQLite's quick (or full) check on the open file through a connection of its own, as a background
    /// check of a large file does. Empty when the file is sound, otherwise the message to show.
    static QString checkFile(const QString &path, bool full);
    /// A copy of the workspace as last committed (File ▸ Save a Copy…), through SQLite's backup API.
    Status saveCopy(const QString &target);
    /// A backup before a big change (an import, a period close), unless the workspace has not changed since
    /// this object last took one. Call inside the change's write transaction, so it holds exactly the state
    /// the change starts from. The backup reads through a connection of its own, which sees only what is
    /// committed: called after the change was written (but before its commit) with `stateBefore` — the
    /// stateMarker() read before writing — it still saves the state the change started from, and a change
    /// that wrote nothing can skip it (an import of an unchanged file).
    Status backupBeforeChange(const QString &trigger, const QString &stateBefore = QString());
    /// Rewrites the file without its free pages and empties its log (VACUUM, then a truncating checkpoint),
    /// so that what was deleted leaves nothing in the file's bytes (a rep's file after records left their
    /// slice). Not inside a transaction; no other connection may be reading.
    Status compact();
    /// Names the workspace's committed state: the last change's number and time.
    QString stateMarker();
    /// The day's backup, taken before the first write of each day (WriteTransaction asks for it).
    Status ensureDailyBackup();

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
    /// The writer of the open write transaction (every row written through it is logged and recorded).
    RecordWriter &writer();
    void recordChange(RowChange row);
    /// The rows the last committed write transaction changed (after announce(): an incomplete set, rows
    /// not known).
    const ChangeSet &lastChanges() const { return m_lastChanges; }
    /// Counts the changes announced through changed(): one per committed write, one per announce(). The
    /// several changed() signals of one write share it.
    quint64 changeNumber() const { return m_changeNumber; }

Q_SIGNALS:
    /// Records of one kind changed in a committed transaction (ids may be empty for bulk changes).
    void changed(attain::EntityKind kind, const QStringList &ids);

private:
    friend class WriteTransaction;
    explicit Workspace(QString path, const Options &options);
    enum class Access
    {
        ReadWrite,
        ReadOnly,
        Snapshot
    };
    Status connect(Access access);
    Status configure();

public:
    /// How much of a file is checked before it is used (Attain's schema always).
    enum class Check
    {
        SchemaOnly,
        Quick,
        Full
    };

private:
    /// Checks a file no connection of this process has open yet.
    static Status validate(const QString &path, int version, Check check);
    /// The checks of the first 100 bytes: a workspace of a format this version reads.
    static Status checkHeader(const QString &path, FileHeader *header);

public:
    /// What opening the file would find, without opening it: nothing (sound), or the refusal open() would
    /// give (codes of StorageErrors). Only for a file no connection of this process has open.
    static Status inspect(const QString &path);

private:
    bool foreignKeysHold();
    static int versionSeen(const QString &path, int header);
    Status migrate(int from);
    Status initializeNew(const QString &finalPath);
    void loadDevice();
    void finalizeStatements();
    void closeConnection();
    void beginTransaction();
    void endTransaction(bool committed);
    /// Saves the next record key before the commit (WriteTransaction).
    bool saveNextId();
    /// Copies the log into the file and empties it, without waiting for readers: at rest the log holds no
    /// changes, so a log found beside a file later can only be a crash's or another copy's.
    void checkpoint();
    static int onBusy(void *self, int count);

    QString m_path;
    QString m_key; // the file's name in OpenWorkspaces
    sqlite3 *m_handle = nullptr;
    std::function<bool()> m_stopCheck;
    qint64 m_failedReads = 0;
    Problem m_lastFailedRead;
    bool m_stopped = false;
    int m_schemaVersion = 0;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    std::shared_ptr<IdGenerator> m_ids;
    QString m_deviceId;
    QString m_currentUserId;
    qint64 m_sessionId = 0;
    bool m_journal = true;
    bool m_readOnly = false;
    bool m_checkpointPending = false; // a commit's checkpoint was cut short by a reader
    QString m_readOnlyReason;
    int m_busyTimeoutMs = 5000;
    std::function<void(const QString &)> m_busyNotice;
    QElapsedTimer m_busySince;
    bool m_busyNoticed = false;
    QDate m_dailyBackupDay;
    QString m_backedUpAt; // the state marker when this object last took a backup
    QHash<QByteArray, QList<sqlite3_stmt *>> m_freeStatements;
    QList<sqlite3_stmt *> m_allStatements;
    int m_transactionDepth = 0;
    std::atomic<qint64> m_nextId{0}; // while a write transaction is open: the next record key
    qint64 m_nextIdRead = 0;         // what next_ids held when it began
    QString m_transactionTime;
    QHash<EntityKind, QStringList> m_pendingChanges;
    std::unique_ptr<RecordWriter> m_writer;
    ChangeSet m_changes;
    ChangeSet m_lastChanges;
    quint64 m_changeNumber = 0;
    Actor m_actor = Actor::system();
    QByteArray m_presetUuid;
};

} // namespace attain
