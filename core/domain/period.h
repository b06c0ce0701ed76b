// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace attain {

/// A reporting period: a month `2025-06`, a quarter `2025-Q2` or a year `2025`, in local calendar dates.
class Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind
    {
        Month,
        Quarter,
        Year
    };

    Period() = default;
    static Period month(int year, int month) { return Period(Kind::Month, year, month); }
    static Period quarter(int year, int quarter) { return Period(Kind::Quarter, year, quarter); }
    static Period year(int year) { return Period(Kind::Year, year, 1); }
    static Period monthOf(QDate date) { return month(date.year(), date.month()); }
    static Period quarterOf(QDate date) { return quarter(date.year(), (date.month() - 1) / 3 + 1); }

    /// Parses `2025-06`, `2025-6`, `2025-Q2`, `2025q2` and `2025`.
    static Result<Period> parse(QStringView text);

    bool isValid() const { return m_year > 0; }
    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    /// Month 1–12, quarter 1–4, or 1 for a year.
    int index() const { return m_index; }

    QDate start() const;
    /// The last day inside the period.
    QDate end() const;
    Period previous() const;
    Period next() const;
    bool contains(QDate date) const { return date >= start() && date <= end(); }
    bool contains(const Period &other) const { return other.start() >= start() && other.end() <= end(); }
    /// The months a period is made of, in order.
    QList<Period> months() const;

    /// Canonical key: `2025-06`, `2025-Q2`, `2025`.
    QString toString() const;
    /// A label for people: `2025年6月`, `June 2025`, `2025年第2季度`, `Q2 2025`.
    QString label() const;

    bool operator==(const Period &) const = default;
    bool operator<(const Period &o) const
    {
        return start() < o.start() || (start() == o.start() && int(m_kind) < int(o.m_kind));
    }

private:
    Period(Kind kind, int year, int index) : m_kind(kind), m_year(year), m_index(index) {}

    Kind m_kind = Kind::Month;
    int m_year = 0;
    int m_index = 0;
};

} // namespace attain
