// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"
#include "core/domain/textrules.h"

#include <QCoreApplication>
#include <QDate>

namespace attain {

/// A customer's satisfaction rating (客户满意度) of a member, 1 to 5 stars.
struct Rating
{
    Q_DECLARE_TR_FUNCTIONS(Rating)

public:
    QString id;
    QString externalId;
    QString customerId;
    QString memberId;
    QString dealId;
    int score = 5;
    QDate ratedOn;
    QString comment;

    Problems validate() const
    {
        Problems problems;
        if (customerId.isEmpty())
            problems << Problem{QStringLiteral("customer"), tr("a customer is required")};
        if (memberId.isEmpty())
            problems << Problem{QStringLiteral("member"), tr("a member is required")};
        if (score < 1 || score > 5)
            problems << Problem{QStringLiteral("score"), tr("a score is a whole number from 1 to 5")};
        if (!ratedOn.isValid())
            problems << Problem{QStringLiteral("rated_on"), tr("a date is required")};
        TextRules::check(problems, QStringLiteral("external_id"), externalId, TextRules::number);
        TextRules::check(problems, QStringLiteral("comment"), comment, TextRules::comment);
        return problems;
    }

    Fields fields() const
    {
        return {{QStringLiteral("external_id"), textOrNull(externalId)},
                {QStringLiteral("customer_id"), customerId},
                {QStringLiteral("member_id"), memberId},
                {QStringLiteral("deal_id"), textOrNull(dealId)},
                {QStringLiteral("score"), score},
                {QStringLiteral("rated_on"), dateOrNull(ratedOn)},
                {QStringLiteral("comment"), textOrNull(comment)}};
    }
};

} // namespace attain
