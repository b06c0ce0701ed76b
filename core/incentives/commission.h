// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

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

/// One line of a commission: the part of the base it pays on, the rate and the amount, rounded half away
/// from zero to the minor unit (a statement's total is the sum of its rounded lines).
struct CommissionLine
{
    qint64 baseMinor = 0;
    int rateBasisPoints = 0;
    int fromPercent = 0; // the band
    qint64 amountMinor = 0;
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
};

} // namespace attain
