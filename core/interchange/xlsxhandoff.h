// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/financehandoff.h"

namespace attain {

/// The finance handoff as an Excel workbook, through libxlsxwriter: amounts as number cells with two
/// decimals, dates as date cells, a bold shaded header row that stays in view (frozen), columns wide
/// enough for their contents. Kept out of attain_core so the core links Qt Core and Sql only.
class XlsxHandoff
{
    Q_DECLARE_TR_FUNCTIONS(XlsxHandoff)

public:
    static Result<HandoffWritten> write(const HandoffTable &table, const QString &path);
    /// The table as the bytes of a workbook.
    static Result<QByteArray> encode(const HandoffTable &table);

    /// The period's whole finance handoff: the deals file at `path` and the payouts file beside it
    /// (FinanceHandoff::payoutsPath), both CSV in `csv`'s encoding or, without one, both workbooks. Both
    /// tables are built and encoded before anything is written, and the four files (with the manifests) are
    /// renamed into place only when all four are complete.
    static Result<QList<HandoffWritten>> writeHandoff(Workspace &workspace, const Period &period,
                                                      const QString &path,
                                                      std::optional<CsvWriter::Encoding> csv);
};

} // namespace attain
