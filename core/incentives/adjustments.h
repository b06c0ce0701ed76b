// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

namespace attain {

class Workspace;

/// A manual change to a member's statement for a period, positive or negative, with its reason and who
/// made it (PRODUCT.md "Incentives").
struct Adjustment
{
    QString id;
    QString memberId;
    Period period;
    qint64 amountMinor = 0;
    QString currency;
    QString reason;
    QString author; // a login
    QDate createdOn;
};

class AdjustmentService
{
    Q_DECLARE_TR_FUNCTIONS(AdjustmentService)

public:
    explicit AdjustmentService(Workspace &workspace) : m_workspace(workspace) {}

    /// Records an adjustment by the workspace's user, today. Needs a member, a non-zero amount and a reason.
    Result<Adjustment> add(Adjustment adjustment);
    Status remove(const QString &id);
    /// The period's adjustments, oldest first.
    QList<Adjustment> forPeriod(const Period &period) const;

    /// Who the workspace's user is, as an author: their login, or the device when no one is set.
    static QString author(Workspace &workspace);

private:
    Workspace &m_workspace;
};

} // namespace attain
