// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/session.h"

#include "core/access/identity.h"
#include "core/services/memberservice.h"

namespace attain {

Session::Session(std::unique_ptr<Workspace> workspace, std::unique_ptr<WorkspaceLock> lock, QObject *parent)
    : QObject(parent), m_lock(std::move(lock)), m_workspace(std::move(workspace))
{
    // First of the workspace's listeners: the pages that recompute on a change find no stale ledger.
    // Each committed write's rows, applied once to the scoring ledgers (not on each kind's signal).
    connect(m_workspace.get(), &Workspace::changed, this, [this] {
        if (m_workspace->changeNumber() == m_appliedChange)
            return;
        m_appliedChange = m_workspace->changeNumber();
        m_scoreLedgers->apply(*m_workspace, m_workspace->lastChanges());
    });
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_undo.count() > 0 && !m_undoFence.isEmpty()) {
            m_undoFence.clear();
            Q_EMIT undoFenceChanged();
        }
    });
    // The remembered user, else the member whose file this is; one with a PIN or password waits for it.
    QString remembered = m_workspace->setting(QStringLiteral("user_id"));
    const Identity identity(*m_workspace);
    if (remembered.isEmpty())
        remembered = identity.fileOwner();
    if (!remembered.isEmpty() && identity.hasSecret(remembered)) {
        m_waiting = remembered;
        remembered.clear();
    }
    signIn(remembered);
}

Session::~Session() = default;

const std::shared_ptr<ScoreLedgerStore> &Session::scoreLedgers()
{
    // SQLite's data_version changes when another connection to the file commits (attain-cli, another
    // window): the ledgers would hold the file as it was.
    const qint64 version = m_workspace->dataVersion();
    if (version != m_dataVersion) {
        if (m_dataVersion != -1)
            m_scoreLedgers->clear();
        m_dataVersion = version;
    }
    return m_scoreLedgers;
}

void Session::fenceUndo(const QString &what)
{
    m_undo.clear();
    m_undoFence = what;
    Q_EMIT undoFenceChanged();
}

bool Session::isLocked() const
{
    return !m_user && Identity(*m_workspace).managersProtected();
}

Status Session::signIn(const QString &memberId, const QString &secret)
{
    if (!memberId.isEmpty()) {
        if (Status st = Identity(*m_workspace).check(memberId, secret); !st)
            return st;
        m_waiting.clear();
    }
    m_user = memberId.isEmpty() ? std::nullopt : MemberService(*m_workspace).find(memberId);
    // Who acts decides what may change; what another user did cannot be undone by this one.
    m_workspace->actAs(m_user ? m_user->id : QString());
    m_undo.clear();
    if (m_user && !m_workspace->isReadOnly() && m_workspace->setting(QStringLiteral("user_id")) != m_user->id)
        m_workspace->setSetting(QStringLiteral("user_id"), m_user->id);
    m_scope.clear();
    if (m_user && m_user->role == Role::Rep) {
        m_scope << m_user->id;
    } else if (m_user && m_user->role == Role::Manager && !m_user->teamId.isEmpty()) {
        for (const Member &m : MemberService(*m_workspace).all())
            if (m.teamId == m_user->teamId)
                m_scope << m.id;
    }
    Q_EMIT userChanged();
    return success();
}

QList<Member> Session::scoredMembers()
{
    QList<Member> out;
    for (const Member &m : MemberService(*m_workspace).all()) {
        if (m.role == Role::Finance || !m.active)
            continue;
        if (m_user && m_user->role == Role::Rep && m.id != m_user->id)
            continue;
        if (!m_scope.isEmpty() && !m_scope.contains(m.id))
            continue;
        out << m;
    }
    return out;
}

} // namespace attain
