// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace attain {

/// The part of the step to schema 9 that SQL should not do on its own: each split's credited amount
/// (deal_splits.credited), computed for the deals of an older file by Deal::creditedAmounts — the same
/// rule every later write uses — in the step's transaction.
struct SplitCredits
{
    /// SQLITE_OK, or SQLite's code of what failed.
    static int fill(sqlite3 *db);
};

} // namespace attain
