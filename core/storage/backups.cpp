// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backups.h"

#include "core/storage/fileheader.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/outputfile.h"
#include "core/storage/schema.h"
#include "core/storage/schemacheck.h"
#include "core/storage/sqlitehandle.h"
#include "core/storage/storageerrors.h"
#include "core/storage/workspace.h"
#include "core/storage/workspacelock.h"
#include "core/storage/writernote.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <mutex>

namespace attain {

namespace {

constexpr int keepNewest = 10;
constexpr int keepDays = 7;
constexpr int keepWeeks = 4;

// Bumped by cancelAll(): a copy that began under an earlier value stops.
std::atomic<int> &generation()
{
    static std::atomic<int> value{0};
    return value;
}

QString stampFormat()
{
    return QStringLiteral("yyyyMMdd-HHmmss");
}

// The name backups of a file are known by: `team` for team.attain, the whole name otherwise.
QString stemOf(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.suffix().compare(QLatin1String("attain"), Qt::CaseInsensitive) == 0 ? info.completeBaseName()
                                                                                    : info.fileName();
}

QRegularExpression namePattern(const QString &stem)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(stem) +
                              QStringLiteral("\\.(\\d{8}-\\d{6})(?:-(\\d+))?\\.([a-z0-9-]+)\\.attain$"));
}

QString temporaryBeside(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial")
            .arg(info.fileName())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

void removeTemporary(const QString &temp)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(temp + QLatin1String(suffix));
}

// How a backup, or another file nobody writes, may be read here without dropping this process's locks.
SqliteHandle::Mode readMode(const QString &path)
{
    return OpenWorkspaces::count(OpenWorkspaces::key(path)) == 0 &&
                   !QFileInfo::exists(path + QStringLiteral("-wal"))
               ? SqliteHandle::Mode::Snapshot
               : SqliteHandle::Mode::ReadOnly;
}

// How the source of a copy is read: a live workspace as any reader of it would (taking part in its locking,
// so a writer cannot change it under the copy; a connection that only reads writes nothing), a backup as its
// own bytes.
SqliteHandle::Mode sourceMode(const QString &path)
{
    if (Backups::isBackup(path))
        return readMode(path);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (folder.isWritable())
        return SqliteHandle::Mode::ReadWrite;
    return readMode(path);
}

// Copies the database at `source` as last committed into a new file `temp`, through the online-backup API,
// a few megabytes at a time so that an exit can stop it.
Status copyInto(const QString &source, const QString &temp)
{
    auto src = SqliteHandle::open(source, sourceMode(source));
    if (!src)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(src.problems()), source));
    auto dst = SqliteHandle::open(temp, SqliteHandle::Mode::Create);
    if (!dst)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(dst.problems()), temp));
    // A file no one sees until it is renamed: no journal; the commit still syncs it to the disk.
    dst->exec("PRAGMA journal_mode=OFF");
    sqlite3_backup *backup = sqlite3_backup_init(dst->get(), "main", src->get(), "main");
    if (!backup)
        return Status(StorageErrors::fromSqlite(dst->errorCode(), temp));
    int rc = SQLITE_OK;
    const int started = generation().load();
    // Should another connection change the source between two steps, SQLite starts the copy again: it is
    // always of one state.
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (generation().load() != started) {
            sqlite3_backup_finish(backup);
            return Status(
                StorageErrors::problem(StorageErrors::refusedCode, Backups::tr("The backup was stopped.")));
        }
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int code =
            (rc & 0xFF) == SQLITE_CORRUPT || (rc & 0xFF) == SQLITE_NOTADB ? rc : dst->errorCode();
        const bool sourceSide = (code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB;
        return Status(StorageErrors::fromSqlite(code ? code : rc, sourceSide ? source : temp));
    }
    return success();
}

// A verified copy of `source` under a temporary name beside `target`; returns that name.
Result<QString> verifiedCopyBeside(const QString &source, const QString &target)
{
    const QString temp = temporaryBeside(target);
    Status st = copyInto(source, temp);
    if (st) {
        st = Backups::verify(temp);
        if (!st)
            st = Status(StorageErrors::damaged(source));
    }
    if (!st) {
        removeTemporary(temp);
        return Result<QString>(st.problems());
    }
    return temp;
}

// Writes a verified copy of `source` at `target` (which must not exist unless `replace`).
Status writeVerifiedCopy(const QString &source, const QString &target, bool replace)
{
    const auto temp = verifiedCopyBeside(source, target);
    if (!temp)
        return Status(temp.problems());
    Status st = OutputFile::moveIntoPlace(*temp, target, replace);
    if (!st)
        removeTemporary(*temp);
    return st;
}

