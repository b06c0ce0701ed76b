// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <gmpxx.h>

#include <optional>

namespace attain {

/// An exact rational number, for the scoring rules (PRODUCT.md "Exactness"): actuals, derived targets,
/// attainment, contributions and scores are computed with it and rounded only when shown, through
/// rounded(). GMP's rationals underneath, so no sum or product can overflow or lose a digit.
class Exact
{
public:
    Exact() = default;
    Exact(qint64 whole); // NOLINT(google-explicit-constructor): an integer is an exact number
    /// numerator ÷ denominator; the denominator must not be 0.
    static Exact ratio(qint64 numerator, qint64 denominator);

    Exact operator+(const Exact &o) const { return Exact(mpq_class(m_value + o.m_value)); }
    Exact operator-(const Exact &o) const { return Exact(mpq_class(m_value - o.m_value)); }
    Exact operator*(const Exact &o) const { return Exact(mpq_class(m_value * o.m_value)); }
    /// o must not be 0.
    Exact operator/(const Exact &o) const { return Exact(mpq_class(m_value / o.m_value)); }
    Exact &operator+=(const Exact &o)
    {
        m_value += o.m_value;
        return *this;
    }
    bool operator==(const Exact &o) const { return m_value == o.m_value; }
    bool operator!=(const Exact &o) const { return m_value != o.m_value; }
    bool operator<(const Exact &o) const { return m_value < o.m_value; }
    bool operator<=(const Exact &o) const { return m_value <= o.m_value; }
    bool operator>(const Exact &o) const { return m_value > o.m_value; }
    bool operator>=(const Exact &o) const { return m_value >= o.m_value; }
    int sign() const { return sgn(m_value); }

    /// The value × scale rounded half away from zero (scale 100: to hundredths; 2.345 → 235, −2.345 →
    /// −235) — the one rounding of shown figures. Empty when the result leaves 64 bits.
    std::optional<qint64> rounded(qint64 scale = 1) const;
    /// The value × scale rounded down / up to a whole number; empty when it leaves 64 bits.
    std::optional<qint64> floor(qint64 scale = 1) const;
    std::optional<qint64> ceil(qint64 scale = 1) const;
    /// For charts and bars, never for a decision.
    double toDouble() const { return m_value.get_d(); }
    /// `p/q` in lowest terms, for tests, messages and snapshots.
    QString toString() const;
    /// The value of toString()'s text; empty when it is not one.
    static std::optional<Exact> fromString(const QString &text);

private:
    explicit Exact(mpq_class v) : m_value(std::move(v)) {}
    mpq_class m_value;
};

} // namespace attain
