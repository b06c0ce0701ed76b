// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/teamfirsts.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

bool TeamFirsts::held(Workspace &workspace)
{
    Statement st(workspace, "SELECT EXISTS (SELECT 1 FROM sync_first_won)");
    return st.next() && st.int64(0) != 0;
}

QHash<QString, TeamFirsts::First> TeamFirsts::all(Workspace &workspace, bool confirmed)
{
    QHash<QString, First> out;
    Statement st(workspace, QByteArray("SELECT f.customer_id, f.") + dayColumn(confirmed) +
                                ", (SELECT d.owner_id FROM deals d WHERE d.uuid = f." +
                                dealColumn(confirmed) + ") FROM sync_first_won f WHERE f." +
                                dayColumn(confirmed) + " IS NOT NULL");
    while (st.next())
        out.insert(st.text(0),
                   First{st.isNull(1) ? QString() : st.text(1), st.isNull(2) ? QString() : st.text(2)});
    return out;
}

std::optional<TeamFirsts::First> TeamFirsts::of(Workspace &workspace, const QString &customerId,
                                                bool confirmed)
{
    Statement st(workspace, QByteArray("SELECT f.") + dayColumn(confirmed) +
                                ", (SELECT d.owner_id FROM deals d WHERE d.uuid = f." +
                                dealColumn(confirmed) +
                                ") FROM sync_first_won f WHERE f.customer_id = ? AND f." +
                                dayColumn(confirmed) + " IS NOT NULL");
    st.bind(1, customerId);
    if (!st.next())
        return std::nullopt;
    return First{st.isNull(0) ? QString() : st.text(0), st.isNull(1) ? QString() : st.text(1)};
}

} // namespace attain
