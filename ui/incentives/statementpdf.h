// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/incentives/incentivestatement.h"

#include <QCoreApplication>

namespace attain {

/// Statements printed to PDF through Qt's PDF writer: one A4 page per member, in the app's language —
/// the header (member, period, plan, frozen or not), the lines with base, rate and amount, the totals, and
/// how each line was computed. Written to a temporary file and moved into place, so a failure leaves any
/// earlier file as it was.
class StatementPdf
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)

public:
    static QString html(const QList<IncentiveStatement> &statements, const QString &workspaceName,
                        const QDate &printedOn);
    static Status write(const QString &path, const QList<IncentiveStatement> &statements,
                        const QString &workspaceName, const QDate &printedOn);
};

} // namespace attain
