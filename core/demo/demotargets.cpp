// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator: a target for every member, team, month and metric, in line with the deals generated,
// so that scores mean something.
#include "core/demo/demostate.h"
#include "core/storage/workspace.h"

#include "core/domain/target.h"

#include <cmath>

namespace attain {

using namespace demo;

Status DemoGenerator::State::makeTargets()
{
    QList<Period> targetMonths = months;
    targetMonths << months.last().next();
    double totalWeight = 0;
    for (const auto &m : std::as_const(members))
        totalWeight += m.weight;
    const double avgActivities = (scale.minActivities + scale.maxActivities) / 2.0;
    for (const Period &month : std::as_const(targetMonths)) {
        const double season = kSeason[month.index() - 1];
        QHash<int, QHash<Metric, qint64>> teamSums;
        for (const auto &info : std::as_const(members)) {
            if (!info.member.isScored())
                continue;
            const double dealsPerMonth = scale.totalDeals > 0 ? double(scale.totalDeals) / dealMonths.size() *
                                                                    info.weight / totalWeight
                                                              : scale.dealsPerRepMonth * info.weight;
            const double levelScale = info.member.level == QLatin1String("senior") ? 1.5 : 0.8;
            const qint64 revenueYuan = qint64(std::llround(dealsPerMonth * season * kBaseWinRate *
                                                           kAverageDealYuan * levelScale / 1000.0)) *
                                       1000;
            const QHash<Metric, qint64> values = {
                {Metric::Revenue, revenueYuan * 100},
                {Metric::DealsWon,
                 std::max<qint64>(1, std::llround(dealsPerMonth * season * kBaseWinRate)) * 100},
                {Metric::NewCustomers,
                 std::max<qint64>(1, std::llround(dealsPerMonth * scale.newCustomerRate * kBaseWinRate)) *
                     100},
                {Metric::FollowUps,
                 std::max<qint64>(5, std::llround(dealsPerMonth * avgActivities * 0.9 / 5.0) * 5) * 100},
                {Metric::Satisfaction, 450},
                {Metric::RepurchaseRate, std::llround((1.0 - scale.newCustomerRate * 1.3) * 20.0) * 500},
            };
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                Target t;
                t.id = ws.newId();
                t.memberId = info.member.id;
                t.period = month;
                t.metric = it.key();
                t.value = it.value();
                if (Status st = insert(EntityKind::Target, t.id, t.fields(), t.validate()); !st)
                    return st;
                ++counts.targets;
                if (Metrics::isAdditive(it.key()) && info.team >= 0)
                    teamSums[info.team][it.key()] += it.value();
            }
        }
        for (int team = 0; team < teamIds.size(); ++team) {
            QHash<Metric, qint64> values = teamSums.value(team);
            values[Metric::Satisfaction] = 450;
            values[Metric::RepurchaseRate] = std::llround((1.0 - scale.newCustomerRate * 1.3) * 20.0) * 500;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                Target t;
                t.id = ws.newId();
                t.teamId = teamIds.at(team);
                t.period = month;
                t.metric = it.key();
                t.value = it.value();
                if (Status st = insert(EntityKind::Target, t.id, t.fields(), t.validate()); !st)
                    return st;
                ++counts.targets;
            }
        }
    }
    return success();
}

} // namespace attain
