// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/rounding.h"

#include <QList>

#include <algorithm>
#include <limits>
#include <numeric>

namespace attain {

bool mulDivRound(qint64 value, qint64 num, qint64 den, qint64 *out)
{
    if (den == 0)
        return false;
    const bool negative = ((value < 0) != (num < 0)) != (den < 0);
    auto magnitude = [](qint64 x) { return x < 0 ? quint64(0) - quint64(x) : quint64(x); };
    const quint64 v = magnitude(value), n = magnitude(num), d = magnitude(den);
    // v·n/d = (v/d)·n + (v%d)·n/d, which stays within 64 bits for every rate and share Attain uses.
    const quint64 q = v / d, r = v % d;
    quint64 whole = 0, partial = 0, result = 0;
    if (qMulOverflow(q, n, &whole) || qMulOverflow(r, n, &partial))
        return false;
    if (qAddOverflow(whole, partial / d, &result))
        return false;
    const quint64 rest = partial % d;
    if (rest >= d - rest && qAddOverflow(result, quint64(1), &result)) // half or more rounds away from zero
        return false;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (result > limit)
        return false;
    *out = negative ? qint64(quint64(0) - result) : qint64(result);
    return true;
}

QList<qint64> largestRemainder(qint64 amount, const QList<qint64> &percents)
{
    const qint64 whole = std::accumulate(percents.begin(), percents.end(), qint64(0));
    QList<qint64> parts;
    QList<qint64> remainders;
    if (whole <= 0)
        return QList<qint64>(percents.size(), 0);
    qint64 given = 0;
    for (qint64 p : percents) {
        // Weights may be amounts (a pool shared by credit): the product is kept in 128 bits where the
        // compiler has them (GCC, Clang), else in a long double (exact below 2^64 on x86, 2^53 elsewhere).
#if defined(__SIZEOF_INT128__)
        __extension__ typedef __int128 Wide;
        const Wide product = static_cast<Wide>(amount) * p;
        parts << qint64(product / whole);
        remainders << qint64(product % whole);
#else
        const long double product = static_cast<long double>(amount) * p;
        const qint64 part = qint64(product / whole);
        parts << part;
        remainders << qint64(product - static_cast<long double>(part) * whole);
#endif
        given += parts.last();
    }
    QList<int> order(percents.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainders.at(a) > remainders.at(b); });
    for (qint64 left = amount - given, i = 0; left > 0 && !order.isEmpty(); --left, ++i)
        ++parts[order.at(int(i % order.size()))];
    return parts;
}

} // namespace attain
