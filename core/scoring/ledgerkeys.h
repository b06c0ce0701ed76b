// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring ledger's keys (ScoreLedger, inside core/scoring only): days and months as integers, and a
// member's month as one number.
#pragma once

#include <QByteArrayView>
#include <QDate>

#include <limits>

namespace attain::ledger {

inline constexpr qint32 kNever = std::numeric_limits<qint32>::max();

inline int digits(QByteArrayView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// `2025-06` at the start of a date or time, as 202506; -1 when the text does not start so.
inline qint32 monthKey(QByteArrayView text)
{
    if (text.size() < 7 || text.at(4) != '-')
        return -1;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2);
    return year < 0 || month < 1 || month > 12 ? -1 : year * 100 + month;
}

/// `2025-06-30` at the start of a date or time as 20250630, ordered as the text is; -1 when the text does
/// not start with a date of the calendar in ISO form.
inline qint32 dayKey(QByteArrayView text)
{
    const qint32 month = monthKey(text);
    if (month < 0 || text.size() < 10 || text.at(7) != '-')
        return -1;
    const int day = digits(text, 8, 2);
    return day < 0 || !QDate::isValid(month / 100, month % 100, day) ? -1 : month * 100 + day;
}

inline qint32 dayKey(QDate date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

inline quint64 monthlyKey(qint32 member, qint32 yyyymm)
{
    return quint64(quint32(member)) << 32 | quint32(yyyymm);
}

} // namespace attain::ledger
