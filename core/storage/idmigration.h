// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace attain {

/// The part of the step to schema 8 (compact keys) that SQL cannot do alone, run in the same transaction
/// after the step's statements: each copied UUID text becomes its 16-byte blob; every old id held as text —
/// in the change log (entity ids, old and new values, a deal's splits `id:60;id:40`, a deleted record's
/// fields) and in period-close snapshots (JSON) — becomes the record's new integer id. Drops the map (TEMP
/// v8_ids) after.
struct IdMigration
{
    /// SQLITE_OK, or SQLite's code of what failed (a full disk says so).
    static int run(sqlite3 *db);
};

} // namespace attain
