// SPDX-License-Identifier: GPL-3.0-or-later
// The one rounding of integer figures (PRODUCT.md "Exactness", "Incentives"): half away from zero, and an
// overflow is reported, never wrapped. Exact::rounded() applies the same rule to exact rationals.
#pragma once

#include <QList>
#include <QtGlobal>

namespace attain {

/// value × num ÷ den rounded half away from zero (2.5 → 3, −2.5 → −3); false on overflow or a zero
/// denominator.
bool mulDivRound(qint64 value, qint64 num, qint64 den, qint64 *out);
/// An amount shared by weights in whole units, by the largest-remainder method (PRODUCT.md "Credit"): each
/// share rounded down, the units left over one each to the largest remainders, ties to the earlier weight.
/// The parts always add up to the amount. (100, {34, 33, 33}) → {34, 33, 33}; (1, {50, 50}) → {1, 0}.
QList<qint64> largestRemainder(qint64 amount, const QList<qint64> &weights);

} // namespace attain
