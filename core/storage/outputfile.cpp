// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/outputfile.h"

#include "core/storage/fileheader.h"
#include "core/storage/openworkspaces.h"
#include "core/storage/storageerrors.h"
#include "core/storage/workspacelock.h"
#include "core/storage/writernote.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <filesystem>
#include <memory>
#include <system_error>

#ifndef Q_OS_WIN
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
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const Part &part : parts) {
        auto file = std::make_unique<QSaveFile>(OpenWorkspaces::key(part.path));
        errno = 0;
        bool ok = file->open(QIODevice::WriteOnly);
        ok = ok && file->write(part.bytes) == part.bytes.size() && file->flush();
        if (!ok) {
            const int error = errno;
            for (auto &f : files)
                f->cancelWriting();
            file->cancelWriting();
            return Status(writeFailure(part.path, part.bytes.size(), error));
        }
        files.push_back(std::move(file));
    }
    for (size_t i = 0; i < files.size(); ++i) {
        errno = 0;
        if (!files[i]->commit()) {
            const int error = errno;
            for (size_t j = i + 1; j < files.size(); ++j)
                files[j]->cancelWriting();
            return Status(writeFailure(parts.at(int(i)).path, parts.at(int(i)).bytes.size(), error));
        }
    }
    for (const Part &part : parts)
        syncFolder(QFileInfo(OpenWorkspaces::key(part.path)).absolutePath());
    return success();
}

Status OutputFile::moveIntoPlace(const QString &temporary, const QString &target, bool replace)
{
    if (!replace && QFileInfo::exists(target))
        return Status(StorageErrors::problem(
            StorageErrors::refusedCode,
            tr("%1 already exists; choose another name.").arg(StorageErrors::shown(target))));
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error)
        return Status(StorageErrors::fromWrite(error.value(), target));
    syncFolder(QFileInfo(target).absolutePath());
    return success();
}

} // namespace attain
