// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspace.h"

#include "core/storage/recordwriter.h"
#include "core/storage/schema.h"
#include "core/storage/statement.h"
#include "core/storage/writetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace attain {

namespace {

struct Header
{
    bool sqlite = false;
    bool empty = false;
    qint32 applicationId = 0;
    qint32 userVersion = 0;
};

// The application id and schema version live at fixed offsets of SQLite's file header, so a foreign
// or newer file can be recognised without letting SQLite touch it.
Header readHeader(const QString &path)
{
    Header h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray bytes = f.read(100);
    if (bytes.isEmpty()) {
        h.empty = true;
        return h;
    }
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.sqlite = true;
    h.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return h;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("attain-workspace-%1").arg(++counter);
}

QString sqliteError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no connection");
}

Status execRaw(sqlite3 *db, const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = error ? QString::fromUtf8(error) : sqliteError(db);
        sqlite3_free(error);
        return Status(Problem{QString(), message});
    }
    return success();
}

QString pragmaText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return out;
}

// Flushes a closed file to the disk before it is renamed into place.
bool syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(f.handle()) == 0;
#else
    return ::fsync(f.handle()) == 0;
#endif
}

QString backupListText(const QString &path)
{
    const QStringList backups = Workspace::backupsOf(path);
    if (backups.isEmpty())
        return Workspace::tr("No backups were found beside it (backups are named “%1.*.backup.attain”).")
            .arg(QFileInfo(path).completeBaseName());
    return Workspace::tr("Its backups are: %1").arg(backups.join(QStringLiteral(", ")));
}

} // namespace

Workspace::Workspace(QString path, const Options &options)
    : m_path(std::move(path)), m_connectionName(nextConnectionName()),
      m_clock(options.clock ? options.clock : &m_systemClock),
      m_ids(options.ids ? options.ids : std::make_shared<UuidV7Generator>()), m_deviceId(options.deviceId)
{}

