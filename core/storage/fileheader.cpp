// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fileheader.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QtEndian>

#include <QFile>

#include <sqlite3.h>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cstring>
#include <memory>

namespace attain {

bool FileHeader::openElsewhere(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return false;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // SQLite's shared-lock range (PENDING_BYTE + 2, 510 bytes); asking whether a write lock could be taken
    // there reports any reader's lock of another process.
    struct flock lock
    {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0x40000002;
    lock.l_len = 510;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
#endif
}

FileHeader FileHeader::read(const QString &path)
{
    FileHeader h;
    const QFileInfo info(path);
    h.exists = info.exists() && info.isFile();
    if (!h.exists)
        return h;
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return h;
    QByteArray full(vfs->mxPathname + 1, '\0');
    if (vfs->xFullPathname(vfs, info.absoluteFilePath().toUtf8().constData(), int(full.size()),
                           full.data()) != SQLITE_OK)
        return h;
    // A file name as SQLite hands them to its file layer (with room for URI parameters).
    const auto name = sqlite3_create_filename(full.constData(), "", "", 0, nullptr);
    const auto freeName = qScopeGuard([name] { sqlite3_free_filename(name); });
    std::unique_ptr<char[]> storage(new char[size_t(vfs->szOsFile)]());
    auto *file = reinterpret_cast<sqlite3_file *>(storage.get());
    int outFlags = 0;
    if (vfs->xOpen(vfs, name, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags) != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        return h;
    }
    unsigned char bytes[100] = {};
    sqlite3_int64 size = 0;
    file->pMethods->xFileSize(file, &size);
    const int rc =
        size > 0 ? file->pMethods->xRead(file, bytes, int(qMin<sqlite3_int64>(size, 100)), 0) : SQLITE_OK;
    file->pMethods->xClose(file);
    h.readable = rc == SQLITE_OK || rc == SQLITE_IOERR_SHORT_READ;
    h.empty = size == 0;
    if (!h.readable || size < 100 || memcmp(bytes, "SQLite format 3\0", 16) != 0)
        return h;
    h.sqlite = true;
    const int page = qFromBigEndian<quint16>(bytes + 16);
    h.pageSize = page == 1 ? 65536 : page;
    h.wal = bytes[18] == 2 && bytes[19] == 2;
    h.userVersion = qFromBigEndian<qint32>(bytes + 60);
    h.applicationId = qFromBigEndian<qint32>(bytes + 68);
    return h;
}

} // namespace attain
