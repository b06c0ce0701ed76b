// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"
#include "core/domain/fields.h"

#include <QList>

namespace attain {

/// One row a write changed: its fields before (none: it was created) and after (none: it was deleted).
/// Fields that are not columns of the row's table are named too (a deal's `splits`), so that a change can be
/// undone and redone exactly.
struct RowChange
{
    EntityKind kind = EntityKind::Other;
    QString id;
    Fields before;
    Fields after;

    bool created() const { return before.isEmpty(); }
    bool deleted() const { return after.isEmpty(); }
};

/// Every row one committed write transaction changed, side effects included, in the order written. A very
/// large write (an import of thousands of rows) keeps only its count: it is not undone row by row.
struct ChangeSet
{
    static constexpr int maxRows = 5000;

    QList<RowChange> rows;
    qint64 count = 0;
    bool complete = true;
    /// The kinds of record it touched, in the order first touched (kept for a large write too).
    QList<EntityKind> touched;

    bool isEmpty() const { return count == 0; }
    void add(RowChange row)
    {
        ++count;
        if (!touched.contains(row.kind))
            touched << row.kind;
        if (!complete)
            return;
        if (rows.size() >= maxRows) {
            rows.clear();
            complete = false;
            return;
        }
        rows << std::move(row);
    }
    QList<EntityKind> kinds() const { return touched; }
};

} // namespace attain