Workspace::~Workspace()
{
    finalizeStatements();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Workspace::finalizeStatements()
{
    for (sqlite3_stmt *stmt : std::as_const(m_allStatements))
        sqlite3_finalize(stmt);
    m_allStatements.clear();
    m_freeStatements.clear();
}

Status Workspace::connect(bool readOnly)
{
    finalizeStatements();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_handle = nullptr;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status(Problem{QString(), tr("Cannot open %1: %2").arg(m_path, db.lastError().text())});
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return Status(Problem{QString(), tr("The SQLite driver does not expose its connection")});
    m_handle = *static_cast<sqlite3 *const *>(v.data());
    return success();
}

Status Workspace::configure()
{
    if (!m_journal) {
        // Only for a file no one else can see yet (createFilled): it is renamed into place when whole.
        for (const char *sql :
             {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA foreign_keys=ON"})
            if (auto st = execRaw(m_handle, QString::fromLatin1(sql)); !st)
                return st;
        return success();
    }
    // WAL lets readers (the GUI, a second process) go on while one writer commits; FULL syncs each
    // commit so a crash or power cut never loses a committed change.
    if (pragmaText(m_handle, "PRAGMA journal_mode=WAL").compare(QLatin1String("wal"), Qt::CaseInsensitive) !=
        0)
        return Status(Problem{QString(), tr("Cannot switch %1 to write-ahead logging").arg(m_path)});
    for (const char *sql :
         {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (auto st = execRaw(m_handle, QString::fromLatin1(sql)); !st)
            return st;
    }
    setMemoryMapped(true);
    return success();
}

void Workspace::setMemoryMapped(bool mapped)
{
    // Up to SQLite's usual 2 GiB limit; the rest of a larger file is read as before.
    sqlite3_exec(m_handle, mapped ? "PRAGMA mmap_size=2147418112" : "PRAGMA mmap_size=0", nullptr, nullptr,
                 nullptr);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const Options &options)
{
    return createAt(path, options, true, path);
}

Result<std::unique_ptr<Workspace>> Workspace::createFilled(const QString &path, const Options &options,
                                                           const std::function<Status(Workspace &)> &fill)
{
    using R = Result<std::unique_ptr<Workspace>>;
    if (QFileInfo::exists(path))
        return R::failure(QStringLiteral("file"), tr("%1 already exists; choose another name").arg(path));
    const QString partial = path + QStringLiteral(".partial");
    auto removePartial = [&] {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
    };
    removePartial(); // left over from an interrupted run
    {
        auto created = createAt(partial, options, false, path);
        if (!created)
            return created;
        std::unique_ptr<Workspace> ws = std::move(created).value();
        if (Status st = fill(*ws); !st) {
            ws.reset();
            removePartial();
            return R(st.problems());
        }
        ws->m_journal = true;
        if (Status st = ws->configure(); !st) {
            ws.reset();
            removePartial();
            return R(st.problems());
        }
        execRaw(ws->m_handle, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!syncFile(partial) || !QFile::rename(partial, path)) {
        removePartial();
        return R::failure(QStringLiteral("file"),
                          tr("Cannot move the new workspace into place at %1").arg(path));
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    Options reopen = options;
    reopen.integrity = Options::Integrity::Skip; // written and synced a moment ago by this process
    return open(path, reopen);
}

Result<std::unique_ptr<Workspace>> Workspace::createAt(const QString &path, const Options &options,
                                                       bool journal, const QString &finalPath)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QFileInfo info(path);
    if (info.exists())
        return R::failure(QStringLiteral("file"), tr("%1 already exists; choose another name").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(QStringLiteral("file"), tr("Cannot create the folder %1").arg(info.absolutePath()));

    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), options));
    ws->m_journal = journal;
    auto fail = [&](const Problems &problems) {
        ws.reset();
        // Only the file this call just created is removed.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(info.absoluteFilePath() + suffix);
        return R(problems);
    };
    if (auto st = ws->connect(false); !st)
        return fail(st.problems());
    if (auto st = execRaw(
            ws->m_handle,
            QStringLiteral("PRAGMA page_size=8192; PRAGMA application_id=%1").arg(Schema::applicationId));
        !st)
        return fail(st.problems());
    if (auto st = ws->configure(); !st)
        return fail(st.problems());
    if (auto st = ws->migrate(0); !st)
        return fail(st.problems());
    if (auto st = ws->initializeNew(finalPath); !st)
        return fail(st.problems());
    if (journal)
        execRaw(ws->m_handle, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return R(std::move(ws));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return R::failure(QStringLiteral("file"), tr("There is no workspace at %1").arg(path));
    const Header header = readHeader(path);
    if (!header.sqlite)
        return R::failure(
            QStringLiteral("file"),
            tr("%1 is not an Attain workspace: it is not an SQLite database. It was left unchanged.")
                .arg(path));
    if (header.applicationId != Schema::applicationId)
        return R::failure(QStringLiteral("file"),
                          tr("%1 is an SQLite database of another program, not an Attain workspace. "
                             "It was left unchanged.")
                              .arg(path));
    if (header.userVersion > Schema::currentVersion())
        return R::failure(QStringLiteral("file"),
                          tr("%1 was written by a newer version of Attain (workspace format %2; this version "
                             "reads formats up to %3). It was left unchanged; update Attain to open it.")
                              .arg(path)
                              .arg(header.userVersion)
                              .arg(Schema::currentVersion()));
    if (!info.isWritable())
        return R::failure(QStringLiteral("file"),
                          tr("%1 is read-only; Attain needs to write to it").arg(path));

    // A load interrupted while it used a rollback journal (BulkLoad) left a hot journal: SQLite rolls
    // it back on the first read of a writable connection, restoring the file as it was before.
    if (QFileInfo::exists(path + QStringLiteral("-journal"))) {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 5000);
            sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        }
        sqlite3_close(db);
    }
    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), options));
    const bool migrating = header.userVersion < Schema::currentVersion();
    if (options.integrity != Options::Integrity::Skip || migrating) {
        // A read-only look first: a damaged file is never written to.
        if (auto st = ws->connect(true); !st)
            return R(st.problems());
        const bool full = options.integrity == Options::Integrity::Full || migrating;
        const QString verdict =
            pragmaText(ws->m_handle, full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)");
        if (verdict.compare(QLatin1String("ok"), Qt::CaseInsensitive) != 0) {
            const QString message =
                tr("%1 is damaged (SQLite integrity check: %2). Attain has not changed it. %3")
                    .arg(path, verdict.isEmpty() ? sqliteError(ws->m_handle) : verdict, backupListText(path));
            return R::failure(QStringLiteral("file"), message);
        }
    }
    if (auto st = ws->connect(false); !st)
        return R(st.problems());
    if (auto st = ws->configure(); !st)
        return R(st.problems());
    if (migrating) {
        if (auto st = ws->migrate(header.userVersion); !st)
            return R(st.problems());
    }
    ws->m_schemaVersion = Schema::currentVersion();
    ws->loadDevice();
    return R(std::move(ws));
}

