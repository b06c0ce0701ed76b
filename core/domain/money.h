// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/domain/rounding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace attain {

/// An amount of money as an integer number of minor units (fen for CNY) with its ISO currency.
/// Never floating point; arithmetic refuses overflow instead of wrapping.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    explicit Money(qint64 minor, QString currency = defaultCurrency())
        : m_minor(minor), m_currency(std::move(currency))
    {}

    static QString defaultCurrency() { return QStringLiteral("CNY"); }
    /// Number of decimal places of the currency's minor unit (2 for CNY, 0 for JPY).
    static int minorDigits(const QString &currency);
    /// Minor units in one major unit: 100 for CNY, 1 for JPY.
    static qint64 minorPerMajor(const QString &currency);
    static bool isKnownCurrency(const QString &currency);
    /// Every currency Attain knows, CNY first.
    static QStringList knownCurrencies();

    /// Parses `21406.74`, `21,406.74`, `¥21,406.74`, `21406.7`, `１２３４．５` and `-5`.
    /// More decimals than the currency has, malformed grouping or overflow are refused.
    static Result<Money> parse(QStringView text, const QString &currency = defaultCurrency());

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const { return Money(-m_minor, m_currency); }
    /// this × numerator / denominator, rounded half away from zero to the minor unit.
    Result<Money> times(qint64 numerator, qint64 denominator) const;

    /// Plain decimal text with all minor digits, no grouping: `21406.74`, `-0.50`.
    QString toDecimalString() const;
    /// Locale-aware display: `¥21,406.74`.
    QString format(const QLocale &locale = QLocale()) const;
    /// Short display for dashboards: `¥2.14万` / `¥1.23亿` in Chinese, `¥21.4K` / `¥1.23M` otherwise.
    QString formatCompact(const QLocale &locale = QLocale()) const;
    static QString symbol(const QString &currency);

    bool operator==(const Money &) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency = defaultCurrency();
};

/// Decimal text of an integer scaled by 10^digits: 2140674, 2 → "21406.74".
QString scaledToDecimal(qint64 value, int digits);
/// Locale-aware grouping of a scaled integer: 2140674, 2 → "21,406.74".
QString formatScaled(qint64 value, int digits, const QLocale &locale);

} // namespace attain
