// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <QtNumeric>

#include <limits>

namespace attain {

namespace {

struct CurrencyInfo
{
    const char *code;
    int digits;
    const char16_t *symbol;
};

constexpr CurrencyInfo kCurrencies[] = {
    {"CNY", 2, u"¥"},   {"USD", 2, u"$"},  {"EUR", 2, u"€"},   {"GBP", 2, u"£"}, {"HKD", 2, u"HK$"},
    {"TWD", 2, u"NT$"}, {"SGD", 2, u"S$"}, {"JPY", 0, u"JP¥"}, {"KRW", 0, u"₩"},
};

const CurrencyInfo *findCurrency(const QString &code)
{
    for (const auto &c : kCurrencies)
        if (code == QLatin1String(c.code))
            return &c;
    return nullptr;
}

qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// Removes a currency marker at the start or end; reports which currency it named, if any.
QString stripCurrencyMarkers(QString s, QString *named)
{
    static const struct
    {
        const char16_t *text;
        const char *code;
        bool prefix;
    } markers[] = {
        {u"HK$", "HKD", true}, {u"NT$", "TWD", true},  {u"S$", "SGD", true},   {u"RMB", "CNY", true},
        {u"CNY", "CNY", true}, {u"USD", "USD", true},  {u"EUR", "EUR", true},  {u"GBP", "GBP", true},
        {u"¥", "", true},      {u"$", "USD", true},    {u"€", "EUR", true},    {u"£", "GBP", true},
        {u"元", "CNY", false}, {u"RMB", "CNY", false}, {u"CNY", "CNY", false}, {u"USD", "USD", false},
    };
    // Amounts that start with a digit and end with one carry no marker (nearly every imported one).
    if (!s.isEmpty() && s.front().isDigit() && s.back().isDigit())
        return s;
    for (const auto &m : markers) {
        const QStringView text(m.text);
        if (m.prefix && s.startsWith(text, Qt::CaseInsensitive)) {
            s = s.mid(text.size()).trimmed();
            *named = QLatin1String(m.code);
            break;
        }
        if (!m.prefix && s.endsWith(text, Qt::CaseInsensitive)) {
            s.chop(text.size());
            s = s.trimmed();
            *named = QLatin1String(m.code);
            break;
        }
    }
    return s;
}

} // namespace

int Money::minorDigits(const QString &currency)
{
    const auto *c = findCurrency(currency);
    return c ? c->digits : 2;
}

QStringList Money::knownCurrencies()
{
    QStringList out;
    for (const auto &c : kCurrencies)
        out << QLatin1String(c.code);
    return out;
}

qint64 Money::minorPerMajor(const QString &currency)
{
    return pow10(minorDigits(currency));
}

bool Money::isKnownCurrency(const QString &currency)
{
    return findCurrency(currency) != nullptr;
}

QString Money::symbol(const QString &currency)
{
    const auto *c = findCurrency(currency);
    return c ? QString::fromUtf16(c->symbol) : currency + QLatin1Char(' ');
}

namespace {
enum class Shape
{
    Ok,
    NotAmount,
    TooManyDecimals,
    TooLarge
};

// `1234`, `1,234`, `1234.5`, `1,234.56`: digits with optional groups of three, and a fraction.
Shape parseDecimal(QStringView s, int digits, qint64 *out)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    qint64 whole = 0;
    int groupDigits = 0, leadDigits = 0;
    bool grouped = false;
    for (; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c >= u'0' && c <= u'9') {
            if (qMulOverflow(whole, qint64(10), &whole) || qAddOverflow(whole, qint64(c - u'0'), &whole))
                return Shape::TooLarge;
            (grouped ? groupDigits : leadDigits)++;
        } else if (c == u',') {
            if ((grouped ? groupDigits != 3 : leadDigits < 1 || leadDigits > 3))
                return Shape::NotAmount;
            grouped = true;
            groupDigits = 0;
        } else {
            break;
        }
    }
    if (leadDigits == 0 || (grouped && groupDigits != 3))
        return Shape::NotAmount;
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < n && s[i] == u'.') {
        for (++i; i < n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return Shape::NotAmount;
            if (++fractionDigits > digits)
                return Shape::TooManyDecimals;
            fraction = fraction * 10 + (c - u'0');
        }
    }
    if (i != n)
        return Shape::NotAmount;
    for (int k = fractionDigits; k < digits; ++k)
        fraction *= 10;
    qint64 scale = 1;
    for (int k = 0; k < digits; ++k)
        scale *= 10;
    if (qMulOverflow(whole, scale, &whole) || qAddOverflow(whole, fraction, &whole))
        return Shape::TooLarge;
    *out = whole;
    return Shape::Ok;
}
} // namespace

