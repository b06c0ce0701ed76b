// SPDX-License-Identifier: GPL-3.0-or-later
// StatementBuilder::mayChangeAwards: which writes can change a month's awards (the award toast asks it
// before computing a statement).
#include "core/incentives/incentivestatement.h"

#include "core/domain/dates.h"
#include "core/storage/changeset.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

bool StatementBuilder::mayChangeAwards(Workspace &workspace, const ChangeSet &changes, const Period &month)
{
    if (!changes.complete)
        return true;
    const QString from = Dates::toIso(month.previous().start()), to = Dates::toIso(month.end());
    Statement bought(workspace, "SELECT 1 FROM deals WHERE customer_id = ? AND stage = 'won' AND closed_on "
                                "BETWEEN ? AND ? LIMIT 1");
    for (const RowChange &row : changes.rows)
        for (const Fields *f : {&row.before, &row.after}) {
            if (f->isEmpty())
                continue;
            for (const char *field : {"closed_on", "at", "rated_on"})
                if (const QString day = fieldText(*f, field).left(10);
                    !day.isEmpty() && day >= from && day <= to)
                    return true;
            if (row.kind != EntityKind::Deal)
                continue;
            bought.bind(1, fieldText(*f, "customer_id")).bind(2, Dates::toIso(month.start())).bind(3, to);
            const bool inMonth = bought.next();
            bought.reset();
            if (inMonth)
                return true;
        }
    return false;
}

} // namespace attain
