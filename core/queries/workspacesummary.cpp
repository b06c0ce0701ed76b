// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queries/workspacesummary.h"

#include "core/domain/dates.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

WorkspaceSummary WorkspaceSummary::read(Workspace &workspace, const Period &period)
{
    WorkspaceSummary s;
    s.period = period;
    auto count = [&](const char *sql) {
        Statement st(workspace, sql);
        return st.next() ? st.int64(0) : 0;
    };
    s.teams = count("SELECT count(*) FROM teams");
    s.members = count("SELECT count(*) FROM members");
    s.customers = count("SELECT count(*) FROM customers");
    s.activities = count("SELECT count(*) FROM activities");
    s.ratings = count("SELECT count(*) FROM ratings");
    s.changes = count("SELECT ifnull(max(seq), 0) FROM change_log");
    const QString currency = workspace.setting(QStringLiteral("currency"), Money::defaultCurrency());
    {
        // Counted on the (stage, closed_on) index; only open deals' amounts are read.
        Statement st(workspace, "SELECT stage, count(*) FROM deals GROUP BY stage");
        while (st.next()) {
            const QString stage = st.text(0);
            (stage == QLatin1String("open")  ? s.openDeals
             : stage == QLatin1String("won") ? s.wonDeals
                                             : s.lostDeals) = st.int64(1);
        }
    }
    {
        Statement st(workspace, "SELECT ifnull(sum(base_amount), 0) FROM deals WHERE stage = 'open'");
        if (st.next())
            s.openPipeline = Money(st.int64(0), currency);
    }
    {
        Statement st(workspace, "SELECT count(*), ifnull(sum(base_amount), 0) FROM deals WHERE stage = 'won' "
                                "AND closed_on BETWEEN ? AND ?");
        st.bind(1, Dates::toIso(period.start())).bind(2, Dates::toIso(period.end()));
        if (st.next()) {
            s.wonDealsInPeriod = st.int64(0);
            s.wonInPeriod = Money(st.int64(1), currency);
        }
    }
    return s;
}

} // namespace attain
