// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace attain {

class Workspace;

/// Fills a new workspace with a realistic sales team: teams, members with Chinese names at both
/// levels, two years of customers, deals (some split), follow-ups, ratings and a target for every
/// member, team, month and metric, so that scores mean something. Same seed and day, same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    enum class Scale
    {
        Small,
        Large
    };
    struct Options
    {
        quint64 seed = 1;
        Scale scale = Scale::Small;
        /// The last day of the generated history; the workspace clock's today when invalid.
        QDate today;
        /// Overrides the scale's number of deals (tests of large tables); 0 keeps the scale's.
        qint64 deals = 0;
        /// Adds a few ownership conflicts waiting for a manager (the small demo does).
        bool conflicts = true;
    };
    struct Counts
    {
        qint64 teams = 0, members = 0, customers = 0, deals = 0, splitDeals = 0, activities = 0, ratings = 0,
               targets = 0;
    };
    /// Receives a percentage; returning false cancels.
    using Progress = std::function<bool(int percent)>;

    DemoGenerator(Workspace &workspace, Options options);
    ~DemoGenerator();
    /// Writes everything; on failure or cancel the caller discards the (new) file.
    Status run(const Progress &progress = {});
    Counts counts() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace attain
