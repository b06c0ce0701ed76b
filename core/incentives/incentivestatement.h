// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/domain/plan.h"
#include "core/incentives/commission.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace attain {

class Workspace;
struct ChangeSet;

/// One line of a statement, with what is needed to say how it was computed.
struct StatementLine
{
    enum class Kind
    {
        Commission,
        Award,
        Adjustment,
        Clawback
    };
    Kind kind = Kind::Commission;
    /// Awards: first_deal, five_star, tier, follow_ups, team_pool.
    QString award;
    QDate date;
    QString reference;       // a deal number, a customer, a tier key, a team
    QString detail;          // a customer's name, a count, an adjustment's reason, the period clawed back;
                             // commission: how the rule applied (graduated, tiered, flat, no_target)
    QString customer;        // commission: the deal's customer
    QString author;          // adjustments: who made it
    QString recordId;        // the deal, rating or adjustment behind the line
    qint64 baseMinor = 0;    // commission and clawback: the part of the base
    int rateBasisPoints = 0; // commission: the band's rate
    int fromPercent = 0;     // commission: where the band starts
    std::optional<int> toPercent;
    qint64 amountMinor = 0;

    static QString kindKey(Kind kind);
    bool operator==(const StatementLine &) const = default;
};

/// A member's statement for a period (PRODUCT.md "Incentives"): the commission on their credited won
/// revenue against the period's revenue target under the plan's rule, the awards dated in the period, the
/// manual adjustments, and clawbacks of deals paid in a closed period that left `won` in this one.
struct IncentiveStatement
{
    QString memberId, login, name, team;
    Period period;
    QString plan;
    std::optional<qint64> scoreHundredths;
    QString tier;
    qint64 baseMinor = 0;
    std::optional<qint64> targetMinor;
    QList<StatementLine> lines;
    qint64 commissionMinor = 0, awardsMinor = 0, adjustmentsMinor = 0, clawbacksMinor = 0, totalMinor = 0;
    bool capped = false;
    qint64 cappedByMinor = 0;
    /// Read from a closed period's snapshot rather than computed.
    bool frozen = false;
    /// The day the period was closed, when frozen (not kept in the snapshot: read with it).
    QString closedOn;

    QJsonObject toJson() const;
    static IncentiveStatement fromJson(const QJsonObject &json);
    bool operator==(const IncentiveStatement &) const = default;
};

class StatementBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StatementBuilder)

public:
    explicit StatementBuilder(Workspace &workspace) : m_workspace(workspace) {}

    /// Compute under this plan instead of the plan in effect, ignoring any close (the plan-change preview).
    void setPlan(const std::optional<Plan> &plan) { m_plan = plan; }
    /// Compute from the records even when the period is closed (the close itself, the discrepancy list).
    void setLive(bool live) { m_live = live; }

    /// Every scored member's statement (or the given members'), by login. A closed period's statements
    /// are its frozen ones.
    QList<IncentiveStatement> members(const Period &period, const QStringList &memberIds = {});

    /// Whether a write's rows (ChangeSet) can change an award of `month`. The month's score reads records of
    /// the month, the previous month's revenue (progress) and, for new and repeat customers, each customer's
    /// earlier purchases: rows dated in neither month, whose deals' customers bought nothing in the month,
    /// cannot (a June deal corrected in December).
    static bool mayChangeAwards(Workspace &workspace, const ChangeSet &changes, const Period &month);

    /// Each member's credited won deals of a period, in statement order (close date, creation, number).
    static QHash<QString, QList<CreditedDeal>> credits(Workspace &workspace, const Period &period,
                                                       bool confirmedOnly);

private:
    QList<IncentiveStatement> compute(const Period &period, const QStringList &memberIds);
    void addClawbacks(const Period &period, QList<IncentiveStatement> *statements);

    Workspace &m_workspace;
    std::optional<Plan> m_plan;
    bool m_live = false;
};

} // namespace attain
