// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attain {

/// The kinds of record a workspace holds; the change log and change notifications name them.
enum class EntityKind
{
    Team,
    Member,
    Customer,
    Deal,
    Activity,
    Rating,
    Target,
    Setting,
    Conflict,
    Plan,
    Adjustment,
    PeriodClose,
    Rate,
    Other
};

/// The table (and change-log entity name) of a kind.
inline QString entityTable(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Team: return QStringLiteral("teams");
    case EntityKind::Member: return QStringLiteral("members");
    case EntityKind::Customer: return QStringLiteral("customers");
    case EntityKind::Deal: return QStringLiteral("deals");
    case EntityKind::Activity: return QStringLiteral("activities");
    case EntityKind::Rating: return QStringLiteral("ratings");
    case EntityKind::Target: return QStringLiteral("targets");
    case EntityKind::Conflict: return QStringLiteral("ownership_conflicts");
    case EntityKind::Plan: return QStringLiteral("plans");
    case EntityKind::Adjustment: return QStringLiteral("adjustments");
    case EntityKind::PeriodClose: return QStringLiteral("period_closes");
    case EntityKind::Setting: return QStringLiteral("settings");
    case EntityKind::Rate: return QStringLiteral("rates");
    case EntityKind::Other: break;
    }
    return QString();
}

} // namespace attain
