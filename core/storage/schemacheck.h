// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

struct sqlite3;

namespace attain {

/// Whether a file's schema is exactly the one Attain writes for its format version: every table, index,
/// trigger and view, by name and definition, and nothing else. The expected schema of a version is built by
/// running the migrations up to it in memory, so it cannot drift from what Attain really writes. A file that
/// differs was written or changed by something else and is never used: its triggers or views could run.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    /// Success, or one problem naming the first difference (for the log; users see a plain sentence).
    static Status verify(sqlite3 *db, int version);
};

} // namespace attain
