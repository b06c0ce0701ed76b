// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/rateservice.h"

#include "core/domain/money.h"
#include "core/services/dealservice.h"
#include "core/services/servicesupport.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kSelect = "SELECT id, currency, month, rate_micro FROM rates";

Rate readRate(const Statement &st)
{
    Rate r;
    r.id = st.text(0);
    r.currency = st.text(1);
    r.month = st.text(2);
    r.micro = st.int64(3);
    return r;
}
} // namespace

QString RateService::baseCurrency() const
{
    return m_workspace.setting(QStringLiteral("currency"), Money::defaultCurrency());
}

Status RateService::setBaseCurrency(const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (!Money::isKnownCurrency(code))
        return Status(
            Problem{QStringLiteral("currency"), tr("“%1” is not a supported currency").arg(currency)});
    if (Status allowed = m_workspace.access().managersOnly(tr("the base currency")); !allowed)
        return allowed;
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        if (code == baseCurrency())
            return success();
        if (baseCurrencyFixed())
            return Status(Problem{QStringLiteral("currency"),
                                  tr("The base currency is chosen before the first deal or rate: changing it "
                                     "now would change every figure already reported.")});
        return m_workspace.setSetting(QStringLiteral("currency"), code);
    });
}

bool RateService::baseCurrencyFixed() const
{
    // Unreadable counts as fixed: the base is never changed on a guess.
    Statement st(m_workspace, "SELECT EXISTS (SELECT 1 FROM deals) OR EXISTS (SELECT 1 FROM rates)");
    return !st.next() || st.int64(0) != 0;
}

bool RateService::hasRates() const
{
    Statement st(m_workspace, "SELECT EXISTS (SELECT 1 FROM rates)");
    return st.next() && st.int64(0) != 0;
}

Result<qint64> RateService::baseAmount(const Deal &deal) const
{
    const QString base = baseCurrency();
    const QString currency = deal.amount.currency();
    if (currency == base)
        return deal.amount.minor();
    if (!Money::isKnownCurrency(currency))
        return Problem{QStringLiteral("currency"), tr("“%1” is not a supported currency").arg(currency)};
    const QString month = Rate::monthOf(deal.closedOn, deal.createdOn);
    const bool exactMonth = deal.stage != Stage::Open;
    Statement st(m_workspace, exactMonth ? "SELECT rate_micro FROM rates WHERE currency = ? AND month = ?"
                                         : "SELECT rate_micro FROM rates WHERE currency = ? AND month <= ? "
                                           "ORDER BY month DESC LIMIT 1");
    st.bind(1, currency).bind(2, month);
    if (!st.next()) {
        if (!st.ok())
            return st.problem(QStringLiteral("currency"));
        return Problem{QStringLiteral("currency"),
                       exactMonth ? tr("there is no rate from %1 to %2 for %3; set it under Settings ▸ "
                                       "Currencies or import it (kind “rates”)")
                                        .arg(currency, base, month)
                                  : tr("there is no rate from %1 to %2 for %3 or before; set it under "
                                       "Settings ▸ Currencies or import it (kind “rates”)")
                                        .arg(currency, base, month)};
    }
    const auto converted = Rate::convert(deal.amount.minor(), currency, st.int64(0), base);
    if (!converted || *converted > Deal::maxAmountMinor)
        return Problem{QStringLiteral("amount"),
                       tr("in %1 the amount is more than %2, the most one deal may have")
                           .arg(base, Money(Deal::maxAmountMinor, base).format(QLocale()))};
    return *converted;
}

Status RateService::write(const Rate *before, const Rate *after, References references)
{
    RecordRules<Rate> r;
    r.kind = EntityKind::Rate;
    r.gone = tr("The rate no longer exists");
    r.find = [this](const QString &id) { return find(id); };
    r.validate = [base = baseCurrency()](const Rate &rate) { return rate.validate(base); };
    r.references = [this](const Rate &rate) {
        Problems problems;
        if (const auto other = find(rate.currency, rate.month); other && other->id != rate.id)
            problems << Problem{QStringLiteral("month"),
                                tr("%1 already has a rate for %2").arg(rate.currency, rate.month)};
        return problems;
    };
    r.access = [this](const Rate *, const Rate *) { return m_workspace.access().managersOnly(tr("rates")); };
    r.fields = [](const Rate &rate) { return rate.fields(); };
    r.afterWrite = [this](const Rate *was, const Rate &now) -> Status {
        if (was && (was->currency != now.currency || was->month != now.month))
            if (Status st = reconvert(was->currency, was->month); !st)
                return st;
        return reconvert(now.currency, now.month);
    };
    r.beforeRemove = [](const Rate &) { return success(); };
    if (Status st = CheckedWrite::write(m_workspace, r, before, after, references); !st)
        return st;
    // A removed rate: the deals that took it take another, or the removal is refused.
    return after ? success() : reconvert(before->currency, before->month);
}

Result<Rate> RateService::set(Rate rate)
{
    rate.currency = rate.currency.trimmed().toUpper();
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        if (const auto existing = find(rate.currency, rate.month)) {
            rate.id = existing->id;
            if (existing->micro == rate.micro)
                return success();
            return write(&*existing, &rate);
        }
        if (rate.id.isEmpty())
            rate.id = m_workspace.newId();
        return write(nullptr, &rate);
    });
    if (!st)
        return st.problems();
    return rate;
}

Status RateService::remove(const QString &id)
{
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const auto before = find(id);
        if (!before)
            return Status(Problem{QString(), tr("The rate no longer exists")});
        return write(&*before, nullptr);
    });
}

Status RateService::reconvert(const QString &currency, const QString &month)
{
    // Won and lost deals take their own month's rate; open ones the newest at or before their month.
    Statement st(m_workspace, "SELECT id FROM deals WHERE currency = ?1 AND ((stage <> 'open' AND "
                              "substr(coalesce(closed_on, created_on), 1, 7) = ?2) OR (stage = 'open' AND "
                              "substr(coalesce(closed_on, created_on), 1, 7) >= ?2))");
    st.bind(1, currency).bind(2, month);
    QStringList ids;
    while (st.next())
        ids << st.text(0);
    if (!st.ok())
        return Status(st.problem());
    DealService deals(m_workspace);
    DealService::Write options;
    options.references = References::ResolvedByCaller; // unchanged but for the base amount
    for (const QString &id : std::as_const(ids)) {
        const auto deal = deals.find(id);
        if (!deal)
            continue;
        if (Status written = deals.write(&*deal, &*deal, options); !written) {
            Problems problems;
            for (Problem p : written.problems()) {
                p.message = tr("deal %1: %2")
                                .arg(deal->externalId.isEmpty() ? deal->id : deal->externalId, p.message);
                problems << p;
            }
            return Status(problems);
        }
    }
    return success();
}

std::optional<Rate> RateService::find(const QString &currency, const QString &month) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE currency = ? AND month = ?");
    st.bind(1, currency).bind(2, month);
    if (st.next())
        return readRate(st);
    return std::nullopt;
}

std::optional<Rate> RateService::find(const QString &id) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE id = ?");
    st.bind(1, id);
    if (st.next())
        return readRate(st);
    return std::nullopt;
}

QList<Rate> RateService::all() const
{
    Statement st(m_workspace, QByteArray(kSelect) + " ORDER BY currency, month");
    QList<Rate> out;
    while (st.next())
        out << readRate(st);
    return out;
}

} // namespace attain
