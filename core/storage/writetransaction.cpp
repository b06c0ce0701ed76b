// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/writetransaction.h"

#include "core/storage/workspace.h"

#include <sqlite3.h>

namespace attain {

namespace {
bool run(sqlite3 *db, const QByteArray &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}
} // namespace

WriteTransaction::WriteTransaction(Workspace &workspace) : m_workspace(workspace)
{
    m_depth = workspace.transactionDepth() + 1;
    const QByteArray sql = m_depth == 1
                               ? QByteArrayLiteral("BEGIN IMMEDIATE")
                               : QByteArrayLiteral("SAVEPOINT attain_") + QByteArray::number(m_depth);
    m_active = run(workspace.handle(), sql, &m_error);
    if (m_active)
        workspace.beginTransaction();
    else
        m_error = Workspace::tr("Cannot start writing to the workspace: %1").arg(m_error);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Status(
            Problem{QString(), m_error.isEmpty() ? Workspace::tr("No transaction is open") : m_error});
    const QByteArray sql = m_depth == 1 ? QByteArrayLiteral("COMMIT")
                                        : QByteArrayLiteral("RELEASE attain_") + QByteArray::number(m_depth);
    QString error;
    if (!run(m_workspace.handle(), sql, &error)) {
        rollback();
        return Status(Problem{QString(), Workspace::tr("Saving failed; nothing was written: %1").arg(error)});
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
        run(m_workspace.handle(), QByteArrayLiteral("ROLLBACK"), nullptr);
    } else {
        const QByteArray name = QByteArrayLiteral("attain_") + QByteArray::number(m_depth);
        run(m_workspace.handle(), QByteArrayLiteral("ROLLBACK TO ") + name, nullptr);
        run(m_workspace.handle(), QByteArrayLiteral("RELEASE ") + name, nullptr);
    }
    m_active = false;
    m_workspace.endTransaction(false);
}

} // namespace attain
