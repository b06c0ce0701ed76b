// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/commission.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace attain {

namespace {

/// numerator ÷ denominator rounded half away from zero; long double keeps the products exact for amounts
/// below 10¹⁶ fen, far beyond any one member's period.
qint64 roundDiv(long double numerator, long double denominator)
{
    return qint64(std::llround(numerator / denominator));
}

} // namespace

CommissionRule CommissionRule::standard()
{
    return {CommissionKind::Graduated, {{0, 200}, {100, 300}, {150, 400}}, std::nullopt};
}

Commission CommissionCalculator::compute(const CommissionRule &rule, qint64 baseMinor,
                                         std::optional<qint64> targetMinor)
{
    Commission c;
    QList<CommissionBand> bands = rule.bands;
    std::sort(bands.begin(), bands.end(),
              [](const auto &a, const auto &b) { return a.fromPercent < b.fromPercent; });
    if (bands.isEmpty() || baseMinor <= 0)
        return c;
    const bool hasTarget = targetMinor && *targetMinor > 0;
    auto line = [&](qint64 partHundredths, const CommissionBand &band) {
        // partHundredths is the base part × 100 (band edges are target × percent ÷ 100, kept exact).
        CommissionLine l;
        l.baseMinor = roundDiv(partHundredths, 100);
        l.rateBasisPoints = band.rateBasisPoints;
        l.fromPercent = band.fromPercent;
        l.amountMinor =
            roundDiv(static_cast<long double>(partHundredths) * band.rateBasisPoints, 100.0L * 10000.0L);
        c.lines << l;
    };
    if (rule.kind == CommissionKind::Flat || !hasTarget) {
        line(baseMinor * 100, bands.first());
    } else if (rule.kind == CommissionKind::Tiered) {
        // The band reached: the highest whose edge the base attains (base × 100 ≥ target × from).
        CommissionBand reached = bands.first();
        for (const CommissionBand &b : std::as_const(bands))
            if (static_cast<long double>(baseMinor) * 100 >=
                static_cast<long double>(*targetMinor) * b.fromPercent)
                reached = b;
        line(baseMinor * 100, reached);
    } else {
        const qint64 base100 = baseMinor * 100;
        for (int i = 0; i < bands.size(); ++i) {
            const qint64 from = *targetMinor * bands.at(i).fromPercent;
            if (base100 <= from)
                break;
            const qint64 to = i + 1 < bands.size()
                                  ? std::min(base100, *targetMinor * bands.at(i + 1).fromPercent)
                                  : base100;
            if (to > from)
                line(to - from, bands.at(i));
        }
    }
    for (const CommissionLine &l : std::as_const(c.lines))
        c.totalMinor += l.amountMinor;
    if (rule.capMinor && c.totalMinor > *rule.capMinor) {
        c.capped = true;
        c.cappedByMinor = c.totalMinor - *rule.capMinor;
        c.totalMinor = *rule.capMinor;
    }
    return c;
}

} // namespace attain
