// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deal.h"
#include "core/services/checkedwrite.h"

#include <optional>

namespace attain {

class Workspace;

/// What saving a deal did besides writing it: an ownership conflict recorded for a manager, or a customer
/// whose protection had lapsed passed to the deal's owner.
struct DealOutcome
{
    bool conflictRecorded = false;
    bool customerClaimed = false;
    QString conflictId;
};

/// How a checked write of a deal is made inside the caller's transaction.
struct DealWrite
{
    References references = References::Check;
    DealOutcome *outcome = nullptr;
    /// The customer's owner, when the caller knows it: a deal by that owner (or on a customer nobody owns)
    /// leaves ownership alone without asking the workspace.
    std::optional<QString> customerOwner;
    /// The customer was made by the same import a moment ago, owned as the file says: it has no ownership
    /// to protect yet, so the file's other deals on it neither claim it nor open conflicts.
    bool customerMadeByImport = false;
};

/// Creates, changes and reads deals and their credit splits.
class DealService
{
    Q_DECLARE_TR_FUNCTIONS(DealService)

public:
    explicit DealService(Workspace &workspace) : m_workspace(workspace) {}

    using Outcome = DealOutcome;
    Result<Deal> create(Deal deal, Outcome *outcome = nullptr);
    Result<Deal> update(const Deal &deal, Outcome *outcome = nullptr);
    /// Refused while follow-ups or ratings refer to the deal; its ownership conflicts go with it.
    Status remove(const QString &id);
    std::optional<Deal> find(const QString &id) const;
    std::optional<Deal> findByExternalId(const QString &externalId) const;

    using Write = DealWrite;
    /// The checked write of a deal (before: none for a new deal; after: none to delete it): validation, who
    /// may, the row, its splits, its change-log entries and the ownership rules.
    Status write(const Deal *before, const Deal *after, const Write &options);
    /// Checks a deal against the workspace (references, unique external id) without writing.
    Problems check(const Deal &deal) const;
    /// A manager's decision gives a deal to another member: written as decided, without the ownership rules.
    Status recredit(const Deal &before, const Deal &after);
    /// A confirmation (finance's return, a manager's approval): only `confirmed_on` changes.
    Status confirm(const Deal &before, QDate confirmedOn);
    /// Replaces a deal's split rows (inside the caller's transaction; the change log entry is the
    /// deal's `splits` field).
    Status writeSplits(const Deal &deal);
    RecordRules<Deal> rules(const Write &options = {});

private:
    Status applyOwnership(const Deal &deal, Outcome *outcome);
    Problems references(const Deal &deal) const;
    std::optional<Deal> findWhere(const char *where, const QString &value) const;
    Workspace &m_workspace;
};

} // namespace attain
