// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/outputfile.h"

#include "core/storage/fileheader.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/storageerrors.h"
#include "core/storage/workspacelock.h"
#include "core/storage/writernote.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cerrno>
#include <filesystem>
#include <memory>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace attain {

namespace {

QStringList sidecarsOf(const QString &key)
{
    return {key,
            key + QStringLiteral("-wal"),
            key + QStringLiteral("-shm"),
            key + QStringLiteral("-journal"),
            OpenWorkspaces::key(WorkspaceLock::lockPath(key)),
            OpenWorkspaces::key(WriterNote::notePath(key))};
}

void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// What a failed write means, from the error the system gave and the state of the disk.
Problem writeFailure(const QString &target, qint64 needed, int error)
{
    const QString folder = QFileInfo(target).absolutePath();
    const QStorageInfo disk(folder);
    if (error == ENOSPC ||
        (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed + 65536))
        return StorageErrors::fromWrite(ENOSPC, target);
    if (!QFileInfo(folder).isWritable() || (disk.isValid() && disk.isReadOnly()))
        return StorageErrors::fromWrite(EROFS, target);
    return StorageErrors::fromWrite(error ? error : EIO, target);
}

} // namespace

QString OutputFile::refusal(const QString &target, const QStringList &inputs, Purpose purpose)
{
    if (target.trimmed().isEmpty())
        return tr("No file name was given.");
    const QString shown = StorageErrors::shown(target);
    const QString key = OpenWorkspaces::key(target);
    const QFileInfo resolved(key);
    if (resolved.isDir())
        return tr("%1 is a folder; give a file name.").arg(shown);
    if (!QFileInfo(resolved.absolutePath()).isDir())
        return tr("The folder of %1 does not exist.").arg(shown);
    for (const QString &workspace : OpenWorkspaces::keys())
        if (sidecarsOf(workspace).contains(key))
            return tr("%1 is an open workspace or one of its own files; Attain never writes over it. Choose "
                      "another name.")
                .arg(shown);
    for (const QString &input : inputs)
        if (sidecarsOf(OpenWorkspaces::key(input)).contains(key))
            return tr("%1 is a file this command reads (or one of its own files); choose another name.")
                .arg(shown);
    const QString name = resolved.fileName();
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (name.endsWith(QLatin1String(suffix)))
            return tr("%1 is named like one of SQLite's own files beside a database; choose another name.")
                .arg(shown);
    if (QFileInfo(resolved.absolutePath()).fileName().endsWith(QLatin1String(".backups")))
        return tr("%1 is in a folder of backups, which only Attain writes; choose another folder.")
            .arg(shown);
    if (resolved.exists() && FileHeader::read(key).sqlite)
        return tr("%1 is a database (a workspace, a backup or another program's); Attain never writes over "
                  "one. "
                  "Choose another name.")
            .arg(shown);
    if (purpose == Purpose::Export &&
        resolved.suffix().compare(QLatin1String("attain"), Qt::CaseInsensitive) == 0)
        return tr("%1 ends in .attain, the name of a workspace; an export needs another name.").arg(shown);
    return QString();
}

QString OutputFile::inputRefusal(const QString &input)
{
    const QString key = OpenWorkspaces::key(input);
    bool own = false;
    for (const QString &workspace : OpenWorkspaces::keys())
        own = own || sidecarsOf(workspace).contains(key);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        own = own || key.endsWith(QLatin1String(suffix));
    if (own || FileHeader::read(key).sqlite)
        return tr("%1 is a database (a workspace, or one of its own files), not a table of records; choose "
                  "the CSV "
                  "file to import.")
            .arg(StorageErrors::shown(input));
    return QString();
}

Status OutputFile::write(const QString &target, const QByteArray &bytes, const QStringList &inputs)
{
    return writeAll({Part{target, bytes}}, inputs);
}

