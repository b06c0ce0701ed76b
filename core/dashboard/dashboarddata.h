// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/incentives/incentivestatement.h"
#include "core/scoring/pacing.h"
#include "core/scoring/scorecard.h"
#include "core/scoring/scoreledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <optional>

namespace attain {

class Workspace;
struct ChangeSet;

/// A figure of the manager's dashboard and its value in the previous period.
struct Kpi
{
    qint64 value = 0;
    std::optional<qint64> previous; // none: nothing to compare with
    std::optional<qint64> change() const
    {
        return previous ? std::optional(value - *previous) : std::nullopt;
    }
};

/// A data-quality finding and the records behind it (shown as rows of text).
struct QualityItem
{
    QString key; // won_missing_data, no_follow_up, duplicates, open_conflicts
    QString label;
    QStringList columns;
    QList<QStringList> rows;
    int count = 0; // may exceed rows (rows are capped)
};

/// What the manager's dashboard shows for a period and a set of members (their team, or everyone).
struct ManagerDashboard
{
    Period period;
    Kpi revenue;      // credited won revenue, fen
    Kpi dealsWon;     // credited deals, hundredths (a 60% share is 60)
    Kpi followUps;    // count
    Kpi satisfaction; // average rating, hundredths; value 0 and no previous when no rating
    bool hasSatisfaction = false;
    QMap<QString, int> tiers;           // tier key → members
    QList<Scorecard> members;           // scored members in scope, by login
    QList<QPair<Period, qint64>> trend; // credited won revenue of the last 12 periods, oldest first
    /// Open amounts by expected close from the period on: "overdue" (expected before it), then months.
    QList<QPair<QString, qint64>> pipeline;
    struct Mover
    {
        QString name;
        qint64 change = 0; // revenue, fen
    };
    QList<Mover> movers; // the largest changes of credited won revenue, up then down
    QList<QualityItem> quality;
    /// An open period is compared like with like (PRODUCT.md; issue "Exact numbers" 10): its days so far
    /// with the same first days of the previous period — these, when today is inside the period; empty when
    /// the whole previous period compares.
    std::optional<std::pair<QDate, QDate>> comparedDays;
    /// The team's won revenue against its members' revenue targets added up, as expected by today (inside
    /// the period, with targets).
    std::optional<Pace> revenuePace;
};

/// What a rep's dashboard shows.
struct RepDashboard
{
    std::optional<Scorecard> card;
    std::optional<NextTier> next;
    /// The rep's won revenue against the part of their target expected by today.
    std::optional<Pace> revenuePace;
    struct Point
    {
        Period period;
        qint64 revenue = 0;
        std::optional<qint64> target;
    };
    QList<Point> trend;          // the last 6 periods, oldest first
    QList<StatementLine> awards; // this period's, newest first
    struct Due
    {
        QString customer;
        QDate lastFollowUp; // invalid: never
    };
    QList<Due> due; // their customers without a follow-up in 14 days, longest first
};

/// The dashboards' figures, each an aggregate query over the indexes (the scores from the scoring engine).
/// Figures that do not depend on the period (the pipeline, the monthly revenue behind the trend, the data
/// quality findings) are computed once and kept; each committed write's change set (apply()) drops or
/// patches only those it touches.
class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    explicit DashboardData(Workspace &workspace) : m_workspace(workspace) {}
    /// `scope`: the members it covers (empty: everyone).
    ManagerDashboard manager(const Period &period, const QStringList &scope);
    RepDashboard rep(const QString &memberId, const Period &period);
    /// Forget the kept figures and the scoring ledgers (after a change it cannot follow).
    void invalidate()
    {
        m_cache.reset();
        m_ledgers = {};
        m_unreadable = {};
    }
    /// After a committed write: the kept figures its rows (ChangeSet) touch are patched — the pipeline, deal
    /// by deal — or computed again when next asked — the monthly revenue after a deal changed (from the
    /// patched ledger), the quality findings after a customer, follow-up, member or conflict changed; the
    /// rest stay. The ledgers are handed over again (ScoreLedgerStore holds them patched). A change set
    /// without its rows forgets everything.
    void apply(const ChangeSet &changes);

    /// The figures kept for a scope; another instance (on another connection to the same file) may adopt
    /// them rather than compute them again. Each part is computed when first needed.
    struct Kept
    {
        struct Open
        {
            qint64 amount = 0; // fen, in the base currency
            qint64 deals = 0;
        };
        QStringList scope;
        std::optional<QMap<QString, qint64>> monthlyRevenue; // "2025-06" → fen
        std::optional<QMap<QString, Open>> pipeline;         // open deals by expected close month
        std::optional<QList<QualityItem>> quality;
        QDate qualityOn; // the findings count days up to it ("no follow-up in 30 days")
    };
    const std::optional<Kept> &kept() const { return m_cache; }
    void adopt(std::optional<Kept> kept) { m_cache = std::move(kept); }

    /// The scoring ledgers (ScoreLedger) of all won deals and of confirmed ones, when read: with them a
    /// period's figures come from memory. Without them, from queries (the same figures).
    const ScoreLedgers &ledgers() const { return m_ledgers; }
    const UnreadableLedgers &unreadableLedgers() const { return m_unreadable; }
    void adoptLedgers(const ScoreLedgers &ledgers, const UnreadableLedgers &unreadable = {})
    {
        m_ledgers = ledgers;
        m_unreadable = unreadable;
    }
    /// Reads the ledgers a period's figures use (that of all won deals, for the trend and the follow-ups,
    /// and that of the period's plan) unless read already or known to be unreadable. True when that
    /// changed what it holds (a ledger read, or found unreadable: then the queries serve); false when
    /// there was nothing to read, or a read was interrupted.
    bool readLedgers(const Period &period);

private:
    const Kept &cache(const QStringList &scope);
    QList<QualityItem> quality(const QStringList &scope);
    QByteArray scopeSql(const QStringList &scope, const char *column) const;

    Workspace &m_workspace;
    std::optional<Kept> m_cache;
    ScoreLedgers m_ledgers;
    UnreadableLedgers m_unreadable{}; // not tried again until a change
};

} // namespace attain
