// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/metric.h"
#include "core/domain/period.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace attain {

class Workspace;

/// A suggested target for a member: the median of their last three periods of the same kind × a growth
/// factor, beside the team's median suggestion and the target set now, so a manager sees what is out of line.
struct TargetSuggestion
{
    QString memberId;
    QString login;
    QString name;
    QString teamId;
    QList<std::optional<qint64>> history; // the three periods before, oldest first
    std::optional<qint64> median;
    std::optional<qint64> suggested;
    std::optional<qint64> teamMedian; // of the team's suggestions
    std::optional<qint64> current;    // the target set for the period, if any
    /// The current target is more than 25% away from the suggestion.
    bool outOfLine = false;
};

class TargetSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(TargetSuggestions)

public:
    static QList<Period> history(const Period &period);
    static QList<TargetSuggestion> compute(Workspace &workspace, const Period &period, Metric metric,
                                           int growthPercent);
    /// The median of the values present (the mean of the middle two for an even count); none when empty.
    static std::optional<qint64> median(QList<qint64> values);
};

} // namespace attain
