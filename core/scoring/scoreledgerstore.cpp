// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/scoreledgerstore.h"

namespace attain {

ScoreLedgers ScoreLedgerStore::ledgers() const
{
    QMutexLocker lock(&m_mutex);
    return m_ledgers;
}

UnreadableLedgers ScoreLedgerStore::unreadable() const
{
    QMutexLocker lock(&m_mutex);
    return m_unreadable;
}

quint64 ScoreLedgerStore::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

bool ScoreLedgerStore::add(quint64 generation, const ScoreLedgers &ledgers,
                           const UnreadableLedgers &unreadable)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return false;
    for (size_t i = 0; i < m_ledgers.size(); ++i) {
        if (!m_ledgers[i])
            m_ledgers[i] = ledgers[i];
        m_unreadable[i] = m_unreadable[i] || unreadable[i];
    }
    return true;
}

void ScoreLedgerStore::apply(Workspace &workspace, const ChangeSet &changes)
{
    QMutexLocker lock(&m_mutex);
    ++m_generation;
    for (size_t i = 0; i < m_ledgers.size(); ++i) {
        m_ledgers[i] = ScoreLedger::patched(m_ledgers[i], workspace, changes);
        if (!m_ledgers[i])
            m_unreadable[i] = false; // read again, perhaps readable now
    }
}

void ScoreLedgerStore::clear()
{
    QMutexLocker lock(&m_mutex);
    ++m_generation;
    m_ledgers = {};
    m_unreadable = {};
}

} // namespace attain
