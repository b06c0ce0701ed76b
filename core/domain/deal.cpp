// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/deal.h"

#include "core/domain/rounding.h"
#include "core/domain/textrules.h"

#include "core/domain/textnorm.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace attain {

int Deal::shareOf(const QString &memberId) const
{
    if (splits.isEmpty())
        return memberId == ownerId ? 100 : 0;
    for (const auto &s : splits)
        if (s.memberId == memberId)
            return s.percent;
    return 0;
}

QList<Split> Deal::credits() const
{
    if (splits.isEmpty())
        return {Split{ownerId, 100}};
    QList<Split> sorted = splits;
    std::sort(sorted.begin(), sorted.end(),
              [](const Split &a, const Split &b) { return a.memberId < b.memberId; });
    return sorted;
}

QList<qint64> Deal::creditedAmounts(qint64 amount, const QList<Split> &splits, const QStringList &logins)
{
    QList<int> order(splits.size());
    std::iota(order.begin(), order.end(), 0);
    auto login = [&](int i) { return logins.value(i); };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = login(a).compare(login(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : login(a) < login(b);
    });
    QList<qint64> percents;
    for (int i : std::as_const(order))
        percents << splits.at(i).percent;
    const QList<qint64> parts = largestRemainder(amount, percents); // ties to the earlier: the first login
    QList<qint64> out(splits.size(), 0);
    for (int k = 0; k < order.size(); ++k)
        out[order.at(k)] = parts.at(k);
    return out;
}

QString Deal::splitsText() const
{
    if (splits.isEmpty())
        return QString();
    QStringList parts;
    for (const auto &s : credits())
        parts << s.memberId + QLatin1Char(':') + QString::number(s.percent);
    return parts.join(QLatin1Char(';'));
}

bool Deal::storesSameAs(const Deal &o) const
{
    auto dateSame = [](QDate a, QDate b) { return a.isValid() ? a == b : !b.isValid(); };
    return externalId == o.externalId && customerId == o.customerId && ownerId == o.ownerId &&
           amount.minor() == o.amount.minor() && amount.currency() == o.amount.currency() &&
           stage == o.stage && dateSame(createdOn, o.createdOn) && dateSame(closedOn, o.closedOn) &&
           QStringView(product).trimmed() == QStringView(o.product).trimmed() &&
           QStringView(contractNo).trimmed() == QStringView(o.contractNo).trimmed() &&
           dateSame(confirmedOn, o.confirmedOn) && (splits.isEmpty() == o.splits.isEmpty()) &&
           (splits.isEmpty() || credits() == o.credits());
}

QList<Split> Deal::splitsFromText(const QString &text)
{
    QList<Split> out;
    for (const auto &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        if (colon > 0)
            out << Split{part.left(colon), part.mid(colon + 1).toInt()};
    }
    return out;
}

QString Deal::stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Open: return QStringLiteral("open");
    case Stage::Won: return QStringLiteral("won");
    case Stage::Lost: return QStringLiteral("lost");
    }
    return QString();
}

QString Deal::stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Open: return tr("Open");
    case Stage::Won: return tr("Won");
    case Stage::Lost: return tr("Lost");
    }
    return QString();
}

std::optional<Stage> Deal::stageFromText(QStringView text)
{
    const QString t = foldWidth(text).trimmed().toLower();
    if (t == u"open" || t == u"进行中" || t == u"跟进中")
        return Stage::Open;
    if (t == u"won" || t == u"赢单" || t == u"成交")
        return Stage::Won;
    if (t == u"lost" || t == u"输单" || t == u"丢单")
        return Stage::Lost;
    return std::nullopt;
}

Problems Deal::validate() const
{
    Problems problems;
    TextRules::check(problems, QStringLiteral("external_id"), externalId, TextRules::number);
    if (customerId.isEmpty())
        problems << Problem{QStringLiteral("customer"), tr("a customer is required")};
    if (ownerId.isEmpty())
        problems << Problem{QStringLiteral("owner"), tr("an owner is required")};
    if (amount.isNegative())
        problems << Problem{QStringLiteral("amount"), tr("the amount cannot be negative")};
    else if (amount.minor() > maxAmountMinor)
        problems << Problem{QStringLiteral("amount"),
                            tr("the amount is more than %1, the most one deal may have")
                                .arg(Money(maxAmountMinor, amount.currency()).format(QLocale()))};
    if (!Money::isKnownCurrency(amount.currency()))
        problems << Problem{QStringLiteral("currency"),
                            tr("“%1” is not a supported currency").arg(amount.currency())};
    if (!createdOn.isValid())
        problems << Problem{QStringLiteral("created_on"), tr("a creation date is required")};
    if (stage != Stage::Open && !closedOn.isValid())
        problems << Problem{QStringLiteral("closed_on"), tr("a won or lost deal needs its closing date")};
    if (closedOn.isValid() && createdOn.isValid() && closedOn < createdOn)
        problems << Problem{QStringLiteral("closed_on"), tr("the closing date is before the creation date")};
    if (confirmedOn.isValid() && stage != Stage::Won)
        problems << Problem{QStringLiteral("confirmed_on"), tr("only a won deal can be confirmed")};
    if (confirmedOn.isValid() && closedOn.isValid() && confirmedOn < closedOn)
        problems << Problem{QStringLiteral("confirmed_on"),
                            tr("the confirmation is before the closing date")};
    TextRules::check(problems, QStringLiteral("product"), product, TextRules::label);
    TextRules::check(problems, QStringLiteral("contract_no"), contractNo, TextRules::number);
    if (!splits.isEmpty()) {
        int sum = 0;
        QSet<QString> seen;
        for (const auto &s : splits) {
            if (s.memberId.isEmpty()) {
                problems << Problem{QStringLiteral("splits"), tr("every split needs a member")};
                continue;
            }
            if (seen.contains(s.memberId))
                problems << Problem{QStringLiteral("splits"), tr("a member appears twice in the splits")};
            seen.insert(s.memberId);
            if (s.percent < 1 || s.percent > 100)
                problems << Problem{QStringLiteral("splits"), tr("each share must be between 1% and 100%")};
            sum += s.percent;
        }
        if (sum != 100)
            problems << Problem{QStringLiteral("splits"), tr("the shares add up to %1%, not 100%").arg(sum)};
    }
    return problems;
}

Fields Deal::fields() const
{
    return {{QStringLiteral("external_id"), textOrNull(externalId)},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("owner_id"), ownerId},
            {QStringLiteral("amount"), amount.minor()},
            {QStringLiteral("currency"), amount.currency()},
            {QStringLiteral("base_amount"),
             baseMinor ? QVariant(*baseMinor) : QVariant(QMetaType::fromType<qint64>())},
            {QStringLiteral("stage"), stageKey(stage)},
            {QStringLiteral("created_on"), dateOrNull(createdOn)},
            {QStringLiteral("closed_on"), dateOrNull(closedOn)},
            {QStringLiteral("product"), textOrNull(product.trimmed())},
            {QStringLiteral("contract_no"), textOrNull(contractNo.trimmed())},
            {QStringLiteral("confirmed_on"), dateOrNull(confirmedOn)}};
}

} // namespace attain
