// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

namespace attain {

/// The rules every text a person or a file gives Attain obeys, whichever door it came through: no control
/// characters (a NUL, an escape, a bell — invisible, and poison for a terminal or the finance CSV), and a
/// length a screen and a spreadsheet cell can hold. Line breaks and tabs are text: a spreadsheet cell holds
/// them (Alt+Enter) and RFC 4180 carries them.
///
/// The lengths, in characters (UTF-16 code units, as Qt counts them):
/// names of customers 200, members 100, teams 60; numbers (external ids, contract numbers) 64; logins 64;
/// products, sources, plan names and import column headers 100; phones 40; e-mail addresses 254; reasons and
/// notes for the record (adjustments, decisions, reopenings) 1,000; follow-up notes 4,000; rating comments
/// 2,000.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    static constexpr int nameOfCustomer = 200;
    static constexpr int nameOfMember = 100;
    static constexpr int nameOfTeam = 60;
    static constexpr int number = 64;
    static constexpr int label = 100;
    static constexpr int phone = 40;
    static constexpr int email = 254;
    static constexpr int reason = 1000;
    static constexpr int notes = 4000;
    static constexpr int comment = 2000;

    /// Adds a problem on `field` when `text` breaks the rules; true when it keeps them.
    static bool check(Problems &problems, const QString &field, const QString &text, int maxLength);
    /// The first character a text may not hold, as "U+0000"; empty when there is none.
    static QString forbiddenCharacter(const QString &text);
};

} // namespace attain
