// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/metric.h"
#include "core/domain/period.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace attain {

/// A target for a member or a team, for one period and metric. `value` is in the metric's unit
/// (minor units for revenue, hundredths otherwise).
struct Target
{
    Q_DECLARE_TR_FUNCTIONS(Target)

public:
    QString id;
    QString memberId;
    QString teamId;
    Period period;
    Metric metric = Metric::Revenue;
    qint64 value = 0;

    Problems validate() const
    {
        Problems problems;
        if (memberId.isEmpty() == teamId.isEmpty())
            problems << Problem{QStringLiteral("subject"), tr("a target is for one member or one team")};
        if (!period.isValid())
            problems << Problem{QStringLiteral("period"), tr("a period is required")};
        if (value < 0)
            problems << Problem{QStringLiteral("target"), tr("a target cannot be negative")};
        if (metric == Metric::Satisfaction && value > 500)
            problems << Problem{QStringLiteral("target"), tr("a satisfaction target is at most 5")};
        return problems;
    }

    Fields fields() const
    {
        return {{QStringLiteral("member_id"), textOrNull(memberId)},
                {QStringLiteral("team_id"), textOrNull(teamId)},
                {QStringLiteral("period"), period.toString()},
                {QStringLiteral("metric"), Metrics::key(metric)},
                {QStringLiteral("value"), value}};
    }
};

} // namespace attain
