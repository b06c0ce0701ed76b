// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace attain {

enum class Stage
{
    Open,
    Won,
    Lost
};

/// One member's share of a deal's credit, in whole percent.
struct Split
{
    QString memberId;
    int percent = 0;
    bool operator==(const Split &) const = default;
};

/// A sales opportunity; won deals credit their owner, or the members of their splits.
struct Deal
{
    Q_DECLARE_TR_FUNCTIONS(Deal)

public:
    QString id;
    QString externalId;
    QString customerId;
    QString ownerId;
    Money amount;
    /// The amount in the workspace's base currency, converted once at the rate of the deal's month
    /// (PRODUCT.md "Domain"); every score, statement and payout reads it. Set by DealService when the deal
    /// is written; empty for a deal of an older file whose currency has no rate yet.
    std::optional<qint64> baseMinor;
    Stage stage = Stage::Open;
    QDate createdOn;
    /// For open deals: the expected close.
    QDate closedOn;
    QString product;
    QString contractNo;
    QList<Split> splits;
    QDate confirmedOn;

    /// Percent of the credit that goes to a member: 100 for the owner of an unsplit deal.
    int shareOf(const QString &memberId) const;
    /// Splits sorted by member id, or the owner's 100% when there are none.
    QList<Split> credits() const;
    /// What each split credits, in whole minor units (PRODUCT.md "Credit"): each share of `amount` rounded
    /// down, the units left over one each to the largest remainders, ties to the login that sorts first
    /// (case-insensitively). `logins[i]` is the login of `splits[i]`; the result is in the order of `splits`
    /// and adds up to `amount`. Kept with each split (deal_splits.credited): every figure reads it.
    static QList<qint64> creditedAmounts(qint64 amount, const QList<Split> &splits,
                                         const QStringList &logins);
    /// `id:60;id:40`, sorted, for the change log.
    QString splitsText() const;
    static QList<Split> splitsFromText(const QString &text);

    /// The largest amount a deal may have (PRODUCT.md "Domain"): 10,000,000,000.00 in major units. A million
    /// such deals still sum within 64 bits.
    static constexpr qint64 maxAmountMinor = 1'000'000'000'000;

    Problems validate() const;
    Fields fields() const;
    /// Whether writing this deal over `other` would store nothing new: the same value in every field
    /// `fields()` writes, and the same credits. Compared member by member, since an unchanged re-import
    /// asks it of every row. The base amount is not compared: the write derives it from the others.
    bool storesSameAs(const Deal &other) const;

    static QString stageKey(Stage stage);
    static QString stageLabel(Stage stage);
    /// Accepts `open` / `won` / `lost` and 进行中 / 赢单 / 输单.
    static std::optional<Stage> stageFromText(QStringView text);
};

} // namespace attain
