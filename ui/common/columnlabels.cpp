// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/columnlabels.h"

namespace attain {

QHash<QString, QString> ColumnLabels::all()
{
    return {
        {QStringLiteral("external_id"), tr("No.")},
        {QStringLiteral("customer"), tr("Customer")},
        {QStringLiteral("owner"), tr("Owner")},
        {QStringLiteral("team"), tr("Team")},
        {QStringLiteral("amount"), tr("Amount")},
        {QStringLiteral("own_amount"), tr("In its currency")},
        {QStringLiteral("stage"), tr("Stage")},
        {QStringLiteral("created_on"), tr("Created")},
        {QStringLiteral("closed_on"), tr("Closed / expected")},
        {QStringLiteral("product"), tr("Product")},
        {QStringLiteral("contract_no"), tr("Contract no.")},
        {QStringLiteral("splits"), tr("Credit splits")},
        {QStringLiteral("confirmed_on"), tr("Confirmed")},
        {QStringLiteral("conflict"), tr("Disputed")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("owner_since"), tr("Owner since")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("deals"), tr("Deals")},
        {QStringLiteral("won"), tr("Won")},
        {QStringLiteral("last_follow_up"), tr("Last follow-up")},
        {QStringLiteral("at"), tr("When")},
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("member"), tr("Member")},
        {QStringLiteral("deal"), tr("Deal")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("rated_on"), tr("Date")},
        {QStringLiteral("score"), tr("Score")},
        {QStringLiteral("comment"), tr("Comment")},
        {QStringLiteral("login"), tr("Login")},
        {QStringLiteral("role"), tr("Role")},
        {QStringLiteral("level"), tr("Level")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("active"), tr("Active")},
        {QStringLiteral("opened_on"), tr("Opened")},
        {QStringLiteral("claimant"), tr("Claimed by")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("decided_on"), tr("Decided")},
        {QStringLiteral("note"), tr("Note")},
    };
}

} // namespace attain
