// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/dates.h"

#include "core/domain/textnorm.h"

#include <QRegularExpression>

#include <cstdio>

namespace attain {

namespace {

struct Parts
{
    QDate date;
    QTime time;
    bool matched = false;
};

Parts split(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?)"
                       R"((?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$)"));
    const QString s = foldWidth(text).trimmed();
    const auto m = re.match(s);
    Parts parts;
    if (!m.hasMatch())
        return parts;
    parts.matched = true;
    parts.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (m.capturedLength(4) > 0)
        parts.time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    else
        parts.time = QTime(0, 0);
    return parts;
}

} // namespace

Result<QDate> Dates::parseDate(QStringView text, const QString &field)
{
    // The common form, 2025-03-05, without a regular expression.
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        auto digit = [&](int i) { return text[i].unicode() >= u'0' && text[i].unicode() <= u'9'; };
        if (digit(0) && digit(1) && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9)) {
            auto num = [&](int i, int n) {
                int v = 0;
                for (int k = 0; k < n; ++k)
                    v = v * 10 + (text[i + k].unicode() - u'0');
                return v;
            };
            const QDate d(num(0, 4), num(5, 2), num(8, 2));
            if (d.isValid())
                return d;
        }
    }
    if (text.trimmed().isEmpty())
        return Result<QDate>::failure(field, tr("a date is required"));
    const Parts parts = split(text);
    if (!parts.matched)
        return Result<QDate>::failure(
            field, tr("“%1” is not a date; use 2025-03-05, 2025/3/5, 2025.3.5 or 2025年3月5日")
                       .arg(text.toString()));
    if (!parts.date.isValid())
        return Result<QDate>::failure(field, tr("“%1” is not a day of the calendar").arg(text.toString()));
    if (!parts.time.isValid())
        return Result<QDate>::failure(field, tr("“%1” has an invalid time").arg(text.toString()));
    return parts.date;
}

Result<QDateTime> Dates::parseDateTime(QStringView text, const QString &field)
{
    const auto date = parseDate(text, field);
    if (!date)
        return date.problems();
    const Parts parts = split(text);
    return wallClock(parts.date, parts.time);
}

QString Dates::toIso(const QDateTime &dt)
{
    if (!dt.isValid())
        return QString();
    // Formatted by hand: QDateTime::toString goes through the locale and the time zone.
    const QDate d = dt.date();
    const QTime t = dt.time();
    char buf[20];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(), t.hour(),
                  t.minute(), t.second());
    return QString::fromLatin1(buf, 19);
}

QDateTime Dates::fromIsoDateTime(const QString &text)
{
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime t = QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"));
    if (!d.isValid() || !t.isValid())
        return QDateTime();
    return wallClock(d, t);
}

} // namespace attain
