// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace attain {

/// The scoring metrics of the brief, in the brief's order.
enum class Metric
{
    Revenue,
    DealsWon,
    NewCustomers,
    FollowUps,
    Satisfaction,
    RepurchaseRate,
    Progress
};

/// Keys, labels and units of the metrics. Values of a metric are integers in its unit:
/// money metrics in minor units, every other metric in hundredths (4.5 stars → 450).
class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)

public:
    static const QList<Metric> &all();
    static QString key(Metric m);
    static std::optional<Metric> fromKey(QStringView key);
    /// Accepts the key or the Chinese name (签单金额, 赢单数, …).
    static std::optional<Metric> fromText(QStringView text);
    static QString label(Metric m);
    static bool isMoney(Metric m) { return m == Metric::Revenue; }
    /// Summed over months and team members (revenue, deals won, new customers, follow-ups).
    static bool isAdditive(Metric m);
    /// Decimal places of the stored integer: 2 (fen or hundredths).
    static int scaleDigits(Metric) { return 2; }
};

} // namespace attain
