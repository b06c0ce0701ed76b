// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/metric.h"

namespace attain {

namespace {
struct MetricInfo
{
    Metric metric;
    const char *key;
    const char16_t *chinese;
};
constexpr MetricInfo kMetrics[] = {
    {Metric::Revenue, "revenue", u"签单金额"},
    {Metric::DealsWon, "deals_won", u"赢单数"},
    {Metric::NewCustomers, "new_customers", u"新客户数"},
    {Metric::FollowUps, "follow_ups", u"跟进次数"},
    {Metric::Satisfaction, "satisfaction", u"客户满意度"},
    {Metric::RepurchaseRate, "repurchase_rate", u"复购率"},
    {Metric::Progress, "progress", u"进步"},
};
} // namespace

const QList<Metric> &Metrics::all()
{
    static const QList<Metric> list = {Metric::Revenue,   Metric::DealsWon,     Metric::NewCustomers,
                                       Metric::FollowUps, Metric::Satisfaction, Metric::RepurchaseRate,
                                       Metric::Progress};
    return list;
}

QString Metrics::key(Metric m)
{
    for (const auto &info : kMetrics)
        if (info.metric == m)
            return QLatin1String(info.key);
    return QString();
}

std::optional<Metric> Metrics::fromKey(QStringView key)
{
    for (const auto &info : kMetrics)
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return info.metric;
    return std::nullopt;
}

std::optional<Metric> Metrics::fromText(QStringView text)
{
    const QStringView t = text.trimmed();
    if (auto m = fromKey(t))
        return m;
    for (const auto &info : kMetrics)
        if (t == QString::fromUtf16(info.chinese))
            return info.metric;
    return std::nullopt;
}

QString Metrics::label(Metric m)
{
    switch (m) {
    case Metric::Revenue:
        return tr("Won revenue");
    case Metric::DealsWon:
        return tr("Deals won");
    case Metric::NewCustomers:
        return tr("New customers");
    case Metric::FollowUps:
        return tr("Follow-ups");
    case Metric::Satisfaction:
        return tr("Customer satisfaction");
    case Metric::RepurchaseRate:
        return tr("Repurchase rate");
    case Metric::Progress:
        return tr("Progress");
    }
    return QString();
}

bool Metrics::isAdditive(Metric m)
{
    return m == Metric::Revenue || m == Metric::DealsWon || m == Metric::NewCustomers ||
           m == Metric::FollowUps;
}

} // namespace attain
