// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/scoreledger.h"

#include <QMutex>

namespace attain {

class Workspace;
struct ChangeSet;

/// The scoring ledgers (ScoreLedger) of the open workspace as it is now: the cache behind the one score
/// source (ScoreEngine) for the readers that score everyone (the dashboard, the leaderboards, team scores),
/// filled by a reader in the background. Thread-safe. Each committed write's change set is applied to it row
/// by row (ScoreLedger::patched), so one edit costs milliseconds instead of a second's read; what cannot be
/// applied so empties it, and ledgers read before a change are refused.
class ScoreLedgerStore
{
public:
    ScoreLedgers ledgers() const;
    /// The ledgers found unreadable (the queries serve; not read again until a change).
    UnreadableLedgers unreadable() const;
    /// Counts the changes: a reader notes it before reading and hands it to add().
    quint64 generation() const;
    /// Keeps those of `ledgers` it lacks and notes the unreadable ones, unless the workspace changed since
    /// `generation`; false then.
    bool add(quint64 generation, const ScoreLedgers &ledgers, const UnreadableLedgers &unreadable);
    /// After a committed write of this connection: its change set applied to each ledger held (kept as it
    /// is when nothing it holds changed; dropped, to be read again, when it cannot be patched).
    void apply(Workspace &workspace, const ChangeSet &changes);
    /// After a change it cannot follow (another program's commit).
    void clear();

private:
    mutable QMutex m_mutex;
    quint64 m_generation = 0;
    ScoreLedgers m_ledgers;
    UnreadableLedgers m_unreadable{};
};

} // namespace attain
