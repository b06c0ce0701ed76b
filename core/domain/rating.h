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
    /// None until chosen: a form never suggests five stars.
    int score = 0;
    QDate ratedOn;
    QString comment;
    /// Who entered it (set by RatingService from the acting member); empty for ratings older than that.
    QString enteredBy;
    /// A manager's confirmation of a rating its own member entered: until then it pays no award.
    QString confirmedBy;
    QDate confirmedOn;

    /// Entered by the member it rates: a 5-star award waits for a manager's confirmation.
    bool selfEntered() const { return !enteredBy.isEmpty() && enteredBy == memberId; }
    bool awaitsConfirmation() const { return selfEntered() && confirmedBy.isEmpty(); }

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
                {QStringLiteral("comment"), textOrNull(comment)},
                {QStringLiteral("entered_by"), textOrNull(enteredBy)},
                {QStringLiteral("confirmed_by"), textOrNull(confirmedBy)},
                {QStringLiteral("confirmed_on"), dateOrNull(confirmedOn)}};
    }
};

} // namespace attain
