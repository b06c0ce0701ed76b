// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QString>

struct sqlite3;

namespace attain {

/// How a workspace recognises its own write-ahead log. SQLite replays whatever log lies beside a file, so a
/// log left by a crash of another copy of the workspace would be merged into this one. Every write
/// transaction moves a token forward in the one-row table `wal_chain` (the new token, and the one it
/// replaced as its parent); a log's frames of that table's page therefore name the state the log continues
/// from, which the file on its own must hold — or, after a checkpoint cut short, a state the log itself went
/// through.
class WalChain
{
public:
    /// Run in every write transaction before it commits: parent := token, token := a new random one.
    static Status advance(sqlite3 *db);

    enum class Verdict
    {
        /// The log continues the file's own state (or holds nothing committed).
        Belongs,
        /// The log continues another state: another copy's.
        Foreign,
        /// Cannot tell: a file or log of an earlier format, a log that never touched the table, a file that
        /// cannot be read on its own.
        Unknown
    };
    /// Reads the file on its own (without its log) and the log's committed frames. Only for a file no
    /// connection of this process has open and no other program is using.
    static Verdict check(const QString &path);
};

} // namespace attain
