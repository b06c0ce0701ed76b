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

    /// What saving a deal did besides writing it: an ownership conflict recorded for a manager, or a
    /// customer whose protection had lapsed passed to the deal's owner.
    struct Outcome
    {
        bool conflictRecorded = false;
        bool customerClaimed = false;
        QString conflictId;
    };
    Result<Deal> create(Deal deal, Outcome *outcome = nullptr);
    Result<Deal> update(const Deal &deal, Outcome *outcome = nullptr);
    /// Writes a change inside the caller's transaction, without ownership rules (used by decisions).
    Status updateInTransaction(const Deal &before, const Deal &after);
    /// Replaces a deal's split rows (inside the caller's transaction; the change log entry is the
    /// deal's `splits` field).
    Status writeSplits(const Deal &deal);
    /// Refused while follow-ups or ratings refer to the deal.
    Status remove(const QString &id);
    std::optional<Deal> find(const QString &id) const;
    std::optional<Deal> findByExternalId(const QString &externalId) const;

    /// Checks a deal against the workspace (references, unique external id) without writing.
    Problems check(const Deal &deal) const;
    /// Writes a checked deal inside the caller's transaction (used by imports).
    Status insertChecked(Deal &deal);

private:
    Status applyOwnership(const Deal &deal, Outcome *outcome);
    std::optional<Deal> findWhere(const char *where, const QString &value) const;
    Workspace &m_workspace;
};

} // namespace attain
