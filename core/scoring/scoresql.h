// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL the scoring engine's queries share: whose credits a query reads, the credits of a period's won
// deals, and the binding of the period and members to their parameters.
#pragma once

#include "core/domain/period.h"

#include <QByteArray>
#include <QStringList>

namespace attain {

class Statement;

namespace scoresql {

/// The day after a period, as ISO text (the exclusive end of a range of times).
QString nextDay(const Period &p);

/// Whose credits a query reads: everyone's, or some members' (?3, a JSON array of ids).
enum class Credited
{
    Everyone,
    FewMembers,  // through their owner and split indexes: the cost grows with their deals
    ManyMembers, // the period's won deals, kept if credited to one of them: the cost grows with the period
};

/// Up to this many members, reading their own deals is cheaper than reading the period's. Measured on
/// the 1,000,000-deal workspace, a team of 25: their credits of a quarter 207 ms through their indexes,
/// 88 ms from the period's; one member's about 5 ms through theirs.
constexpr int kFewMembers = 4;

Credited whoIsCredited(const QStringList &members);

/// The period's won deals as (deal, member, percent) credits: the owner's 100% unless the deal is
/// split.
QByteArray creditsCte(bool confirmedOnly, Credited who);

/// `alias`.stage = 'won', and confirmed when only confirmed deals count.
QByteArray wonFilter(bool confirmedOnly, const char *alias);

/// ?1 and ?2 the period, ?3 one member (when given).
void bindPeriod(Statement &st, const Period &p, const QString &member);

/// ?1 and ?2 the period, ?3 the members as a JSON array (for creditsCte and the other subset queries).
void bindMembers(Statement &st, const Period &p, const QStringList &members);

} // namespace scoresql
} // namespace attain
