// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QString>

namespace attain {

class Workspace;

/// One write transaction (`BEGIN IMMEDIATE`, so a second writer waits for the busy timeout instead of
/// failing half-way); nested use becomes a savepoint. Rolled back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Workspace &workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    /// Why it could not begin (read-only, busy, the day's backup failed), in words.
    QString error() const { return m_problem.message; }
    /// The same, with its code (StorageErrors' codes), for the caller to pass on.
    Problem problem() const { return m_problem; }
    Status commit();
    void rollback();

private:
    Workspace &m_workspace;
    bool m_active = false;
    int m_depth = 0;
    Problem m_problem;
};

} // namespace attain
