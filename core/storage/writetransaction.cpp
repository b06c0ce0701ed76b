// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/writetransaction.h"

#include "core/storage/storageerrors.h"
#include "core/storage/walchain.h"
#include "core/storage/workspace.h"

#include <sqlite3.h>

namespace attain {

namespace {
int run(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
               ? SQLITE_OK
               : sqlite3_extended_errcode(db);
}
} // namespace

WriteTransaction::WriteTransaction(Workspace &workspace) : m_workspace(workspace)
{
    m_depth = workspace.transactionDepth() + 1;
    if (workspace.isReadOnly()) {
        m_problem = StorageErrors::readOnly(workspace.path(), workspace.readOnlyReason());
        return;
    }
    if (m_depth == 1) {
        // Before the write lock is taken: a large file's copy takes seconds, and other writers need not wait
        // for it (a change another program commits meanwhile is its own day's first, backed up by it).
        if (Status st = workspace.ensureDailyBackup(); !st) {
            m_problem = st.problems().value(0);
            m_problem.message = Workspace::tr("Attain could not back up %1 before the day's first change, so "
                                              "nothing was changed: %2")
                                    .arg(StorageErrors::shown(workspace.path()), st.message());
            return;
        }
    }
    const QByteArray sql = m_depth == 1
                               ? QByteArrayLiteral("BEGIN IMMEDIATE")
                               : QByteArrayLiteral("SAVEPOINT attain_") + QByteArray::number(m_depth);
    if (const int code = run(workspace.handle(), sql); code != SQLITE_OK) {
        m_problem = StorageErrors::fromSqlite(code, workspace.path());
        return;
    }
    m_active = true;
    workspace.beginTransaction();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Status(m_problem.message.isEmpty()
                          ? Problem{QString(), Workspace::tr("No transaction is open")}
                          : m_problem);
    // The state this commit makes is named in the file, so its log can be told from another copy's.
    if (m_depth == 1 && !m_workspace.saveNextId()) {
        const int code = sqlite3_extended_errcode(m_workspace.handle());
        rollback();
        return Status(StorageErrors::fromSqlite(code, m_workspace.path()));
    }
    if (m_depth == 1)
        if (Status st = WalChain::advance(m_workspace.handle()); !st) {
            const int code = StorageErrors::sqliteCode(st.problems());
            rollback();
            return Status(StorageErrors::fromSqlite(code, m_workspace.path()));
        }
    const QByteArray sql = m_depth == 1 ? QByteArrayLiteral("COMMIT")
                                        : QByteArrayLiteral("RELEASE attain_") + QByteArray::number(m_depth);
    if (const int code = run(m_workspace.handle(), sql); code != SQLITE_OK) {
        rollback();
        Problem p = StorageErrors::fromSqlite(code, m_workspace.path());
        return Status(p);
    }
    m_active = false;
    m_workspace.endTransaction(true);
    return success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth == 1) {
        run(m_workspace.handle(), QByteArrayLiteral("ROLLBACK"));
    } else {
        const QByteArray name = QByteArrayLiteral("attain_") + QByteArray::number(m_depth);
        run(m_workspace.handle(), QByteArrayLiteral("ROLLBACK TO ") + name);
        run(m_workspace.handle(), QByteArrayLiteral("RELEASE ") + name);
    }
    m_active = false;
    m_workspace.endTransaction(false);
}

} // namespace attain
