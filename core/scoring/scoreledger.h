// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/scoring/targettable.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace attain {

class Workspace;
struct ChangeSet;

/// A subject's sums for a period, before the scoring engine turns them into metric values.
struct ScoreSums
{
    qint64 revenue = 0;      // Σ credited amount, fen (each split's whole-fen credit)
    qint64 sharePercent = 0; // Σ percent
    qint64 newCustomers = 0;
    qint64 followUps = 0;
    qint64 ratingSum = 0, ratingCount = 0;
    qint64 customers = 0, repeatCustomers = 0;
    qint64 previousRevenue = 0;
    qint64 previousSharePercent = 0;

    /// Adds another subject's sums, but not the distinct counts (customers, repeat customers): a team's
    /// come from its own (team, customer) pairs.
    void add(const ScoreSums &o);
};

/// Everything the scoring engine sums over, read from the workspace once and held in memory: the won deals'
/// credits (owner or split shares) by close date, each customer's first purchase (its date and the owner of
/// that deal), and each member's follow-ups and ratings by month. A period's sums for everyone then take
/// milliseconds instead of a pass over the period's records (a year of 250,000 credits: about a second in
/// SQLite). The same rules as the engine's queries — PRODUCT.md "Scoring" — on the same records; a test
/// checks that both give the same scorecards. It holds the workspace as it was read: after a change it is
/// dropped and read again (on the 1,000,000-deal workspace, about a second, in the background).
class ScoreLedger
{
public:
    /// Reads the ledger of all won deals, or of confirmed won deals only (a plan that counts only those).
    /// Null when a query failed or was interrupted (sqlite3_interrupt, a progress handler), or when a
    /// date is not in the workspace's ISO form: the engine then reads the records itself. `interrupted`
    /// tells the first case from the others.
    static std::shared_ptr<const ScoreLedger> read(Workspace &workspace, bool confirmedOnly,
                                                   bool *interrupted = nullptr);

    bool confirmedOnly() const { return m_confirmedOnly; }

    /// Each member's sums for a period: everyone's, or those of `only` (member ids). With `teamOf` (member id
    /// → team id), `teams` receives each team's distinct customers of the period and those of them who had
    /// bought before it (ScoreSums::customers, repeatCustomers): a customer credited to two of a team's
    /// members counts once.
    QHash<QString, ScoreSums> sums(const Period &period, const QStringList &only,
                                   const QHash<QString, QString> *teamOf = nullptr,
                                   QHash<QString, ScoreSums> *teams = nullptr) const;
    /// Follow-ups (activities other than notes) of a period by the given members (empty: everyone).
    qint64 followUps(const Period &period, const QStringList &scope) const;
    /// The sum and count of the period's ratings of the given members (empty: everyone).
    QPair<qint64, qint64> ratings(const Period &period, const QStringList &scope) const;
    /// Credited won revenue × 100 by month ("2025-06"), of the given members (empty: everyone).
    QMap<QString, qint64> monthlyRevenue(const QStringList &scope) const;

    /// The targets as set, every period's (read with the ledger).
    const std::shared_ptr<const TargetTable> &targets() const { return m_targets; }

    qsizetype creditCount() const { return qsizetype(m_credits.size()); }

    /// The ledger after one committed write (`changes`, ChangeSet), applied row by row instead of read again:
    /// a deal's old credits taken out and its new ones put in by close date, its customers' first purchases
    /// looked up again, a follow-up's or rating's month counted again — milliseconds on the 1,000,000-deal
    /// workspace, where a read takes about a second. `ledger` itself when nothing it holds changed; null
    /// when the changes cannot be applied row by row (a write too large to list its rows, a credit it cannot
    /// find): then it is read again.
    static std::shared_ptr<const ScoreLedger> patched(const std::shared_ptr<const ScoreLedger> &ledger,
                                                      Workspace &workspace, const ChangeSet &changes);

private:
    ScoreLedger() = default;
    ScoreLedger(const ScoreLedger &) = default;
    /// The index of a member or customer id, added when new.
    qint32 memberOf(const QString &id);
    qint32 customerOf(const QString &id);
    /// 1 for each member index in `ids`; empty when `ids` is (everyone).
    std::vector<char> memberFilter(const QStringList &ids) const;
    /// The credits closed within a period: [first, last).
    std::pair<size_t, size_t> creditRange(const Period &period) const;

    struct Credit
    {
        qint32 day;      // yyyymmdd
        qint32 member;   // index in m_memberIds
        qint32 customer; // index in m_customerIds
        qint32 percent;
        qint64 credited; // fen: the deal's amount, or this member's credited part of it
    };
    struct Monthly
    {
        qint64 followUps = 0;
        qint64 ratingSum = 0, ratingCount = 0;
    };
    /// Adds a member's follow-ups and ratings of these months to `total`; false when there were none.
    bool addMonths(qint32 member, const QList<Period> &months, Monthly &total) const;
    /// The follow-ups and ratings of a period of the given members (empty: everyone).
    Monthly scopeMonths(const Period &period, const QStringList &scope) const;

    bool m_confirmedOnly = false;
    QStringList m_memberIds;
    QHash<QString, qint32> m_memberIndex;
    QStringList m_customerIds;
    QHash<QString, qint32> m_customerIndex;
    std::vector<Credit> m_credits;     // by close date
    std::vector<qint32> m_firstDay;    // by customer: the close of their first won deal (yyyymmdd)
    std::vector<qint32> m_firstOwner;  // by customer: that deal's owner
    QHash<quint64, Monthly> m_monthly; // (member index << 32 | yyyymm) → the month's follow-ups and ratings
    std::shared_ptr<const TargetTable> m_targets;
};

/// The ledger of all won deals and that of confirmed won deals only, each when read: [confirmed only].
using ScoreLedgers = std::array<std::shared_ptr<const ScoreLedger>, 2>;
/// Which of them cannot be read from the file as it is (a date not in ISO form): [confirmed only].
using UnreadableLedgers = std::array<bool, 2>;

} // namespace attain
