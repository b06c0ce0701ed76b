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
};

} // namespace attain
