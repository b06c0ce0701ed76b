// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace attain::test {

namespace {

struct State
{
    std::atomic<int> failAt{0}; // 0: disarmed
    std::atomic<int> count{0};
    std::atomic<int> code{SQLITE_FULL};
    std::atomic<bool> sync{false};
};

State &state()
{
    static State s;
    return s;
}

struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_vfs *realVfs = nullptr;

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<FaultFile *>(f)->real;
}

// True when this operation should fail.
bool fails(bool isSync)
{
    State &s = state();
    if (s.failAt.load() == 0 || s.sync.load() != isSync)
        return false;
    return ++s.count >= s.failAt.load();
}

int xClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods->xClose(real(f));
    return rc;
}
int xRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), p, n, o);
}
int xWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    if (fails(false))
        return state().code.load();
    return real(f)->pMethods->xWrite(real(f), p, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (fails(true))
        return state().code.load();
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, p);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return real(f)->pMethods->xFetch(real(f), o, n, p);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

const sqlite3_io_methods methods = {3,
                                    xClose,
                                    xRead,
                                    xWrite,
                                    xTruncate,
                                    xSync,
                                    xFileSize,
                                    xLock,
                                    xUnlock,
                                    xCheckReservedLock,
                                    xFileControl,
                                    xSectorSize,
                                    xDeviceCharacteristics,
                                    xShmMap,
                                    xShmLock,
                                    xShmBarrier,
                                    xShmUnmap,
                                    xFetch,
                                    xUnfetch};

int vfsOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<FaultFile *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    std::memset(file->real, 0, size_t(realVfs->szOsFile));
    const int rc = realVfs->xOpen(realVfs, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &methods : nullptr;
    (void)vfs;
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return realVfs->xAccess(realVfs, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return realVfs->xFullPathname(realVfs, name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs->xDlOpen(realVfs, name);
}
void vfsDlError(sqlite3_vfs *, int n, char *out)
{
    realVfs->xDlError(realVfs, n, out);
}
void (*vfsDlSym(sqlite3_vfs *, void *h, const char *sym))(void)
{
    return realVfs->xDlSym(realVfs, h, sym);
}
void vfsDlClose(sqlite3_vfs *, void *h)
{
    realVfs->xDlClose(realVfs, h);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return realVfs->xRandomness(realVfs, n, out);
}
int vfsSleep(sqlite3_vfs *, int us)
{
    return realVfs->xSleep(realVfs, us);
}
int vfsCurrentTime(sqlite3_vfs *, double *t)
{
    return realVfs->xCurrentTime(realVfs, t);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *out)
{
    return realVfs->xGetLastError ? realVfs->xGetLastError(realVfs, n, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return realVfs->xCurrentTimeInt64(realVfs, t);
}

void install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    realVfs = sqlite3_vfs_find(nullptr);
    static sqlite3_vfs vfs{};
    vfs.iVersion = 2;
    vfs.szOsFile = int(sizeof(FaultFile)) + realVfs->szOsFile;
    vfs.mxPathname = realVfs->mxPathname;
    vfs.zName = "attain-fault";
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = vfsDlOpen;
    vfs.xDlError = vfsDlError;
    vfs.xDlSym = vfsDlSym;
    vfs.xDlClose = vfsDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsGetLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 1);
}

} // namespace

void FaultVfs::arm(int failAt, int code, Operation operation)
{
    install();
    State &s = state();
    s.count = 0;
    s.code = code;
    s.sync = operation == Operation::Sync;
    s.failAt = failAt;
}

void FaultVfs::disarm()
{
    state().failAt = 0;
}

int FaultVfs::count()
{
    return state().count.load();
}

} // namespace attain::test