Status Workspace::migrate(int from)
{
    if (from > 0) {
        const QFileInfo info(m_path);
        const QString backup =
            info.absoluteDir().filePath(QStringLiteral("%1.v%2-%3.backup.attain")
                                            .arg(info.completeBaseName())
                                            .arg(from)
                                            .arg(m_clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (auto st = backupTo(backup); !st)
            return Status(Problem{QString(),
                                  tr("Cannot back up %1 before upgrading it: %2").arg(m_path, st.message())});
    }
    for (int version = from + 1; version <= Schema::currentVersion(); ++version) {
        if (auto st = execRaw(m_handle, QStringLiteral("BEGIN IMMEDIATE")); !st)
            return st;
        for (const QString &sql : Schema::migrationTo(version)) {
            if (auto st = execRaw(m_handle, sql); !st) {
                execRaw(m_handle, QStringLiteral("ROLLBACK"));
                return Status(
                    Problem{QString(), tr("Upgrading %1 to format %2 failed: %3. The file is unchanged.")
                                           .arg(m_path)
                                           .arg(version)
                                           .arg(st.message())});
            }
        }
        execRaw(m_handle, QStringLiteral("PRAGMA user_version=%1").arg(version));
        if (auto st = execRaw(m_handle, QStringLiteral("COMMIT")); !st) {
            execRaw(m_handle, QStringLiteral("ROLLBACK"));
            return st;
        }
        m_schemaVersion = version;
    }
    execRaw(m_handle, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return success();
}

Status Workspace::initializeNew(const QString &finalPath)
{
    m_schemaVersion = Schema::currentVersion();
    WriteTransaction tx(*this);
    if (!tx.isActive())
        return Status(Problem{QString(), tx.error()});
    const QString device = m_ids->next();
    if (m_deviceId.isEmpty())
        m_deviceId = device;
    RecordWriter writer(*this);
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
    WriteTransaction tx(*this);
    if (!tx.isActive())
        return Status(Problem{QString(), tx.error()});
    RecordWriter writer(*this);
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
    sqlite3 *db = nullptr;
    QString verdict;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        verdict = pragmaText(db, full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)");
        if (verdict.isEmpty())
            verdict = sqliteError(db);
    } else {
        verdict = sqliteError(db);
    }
    sqlite3_close(db);
    if (verdict.compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0)
        return QString();
    return tr("%1 is damaged (SQLite integrity check: %2). Attain has not changed it. %3")
        .arg(path, verdict, backupListText(path));
}

QStringList Workspace::backupsOf(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    const QFileInfoList list = dir.entryInfoList(
        {info.completeBaseName() + QStringLiteral(".*.backup.attain")}, QDir::Files, QDir::Time);
    QStringList out;
    for (const auto &f : list)
        out << f.absoluteFilePath();
    return out;
}

Status Workspace::backupTo(const QString &target)
{
    if (QFileInfo::exists(target))
        return Status(Problem{QString(), tr("%1 already exists").arg(target)});
    Statement st(*this, "VACUUM INTO ?");
    st.bind(1, target);
    if (!st.exec())
        return Status(Problem{QString(), st.error()});
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
            *error = sqliteError(m_handle);
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

void Workspace::beginTransaction()
{
    if (m_transactionDepth++ == 0)
        m_transactionTime = m_clock->now().toString(Qt::ISODateWithMs);
}

void Workspace::endTransaction(bool committed)
{
    if (--m_transactionDepth > 0)
        return;
    const auto pending = std::exchange(m_pendingChanges, {});
    if (!committed) {
        m_sessionId = 0; // the session row may have been rolled back with the rest
        return;
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        Q_EMIT changed(it.key(), it.value().size() >= 1000 ? QStringList() : it.value());
}

} // namespace attain
