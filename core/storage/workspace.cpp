// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspace.h"

#include "core/storage/backups.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/recordwriter.h"
#include "core/storage/schema.h"
#include "core/storage/sqlitehandle.h"
#include "core/storage/statement.h"
#include "core/storage/storageerrors.h"
#include "core/storage/writetransaction.h"

#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <mutex>
#include <utility>

namespace attain {

Workspace::Workspace(QString path, const Options &options)
    : m_path(std::move(path)), m_clock(options.clock ? options.clock : &m_systemClock),
      m_ids(options.ids ? options.ids : std::make_shared<UuidV7Generator>()), m_deviceId(options.deviceId),
      m_busyTimeoutMs(options.busyTimeoutMs), m_busyNotice(options.busyNotice)
{}

Workspace::~Workspace()
{
    m_writer.reset();
    closeConnection();
}

void Workspace::finalizeStatements()
{
    for (sqlite3_stmt *stmt : std::as_const(m_allStatements))
        sqlite3_finalize(stmt);
    m_allStatements.clear();
    m_freeStatements.clear();
}

void Workspace::closeConnection()
{
    finalizeStatements();
    if (!m_handle)
        return;
    if (m_checkpointPending)
        checkpoint();
    sqlite3_close_v2(m_handle);
    m_handle = nullptr;
    OpenWorkspaces::remove(m_key);
}

Status Workspace::connect(Access access)
{
    closeConnection();
    const SqliteHandle::Mode mode = access == Access::ReadWrite  ? SqliteHandle::Mode::ReadWrite
                                    : access == Access::Snapshot ? SqliteHandle::Mode::Snapshot
                                                                 : SqliteHandle::Mode::ReadOnly;
    auto opened = SqliteHandle::open(m_path, mode);
    if (!opened)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(opened.problems()), m_path));
    m_handle = opened->release();
    m_key = OpenWorkspaces::key(m_path);
    OpenWorkspaces::add(m_key);
    return success();
}

