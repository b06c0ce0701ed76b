// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace attain {

class Workspace;

/// A rep's own file (team sync) holds only the rep's deals, yet a customer's first purchase — what makes it a
/// new customer, or a repeat one — may be another rep's deal. The hub sends each customer's first won deal
/// across the team (sync_first_won); where it is known, the new-customer and repurchase metrics read it
/// instead of the file's own deals. A team's workspace has none, and reads its deals as always.
class TeamFirsts
{
public:
    struct First
    {
        QString on;    // the first won deal's close date
        QString owner; // its owner, when the deal is in this file; empty otherwise
    };
    /// Whether the file holds any (a rep's own file).
    static bool held(Workspace &workspace);
    /// Every customer's whose first is known (one with no won deal at the hub has none), by customer key; of
    /// confirmed won deals only when `confirmed`.
    static QHash<QString, First> all(Workspace &workspace, bool confirmed);
    static std::optional<First> of(Workspace &workspace, const QString &customerId, bool confirmed);

    /// SQL: the column of sync_first_won with the first close (`first_on` or `confirmed_on`) and deal.
    static const char *dayColumn(bool confirmed) { return confirmed ? "confirmed_on" : "first_on"; }
    static const char *dealColumn(bool confirmed) { return confirmed ? "confirmed_deal" : "first_deal"; }
};

} // namespace attain