Result<Money> Money::parse(QStringView text, const QString &currency)
{
    const QString field = QStringLiteral("amount");
    // NFKC folds full-width digits, commas, points and the full-width yen sign to their ASCII forms;
    // plain ASCII (almost every imported amount) skips it.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    QString s = ascii ? text.trimmed().toString()
                      : text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    if (s.isEmpty())
        return Result<Money>::failure(field, tr("an amount is required"));

    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    QString named;
    s = stripCurrencyMarkers(s, &named);
    if (!named.isEmpty() && named != currency)
        return Result<Money>::failure(field,
                                      tr("“%1” is in %2, not %3").arg(text.toString(), named, currency));
    if (!negative && s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    const int digits = minorDigits(currency);
    qint64 minor = 0;
    switch (parseDecimal(s, digits, &minor)) {
    case Shape::Ok: break;
    case Shape::NotAmount:
        return Result<Money>::failure(field, tr("“%1” is not an amount").arg(text.toString()));
    case Shape::TooManyDecimals:
        return Result<Money>::failure(
            field, tr("“%1” has more than %n decimal place(s)", nullptr, digits).arg(text.toString()));
    case Shape::TooLarge: return Result<Money>::failure(field, tr("“%1” is too large").arg(text.toString()));
    }
    return Money(negative ? -minor : minor, currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return Result<Money>::failure(QStringLiteral("currency"),
                                      tr("cannot add %1 to %2").arg(other.m_currency, m_currency));
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum))
        return Result<Money>::failure(QStringLiteral("amount"), tr("the sum is too large"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_minor == std::numeric_limits<qint64>::min())
        return Result<Money>::failure(QStringLiteral("amount"), tr("the difference is too large"));
    return plus(other.negated());
}

Result<Money> Money::times(qint64 numerator, qint64 denominator) const
{
    qint64 result = 0;
    if (!mulDivRound(m_minor, numerator, denominator, &result))
        return Result<Money>::failure(QStringLiteral("amount"), tr("the amount is too large"));
    return Money(result, m_currency);
}

QString scaledToDecimal(qint64 value, int digits)
{
    const bool negative = value < 0;
    // Work in unsigned so that the most negative value formats too.
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    const quint64 p = quint64(pow10(digits));
    QString s = QString::number(magnitude / p);
    if (digits > 0)
        s += QLatin1Char('.') + QString::number(magnitude % p).rightJustified(digits, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

QString formatScaled(qint64 value, int digits, const QLocale &locale)
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    const quint64 p = quint64(pow10(digits));
    QString s = locale.toString(qulonglong(magnitude / p));
    if (digits > 0)
        s += locale.decimalPoint() + QString::number(magnitude % p).rightJustified(digits, QLatin1Char('0'));
    return negative ? locale.negativeSign() + s : s;
}

QString Money::toDecimalString() const
{
    return scaledToDecimal(m_minor, minorDigits(m_currency));
}

QString Money::format(const QLocale &locale) const
{
    const QString body = formatScaled(m_minor < 0 ? -m_minor : m_minor, minorDigits(m_currency), locale);
    return (m_minor < 0 ? locale.negativeSign() : QString()) + symbol(m_currency) + body;
}

QString Money::formatCompact(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    const qint64 unit = pow10(digits);
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    const bool chinese = locale.language() == QLocale::Chinese;
    struct Step
    {
        qint64 factor;
        QString suffix;
    };
    QList<Step> table;
    if (chinese)
        table = {{100000000, QStringLiteral("亿")}, {10000, QStringLiteral("万")}};
    else
        table = {
            {1000000000, QStringLiteral("B")}, {1000000, QStringLiteral("M")}, {1000, QStringLiteral("K")}};
    for (const auto &step : table) {
        const qint64 threshold = step.factor * unit;
        if (magnitude / unit >= step.factor && threshold > 0) {
            // Two decimals of the large unit, rounded half away from zero.
            qint64 hundredths = 0;
            mulDivRound(magnitude, 100, threshold, &hundredths);
            QString number = formatScaled(hundredths, 2, locale);
            // Drop trailing zeros after the decimal point: 2.50万 → 2.5万, 3.00万 → 3万.
            const QString dp = locale.decimalPoint();
            if (number.contains(dp)) {
                while (number.endsWith(QLatin1Char('0')))
                    number.chop(1);
                if (number.endsWith(dp))
                    number.chop(dp.size());
            }
            return (m_minor < 0 ? locale.negativeSign() : QString()) + symbol(m_currency) + number +
                   step.suffix;
        }
    }
    return format(locale);
}

} // namespace attain
