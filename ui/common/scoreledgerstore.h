// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/scoreledger.h"

#include <QMutex>

namespace attain {

/// The scoring ledgers (ScoreLedger) of the open workspace as it is now, shared by the pages that score
/// everyone (the dashboard, the leaderboards, team scores) and filled by the dashboard's worker, which reads
/// them in the background. Thread-safe. The session empties it on every change of the workspace; ledgers
/// read before that change are refused.
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
    /// After a change of the workspace.
    void clear();

private:
    mutable QMutex m_mutex;
    quint64 m_generation = 0;
    ScoreLedgers m_ledgers;
    UnreadableLedgers m_unreadable{};
};

} // namespace attain
