// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/servicesupport.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writetransaction.h"

namespace attain {

Status ServiceSupport::inTransaction(Workspace &workspace, const std::function<Status()> &body)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return Status(tx.problem());
    if (Status st = body(); !st)
        return st;
    return tx.commit();
}

bool ServiceSupport::exists(Workspace &workspace, const char *table, const QString &id)
{
    if (id.isEmpty())
        return false;
    Statement st(workspace, QByteArray("SELECT 1 FROM ") + table + " WHERE id = ?");
    st.bind(1, id);
    return st.next();
}

bool ServiceSupport::hasManager(Workspace &workspace)
{
    Statement st(workspace, "SELECT 1 FROM members WHERE role = 'manager' AND active = 1 LIMIT 1");
    return st.next();
}

QString ServiceSupport::roleOf(Workspace &workspace, const QString &memberId)
{
    Statement st(workspace, "SELECT role FROM members WHERE id = ?");
    st.bind(1, memberId);
    return st.next() ? st.text(0) : QString();
}

void ServiceSupport::checkCreditable(Workspace &workspace, const QString &memberId, const QString &field,
                                     Problems &problems)
{
    if (memberId.isEmpty())
        return;
    const QString role = roleOf(workspace, memberId);
    if (role.isEmpty())
        problems << Problem{field, tr("there is no such member")};
    else if (role == QLatin1String("finance"))
        problems << Problem{field, tr("a finance member cannot own or be credited with sales")};
}

void ServiceSupport::checkUnique(Workspace &workspace, const char *table, const char *column,
                                 const QString &value, const QString &selfId, const QString &field,
                                 const QString &message, Problems &problems)
{
    if (value.isEmpty())
        return;
    Statement st(workspace, QByteArray("SELECT id FROM ") + table + " WHERE " + column + " = ? AND id <> ?");
    st.bind(1, value).bind(2, selfId.isEmpty() ? QStringLiteral("") : selfId);
    if (st.next())
        problems << Problem{field, message};
}

} // namespace attain
