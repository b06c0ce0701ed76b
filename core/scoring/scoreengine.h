// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/scorecard.h"
#include "core/scoring/scoreledger.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace attain {

class Workspace;

/// Computes scorecards exactly as PRODUCT.md "Scoring" defines them: every metric for members (reps
/// and managers) and teams for any period, targets as set or derived from months, attainment capped by
/// the plan, the weighted score renormalised over the metrics with data and a target, and the tier.
/// Each metric is one aggregate query over the period's records, so a quarter of a million deals is
/// scored for everyone at once; asking for one member restricts every query to that member's records
/// (the scorecard of one edited deal's owner is recomputed, not the world). Results do not depend on
/// the order records were written in. Given scoring ledgers (setLedgers), it sums from memory instead, with
/// the same results.
class ScoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(ScoreEngine)

public:
    explicit ScoreEngine(Workspace &workspace) : m_workspace(workspace) {}

    /// Score under this plan instead of the plan in effect (the plan editor's preview).
    void setPlan(const std::optional<Plan> &plan) { m_plan = plan; }
    /// Sum from these ledgers, read earlier, rather than from the records: from the one holding the deals
    /// the period's plan counts (all won, or confirmed only), when given. The results are the same.
    void setLedgers(const ScoreLedgers &ledgers) { m_ledgers = ledgers; }
    /// Compute from the records even when the period is closed (the close itself, its discrepancies). Else a
    /// closed period's scorecards are the ones frozen at its close.
    void setLive(bool live) { m_live = live; }

    /// Every member who is scored (rep or manager), by login; or just the given ones.
    QList<Scorecard> members(const Period &period, const QStringList &memberIds = {});
    std::optional<Scorecard> member(const QString &memberId, const Period &period);
    QList<Scorecard> teams(const Period &period);
    /// Members and teams from one pass over the period's records.
    struct Everyone
    {
        QList<Scorecard> members;
        QList<Scorecard> teams;
    };
    Everyone everyone(const Period &period);

    /// For each included metric on its own: what it would take to reach the next tier, computed with
    /// the cap. Empty when there is no score or no tier above.
    static std::optional<NextTier> nextTier(const Scorecard &card);

    /// The records behind a member's metric: the deals, follow-ups or ratings it counts.
    QList<Behind> behind(const Scorecard &card, Metric metric);

    /// Targets for a subject in a period, as set or derived (PRODUCT.md "Targets for a period").
    using TargetValue = attain::TargetValue;
    Targets targets(const QString &memberId, const QString &teamId, const Period &period);
    /// Every subject's targets of a period, in one read (or none, from the ledger's table).
    SubjectTargets allTargets(const Period &period);

private:
    Plan planFor(const Period &period);
    /// The scorecards frozen when the period was closed; empty when it is open, was closed before Attain
    /// kept them, or the engine computes live.
    std::optional<Everyone> frozen(const Period &period);
    /// Every member's sums (or some members'); with `teamOf` (member id → team id), `teams` receives each
    /// team's distinct customers of the period and the repeat customers among them (ScoreLedger::sums).
    QHash<QString, ScoreSums> memberSums(const Period &period, const Plan &plan,
                                         const QStringList &onlyMembers,
                                         const QHash<QString, QString> *teamOf = nullptr,
                                         QHash<QString, ScoreSums> *teams = nullptr);
    QList<Scorecard> memberCards(const Period &period, const Plan &plan, const QHash<QString, ScoreSums> &raw,
                                 const QStringList &memberIds, const SubjectTargets *targets = nullptr);
    QList<Scorecard> teamCards(const Period &period, const Plan &plan, const QHash<QString, ScoreSums> &raw,
                               const QHash<QString, QString> &teamOf, QHash<QString, ScoreSums> teamRaw,
                               const SubjectTargets &targets);
    Scorecard finish(Scorecard card, const ScoreSums &raw, const Targets &targets) const;

    Workspace &m_workspace;
    std::optional<Plan> m_plan;
    ScoreLedgers m_ledgers;
    bool m_live = false;
};

} // namespace attain
