// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deal.h"
#include "core/domain/rate.h"
#include "core/services/checkedwrite.h"

#include <optional>

namespace attain {

class Workspace;

/// The workspace's base currency and the monthly rates of the others (PRODUCT.md "Domain"). Every deal's
/// amount in the base currency comes from here, once per deal, when the deal is written; a rate set or
/// changed re-converts the deals that take it, through DealService's checked write.
class RateService
{
    Q_DECLARE_TR_FUNCTIONS(RateService)

public:
    explicit RateService(Workspace &workspace) : m_workspace(workspace) {}

    /// The base currency (the `currency` setting; CNY unless set otherwise).
    QString baseCurrency() const;
    /// Sets the base currency: a manager's, and only while the workspace has no deals and no rates (a change
    /// afterwards would change every figure already reported).
    Status setBaseCurrency(const QString &currency);
    /// Whether the base currency can no longer change: the workspace has deals or rates.
    bool baseCurrencyFixed() const;
    /// Whether the workspace has any rate (its deals may then be in more than one currency).
    bool hasRates() const;

    /// A deal's amount in the base currency: its own amount in the base currency; otherwise at the rate of
    /// the month it closed (a won or lost deal: exactly that month's; an open deal, whose close is expected:
    /// the newest rate at or before that month). A problem naming the missing rate when there is none.
    Result<qint64> baseAmount(const Deal &deal) const;

    /// Sets the rate of a currency for a month (creating or changing it) and re-converts the deals that take
    /// it, in one transaction.
    Result<Rate> set(Rate rate);
    /// Removes a rate, unless a deal would be left without one.
    Status remove(const QString &id);
    /// The checked write of a rate, inside the caller's write transaction (managers only).
    Status write(const Rate *before, const Rate *after, References references = References::Check);

    std::optional<Rate> find(const QString &currency, const QString &month) const;
    std::optional<Rate> find(const QString &id) const;
    /// Every rate, by currency and month.
    QList<Rate> all() const;

private:
    /// Writes again every deal in `currency` whose base amount may take the rate of `month`.
    Status reconvert(const QString &currency, const QString &month);
    Workspace &m_workspace;
};

} // namespace attain
