// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include "core/domain/result.h"

#include <optional>

namespace attain {

/// How a commission rule turns a base (credited won revenue) into money (PRODUCT.md "Incentives").
enum class CommissionKind
{
    Flat,     ///< base × the first band's rate
    Tiered,   ///< the rate of the attainment band reached applies to the whole base
    Graduated ///< each band's rate applies to the part of the base inside it
};

/// A band of attainment from `fromPercent` of the target on (up to the next band), paid at `rateBasisPoints`
/// (200 = 2%). Bands above 100% are accelerators.
struct CommissionBand
{
    int fromPercent = 0;
    int rateBasisPoints = 0;
    bool operator==(const CommissionBand &) const = default;
};

struct CommissionRule
{
    CommissionKind kind = CommissionKind::Graduated;
    QList<CommissionBand> bands; // by fromPercent, the first from 0
    /// The most one period's commission pays, in minor units; none: no cap.
    std::optional<qint64> capMinor;

    /// The Standard plan's rule: graduated, 2% up to 100% of target, 3% to 150%, 4% above; no cap.
    static CommissionRule standard();
    bool operator==(const CommissionRule &) const = default;
};

/// How a team pool is shared among the team's scored members.
enum class PoolSplit
{
    Equal,   ///< the same to each (the fen left over to the first logins)
    ByCredit ///< in proportion to each member's credited won revenue (largest remainder)
};

/// A plan's incentives (PRODUCT.md "Incentives"): the commission rule and the instant awards (即时激励),
/// fixed amounts in minor units fired by events; an amount of 0 switches an award off.
struct IncentiveRules
{
    Q_DECLARE_TR_FUNCTIONS(IncentiveRules)

public:
    CommissionRule commission = CommissionRule::standard();
    qint64 firstDealAwardMinor = 20000; ///< the first won deal of each calendar month
    qint64 fiveStarAwardMinor = 5000;   ///< each 5-star rating (客户好评红包)
    qint64 tierAwardMinor = 0;          ///< each tier above the lowest that the period's score reaches
    int followUpsPerWeek = 0;           ///< N follow-ups in a week (Monday to Sunday) …
    qint64 followUpsAwardMinor = 0;     ///< … pay this, dated on the Nth
    qint64 teamPoolMinor = 0;           ///< a team reaching its revenue target shares this pool
    PoolSplit poolSplit = PoolSplit::Equal;

    /// The Standard plan's incentives: graduated 2%/3%/4%, ¥200 first deal of the month, ¥50 per 5-star.
    static IncentiveRules standard() { return {}; }
    Problems validate() const;
    QJsonObject toJson() const;
    /// Missing keys keep the Standard plan's values (plans saved before incentives existed).
    static IncentiveRules fromJson(const QJsonObject &json);
    static QString kindKey(CommissionKind kind);
    static QString kindLabel(CommissionKind kind);
    bool operator==(const IncentiveRules &) const = default;
};

/// A won deal as credited to a member: the part of the base it adds, amount × share percent (kept ×100
/// so that shares stay exact until the lines are rounded).
struct CreditedDeal
{
    QString dealId;
    QString number;
    qint64 creditedTimes100 = 0;
    QDate closedOn;   // for display
    QString customer; // for display
    bool operator==(const CreditedDeal &) const = default;
};

/// One line of a commission: the part of the base it pays on, the rate and the amount, rounded half away
/// from zero to the minor unit (a statement's total is the sum of its rounded lines).
struct CommissionLine
{
    qint64 baseMinor = 0;
    int rateBasisPoints = 0;
    int fromPercent = 0;          // the band
    std::optional<int> toPercent; // graduated: where the band ends
    qint64 amountMinor = 0;
    int deal = -1; // computeByDeal: the index of the deal in the list given
};

struct Commission
{
    QList<CommissionLine> lines;
    qint64 totalMinor = 0;
    /// The cap cut the total down (the difference is in `cappedByMinor`).
    bool capped = false;
    qint64 cappedByMinor = 0;
};

class CommissionCalculator
{
public:
    /// The commission on `baseMinor` against `targetMinor` (none or 0: no target, the first band's rate on
    /// all of it). Band edges are attainment × target, computed exactly.
    static Commission compute(const CommissionRule &rule, qint64 baseMinor,
                              std::optional<qint64> targetMinor);
    /// The same commission with a line per deal (and per band a deal's credit spans): the base is the sum of
    /// the deals' credits, filled in the order given (statements give them by close date, then creation,
    /// then number), so a graduated rule pays each deal's part of each band at that band's rate.
    static Commission computeByDeal(const CommissionRule &rule, const QList<CreditedDeal> &deals,
                                    std::optional<qint64> targetMinor);
};

} // namespace attain
