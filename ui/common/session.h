// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/member.h"
#include "core/scoring/scoreledgerstore.h"
#include "core/storage/workspace.h"
#include "core/storage/workspacelock.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace attain {

/// An open workspace as the window sees it: the file, who is using it, the undo history of the edits made
/// in this window, and the scoring ledgers read for it. Pages receive it; there is no global.
class Session : public QObject
{
    Q_OBJECT

public:
    /// `lock` is the window's claim on the file (none for a file opened read-only); released after the
    /// workspace is closed.
    explicit Session(std::unique_ptr<Workspace> workspace, std::unique_ptr<WorkspaceLock> lock = {},
                     QObject *parent = nullptr);
    ~Session() override;

    Workspace &workspace() { return *m_workspace; }
    QUndoStack &undoStack() { return m_undo; }
    /// Clears the undo history after a change too large to undo (a big import), and names it: the Edit menu
    /// says "Can't Undo" it until the next undoable change, so Ctrl+Z never reverts something older behind
    /// it.
    void fenceUndo(const QString &what);
    QString undoFence() const { return m_undoFence; }
    /// The member using the workspace (the setting `user_id`), if it names one.
    std::optional<Member> user() const { return m_user; }
    /// Whether the workspace is used as a manager (or by the system, while it has no members yet).
    bool isManager() const { return m_workspace->actor().isManager(); }
    /// Makes a member the workspace's user (remembered in the file) and re-scopes the views, when `secret` is
    /// their PIN or password or they have none (Identity); an empty id signs out.
    Status signIn(const QString &memberId, const QString &secret = QString());
    /// The member the window would open as (remembered, or the file's owner) who has not given their PIN or
    /// password yet; empty when none is waiting.
    QString waitingUser() const { return m_waiting; }
    /// No one is signed in and every manager has a PIN or password: the window shows no records until
    /// someone signs in (a manager's view is not had by choosing no one).
    bool isLocked() const;
    /// Whose records the views show: a rep their own, a manager their team, otherwise everyone (empty).
    QStringList scope() const { return m_scope; }
    /// The scored members (reps and managers, active) this user may look at: a rep themself, a manager
    /// their team, otherwise everyone; by login.
    QList<Member> scoredMembers();
    /// The scoring ledgers read for the workspace as it is, shared with the threads that read them; emptied
    /// on every change, made here or, as seen when asked, by another program.
    const std::shared_ptr<ScoreLedgerStore> &scoreLedgers();

Q_SIGNALS:
    void userChanged();
    void undoFenceChanged();

private:
    std::unique_ptr<WorkspaceLock> m_lock; // before the workspace: released after it closes
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack m_undo;
    QString m_undoFence;
    std::optional<Member> m_user;
    QString m_waiting;
    QStringList m_scope;
    std::shared_ptr<ScoreLedgerStore> m_scoreLedgers = std::make_shared<ScoreLedgerStore>();
    qint64 m_dataVersion = -1; // SQLite's data_version when the ledgers were last asked for
    quint64 m_appliedChange = 0;
};

} // namespace attain
