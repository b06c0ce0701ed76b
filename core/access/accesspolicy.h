// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/access/actor.h"
#include "core/domain/activity.h"
#include "core/domain/customer.h"
#include "core/domain/deal.h"
#include "core/domain/rating.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace attain {

/// Who may change what (the brief's roles, as rules in core): a rep creates and edits their own customers,
/// deals, follow-ups and ratings and nothing of other reps; finance records confirmations and payments; a
/// manager may do everything in the workspace. Every checked write asks here, whichever door it came through
/// (a form, an import, the command line, a team member's bundle); a refusal is a Problem with code "denied".
///
/// Decided where the brief is silent: a rep may share the credit of their own deal with others (splits), but
/// not give a deal or customer to someone else, nor take one over (that is an ownership decision); a rep's
/// edit leaves a deal's confirmation as it was; a rep may delete their own records; finance changes nothing
/// of a deal but its confirmation date, and only on won deals.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    static inline const QString deniedCode = QStringLiteral("denied");

    explicit AccessPolicy(Actor actor) : m_actor(std::move(actor)) {}
    const Actor &actor() const { return m_actor; }

    // A record as it was (null: created) and as it will be (null: deleted).
    Status customer(const Customer *before, const Customer *after) const;
    Status deal(const Deal *before, const Deal *after) const;
    Status activity(const Activity *before, const Activity *after) const;
    Status rating(const Rating *before, const Rating *after) const;
    /// A finance return or a manager's confirmation: only `confirmed_on` changes.
    Status confirmation(const Deal &before, const Deal &after) const;

    /// Managers only: members and teams (anyone while the workspace has no members), targets, plans,
    /// adjustments, ownership decisions, period closes and reopenings, leaderboard settings, the workspace's
    /// own settings.
    Status managersOnly(const QString &what) const;
    /// Members and teams: a manager's, or anyone's while the workspace has no manager yet (being set up).
    Status roster(bool workspaceHasManager) const;
    /// A workspace setting: the user's own choices (who is using it, saved import columns) are anyone's.
    Status setting(const QString &key) const;
    /// Writing the finance handoff: managers and finance.
    Status handoff() const;

    /// A refusal, beside the field it concerns when there is one (the owner of a deal).
    static Problem denied(const QString &message, const QString &field = QString());

private:
    Status nobody() const;
    Status ownRecord(const QString &what, const QString &field, const QString &ownerBefore,
                     const QString &ownerAfter) const;
    Actor m_actor;
};

} // namespace attain
