// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

#include <QPair>
#include <QStringList>

namespace attain {

class Workspace;

/// Loading many rows at once: a larger page cache, and the plain (non-unique) secondary indexes of
/// the tables being filled dropped and rebuilt at the end. Measured on the large demo (2.8 million
/// rows): sorting once per index takes a third of the time of keeping the indexes up to date row by
/// row, even for indexes whose keys arrive nearly in order. Foreign keys are likewise checked once,
/// at the end, for the whole load (`PRAGMA foreign_key_check`) instead of row by row; a violation
/// fails the load. Construct it before the load's write transaction (SQLite switches foreign-key
/// enforcement only outside one); begin() and finish() run inside it, so a failed load rolls the
/// index changes back with the rows.
class BulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)

public:
    enum class ForeignKeys
    {
        CheckAtEnd,
        TrustedSource
    };
    /// `TrustedSource` skips the final foreign-key check, for loads whose references are all made by the
    /// loader itself (the demo; an import, which resolves every name to a record it read or created).
    /// The journal is never switched away from write-ahead logging for a load: other programs that have the
    /// file open must go on reading while it runs.
    BulkLoad(Workspace &workspace, const QStringList &tables,
             ForeignKeys foreignKeys = ForeignKeys::CheckAtEnd);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    /// Drops the indexes; call once the transaction is open.
    Status begin();
    /// Checks the foreign keys and rebuilds the indexes; call before committing.
    Status finish();

private:
    Workspace &m_workspace;
    QStringList m_tables;
    QList<QPair<QString, QString>> m_dropped; // name, CREATE statement
    bool m_foreignKeysDeferred = false;
    ForeignKeys m_foreignKeys;
};

} // namespace attain
