// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace attain {

/// The claim of one window on a workspace: a lock file beside it (`.NAME.lock`, QLockFile), so that a second
/// window — in this process, another one, or on another computer sharing the folder — never opens it for
/// writing too. A lock left by a program that ended is taken over.
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)

public:
    enum class State
    {
        Acquired,
        /// A running Attain window on this computer has it.
        HeldHere,
        /// An Attain window on another computer has it (a shared folder).
        HeldElsewhere,
        /// No lock can be made (a read-only folder): whoever opens it can only read it.
        Unavailable
    };
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString program;
    };

    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    State acquire();
    bool isHeld() const;
    /// Who holds it, after acquire() failed.
    Holder holder() const { return m_holder; }

    static QString lockPath(const QString &workspacePath);
    /// Who holds the workspace's lock without trying to take it (for programs that never hold it, such as
    /// attain-cli); HeldHere, HeldElsewhere, or Acquired when no one does.
    static State peek(const QString &workspacePath, Holder *holder = nullptr);

private:
    std::unique_ptr<QLockFile> m_lock;
    Holder m_holder;
};

} // namespace attain
