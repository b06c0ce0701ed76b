// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/exact.h"

namespace attain {

namespace {

mpz_class toMpz(qint64 v)
{
    // Through the magnitude's bytes: `long` is 32 bits on Windows, so mpz's set_si would not do.
    const quint64 magnitude = v < 0 ? quint64(0) - quint64(v) : quint64(v);
    mpz_class z;
    mpz_import(z.get_mpz_t(), 1, 1, sizeof magnitude, 0, 0, &magnitude);
    if (v < 0)
        z = -z;
    return z;
}

std::optional<qint64> toInt64(const mpz_class &z)
{
    if (mpz_sizeinbase(z.get_mpz_t(), 2) > 63)
        return std::nullopt; // |z| ≥ 2^63 (−2^63 itself is refused too: no figure needs it)
    quint64 magnitude = 0;
    size_t count = 0;
    mpz_export(&magnitude, &count, 1, sizeof magnitude, 0, 0, z.get_mpz_t());
    const qint64 v = qint64(magnitude);
    return sgn(z) < 0 ? -v : v;
}

} // namespace

Exact::Exact(qint64 whole) : m_value(toMpz(whole)) {}

Exact Exact::ratio(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    mpq_class q(toMpz(numerator), toMpz(denominator));
    q.canonicalize();
    return Exact(q);
}

std::optional<qint64> Exact::rounded(qint64 scale) const
{
    const mpz_class n = m_value.get_num() * toMpz(scale);
    const mpz_class d = m_value.get_den();
    // |n| ÷ d rounded half away from zero: ⌊(2|n| + d) ÷ 2d⌋, the sign put back.
    mpz_class q = (2 * abs(n) + d) / (2 * d);
    if (sgn(n) < 0)
        q = -q;
    return toInt64(q);
}

std::optional<qint64> Exact::floor(qint64 scale) const
{
    mpz_class q;
    const mpz_class n = m_value.get_num() * toMpz(scale);
    mpz_fdiv_q(q.get_mpz_t(), n.get_mpz_t(), m_value.get_den_mpz_t());
    return toInt64(q);
}

std::optional<qint64> Exact::ceil(qint64 scale) const
{
    mpz_class q;
    const mpz_class n = m_value.get_num() * toMpz(scale);
    mpz_cdiv_q(q.get_mpz_t(), n.get_mpz_t(), m_value.get_den_mpz_t());
    return toInt64(q);
}

std::optional<Exact> Exact::fromString(const QString &text)
{
    mpq_class v;
    if (text.isEmpty() || v.set_str(text.toStdString(), 10) != 0)
        return std::nullopt;
    v.canonicalize();
    return Exact(v);
}

QString Exact::toString() const
{
    return QString::fromStdString(m_value.get_str());
}

} // namespace attain
