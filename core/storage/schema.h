// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace attain {

/// The workspace schema as numbered migration steps. Step n takes a file from version n−1 to n;
/// released steps are never edited, only appended to (tests keep a fixture per version).
class Schema
{
public:
    /// `PRAGMA application_id` of every Attain file: "ATTN".
    static constexpr qint32 applicationId = 0x4154544E;
    static int currentVersion();
    /// The SQL statements of step `version` (1-based).
    static QStringList migrationTo(int version);
    /// Tables whose rows are entities with a UUID `id` and a `changed_seq` into the change log.
    static QStringList entityTables();
    /// (table, column) of every column that holds money, in integer minor units.
    static QList<QPair<QString, QString>> moneyColumns();
};

} // namespace attain
