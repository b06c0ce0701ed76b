// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deal.h"
#include "core/domain/entitykind.h"

#include <QSet>

#include <QList>
#include <QString>

namespace attain {

class Workspace;

/// Small, fast look-ups for forms: customers by what was typed, a customer's deals, recent products.
class Lookups
{
public:
    struct CustomerChoice
    {
        QString id, name, ownerId, ownerName, phone;
    };
    /// Customers whose normalized name or phone contains the text, names starting with it first.
    static QList<CustomerChoice> customers(Workspace &workspace, const QString &text, int limit = 20);
    static std::optional<CustomerChoice> customer(Workspace &workspace, const QString &id);
    /// A customer's deals, newest first.
    static QList<Deal> dealsOfCustomer(Workspace &workspace, const QString &customerId, int limit = 200);
    /// Products of recent deals, most used first.
    static QStringList recentProducts(Workspace &workspace, int limit = 30);
    /// The next free deal number for a month: D2506-0000001, D2506-0000002, …
    static QString nextDealNumber(Workspace &workspace, QDate date);
    /// The members a deal credits (its owner and its splits), or whose follow-up or rating it is; none for
    /// other kinds of record.
    static QSet<QString> membersOf(Workspace &workspace, EntityKind kind, const QString &id);
};

} // namespace attain
