// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/storage/workspace.h"

namespace attain {

/// Whether every read since it was made succeeded on this connection (issue "reads that fail say so"):
/// `Statement::next()` is false both at the end and on an error, so a figure computed from a failed query
/// would read as a zero. A reader (a command, a page) holds one around its computation and shows status()
/// instead of figures when it failed.
class ReadCheck
{
public:
    explicit ReadCheck(const Workspace &workspace) : m_workspace(workspace), m_before(workspace.failedReads())
    {}
    bool ok() const { return m_workspace.failedReads() == m_before; }
    Status status() const
    {
        if (ok())
            return success();
        Problem p = m_workspace.lastFailedRead();
        p.message =
            QCoreApplication::translate("ReadCheck", "The figures could not be read: %1").arg(p.message);
        return Status(p);
    }

private:
    const Workspace &m_workspace;
    qint64 m_before;
};

} // namespace attain
