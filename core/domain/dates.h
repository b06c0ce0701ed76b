// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace attain {

/// Parsing of the date forms the brief accepts: `2025-03-05`, `2025/3/5`, `2025.3.5`, `2025年3月5日`,
/// optionally followed by a time (`14:30`, `14:30:05`, `T14:30:05`).
///
/// Times of day (a follow-up's time) are wall-clock times without a zone, as people enter them. They
/// are held in QDateTime with the UTC time spec so that no zone or daylight-saving conversion ever
/// shifts them (and none is computed); `wallClock()` makes one.
class Dates
{
    Q_DECLARE_TR_FUNCTIONS(Dates)

public:
    static Result<QDate> parseDate(QStringView text, const QString &field = QStringLiteral("date"));
    /// A date with an optional time; a date alone means midnight.
    static Result<QDateTime> parseDateTime(QStringView text, const QString &field = QStringLiteral("at"));
    /// ISO text used in the workspace: `2025-03-05`.
    static QString toIso(QDate date) { return isoDate(date); }
    /// ISO text used in the workspace for times: `2025-03-05T14:30:00`.
    static QString toIso(const QDateTime &dt);
    static QDateTime wallClock(QDate date, QTime time) { return QDateTime(date, time, Qt::UTC); }
    /// The current wall-clock time of a local clock reading.
    static QDateTime wallClock(const QDateTime &local) { return wallClock(local.date(), local.time()); }
    static QDate fromIso(const QString &text) { return QDate::fromString(text, Qt::ISODate); }
    static QDateTime fromIsoDateTime(const QString &text);
};

} // namespace attain
