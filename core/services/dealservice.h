// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deal.h"

#include <optional>

namespace attain {

class Workspace;

/// Creates, changes and reads deals and their credit splits.
class DealService
{
    Q_DECLARE_TR_FUNCTIONS(DealService)

public:
    explicit DealService(Workspace &workspace) : m_workspace(workspace) {}

    Result<Deal> create(Deal deal);
    Result<Deal> update(const Deal &deal);
    /// Refused while follow-ups or ratings refer to the deal.
    Status remove(const QString &id);
    std::optional<Deal> find(const QString &id) const;
    std::optional<Deal> findByExternalId(const QString &externalId) const;

    /// Checks a deal against the workspace (references, unique external id) without writing.
    Problems check(const Deal &deal) const;
    /// Writes a checked deal inside the caller's transaction (used by imports).
    Status insertChecked(Deal &deal);

private:
    Status writeSplits(const Deal &deal);
    std::optional<Deal> findWhere(const char *where, const QString &value) const;
    Workspace &m_workspace;
};

} // namespace attain
