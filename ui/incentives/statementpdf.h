// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/incentives/incentivestatement.h"

#include <QCoreApplication>

class QTextDocument;

namespace attain {

/// Statements printed to PDF through Qt's PDF writer, fit for pay (issue "Exact numbers" 9): A4, each member
/// from a page of their own, in the app's language — the header (member, period, plan, and the period's
/// status: open, or closed on which day), the lines across the page with base, rate and amount (no figure
/// ever broken across lines; the header row repeated on each page), the totals, how each line was computed,
/// lines for the rep's and the manager's signatures, and a footer on each page with whose statement it is
/// and "page i of n". Written to a temporary file and moved into place, so a failure leaves any earlier file
/// as it was.
class StatementPdf
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)

public:
    static QString html(const QList<IncentiveStatement> &statements, const QString &workspaceName,
                        const QDate &printedOn);
    /// Where a statement's tables break to go on from a new page: before these body rows (totals included)
    /// of the lines table and of "how each line was computed", in order; 0 starts the table on a new page.
    struct Breaks
    {
        QList<int> lines, how;
    };
    /// One statement's document.
    static QString htmlOf(const IncentiveStatement &statement, const QString &workspaceName,
                          const QDate &printedOn, const Breaks &breaks = {});
    /// Lays a statement out in `doc` (its page size set): the signatures and a table's heading kept with
    /// what follows, and no table row split across two pages — the table breaks above it and goes on,
    /// header first, on the next page.
    static void paginate(QTextDocument &doc, const IncentiveStatement &statement,
                         const QString &workspaceName, const QDate &printedOn, qreal pageHeight);
    /// `pageCount`, when given, receives the number of pages written.
    static Status write(const QString &path, const QList<IncentiveStatement> &statements,
                        const QString &workspaceName, const QDate &printedOn, int *pageCount = nullptr);
};

} // namespace attain
