// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/incentives/commission.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace attain {

class Workspace;

/// One line of a statement, with how it was computed.
struct StatementLine
{
    enum class Kind
    {
        Commission,
        Award
    };
    Kind kind = Kind::Commission;
    QDate date;
    QString reference; // a deal number, a customer
    QString description;
    qint64 baseMinor = 0;    // commission: the part of the base in the band
    int rateBasisPoints = 0; // commission: the band's rate
    qint64 amountMinor = 0;
};

/// A member's statement for a period (PRODUCT.md "Incentives", the Standard plan's incentives): the
/// graduated commission on their credited won revenue against the period's revenue target, and the awards
/// dated in the period — ¥200 for the first won deal of each calendar month, ¥50 for each 5-star rating.
struct IncentiveStatement
{
    QString memberId, login, name, team;
    Period period;
    QString plan;
    qint64 baseMinor = 0;
    std::optional<qint64> targetMinor;
    QList<StatementLine> lines;
    qint64 commissionMinor = 0, awardsMinor = 0, adjustmentsMinor = 0, totalMinor = 0;
    bool capped = false;
};

class StatementBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StatementBuilder)

public:
    static constexpr qint64 firstDealAwardMinor = 20000;
    static constexpr qint64 fiveStarAwardMinor = 5000;

    explicit StatementBuilder(Workspace &workspace) : m_workspace(workspace) {}
    /// Every scored member's statement (or the given members'), by login.
    QList<IncentiveStatement> members(const Period &period, const QStringList &memberIds = {});

    /// `period,login,name,team,line,date,reference,base,rate_percent,amount,currency`, one row per line.
    static QString csv(const QList<IncentiveStatement> &statements);
    static QString table(const QList<IncentiveStatement> &statements);

private:
    Workspace &m_workspace;
};

} // namespace attain
