// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/rate.h"

#include "core/domain/exact.h"
#include "core/domain/money.h"
#include "core/domain/textnorm.h"

#include <QRegularExpression>

namespace attain {

Result<qint64> Rate::parse(QStringView text)
{
    QString t = foldWidth(text).trimmed();
    t.remove(QLatin1Char(','));
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,7})(?:\\.([0-9]{0,6}))?$"));
    const auto m = shape.match(t);
    auto refused = [&](const QString &why) { return Result<qint64>(Problem{QStringLiteral("rate"), why}); };
    if (!m.hasMatch()) {
        static const QRegularExpression tooPrecise(QStringLiteral("^[0-9]+\\.[0-9]{7,}$"));
        if (tooPrecise.match(t).hasMatch())
            return refused(tr("“%1” has more than six decimals").arg(text.toString()));
        return refused(tr("“%1” is not a rate (a number such as 7.1 or 0.048)").arg(text.toString()));
    }
    QString fraction = m.captured(2);
    fraction = fraction.leftJustified(6, QLatin1Char('0'));
    const qint64 micro = m.captured(1).toLongLong() * microPerUnit + fraction.toLongLong();
    if (micro <= 0)
        return refused(tr("a rate is more than zero"));
    if (micro > maxMicro)
        return refused(tr("“%1” is more than %2, the largest rate").arg(text.toString(), format(maxMicro)));
    return micro;
}

QString Rate::format(qint64 micro)
{
    QString s = scaledToDecimal(micro, 6);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString Rate::parseMonth(QStringView text)
{
    const QString t = foldWidth(text).trimmed();
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*月?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return QString();
    const int year = m.captured(1).toInt(), month = m.captured(2).toInt();
    if (year < 1900 || month < 1 || month > 12)
        return QString();
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QString Rate::monthOf(QDate closedOn, QDate createdOn)
{
    const QDate d = closedOn.isValid() ? closedOn : createdOn;
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM")) : QString();
}

std::optional<qint64> Rate::convert(qint64 amountMinor, const QString &currency, qint64 micro,
                                    const QString &base)
{
    const Exact value = Exact(amountMinor) * Exact::ratio(micro, microPerUnit) *
                        Exact::ratio(Money::minorPerMajor(base), Money::minorPerMajor(currency));
    return value.rounded();
}

Problems Rate::validate(const QString &base) const
{
    Problems problems;
    if (!Money::isKnownCurrency(currency))
        problems << Problem{QStringLiteral("currency"), tr("“%1” is not a supported currency").arg(currency)};
    else if (currency == base)
        problems << Problem{QStringLiteral("currency"),
                            tr("%1 is the base currency; it needs no rate").arg(currency)};
    if (parseMonth(month) != month || month.isEmpty())
        problems << Problem{QStringLiteral("month"), tr("a month such as 2025-03 is required")};
    if (micro <= 0 || micro > maxMicro)
        problems << Problem{QStringLiteral("rate"),
                            tr("a rate is more than zero and at most %1").arg(format(maxMicro))};
    return problems;
}

Fields Rate::fields() const
{
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("month"), month},
            {QStringLiteral("rate_micro"), micro}};
}

} // namespace attain