BackupInfo infoOf(const QFileInfo &file, const QDateTime &takenAt, const QString &trigger)
{
    BackupInfo b;
    b.path = file.absoluteFilePath();
    b.takenAt = takenAt;
    b.size = file.size();
    b.trigger = trigger;
    b.formatVersion = FileHeader::read(b.path).userVersion;
    return b;
}

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

QString Backups::folderOf(const QString &workspacePath)
{
    const QFileInfo info(OpenWorkspaces::key(workspacePath));
    return info.absoluteDir().filePath(stemOf(workspacePath) + QStringLiteral(".backups"));
}

bool Backups::isBackup(const QString &path)
{
    const QFileInfo info(OpenWorkspaces::key(path));
    const QString folder = QFileInfo(info.absolutePath()).fileName();
    if (!folder.endsWith(QLatin1String(".backups")))
        return false;
    const QString stem = folder.chopped(8);
    return namePattern(stem).match(info.fileName()).hasMatch();
}

void Backups::cancelAll()
{
    ++generation();
}

QList<BackupInfo> Backups::list(const QString &workspacePath)
{
    const QFileInfo info(OpenWorkspaces::key(workspacePath));
    const QString base = stemOf(workspacePath);
    QList<BackupInfo> out;
    const QRegularExpression pattern = namePattern(base);
    const QDir folder(folderOf(workspacePath));
    for (const QFileInfo &f : folder.entryInfoList({base + QStringLiteral(".*.attain")}, QDir::Files)) {
        const auto m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(1), stampFormat());
        if (!at.isValid())
            continue;
        out << infoOf(f, at, m.captured(3));
        out.last().sequence = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    }
    // Earlier versions wrote their pre-upgrade backups beside the file.
    for (const QFileInfo &f : info.absoluteDir().entryInfoList(
             {info.completeBaseName() + QStringLiteral(".*.backup.attain")}, QDir::Files))
        out << infoOf(f, f.lastModified(), QStringLiteral("upgrade"));
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        return a.sequence != b.sequence ? a.sequence > b.sequence : a.path > b.path;
    });
    return out;
}

std::optional<BackupInfo> Backups::newest(const QString &workspacePath)
{
    for (const BackupInfo &b : list(workspacePath))
        if (b.trigger != QLatin1String("damaged"))
            return b;
    return std::nullopt;
}

bool Backups::hasBackupOn(const QString &workspacePath, QDate day)
{
    const QList<BackupInfo> all = list(workspacePath);
    return std::any_of(all.begin(), all.end(), [&](const BackupInfo &b) {
        return b.takenAt.date() == day && b.trigger != QLatin1String("damaged");
    });
}

QString Backups::triggerLabel(const QString &trigger)
{
    if (trigger == QLatin1String("daily"))
        return tr("before the day's first change");
    if (trigger == QLatin1String("import"))
        return tr("before an import");
    if (trigger == QLatin1String("close-period"))
        return tr("before a period close");
    if (trigger == QLatin1String("upgrade"))
        return tr("before an upgrade of its format");
    if (trigger == QLatin1String("restore"))
        return tr("before a restore");
    if (trigger == QLatin1String("manual"))
        return tr("made by hand");
    if (trigger == QLatin1String("sync-apply"))
        return tr("before merging the team's changes");
    if (trigger == QLatin1String("damaged"))
        return tr("the damaged file, set aside by a restore");
    return trigger;
}

Result<BackupInfo> Backups::take(const QString &workspacePath, const QString &trigger, const QDateTime &now,
                                 bool pruneAfter)
{
    const QString folder = folderOf(workspacePath);
    if (!QDir().mkpath(folder))
        return Result<BackupInfo>(StorageErrors::fromWrite(
            QFileInfo(QFileInfo(folder).absolutePath()).isWritable() ? EIO : EACCES, folder));
    const QString base = stemOf(workspacePath);
    const QString stamp = now.toString(stampFormat());
    auto nameFor = [&](int n) {
        return QDir(folder).filePath(
            n == 1 ? QStringLiteral("%1.%2.%3.attain").arg(base, stamp, trigger)
                   : QStringLiteral("%1.%2-%3.%4.attain").arg(base, stamp).arg(n).arg(trigger));
    };
    const auto temp = verifiedCopyBeside(workspacePath, nameFor(1));
    if (!temp)
        return Result<BackupInfo>(temp.problems());
    // The next free name; another program backing the file up in the same second may take one first.
    QString target;
    for (int n = 1; target.isEmpty() && n < 1000; ++n) {
        if (QFileInfo::exists(nameFor(n)))
            continue;
        const Status moved = OutputFile::moveIntoPlace(*temp, nameFor(n), false);
        if (moved)
            target = nameFor(n);
        else if (moved.code() != StorageErrors::refusedCode) {
            removeTemporary(*temp);
            return Result<BackupInfo>(moved.problems());
        }
    }
    if (target.isEmpty()) {
        removeTemporary(*temp);
        return Result<BackupInfo>(StorageErrors::diskError(folder));
    }
    if (pruneAfter)
        prune(workspacePath);
    return infoOf(QFileInfo(target), QDateTime::fromString(stamp, stampFormat()), trigger);
}