Status OutputFile::writeAll(const QList<Part> &parts, const QStringList &inputs)
{
    for (const Part &part : parts)
        if (const QString why = refusal(part.path, inputs); !why.isEmpty())
            return Status(StorageErrors::problem(StorageErrors::refusedCode, why));
    struct Pending
    {
        QString target;
        QString temporary;
        QString previous; // a link to (or copy of) the file it replaces, until all are in place
        bool existed = false;
    };
    QList<Pending> pending;
    auto discard = [&pending] {
        for (const Pending &p : std::as_const(pending)) {
            QFile::remove(p.temporary);
            if (!p.previous.isEmpty())
                QFile::remove(p.previous);
        }
    };
    auto hidden = [](const QString &target, const char *what) {
        const QFileInfo info(target);
        return info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.%3")
                .arg(info.fileName())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                .arg(QLatin1String(what)));
    };
    // Every file complete and on the disk under a temporary name first.
    for (const Part &part : parts) {
        Pending p;
        p.target = OpenWorkspaces::key(part.path);
        p.temporary = hidden(p.target, "partial");
        QFile file(p.temporary);
        errno = 0;
        bool ok = file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
        ok = ok && file.write(part.bytes) == part.bytes.size() && file.flush();
#ifdef Q_OS_WIN
        ok = ok && _commit(file.handle()) == 0;
#else
        ok = ok && ::fsync(file.handle()) == 0;
#endif
        const int error = errno;
        file.close();
        pending << p;
        if (!ok) {
            discard();
            return Status(writeFailure(part.path, part.bytes.size(), error));
        }
    }
    // Then each renamed over its name; should one fail, those already renamed are put back.
    for (int i = 0; i < pending.size(); ++i) {
        Pending &p = pending[i];
        std::error_code error;
        const std::filesystem::path target(p.target.toStdU16String());
        p.existed = QFileInfo::exists(p.target);
        if (p.existed) {
            p.previous = hidden(p.target, "previous");
            const std::filesystem::path previous(p.previous.toStdU16String());
            std::filesystem::create_hard_link(target, previous, error);
            if (error) {
                error.clear();
                std::filesystem::copy_file(target, previous, error);
            }
        }
        if (!error)
            std::filesystem::rename(std::filesystem::path(p.temporary.toStdU16String()), target, error);
        if (error) {
            for (int j = i - 1; j >= 0; --j) {
                std::error_code ignored;
                if (pending[j].existed)
                    std::filesystem::rename(std::filesystem::path(pending[j].previous.toStdU16String()),
                                            std::filesystem::path(pending[j].target.toStdU16String()),
                                            ignored);
                else
                    std::filesystem::remove(std::filesystem::path(pending[j].target.toStdU16String()),
                                            ignored);
                pending[j].previous.clear();
            }
            discard();
            return Status(writeFailure(parts.at(i).path, parts.at(i).bytes.size(), error.value()));
        }
    }
    for (const Pending &p : std::as_const(pending)) {
        if (!p.previous.isEmpty())
            QFile::remove(p.previous);
        syncFolder(QFileInfo(p.target).absolutePath());
    }
    return success();
}

Status OutputFile::moveIntoPlace(const QString &temporary, const QString &target, bool replace)
{
    if (!replace) {
        // Atomically refused when the name is taken meanwhile (another program creating the same file).
#ifdef Q_OS_WIN
        if (!MoveFileExW(reinterpret_cast<const wchar_t *>(temporary.utf16()),
                         reinterpret_cast<const wchar_t *>(target.utf16()), MOVEFILE_WRITE_THROUGH))
            return Status(
                GetLastError() == ERROR_ALREADY_EXISTS || GetLastError() == ERROR_FILE_EXISTS
                    ? StorageErrors::problem(
                          StorageErrors::refusedCode,
                          tr("%1 already exists; choose another name.").arg(StorageErrors::shown(target)))
                    : StorageErrors::fromWrite(EIO, target));
#else
        if (::link(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
            const int error = errno;
            if (error == EEXIST)
                return Status(StorageErrors::problem(
                    StorageErrors::refusedCode,
                    tr("%1 already exists; choose another name.").arg(StorageErrors::shown(target))));
            // A disk without hard links (a USB stick's, some shares'): checked, then renamed.
            if ((error != EPERM && error != ENOTSUP && error != EOPNOTSUPP && error != EXDEV &&
                 error != EMLINK) ||
                QFileInfo::exists(target) ||
                ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) !=
                    0)
                return Status(StorageErrors::fromWrite(QFileInfo::exists(target) ? EEXIST : error, target));
        } else {
            ::unlink(QFile::encodeName(temporary).constData());
        }
#endif
        syncFolder(QFileInfo(target).absolutePath());
        return success();
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error)
        return Status(StorageErrors::fromWrite(error.value(), target));
    syncFolder(QFileInfo(target).absolutePath());
    return success();
}

} // namespace attain
