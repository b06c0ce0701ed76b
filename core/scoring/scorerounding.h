// SPDX-License-Identifier: GPL-3.0-or-later
// The rounding the scoring engine's parts share: sums in hundredths to whole units, averages and rates.
#pragma once

#include <QtNumeric>

#include <cmath>

namespace attain {
namespace scorerounding {

/// a ÷ b rounded half away from zero (b > 0).
inline qint64 divRound(qint64 a, qint64 b)
{
    if (b <= 0)
        return 0;
    const qint64 q = (a < 0 ? -a : a) / b, r = (a < 0 ? -a : a) % b;
    const qint64 rounded = q + (r * 2 >= b ? 1 : 0);
    return a < 0 ? -rounded : rounded;
}

/// a × m ÷ b rounded half away from zero; exact unless a × m leaves 64 bits (then to within a unit).
inline qint64 mulDivRound(qint64 a, qint64 m, qint64 b)
{
    qint64 product = 0;
    if (!qMulOverflow(a, m, &product))
        return divRound(product, b);
    return qint64(std::llround(static_cast<long double>(a) * m / b));
}

} // namespace scorerounding
} // namespace attain
