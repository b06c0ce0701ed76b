// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/exact.h"
#include "core/domain/metric.h"
#include "core/domain/period.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <memory>

namespace attain {

class Workspace;

/// A subject's target for a metric in a period, as set or derived (PRODUCT.md "Targets for a period").
struct TargetValue
{
    /// Exact, in the metric's unit: a mean of three months' targets is their sum ÷ 3.
    Exact value;
    bool derived = false;
    /// As shown: rounded half away from zero to the unit.
    qint64 shown() const { return value.rounded().value_or(0); }
};
using Targets = QHash<Metric, TargetValue>;

/// Every subject's targets of a period: by member id, by team id, and those of a subject with none set.
struct SubjectTargets
{
    QHash<QString, Targets> members;
    QHash<QString, Targets> teams;
    Targets none;
};

/// The targets as set, read once: what the scoring engine derives each subject's targets of a period from.
/// The scoring ledger holds the whole table (read with it, read again when a write touches a target), so
/// scoring everyone from memory reads no targets; each period's derived targets are kept once computed.
/// Thread-safe.
class TargetTable
{
public:
    /// The targets set for these periods (empty: all of them); null when the read failed.
    static std::shared_ptr<const TargetTable> read(Workspace &workspace, const QStringList &periods = {});
    /// The period itself and, for a quarter or a year, its months: the periods its targets come from.
    static QStringList sources(const Period &period);
    /// A subject's targets from the values set for the period and its months (by period, then metric).
    static Targets derive(const Period &period, const QHash<QString, QHash<Metric, qint64>> &byPeriod);

    /// Every subject's targets of `period`; the table must hold its sources().
    SubjectTargets of(const Period &period) const;

private:
    struct Set
    {
        QHash<QString, QHash<QString, QHash<Metric, qint64>>> members, teams; // id → period → metric → value
    };
    Set m_set;
    mutable QMutex m_mutex;
    mutable QHash<QString, SubjectTargets> m_derived; // by period
};

} // namespace attain
