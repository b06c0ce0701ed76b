// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/domain/result.h"
#include "core/incentives/incentivestatement.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace attain {

class Workspace;

/// A closed period (or one closed once and reopened): the frozen scores and statements, taken at a
/// change-log number.
struct PeriodClose
{
    QString id;
    Period period;
    bool closed = false;
    QString closedAt, closedBy;
    qint64 closedSeq = 0;
    QString reopenedAt, reopenedBy, reopenReason;
    QString plan;
    IncentiveRules rules;
    QList<IncentiveStatement> statements;        // frozen, by login
    QHash<QString, QList<CreditedDeal>> credits; // member id → deals in the frozen base, in order
    /// The finance handoff's deals file as it was at the close, row by row, and its total per currency;
    /// empty for a period closed before Attain kept it.
    QList<QStringList> handoffRows;
    QMap<QString, qint64> handoffTotals;
    /// The deals file's total in the base currency (a close before base amounts: the sum of the above).
    qint64 handoffBaseTotal = 0;
    bool hasHandoff = false;
};

/// A change written after a period was closed that touches it: what changed, by whom.
struct Discrepancy
{
    qint64 seq = 0;
    QString at, author;
    QString entity, entityId, reference;
    QString field, oldValue, newValue;
    QString op; // create, update, delete
};

/// What the changes do to a member's figures: frozen against computed now.
struct DiscrepancyEffect
{
    QString login, name;
    std::optional<qint64> frozenScore, nowScore;
    qint64 frozenTotal = 0, nowTotal = 0;
};

struct Discrepancies
{
    QList<Discrepancy> changes;
    QList<DiscrepancyEffect> effects; // only members whose score or total differs
    bool isEmpty() const { return changes.isEmpty() && effects.isEmpty(); }
};

/// Closing a period (PRODUCT.md "Incentives"): a manager freezes the period's scores and statements as a
/// snapshot. Later edits never change the frozen figures; they show as discrepancies against it. Reopening
/// needs a reason; closing, reopening and the reason are in the change log.
class PeriodCloseService
{
    Q_DECLARE_TR_FUNCTIONS(PeriodCloseService)

public:
    explicit PeriodCloseService(Workspace &workspace) : m_workspace(workspace) {}

    std::optional<PeriodClose> find(const Period &period) const;
    /// Periods closed now, oldest first.
    QList<PeriodClose> closed() const;
    /// The closed periods, each with its period and when it was closed only (no snapshot read).
    QList<PeriodClose> closedPeriods() const;
    /// The closed period that holds `day`, if any (read lightly: no snapshot), for saying before a change
    /// that it falls in a closed period — it becomes a discrepancy; the frozen figures stay.
    std::optional<PeriodClose> closedHolding(QDate day) const;
    Result<PeriodClose> close(const Period &period);
    Status reopen(const Period &period, const QString &reason);
    /// The changes since the close (or since `sinceSeq`, when later) that touch the period's records, and,
    /// `withEffects`, what they would change of each member's frozen score and total.
    Discrepancies discrepancies(const Period &period, qint64 sinceSeq = 0, bool withEffects = true);

private:
    /// The current user's login, or a refusal when they are not a manager.
    Result<QString> manager() const;
    Workspace &m_workspace;
};

} // namespace attain