Result<bool> Backups::ensureDaily(const QString &workspacePath, const QDateTime &now)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (hasBackupOn(workspacePath, now.date()))
        return false;
    auto taken = take(workspacePath, QStringLiteral("daily"), now);
    if (!taken)
        return Result<bool>(taken.problems());
    return true;
}

Status Backups::verify(const QString &path, bool full)
{
    const FileHeader header = FileHeader::read(path);
    if (!header.sqlite || header.applicationId != Schema::applicationId)
        return Status(StorageErrors::notAWorkspace(path, tr("it is not a file Attain wrote")));
    if (header.userVersion < 1 || header.userVersion > Schema::currentVersion())
        return Status(StorageErrors::newer(path, header.userVersion, Schema::currentVersion()));
    auto db = SqliteHandle::open(path, readMode(path));
    if (!db)
        return Status(StorageErrors::fromSqlite(StorageErrors::sqliteCode(db.problems()), path));
    if (Status schema = SchemaCheck::verify(db->get(), header.userVersion); !schema)
        return Status(StorageErrors::incomplete(path));
    int code = 0;
    const QString verdict = db->text(full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)", &code);
    if (verdict != QLatin1String("ok"))
        return Status(StorageErrors::damaged(path));
    return success();
}

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

Status Backups::copyTo(const QString &workspacePath, const QString &target)
{
    if (const QString refusal = OutputFile::refusal(target, {workspacePath}, OutputFile::Purpose::Workspace);
        !refusal.isEmpty())
        return Status(StorageErrors::problem(StorageErrors::refusedCode, refusal));
    return writeVerifiedCopy(workspacePath, target, true);
}

QStringList Backups::prune(const QString &workspacePath)
{
    QList<BackupInfo> all;
    const QString folder = QDir(folderOf(workspacePath)).absolutePath();
    for (const BackupInfo &b : list(workspacePath))
        if (b.trigger != QLatin1String("damaged") && QFileInfo(b.path).absolutePath() == folder)
            all << b; // only Attain's own, in its folder; set-aside and earlier files stay
    QSet<QString> keep;
    for (int i = 0; i < all.size() && i < keepNewest; ++i)
        keep.insert(all.at(i).path);
    // The first backup of each day and of each week (all is newest first, so the last seen wins).
    QMap<QDate, QString> firstOfDay;
    QMap<QPair<int, int>, QString> firstOfWeek;
    for (const BackupInfo &b : std::as_const(all)) {
        const QDate day = b.takenAt.date();
        int year = 0;
        const int week = day.weekNumber(&year);
        firstOfDay[day] = b.path;
        firstOfWeek[qMakePair(year, week)] = b.path;
    }
    const QStringList days = firstOfDay.values(), weeks = firstOfWeek.values(); // oldest first
    for (qsizetype i = days.size() - 1; i >= 0 && i >= days.size() - keepDays; --i)
        keep.insert(days.at(i));
    for (qsizetype i = weeks.size() - 1; i >= 0 && i >= weeks.size() - keepWeeks; --i)
        keep.insert(weeks.at(i));
    QStringList removed;
    for (const BackupInfo &b : std::as_const(all))
        if (!keep.contains(b.path) && QFile::remove(b.path))
            removed << b.path;
    return removed;
}

QString Backups::advice(const QString &workspacePath)
{
    const auto backup = newest(workspacePath);
    if (!backup)
        return tr("No backup of it was found (Attain keeps them in the folder %1 beside it); if you have a "
                  "copy "
                  "of it, open that instead.")
            .arg(QFileInfo(folderOf(workspacePath)).fileName());
    return tr("Its newest backup is from %1 (%2, in the folder %3 beside it). To restore it, use File ▸ "
              "Backups… in Attain, or run:\n    attain-cli restore \"%4\" --from \"%5\"")
        .arg(QLocale().toString(backup->takenAt, QLocale::ShortFormat), QFileInfo(backup->path).fileName(),
             QFileInfo(folderOf(workspacePath)).fileName(), StorageErrors::shown(workspacePath),
             StorageErrors::shown(backup->path));
}

} // namespace attain
