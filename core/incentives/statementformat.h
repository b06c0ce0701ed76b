// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/incentives/incentivestatement.h"

#include <QCoreApplication>

namespace attain {

/// Statements in words: each line's description and how it was computed, and the statement as CSV or as a
/// plain-text table (the command line's formats).
class StatementFormat
{
    Q_DECLARE_TR_FUNCTIONS(StatementFormat)

public:
    /// The line in words: what it pays on.
    static QString describe(const StatementLine &line);
    /// How the amount was computed, in a sentence or two.
    static QString explain(const StatementLine &line, const IncentiveStatement &statement);
    /// Basis points as a percent with two decimals: 250 → "2.50".
    static QString rateText(int basisPoints);
    /// `period,login,name,team,line,date,reference,base,rate_percent,amount,currency`, one row per line.
    static QString csv(const QList<IncentiveStatement> &statements);
    static QString table(const QList<IncentiveStatement> &statements);
};

} // namespace attain
