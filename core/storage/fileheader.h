// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attain {

/// The first 100 bytes of a file as SQLite's file format defines them, read through SQLite's own file
/// layer: on POSIX systems a lock is dropped for the whole process when any descriptor of the file is
/// closed, and SQLite's layer keeps a descriptor of a file the process has locked open instead of closing
/// it. So a header may be read at any time, even while a connection to the file is open.
struct FileHeader
{
    bool exists = false;   // the path names a regular file
    bool readable = false; // it could be opened and read
    bool empty = false;    // it has no bytes
    bool sqlite = false;   // it starts with SQLite's magic string
    bool wal = false;      // its format bytes say write-ahead logging
    int pageSize = 0;
    qint32 applicationId = 0;
    qint32 userVersion = 0;

    static FileHeader read(const QString &path);
    /// Whether another process has the database open now (holds SQLite's shared lock on it; POSIX only, false
    /// elsewhere). Opens its own descriptor: only for a file no connection of this process has open.
    static bool openElsewhere(const QString &path);
};

} // namespace attain
