// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deal.h"
#include "core/domain/ownershipconflict.h"

#include <optional>

namespace attain {

class Workspace;

/// Who is credited for a customer (业绩归属): a customer's owner keeps it for a protection period after
/// their last follow-up (90 days by default, the workspace setting `protection_days`). A deal entered by
/// someone else inside that period opens a conflict for a manager; after it, the customer passes to
/// the member who closed the new deal.
class OwnershipService
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipService)

public:
    explicit OwnershipService(Workspace &workspace) : m_workspace(workspace) {}

    static constexpr int defaultProtectionDays = 90;
    int protectionDays() const;
    Status setProtectionDays(int days);

    /// The last day a customer's owner is protected (their last follow-up, or the day they took it
    /// over, plus the protection period); invalid when the customer has no owner.
    QDate protectedUntil(const QString &customerId) const;
    /// What a deal by its owner on its customer means for ownership today.
    struct Assessment
    {
        enum class Kind
        {
            None,
            Conflict,
            Claim
        } kind = Kind::None;
        OwnershipConflict conflict; // for Conflict: what would be recorded
    };
    Assessment assess(const Deal &deal) const;
    /// A deal by the customer's own owner, or on a customer nobody owns, changes nothing of ownership.
    static bool leavesOwnershipAlone(const QString &customerOwner, const QString &dealOwner)
    {
        return customerOwner.isEmpty() || customerOwner == dealOwner;
    }
    /// Applies an assessment inside the caller's transaction: records the conflict, or moves a customer
    /// whose protection has lapsed to the deal's owner.
    Result<Assessment> apply(const Deal &deal);

    enum class Decision
    {
        KeepWithOwner,
        MoveToClaimant
    };
    /// A manager's decision: keep the deal's credit with the customer's owner (the deal is re-credited
    /// to them), or move the customer to the claimant. Logged like every change.
    Status decide(const QString &conflictId, Decision decision, const QString &note);

    std::optional<OwnershipConflict> find(const QString &id) const;
    QList<OwnershipConflict> openConflicts() const;
    std::optional<OwnershipConflict> openConflictForDeal(const QString &dealId) const;

private:
    QDate lastContact(const QString &customerId, const QString &ownerId, QDate ownerSince) const;
    QList<OwnershipConflict> select(const QByteArray &where, const QVariantList &args) const;
    Workspace &m_workspace;
};

} // namespace attain
