// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulkload.h"

#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

BulkLoad::BulkLoad(Workspace &workspace, const QStringList &tables, ForeignKeys foreignKeys)
    : m_workspace(workspace), m_tables(tables), m_foreignKeys(foreignKeys)
{
    // A larger cache and two sorter threads for the index rebuild.
    for (const char *sql : {"PRAGMA cache_size=-131072", "PRAGMA threads=2"}) {
        Statement pragma(m_workspace, sql);
        pragma.exec();
    }
    if (m_workspace.transactionDepth() == 0) {
        Statement off(m_workspace, "PRAGMA foreign_keys=OFF");
        m_foreignKeysDeferred = off.exec();
    }
}

BulkLoad::~BulkLoad()
{
    for (const char *sql : {"PRAGMA cache_size=-8192", "PRAGMA foreign_keys=ON"}) {
        Statement pragma(m_workspace, sql);
        pragma.exec();
    }
}

Status BulkLoad::begin()
{
    for (const QString &table : std::as_const(m_tables)) {
        Statement list(m_workspace,
                       "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                       "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
        list.bind(1, table);
        while (list.next())
            m_dropped << qMakePair(list.text(0), list.text(1));
    }
    for (const auto &[name, sql] : std::as_const(m_dropped)) {
        Statement drop(m_workspace, "DROP INDEX " + name.toUtf8());
        if (!drop.exec())
            return Status(drop.problem());
    }
    return success();
}

Status BulkLoad::finish()
{
    if (m_foreignKeysDeferred && m_foreignKeys == ForeignKeys::CheckAtEnd) {
        for (const QString &table : std::as_const(m_tables)) {
            Statement check(m_workspace, "PRAGMA foreign_key_check(" + table.toUtf8() + ")");
            if (check.next())
                return Status(Problem{QString(), tr("A loaded %1 row refers to a missing %2 record (row %3)")
                                                     .arg(check.text(0), check.text(2))
                                                     .arg(check.int64(1))});
            if (!check.ok())
                return Status(check.problem());
        }
    }

    for (const auto &[name, sql] : std::as_const(m_dropped)) {
        Statement create(m_workspace, sql.toUtf8());
        if (!create.exec())
            return Status(create.problem());
    }
    m_dropped.clear();
    return success();
}

} // namespace attain
