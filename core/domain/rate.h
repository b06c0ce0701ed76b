// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"

#include <QCoreApplication>

#include <optional>

namespace attain {

/// The rate of one currency to the workspace's base currency for one month (PRODUCT.md "Domain"): how many
/// base units one unit of the currency is worth, with up to six decimals, kept as an integer in millionths.
struct Rate
{
    Q_DECLARE_TR_FUNCTIONS(Rate)

public:
    QString id;
    QString currency;
    /// `2025-03`.
    QString month;
    qint64 micro = 0;

    static constexpr qint64 microPerUnit = 1'000'000;
    /// The largest rate accepted: 1,000,000 (a base currency worth a millionth of the other).
    static constexpr qint64 maxMicro = 1'000'000 * microPerUnit;

    /// `7.1`, `7.123456`, `0.048`, `1,234.5`, full-width digits; more than six decimals, zero, a sign or
    /// anything else is refused.
    static Result<qint64> parse(QStringView text);
    /// `7.1`, `0.048`: the shortest decimal text of a rate in millionths.
    static QString format(qint64 micro);
    /// `2025-03`, `2025/3`, `2025年3月` → `2025-03`; empty when it is not a month.
    static QString parseMonth(QStringView text);
    /// The month whose rate a deal takes: the month it closed (for an open deal, its expected close), or the
    /// month it was created when it has no such date.
    static QString monthOf(QDate closedOn, QDate createdOn);

    /// `amountMinor` of `currency` in minor units of `base` at `micro`, rounded half away from zero to the
    /// base's minor unit (JPY has none, CNY two). Empty when the result leaves 64 bits.
    static std::optional<qint64> convert(qint64 amountMinor, const QString &currency, qint64 micro,
                                         const QString &base);

    Problems validate(const QString &base) const;
    Fields fields() const;
};

} // namespace attain
