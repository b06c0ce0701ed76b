// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QWaitCondition>

namespace attain {

/// Hands batches from a producing thread to the workspace's thread, which writes them. Spent batches
/// go back to the producer to be freed there: freeing memory on another thread than the one that
/// allocated it made the writer wait on the allocator's locks.
template <typename T> class BatchQueue
{
public:
    /// Blocks while the writer is `depth` batches behind.
    void push(QList<T> &&batch, int depth = 8)
    {
        QList<QList<T>> spent;
        {
            QMutexLocker lock(&m_mutex);
            while (m_batches.size() >= depth && !m_cancelled)
                m_notFull.wait(&m_mutex);
            if (m_cancelled)
                return;
            m_batches.append(std::move(batch));
            m_notEmpty.wakeOne();
            spent.swap(m_spent);
        }
        spent.clear();
    }
    /// The next batch; false when the producer finished and all was taken.
    bool pop(QList<T> *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.isEmpty() && !m_done)
            m_notEmpty.wait(&m_mutex);
        if (m_batches.isEmpty())
            return false;
        *batch = m_batches.takeFirst();
        m_notFull.wakeOne();
        return true;
    }
    void recycle(QList<T> &&batch)
    {
        QMutexLocker lock(&m_mutex);
        m_spent.append(std::move(batch));
    }
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_done = true;
        m_notEmpty.wakeAll();
    }
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        m_notFull.wakeAll();
    }
    bool cancelled()
    {
        QMutexLocker lock(&m_mutex);
        return m_cancelled;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    QList<QList<T>> m_batches;
    QList<QList<T>> m_spent;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace attain
