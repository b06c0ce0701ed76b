// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"

#include <QCoreApplication>
#include <QDate>

namespace attain {

/// A deal entered by one member on a customer another member still protects: a manager decides
/// whether the owner keeps the credit or the customer moves to the claimant. Never re-credited silently.
struct OwnershipConflict
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipConflict)

public:
    enum class Status
    {
        Open,
        Kept,
        Transferred
    };

    QString id;
    QString dealId;
    QString customerId;
    QString ownerId;    // the customer's owner when the deal was entered
    QString claimantId; // the deal's owner
    QDate openedOn;
    QDate lastFollowUp; // the owner's last follow-up with the customer (or the owner-since date)
    Status status = Status::Open;
    QString decidedBy;
    QDate decidedOn;
    QString note;

    static QString statusKey(Status s)
    {
        switch (s) {
        case Status::Open: return QStringLiteral("open");
        case Status::Kept: return QStringLiteral("kept");
        case Status::Transferred: return QStringLiteral("transferred");
        }
        return QString();
    }
    static Status statusFromKey(const QString &key)
    {
        return key == QLatin1String("kept")          ? Status::Kept
               : key == QLatin1String("transferred") ? Status::Transferred
                                                     : Status::Open;
    }
    static QString statusLabel(Status s)
    {
        switch (s) {
        case Status::Open: return tr("Awaiting a decision");
        case Status::Kept: return tr("Kept with the owner");
        case Status::Transferred: return tr("Moved to the claimant");
        }
        return QString();
    }

    Fields fields() const
    {
        return {{QStringLiteral("deal_id"), dealId},
                {QStringLiteral("customer_id"), customerId},
                {QStringLiteral("owner_id"), ownerId},
                {QStringLiteral("claimant_id"), claimantId},
                {QStringLiteral("opened_on"), dateOrNull(openedOn)},
                {QStringLiteral("last_follow_up"), dateOrNull(lastFollowUp)},
                {QStringLiteral("status"), statusKey(status)},
                {QStringLiteral("decided_by"), textOrNull(decidedBy)},
                {QStringLiteral("decided_on"), dateOrNull(decidedOn)},
                {QStringLiteral("note"), textOrNull(note)}};
    }
};

} // namespace attain
