// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/commission.h"

#include "core/domain/exact.h"

#include <QJsonArray>
#include <QtGlobal>

#include <algorithm>

namespace attain {

namespace {

/// numerator ÷ denominator, exactly, rounded half away from zero to the minor unit (the one rounding of
/// shown figures, Exact::rounded); a line too large for 64 bits cannot arise below the deal amount bound.
qint64 roundDiv(qint64 numerator, qint64 multiplier, qint64 denominator)
{
    return (Exact(numerator) * Exact(multiplier) / Exact(denominator)).rounded().value_or(0);
}

} // namespace

CommissionRule CommissionRule::standard()
{
    return {CommissionKind::Graduated, {{0, 200}, {100, 300}, {150, 400}}, std::nullopt};
}

Commission CommissionCalculator::compute(const CommissionRule &rule, qint64 baseMinor,
                                         std::optional<qint64> targetMinor)
{
    if (baseMinor <= 0)
        return {};
    return computeByDeal(rule, {CreditedDeal{QString(), QString(), baseMinor * 100, QDate(), QString()}},
                         targetMinor);
}

Commission CommissionCalculator::computeByDeal(const CommissionRule &rule, const QList<CreditedDeal> &deals,
                                               std::optional<qint64> targetMinor)
{
    Commission c;
    QList<CommissionBand> bands = rule.bands;
    std::sort(bands.begin(), bands.end(),
              [](const auto &a, const auto &b) { return a.fromPercent < b.fromPercent; });
    if (bands.isEmpty())
        return c;
    const bool hasTarget = targetMinor && *targetMinor > 0;
    qint64 total100 = 0;
    for (const CreditedDeal &d : deals)
        total100 += d.creditedTimes100;
    auto line = [&](int deal, qint64 partHundredths, const CommissionBand &band, std::optional<int> to) {
        CommissionLine l;
        l.deal = deal;
        l.baseMinor = roundDiv(partHundredths, 1, 100);
        l.rateBasisPoints = band.rateBasisPoints;
        l.fromPercent = band.fromPercent;
        l.toPercent = to;
        l.amountMinor = roundDiv(partHundredths, band.rateBasisPoints, 100 * 10000);
        c.lines << l;
    };
    if (rule.kind == CommissionKind::Flat || !hasTarget || rule.kind == CommissionKind::Tiered) {
        CommissionBand band = bands.first();
        if (rule.kind == CommissionKind::Tiered && hasTarget)
            for (const CommissionBand &b : std::as_const(bands))
                if (Exact(total100) >= Exact(*targetMinor) * Exact(b.fromPercent))
                    band = b;
        for (int i = 0; i < deals.size(); ++i)
            if (deals.at(i).creditedTimes100 > 0)
                line(i, deals.at(i).creditedTimes100, band, std::nullopt);
    } else {
        qint64 filled = 0; // the base before this deal, ×100
        for (int i = 0; i < deals.size(); ++i) {
            const qint64 start = filled, end = filled + std::max<qint64>(0, deals.at(i).creditedTimes100);
            filled = end;
            for (int b = 0; b < bands.size(); ++b) {
                const qint64 from = *targetMinor * bands.at(b).fromPercent;
                const bool last = b + 1 == bands.size();
                const qint64 to = last ? end : *targetMinor * bands.at(b + 1).fromPercent;
                const qint64 part = std::min(end, to) - std::max(start, from);
                if (part > 0)
                    line(i, part, bands.at(b),
                         last ? std::nullopt : std::optional(bands.at(b + 1).fromPercent));
            }
        }
    }
    for (const CommissionLine &l : std::as_const(c.lines))
        c.totalMinor += l.amountMinor;
    if (rule.capMinor && c.totalMinor > *rule.capMinor) {
        c.capped = true;
        c.cappedByMinor = c.totalMinor - *rule.capMinor;
        c.totalMinor = *rule.capMinor;
    }
    return c;
}

QString IncentiveRules::kindKey(CommissionKind kind)
{
    switch (kind) {
    case CommissionKind::Flat: return QStringLiteral("flat");
    case CommissionKind::Tiered: return QStringLiteral("tiered");
    case CommissionKind::Graduated: break;
    }
    return QStringLiteral("graduated");
}

QString IncentiveRules::kindLabel(CommissionKind kind)
{
    switch (kind) {
    case CommissionKind::Flat: return tr("Flat rate");
    case CommissionKind::Tiered: return tr("Tiered (the band reached pays on all)");
    case CommissionKind::Graduated: break;
    }
    return tr("Graduated (each band pays on its part)");
}

Problems IncentiveRules::validate() const
{
    Problems problems;
    if (commission.bands.isEmpty() || commission.bands.first().fromPercent != 0)
        problems << Problem{QStringLiteral("commission"), tr("the first commission band starts at 0%")};
    for (int i = 0; i < commission.bands.size(); ++i) {
        const CommissionBand &b = commission.bands.at(i);
        if (b.rateBasisPoints < 0 || b.rateBasisPoints > 10000)
            problems << Problem{
                QStringLiteral("commission"),
                tr("a commission rate is between 0% and 100% (band from %1%)").arg(b.fromPercent)};
        if (i > 0 && b.fromPercent <= commission.bands.at(i - 1).fromPercent)
            problems << Problem{QStringLiteral("commission"),
                                tr("commission bands rise: %1% follows %2%")
                                    .arg(b.fromPercent)
                                    .arg(commission.bands.at(i - 1).fromPercent)};
    }
    if (commission.capMinor && *commission.capMinor < 0)
        problems << Problem{QStringLiteral("cap"), tr("the commission cap cannot be negative")};
    for (qint64 amount :
         {firstDealAwardMinor, fiveStarAwardMinor, tierAwardMinor, followUpsAwardMinor, teamPoolMinor})
        if (amount < 0) {
            problems << Problem{QStringLiteral("awards"), tr("an award cannot be negative")};
            break;
        }
    if (followUpsAwardMinor > 0 && followUpsPerWeek <= 0)
        problems << Problem{QStringLiteral("awards"),
                            tr("the follow-up award needs the number of follow-ups in a week")};
    return problems;
}

QJsonObject IncentiveRules::toJson() const
{
    QJsonArray bands;
    for (const CommissionBand &b : commission.bands)
        bands.append(QJsonObject{{QStringLiteral("from_percent"), b.fromPercent},
                                 {QStringLiteral("rate_bp"), b.rateBasisPoints}});
    QJsonObject c{{QStringLiteral("kind"), kindKey(commission.kind)}, {QStringLiteral("bands"), bands}};
    if (commission.capMinor)
        c.insert(QStringLiteral("cap_minor"), *commission.capMinor);
    return {{QStringLiteral("commission"), c},
            {QStringLiteral("first_deal_minor"), firstDealAwardMinor},
            {QStringLiteral("five_star_minor"), fiveStarAwardMinor},
            {QStringLiteral("tier_minor"), tierAwardMinor},
            {QStringLiteral("follow_ups_per_week"), followUpsPerWeek},
            {QStringLiteral("follow_ups_minor"), followUpsAwardMinor},
            {QStringLiteral("team_pool_minor"), teamPoolMinor},
            {QStringLiteral("team_pool_split"),
             poolSplit == PoolSplit::ByCredit ? QStringLiteral("credit") : QStringLiteral("equal")}};
}

IncentiveRules IncentiveRules::fromJson(const QJsonObject &json)
{
    IncentiveRules r;
    auto minor = [&](const char *key, qint64 fallback) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? qint64(v.toDouble()) : fallback;
    };
    if (const QJsonObject c = json.value(QStringLiteral("commission")).toObject(); !c.isEmpty()) {
        const QString kind = c.value(QStringLiteral("kind")).toString();
        r.commission.kind = kind == QLatin1String("flat")     ? CommissionKind::Flat
                            : kind == QLatin1String("tiered") ? CommissionKind::Tiered
                                                              : CommissionKind::Graduated;
        r.commission.bands.clear();
        for (const QJsonValue &v : c.value(QStringLiteral("bands")).toArray())
            r.commission.bands << CommissionBand{v.toObject().value(QStringLiteral("from_percent")).toInt(),
                                                 v.toObject().value(QStringLiteral("rate_bp")).toInt()};
        if (c.value(QStringLiteral("cap_minor")).isDouble())
            r.commission.capMinor = qint64(c.value(QStringLiteral("cap_minor")).toDouble());
    }
    r.firstDealAwardMinor = minor("first_deal_minor", r.firstDealAwardMinor);
    r.fiveStarAwardMinor = minor("five_star_minor", r.fiveStarAwardMinor);
    r.tierAwardMinor = minor("tier_minor", r.tierAwardMinor);
    r.followUpsPerWeek = json.value(QStringLiteral("follow_ups_per_week")).toInt(r.followUpsPerWeek);
    r.followUpsAwardMinor = minor("follow_ups_minor", r.followUpsAwardMinor);
    r.teamPoolMinor = minor("team_pool_minor", r.teamPoolMinor);
    r.poolSplit = json.value(QStringLiteral("team_pool_split")).toString() == QLatin1String("credit")
                      ? PoolSplit::ByCredit
                      : PoolSplit::Equal;
    return r;
}

} // namespace attain
