// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace: creating, checking, opening and migrating the file.
#include "core/storage/workspace.h"

#include "core/storage/backups.h"
#include "core/storage/fileheader.h"
#include "core/storage/idmigration.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/outputfile.h"
#include "core/storage/schema.h"
#include "core/storage/schemacheck.h"
#include "core/storage/splitcredits.h"
#include "core/storage/sqlitehandle.h"
#include "core/storage/storageerrors.h"
#include "core/storage/walchain.h"
#include "core/storage/writernote.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cerrno>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace attain {

namespace {

using R = Result<std::unique_ptr<Workspace>>;

// Write permission as the system grants it and as the file's mode asks for it: a file or folder marked
// read-only is treated as one even for an administrator, whom the system would let write.
bool writable(const QString &path)
{
    const QFileInfo info(path);
    // The mode's bits (WriteUser is the system's answer for this user, which says yes to an administrator).
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

// Flushes a closed file to the disk before it is renamed into place (no connection has it open).
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

void removeCreated(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A file is checked: its schema is Attain's and SQLite finds it sound. Problems are plain words; `damage` is
// set when what was found is damage (not a busy file or a failing disk).
Status checkWith(SqliteHandle &db, const QString &path, int version, Workspace::Check check,
                 bool *damage = nullptr)
{
    int code = 0;
    const QString verdict =
        check == Workspace::Check::SchemaOnly
            ? db.text("SELECT 'ok' FROM sqlite_schema LIMIT 1", &code)
            : db.text(check == Workspace::Check::Full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)",
                      &code);
    const bool damaged = verdict != QLatin1String("ok") &&
                         (code == 0 || (code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB);
    if (damage)
        *damage = damaged;
    if (verdict != QLatin1String("ok"))
        return Status(damaged ? StorageErrors::damaged(path) : StorageErrors::fromSqlite(code, path));
    if (!SchemaCheck::verify(db.get(), version)) {
        if (damage)
            *damage = true;
        return Status(StorageErrors::incomplete(path));
    }
    return success();
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const Options &options)
{
    return createFilled(path, options, [](Workspace &) { return success(); });
}

Result<std::unique_ptr<Workspace>> Workspace::createFilled(const QString &path, const Options &options,
                                                           const std::function<Status(Workspace &)> &fill)
{
    // No other program sees the temporary file, so opening other workspaces meanwhile need not wait for it.
    const QFileInfo info(path);
    if (info.exists())
        return R(StorageErrors::problem(
            StorageErrors::refusedCode,
            tr("%1 already exists; choose another name.").arg(StorageErrors::shown(path))));
    if (!QDir().mkpath(info.absolutePath()))
        return R(StorageErrors::fromWrite(EACCES, path));
    // A name of its own, so that a run never touches another run's leftovers.
    const QString partial = QStringLiteral("%1.%2.partial")
                                .arg(info.absoluteFilePath())
                                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    {
        std::unique_ptr<Workspace> ws(new Workspace(partial, options));
        ws->m_journal = false;
        ws->m_dailyBackupDay = ws->m_clock->today(); // nothing to back up in a new file
        auto fail = [&](const Problems &problems) {
            ws.reset();
            removeCreated(partial);
            return R(problems);
        };
        {
            auto created = SqliteHandle::open(partial, SqliteHandle::Mode::Create);
            if (!created)
                return fail({StorageErrors::fromSqlite(StorageErrors::sqliteCode(created.problems()), path)});
            ws->m_handle = created->release();
            ws->m_key = OpenWorkspaces::key(partial);
            OpenWorkspaces::add(ws->m_key);
        }
        const QByteArray header = QByteArrayLiteral("PRAGMA page_size=8192; PRAGMA application_id=") +
                                  QByteArray::number(Schema::applicationId);
        if (sqlite3_exec(ws->m_handle, header.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail({StorageErrors::fromSqlite(sqlite3_extended_errcode(ws->m_handle), path)});
        if (Status st = ws->configure(); !st)
            return fail(st.problems());
        if (Status st = ws->migrate(0); !st)
            return fail(st.problems());
        if (Status st = ws->initializeNew(path); !st)
            return fail(st.problems());
        if (Status st = fill(*ws); !st)
            return fail(st.problems());
        ws->m_journal = true;
        if (Status st = ws->configure(); !st)
            return fail(st.problems());
        // Everything into the file itself before it is renamed: a log left beside the temporary name would
        // not follow it, and the workspace would lack what the log held.
        int logFrames = -1, copied = -1;
        const int rc =
            sqlite3_wal_checkpoint_v2(ws->m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &copied);
        if (rc != SQLITE_OK || logFrames != copied)
            return fail({StorageErrors::fromSqlite(
                rc != SQLITE_OK ? sqlite3_extended_errcode(ws->m_handle) : SQLITE_IOERR, path)});
    } // closed: SQLite removes the log and its index, the file holds everything
    // Checked as it will be opened, before anyone can see it: whole, in write-ahead-log mode, Attain's.
    if (sizeOf(partial + QStringLiteral("-wal")) > 0 || !FileHeader::read(partial).wal ||
        !validate(partial, Schema::currentVersion(), Check::Quick)) {
        removeCreated(partial);
        return R(StorageErrors::diskFullOrError(path));
    }
    if (!syncFile(partial)) {
        removeCreated(partial);
        return R(StorageErrors::diskFullOrError(path));
    }
    if (Status st = OutputFile::moveIntoPlace(partial, info.absoluteFilePath(), false); !st) {
        removeCreated(partial);
        return R(st.problems());
    }
    Options reopen = options;
    reopen.integrity = Options::Integrity::Skip; // written and synced a moment ago by this process
    auto opened = open(path, reopen);
    if (opened)
        opened.value()->m_dailyBackupDay = opened.value()->m_clock->today();
    return opened;
}

Status Workspace::validate(const QString &path, int version, Check check)
{
    const QString log = path + QStringLiteral("-wal");
    const bool logThere = QFileInfo::exists(log);
    const bool hotLog = sizeOf(log) > 0;
    // With no log beside it and no connection of this process, the file is read as its bytes alone: nothing
    // is created beside it, and no lock is involved. Otherwise as a reader, the log included.
    auto db =
        SqliteHandle::open(path, logThere ? SqliteHandle::Mode::ReadOnly : SqliteHandle::Mode::Snapshot);
    if (!db)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(db.problems()), path));
    // A log with changes in it that no other program is using was left by a crash, or by another copy of the
    // file: only SQLite's full check tells whether the two belong together.
    const bool orphanLog = hotLog && !FileHeader::openElsewhere(path);
    const WalChain::Verdict chain = orphanLog ? WalChain::check(path) : WalChain::Verdict::Belongs;
    if (chain == WalChain::Verdict::Foreign)
        return Status(StorageErrors::foreignLog(path));
    // A log the chain cannot place is checked with the file in full: a mix of two copies is often (not
    // always) found so.
    const bool unplaced = orphanLog && chain == WalChain::Verdict::Unknown;
    bool damage = false;
    Status st = checkWith(db.value(), path, version, unplaced ? Check::Full : check, &damage);
    db.value().close();
    if (st || !unplaced || !damage)
        return st;
    // The file with its log is not sound. When the file alone is, the log is another copy's (SQLite replays
    // any log beside a file): said so, and neither is touched.
    auto alone = SqliteHandle::open(path, SqliteHandle::Mode::Snapshot);
    if (alone && checkWith(alone.value(), path, version, Check::Quick))
        return Status(StorageErrors::foreignLog(path));
    return st;
}

Status Workspace::checkHeader(const QString &path, FileHeader *out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status(StorageErrors::notFound(path));
    if (!info.isFile())
        return Status(StorageErrors::notAWorkspace(path, tr("it is a folder")));
    const FileHeader header = FileHeader::read(path);
    if (out)
        *out = header;
    if (!header.readable)
        return Status(StorageErrors::cannotRead(path));
    if (header.empty)
        return Status(StorageErrors::notAWorkspace(path, tr("it is empty")));
    if (!header.sqlite)
        return Status(StorageErrors::notAWorkspace(path, tr("it is not a database at all")));
    if (header.applicationId != Schema::applicationId)
        return Status(StorageErrors::notAWorkspace(path, tr("it is a database of another program")));
    if (header.userVersion > Schema::currentVersion())
        return Status(StorageErrors::newer(path, header.userVersion, Schema::currentVersion()));
    if (header.userVersion < 1)
        return Status(StorageErrors::incomplete(path));
    return success();
}

int Workspace::versionSeen(const QString &path, int header)
{
    // A log left beside the file may hold later steps than its first page says (a checkpoint cut short
    // after an upgrade): the version is the file's as SQLite reads it, its log included.
    if (sizeOf(path + QStringLiteral("-wal")) <= 0)
        return header;
    auto db = SqliteHandle::open(path, SqliteHandle::Mode::ReadOnly);
    if (!db)
        return header;
    int code = 0;
    const QString seen = db->text("PRAGMA user_version", &code);
    return code == SQLITE_OK && seen.toInt() > 0 ? seen.toInt() : header;
}

Status Workspace::inspect(const QString &path)
{
    const auto opening = OpenWorkspaces::opening();
    FileHeader header;
    if (Status st = checkHeader(path, &header); !st)
        return st;
    return validate(path, versionSeen(path, header.userVersion), Check::Quick);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    const auto opening = OpenWorkspaces::opening();
    const QFileInfo info(path);
    FileHeader header;
    if (Status st = checkHeader(path, &header); !st)
        return R(st.problems());

    const bool first = OpenWorkspaces::count(OpenWorkspaces::key(path)) == 0;
    const bool folderWritable = writable(info.absolutePath());
    QString readOnly = options.readOnlyReason;
    if (readOnly.isEmpty() && Backups::isBackup(path))
        readOnly = tr("it is a backup; restore it, or open a copy of it, to make changes");
    if (readOnly.isEmpty() && !writable(path))
        readOnly = tr("the file is read-only");
    if (readOnly.isEmpty() && !folderWritable)
        readOnly = tr("its folder is read-only");
    const int version = first ? versionSeen(path, header.userVersion) : header.userVersion;
    if (version > Schema::currentVersion())
        return R(StorageErrors::newer(path, version, Schema::currentVersion()));
    const bool migrating = version < Schema::currentVersion();
    if (migrating && !readOnly.isEmpty())
        return R(
            StorageErrors::problem(StorageErrors::readOnlyCode,
                                   tr("%1 must be upgraded to this version's format before it can be used, "
                                      "but it is read-only (%2). It was left unchanged; open it where it can "
                                      "be written.")
                                       .arg(StorageErrors::shown(path), readOnly)));

    // A load that an earlier version interrupted while it used a rollback journal left a hot journal: a
    // writable connection's first read rolls it back, restoring the file as it was before.
    if (first && readOnly.isEmpty() && sizeOf(path + QStringLiteral("-journal")) > 0) {
        if (auto db = SqliteHandle::open(path, SqliteHandle::Mode::ReadWrite))
            db->text("SELECT count(*) FROM sqlite_schema");
    }
    if (first) {
        // Attain's schema is always checked before the file is used; SQLite's check unless skipped.
        const Check check = migrating || options.integrity == Options::Integrity::Full ? Check::Full
                            : options.integrity == Options::Integrity::Quick           ? Check::Quick
                                                                                       : Check::SchemaOnly;
        if (Status st = validate(path, version, check); !st)
            return R(st.problems());
    }

    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), options));
    ws->m_readOnly = !readOnly.isEmpty();
    ws->m_readOnlyReason = readOnly;
    // Read-only: as a reader of its log would, unless nobody can be writing it (a backup; a read-only folder
    // and no log) — then as its bytes alone, with nothing created beside it.
    const bool logThere = QFileInfo::exists(path + QStringLiteral("-wal"));
    const Access access = !ws->m_readOnly                                             ? Access::ReadWrite
                          : !logThere && (!folderWritable || Backups::isBackup(path)) ? Access::Snapshot
                                                                                      : Access::ReadOnly;
    if (Status st = ws->connect(access); !st)
        return R(st.problems());
    if (Status st = ws->configure(); !st)
        return R(st.problems());
    if (migrating)
        if (Status st = ws->migrate(version); !st)
            return R(st.problems());
    ws->m_schemaVersion = Schema::currentVersion();
    ws->loadDevice();
    return R(std::move(ws));
}

