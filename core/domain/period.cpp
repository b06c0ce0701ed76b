// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/period.h"

#include <QRegularExpression>

namespace attain {

Result<Period> Period::parse(QStringView text)
{
    const QString s = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression monthRe(QStringLiteral(R"(^(\d{4})-(\d{1,2})$)"));
    static const QRegularExpression quarterRe(QStringLiteral(R"(^(\d{4})-?[Qq]([1-4])$)"));
    static const QRegularExpression yearRe(QStringLiteral(R"(^(\d{4})$)"));
    const QString field = QStringLiteral("period");
    if (auto m = monthRe.match(s); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        if (year < 1900 || month < 1 || month > 12)
            return Result<Period>::failure(field, tr("“%1” is not a valid month").arg(s));
        return Period::month(year, month);
    }
    if (auto m = quarterRe.match(s); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (year < 1900)
            return Result<Period>::failure(field, tr("“%1” is not a valid quarter").arg(s));
        return Period::quarter(year, m.captured(2).toInt());
    }
    if (auto m = yearRe.match(s); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (year < 1900)
            return Result<Period>::failure(field, tr("“%1” is not a valid year").arg(s));
        return Period::year(year);
    }
    return Result<Period>::failure(
        field,
        tr("“%1” is not a period; use a month (2025-06), a quarter (2025-Q2) or a year (2025)").arg(s));
}

QDate Period::start() const
{
    switch (m_kind) {
    case Kind::Month:
        return QDate(m_year, m_index, 1);
    case Kind::Quarter:
        return QDate(m_year, (m_index - 1) * 3 + 1, 1);
    case Kind::Year:
        return QDate(m_year, 1, 1);
    }
    return {};
}

QDate Period::end() const
{
    return next().start().addDays(-1);
}

Period Period::previous() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_index == 1 ? month(m_year - 1, 12) : month(m_year, m_index - 1);
    case Kind::Quarter:
        return m_index == 1 ? quarter(m_year - 1, 4) : quarter(m_year, m_index - 1);
    case Kind::Year:
        return year(m_year - 1);
    }
    return {};
}

Period Period::next() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_index == 12 ? month(m_year + 1, 1) : month(m_year, m_index + 1);
    case Kind::Quarter:
        return m_index == 4 ? quarter(m_year + 1, 1) : quarter(m_year, m_index + 1);
    case Kind::Year:
        return year(m_year + 1);
    }
    return {};
}

QList<Period> Period::months() const
{
    QList<Period> out;
    for (Period p = monthOf(start()); p.start() <= end(); p = p.next())
        out << p;
    return out;
}

QString Period::toString() const
{
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_index);
    case Kind::Year:
        return QString::number(m_year);
    }
    return {};
}

QString Period::label() const
{
    switch (m_kind) {
    case Kind::Month:
        // Chinese writes the number (2025年6月), other languages the month's name (June 2025).
        if (QLocale().language() == QLocale::Chinese)
            return QStringLiteral("%1年%2月").arg(m_year).arg(m_index);
        return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(m_index)).arg(m_year);
    case Kind::Quarter:
        //: A quarter, e.g. "Q2 2025"; %1 is the year, %2 the quarter number
        return tr("Q%2 %1").arg(m_year).arg(m_index);
    case Kind::Year:
        return QLocale().language() == QLocale::Chinese ? QStringLiteral("%1年").arg(m_year)
                                                        : QString::number(m_year);
    }
    return {};
}

} // namespace attain