Status Workspace::configure()
{
    auto run = [this](const char *sql) -> Status {
        if (sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
            return success();
        return Status(StorageErrors::fromSqlite(sqlite3_extended_errcode(m_handle), m_path));
    };
    sqlite3_busy_handler(m_handle, &Workspace::onBusy, this);
    if (!m_journal) {
        // Only for a file no one else can see yet (createFilled): it is renamed into place when whole.
        for (const char *sql :
             {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA foreign_keys=ON"})
            if (Status st = run(sql); !st)
                return st;
        return success();
    }
    if (!m_readOnly) {
        // WAL lets readers (the GUI, a second process) go on while one writer commits; FULL syncs each
        // commit so a crash or power cut never loses a committed change.
        Statement mode(*this, "PRAGMA journal_mode=WAL");
        if (!mode.next() || mode.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Status(
                StorageErrors::fromSqlite(mode.errorCode() ? mode.errorCode() : SQLITE_BUSY, m_path));
    }
    for (const char *sql : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        if (Status st = run(sql); !st)
            return st;
    setMemoryMapped(true);
    return success();
}

int Workspace::onBusy(void *self, int count)
{
    auto *ws = static_cast<Workspace *>(self);
    if (count == 0) {
        ws->m_busySince.start();
        ws->m_busyNoticed = false;
    }
    const qint64 waited = ws->m_busySince.elapsed();
    if (waited >= ws->m_busyTimeoutMs)
        return 0;
    if (waited >= 1000 && !ws->m_busyNoticed && ws->m_busyNotice) {
        ws->m_busyNoticed = true;
        ws->m_busyNotice(StorageErrors::busy(ws->m_path).message);
    }
    QThread::msleep(count < 5 ? 2 << count : 50);
    return 1;
}

void Workspace::checkpoint()
{
    // Not waiting for readers (another window's long read): what they still use stays in the log until the
    // next commit or close.
    sqlite3_busy_handler(m_handle, nullptr, nullptr);
    const int rc = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_busy_handler(m_handle, &Workspace::onBusy, this);
    // A connection that only read never checkpoints: to another connection a checkpoint is a change of the
    // file (its data_version moves), which would make it drop what it computed.
    m_checkpointPending = rc != SQLITE_OK;
}

Status Workspace::compact()
{
    if (m_transactionDepth > 0)
        return Status(Problem{QString(), QStringLiteral("compact() inside a transaction")});
    char *error = nullptr;
    if (sqlite3_exec(m_handle, "VACUUM", nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "VACUUM failed");
        sqlite3_free(error);
        return Status(Problem{QString(), message});
    }
    const int rc = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Status(Problem{QString(), QString::fromUtf8(sqlite3_errmsg(m_handle))});
    return success();
}

void Workspace::setMemoryMapped(bool mapped)
{
    // Up to SQLite's usual 2 GiB limit; the rest of a larger file is read as before.
    sqlite3_exec(m_handle, mapped ? "PRAGMA mmap_size=2147418112" : "PRAGMA mmap_size=0", nullptr, nullptr,
                 nullptr);
}

Status Workspace::initializeNew(const QString &finalPath)
{
    m_schemaVersion = Schema::currentVersion();
    WriteTransaction tx(*this);
    if (!tx.isActive())
        return Status(tx.problem());
    const QString device = m_ids->next();
    if (m_deviceId.isEmpty())
        m_deviceId = device;
    RecordWriter &writer = this->writer();
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("name"), QFileInfo(finalPath).completeBaseName()},
          std::pair{QStringLiteral("created_at"), m_clock->now().toString(Qt::ISODate)},
          std::pair{QStringLiteral("device_id"), device},
          std::pair{QStringLiteral("currency"), QStringLiteral("CNY")}}) {
        if (auto st = writer.insert(EntityKind::Setting, key, {{QStringLiteral("value"), value}}); !st)
            return st;
    }
    return tx.commit();
}

void Workspace::loadDevice()
{
    if (m_deviceId.isEmpty())
        m_deviceId = setting(QStringLiteral("device_id"));
}

QString Workspace::name() const
{
    const QString n = setting(QStringLiteral("name"));
    return n.isEmpty() ? QFileInfo(m_path).completeBaseName() : n;
}

void Workspace::setStopCheck(std::function<bool()> stop)
{
    m_stopCheck = std::move(stop);
    m_stopped = false;
    if (!m_stopCheck) {
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_handle, 5000,
        [](void *self) {
            auto *ws = static_cast<Workspace *>(self);
            if (!ws->m_stopCheck())
                return 0;
            ws->m_stopped = true;
            return 1;
        },
        this);
}

qint64 Workspace::dataVersion()
{
    Statement st(*this, "PRAGMA data_version");
    return st.next() ? st.int64(0) : -1;
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    Statement st(const_cast<Workspace &>(*this), "SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    if (st.next() && !st.isNull(0))
        return st.text(0);
    return fallback;
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    if (Status allowed = access().setting(key); !allowed)
        return allowed;
    WriteTransaction tx(*this);
    if (!tx.isActive())
        return Status(tx.problem());
    RecordWriter &writer = this->writer();
    Statement find(*this, "SELECT value FROM settings WHERE key = ?");
    find.bind(1, key);
    Status st = success();
    if (find.next()) {
        const QVariant old = find.value(0);
        find.reset();
        const auto changed = writer.update(EntityKind::Setting, key, {{QStringLiteral("value"), old}},
                                           {{QStringLiteral("value"), value}});
        if (!changed)
            st = Status(changed.problems());
    } else {
        find.reset();
        st = writer.insert(EntityKind::Setting, key, {{QStringLiteral("value"), value}});
    }
    if (!st)
        return st;
    return tx.commit();
}

QString Workspace::checkFile(const QString &path, bool full)
{
    // In a read-only folder a file without a log cannot be read as a reader of its log would: as its bytes.
    const bool log = QFileInfo::exists(path + QStringLiteral("-wal"));
    auto db = SqliteHandle::open(path, log ? SqliteHandle::Mode::ReadOnly : SqliteHandle::Mode::Snapshot);
    if (!db)
        return StorageErrors::fromSqlite(StorageErrors::sqliteCode(db.problems()), path).message;
    const QString verdict = db->text(full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)");
    return verdict == QLatin1String("ok") ? QString() : StorageErrors::damaged(path).message;
}

Status Workspace::saveCopy(const QString &target)
{
    return Backups::copyTo(m_path, target);
}

QString Workspace::stateMarker()
{
    // The last entry's number and time: after a restore to an older state and new changes the number alone
    // could come back.
    Statement st(*this, "SELECT seq || ' ' || at FROM change_log ORDER BY seq DESC LIMIT 1");
    return st.next() ? st.text(0) : QStringLiteral("empty");
}

Status Workspace::backupBeforeChange(const QString &trigger, const QString &stateBefore)
{
    if (m_readOnly || !m_journal)
        return success();
    const QString marker = stateBefore.isEmpty() ? stateMarker() : stateBefore;
    if (marker == m_backedUpAt)
        return success(); // this state is backed up already (often by the day's first write, a moment ago)
    auto taken = Backups::take(m_path, trigger, m_clock->now());
    if (!taken)
        return Status(taken.problems());
    m_backedUpAt = marker;
    return success();
}

Status Workspace::ensureDailyBackup()
{
    const QDate today = m_clock->today();
    if (m_readOnly || !m_journal || m_dailyBackupDay == today)
        return success();
    auto taken = Backups::ensureDaily(m_path, m_clock->now());
    if (!taken)
        return Status(taken.problems());
    if (*taken)
        m_backedUpAt = stateMarker();
    m_dailyBackupDay = today;
    return success();
}

sqlite3_stmt *Workspace::acquireStatement(const QByteArray &sql, QString *error)
{
    auto it = m_freeStatements.find(sql);
    if (it != m_freeStatements.end() && !it->isEmpty())
        return it->takeLast();
    sqlite3_stmt *stmt = nullptr;
    if (!m_handle || sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                        &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("no connection");
        sqlite3_finalize(stmt);
        return nullptr;
    }
    m_allStatements << stmt;
    return stmt;
}

void Workspace::releaseStatement(const QByteArray &sql, sqlite3_stmt *stmt)
{
    if (stmt)
        m_freeStatements[sql] << stmt;
}

Result<qint64> Workspace::changeSession()
{
    if (m_sessionId > 0)
        return m_sessionId;
    Statement find(
        *this, "SELECT id FROM change_sessions WHERE device = ? AND author IS ? ORDER BY id DESC LIMIT 1");
    find.bind(1, m_deviceId).bind(2, m_currentUserId.isEmpty() ? QVariant() : QVariant(m_currentUserId));
    if (find.next()) {
        m_sessionId = find.int64(0);
        return m_sessionId;
    }
    find.reset();
    Statement insert(*this, "INSERT INTO change_sessions(device, author, started_at) VALUES (?, ?, ?)");
    insert.bind(1, m_deviceId)
        .bind(2, m_currentUserId.isEmpty() ? QVariant() : QVariant(m_currentUserId))
        .bind(3, m_clock->now().toString(Qt::ISODate));
    if (!insert.exec())
        return Result<qint64>::failure(QString(), insert.error());
    m_sessionId = sqlite3_last_insert_rowid(m_handle);
    return m_sessionId;
}

void Workspace::noteChange(EntityKind kind, const QString &id)
{
    auto &ids = m_pendingChanges[kind];
    // Bulk writes report the kind without listing a million ids.
    if (ids.size() < 1000)
        ids << id;
}

QString Workspace::newId()
{
    if (m_transactionDepth == 0) {
        WriteTransaction tx(*this); // reserves the id for itself
        if (!tx.isActive())
            return QString();
        const QString id = QString::number(m_nextId.fetch_add(1));
        return tx.commit() ? id : QString();
    }
    return QString::number(m_nextId.fetch_add(1));
}

QByteArray Workspace::newUuid()
{
    if (!m_presetUuid.isEmpty())
        return std::exchange(m_presetUuid, QByteArray());
    // Always time-ordered and random, also where tests number keys predictably: a UUID meets other files'.
    static std::mutex lock;
    static UuidV7Generator generator;
    const std::lock_guard<std::mutex> hold(lock);
    return QUuid::fromString(generator.next()).toRfc4122();
}

bool Workspace::saveNextId()
{
    const qint64 next = m_nextId.load();
    if (next == m_nextIdRead)
        return true;
    Statement st(*this, "UPDATE next_ids SET next = ? WHERE id = 1");
    st.bind(1, next);
    return st.exec();
}

void Workspace::beginTransaction()
{
    if (m_transactionDepth++ == 0) {
        {
            Statement st(*this, "SELECT next FROM next_ids WHERE id = 1");
            m_nextIdRead = st.next() ? st.int64(0) : 1;
            m_nextId.store(m_nextIdRead);
        }
        m_transactionTime = m_clock->now().toString(Qt::ISODateWithMs);
        m_writer.reset(new RecordWriter(*this));
        m_changes = {};
    }
}

RecordWriter &Workspace::writer()
{
    Q_ASSERT_X(m_writer, "Workspace::writer", "writes need an open WriteTransaction");
    if (!m_writer) // outside a transaction a write fails at SQLite's level, as before
        m_writer.reset(new RecordWriter(*this));
    return *m_writer;
}

void Workspace::recordChange(RowChange row)
{
    m_changes.add(std::move(row));
}

void Workspace::actAs(const Actor &actor)
{
    m_actor = actor;
    m_currentUserId = actor.kind == Actor::Kind::Member ? actor.memberId : QString();
    m_sessionId = 0;
}

void Workspace::announce(const QList<EntityKind> &kinds)
{
    // Written elsewhere (another connection of this process): which rows is not known here.
    m_lastChanges = ChangeSet();
    m_lastChanges.count = 1;
    m_lastChanges.complete = false;
    m_lastChanges.touched = kinds;
    ++m_changeNumber;
    for (const EntityKind kind : kinds)
        Q_EMIT changed(kind, {});
}

void Workspace::actAsSystem()
{
    m_actor = Actor::system();
    m_currentUserId.clear();
    m_sessionId = 0;
}

void Workspace::actAs(const QString &memberId)
{
    m_sessionId = 0;
    m_currentUserId.clear();
    if (!memberId.isEmpty()) {
        Statement st(*this, "SELECT id, login, name, role FROM members WHERE id = ?");
        st.bind(1, memberId);
        if (st.next()) {
            Member m;
            m.id = st.text(0);
            m.login = st.text(1);
            m.name = st.text(2);
            m.role = Member::roleFromText(st.text(3)).value_or(Role::Rep);
            m_actor = Actor::member(m);
            m_currentUserId = m.id;
            return;
        }
    }
    // Until it has a manager a workspace is being set up, by whoever has it; then someone must say who they
    // are.
    Statement manager(*this, "SELECT 1 FROM members WHERE role = 'manager' AND active = 1 LIMIT 1");
    m_actor = manager.next() ? Actor::nobody() : Actor::system();
}

void Workspace::endTransaction(bool committed)
{
    if (--m_transactionDepth > 0)
        return;
    const auto pending = std::exchange(m_pendingChanges, {});
    m_writer.reset();
    if (!committed) {
        m_sessionId = 0; // the session row may have been rolled back with the rest
        m_changes = {};
        return;
    }
    m_lastChanges = std::exchange(m_changes, {});
    if (!pending.isEmpty())
        ++m_changeNumber;
    if (m_journal)
        checkpoint();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        Q_EMIT changed(it.key(), it.value().size() >= 1000 ? QStringList() : it.value());
}

} // namespace attain
