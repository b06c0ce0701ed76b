// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace attain::test {

/// A shim over SQLite's default file layer (SQLite's own way of testing I/O errors): once armed, the Nth
/// write, sync or truncate of any file fails with the given error — SQLITE_FULL for a full disk,
/// SQLITE_IOERR_WRITE for a failing one — and so does every one after it, as on a disk that stays full.
/// Installed as the default file layer of the process on first use.
class FaultVfs
{
public:
    enum class Operation
    {
        Write,
        Sync
    };
    static void arm(int failAt, int code, Operation operation = Operation::Write);
    static void disarm();
    /// Writes (or syncs) counted since the last arm().
    static int count();
};

} // namespace attain::test