bool Workspace::foreignKeysHold()
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA foreign_key_check", -1, &st, nullptr) != SQLITE_OK)
        return false;
    const bool none = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return none;
}

Status Workspace::migrate(int from)
{
    std::optional<WriterNote> note;
    if (from > 0) {
        note.emplace(m_path, WriterNote::Kind::Upgrade);
        if (auto taken = Backups::take(m_path, QStringLiteral("upgrade"), m_clock->now()); !taken)
            return Status(StorageErrors::problem(
                taken.code(), tr("%1 was not upgraded, because it could not be backed up first: %2")
                                  .arg(StorageErrors::shown(m_path), taken.message())));
    }
    auto run = [this](const QString &sql) {
        return sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    for (int version = from + 1; version <= Schema::currentVersion(); ++version) {
        // Version 8 rebuilds the record tables: foreign keys are checked once, at the end (SQLite's
        // procedure for schema changes: off outside the transaction, foreign_key_check before the commit).
        const bool rebuilds = version == 8;
        bool ok = !rebuilds || run(QStringLiteral("PRAGMA foreign_keys=OFF"));
        ok = ok && run(QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString &sql : Schema::migrationTo(version))
            ok = ok && run(sql);
        int failed = SQLITE_OK; // what the step's own code saw, before a later call resets SQLite's
        if (ok && rebuilds)
            failed = IdMigration::run(m_handle);
        if (ok && version == 9)
            failed = SplitCredits::fill(m_handle);
        ok = ok && failed == SQLITE_OK && (!rebuilds || foreignKeysHold());
        ok = ok && (version < 6 || WalChain::advance(m_handle));
        ok =
            ok && run(QStringLiteral("PRAGMA user_version=%1").arg(version)) && run(QStringLiteral("COMMIT"));
        const int code = ok ? SQLITE_OK : failed != SQLITE_OK ? failed : sqlite3_extended_errcode(m_handle);
        if (rebuilds && ok)
            run(QStringLiteral("PRAGMA foreign_keys=ON"));
        if (!ok) {
            run(QStringLiteral("ROLLBACK"));
            if (rebuilds)
                run(QStringLiteral("PRAGMA foreign_keys=ON"));
            Problem p = StorageErrors::fromSqlite(code, m_path);
            p.message = tr("Upgrading %1 to format %2 failed, so it is as it was: %3")
                            .arg(StorageErrors::shown(m_path))
                            .arg(version)
                            .arg(p.message);
            return Status(p);
        }
        m_schemaVersion = version;
    }
    if (m_journal)
        checkpoint();
    return success();
}

} // namespace attain
