// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/customer.h"
#include "core/domain/textrules.h"

#include "core/domain/textnorm.h"

namespace attain {

QString Customer::normalizedName() const
{
    return normalizeKey(name);
}

QString Customer::normalizedPhone() const
{
    return normalizePhone(phone);
}

Problems Customer::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems << Problem{QStringLiteral("name"), tr("a customer name is required")};
    else
        TextRules::check(problems, QStringLiteral("name"), name, TextRules::nameOfCustomer);
    TextRules::check(problems, QStringLiteral("external_id"), externalId, TextRules::number);
    if (TextRules::check(problems, QStringLiteral("phone"), phone, TextRules::phone) &&
        !phone.trimmed().isEmpty()) {
        const int digits = normalizedPhone().size();
        if (digits < 5 || digits > 20)
            problems << Problem{QStringLiteral("phone"), tr("“%1” is not a phone number").arg(phone)};
    }
    if (!createdOn.isValid())
        problems << Problem{QStringLiteral("created_on"), tr("a creation date is required")};
    if (!ownerId.isEmpty() && !ownerSince.isValid())
        problems << Problem{QStringLiteral("owner_since"), tr("the date the owner took over is required")};
    if (ownerId.isEmpty() && ownerSince.isValid())
        problems << Problem{QStringLiteral("owner"),
                            tr("an owner is required when an owner-since date is set")};
    TextRules::check(problems, QStringLiteral("source"), source, TextRules::label);
    return problems;
}

Fields Customer::fields() const
{
    return {{QStringLiteral("external_id"), textOrNull(externalId)},
            {QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("norm_name"), normalizedName()},
            {QStringLiteral("phone"), textOrNull(phone.trimmed())},
            {QStringLiteral("norm_phone"), textOrNull(normalizedPhone())},
            {QStringLiteral("owner_id"), textOrNull(ownerId)},
            {QStringLiteral("owner_since"), dateOrNull(ownerSince)},
            {QStringLiteral("source"), textOrNull(source.trimmed())},
            {QStringLiteral("created_on"), dateOrNull(createdOn)}};
}

} // namespace attain
