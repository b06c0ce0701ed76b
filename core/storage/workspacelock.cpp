// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspacelock.h"

#include "core/storage/openworkspaces.h"
#include "core/storage/processinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace attain {

WorkspaceLock::WorkspaceLock(const QString &workspacePath)
    : m_lock(std::make_unique<QLockFile>(lockPath(workspacePath)))
{
    // Held for as long as the window is open: never stale by age, only when its process is gone.
    m_lock->setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock() = default;

QString WorkspaceLock::lockPath(const QString &workspacePath)
{
    // The file as every window names it, symbolic links resolved.
    const QFileInfo info(OpenWorkspaces::key(workspacePath));
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

WorkspaceLock::State WorkspaceLock::acquire()
{
    if (m_lock->isLocked())
        return State::Acquired;
    if (m_lock->tryLock(0))
        return State::Acquired;
    if (m_lock->error() != QLockFile::LockFailedError)
        return State::Unavailable;
    m_lock->getLockInfo(&m_holder.pid, &m_holder.host, &m_holder.program);
    return m_holder.host.isEmpty() || m_holder.host == ProcessInfo::hostName() ? State::HeldHere
                                                                               : State::HeldElsewhere;
}

bool WorkspaceLock::isHeld() const
{
    return m_lock->isLocked();
}

WorkspaceLock::State WorkspaceLock::peek(const QString &workspacePath, Holder *holder)
{
    const QString path = lockPath(workspacePath);
    if (!QFileInfo::exists(path))
        return State::Acquired;
    QLockFile lock(path);
    Holder h;
    if (!lock.getLockInfo(&h.pid, &h.host, &h.program))
        return State::Acquired;
    if (holder)
        *holder = h;
    if (!h.host.isEmpty() && h.host != ProcessInfo::hostName())
        return State::HeldElsewhere;
    return ProcessInfo::isRunning(h.pid) ? State::HeldHere : State::Acquired;
}

} // namespace attain
