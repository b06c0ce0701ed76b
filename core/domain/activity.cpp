// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/activity.h"
#include "core/domain/textrules.h"

#include "core/domain/dates.h"
#include "core/domain/textnorm.h"

namespace attain {

QString Activity::kindKey(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call: return QStringLiteral("call");
    case ActivityKind::Visit: return QStringLiteral("visit");
    case ActivityKind::Meeting: return QStringLiteral("meeting");
    case ActivityKind::Email: return QStringLiteral("email");
    case ActivityKind::Note: return QStringLiteral("note");
    }
    return QString();
}

QString Activity::kindLabel(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call: return tr("Call");
    case ActivityKind::Visit: return tr("Visit");
    case ActivityKind::Meeting: return tr("Meeting");
    case ActivityKind::Email: return tr("E-mail");
    case ActivityKind::Note: return tr("Note");
    }
    return QString();
}

std::optional<ActivityKind> Activity::kindFromText(QStringView text)
{
    const QString t = foldWidth(text).trimmed().toLower();
    if (t == u"call" || t == u"电话")
        return ActivityKind::Call;
    if (t == u"visit" || t == u"拜访")
        return ActivityKind::Visit;
    if (t == u"meeting" || t == u"会议")
        return ActivityKind::Meeting;
    if (t == u"email" || t == u"e-mail" || t == u"邮件")
        return ActivityKind::Email;
    if (t == u"note" || t == u"备注")
        return ActivityKind::Note;
    return std::nullopt;
}

Problems Activity::validate() const
{
    Problems problems;
    if (memberId.isEmpty())
        problems << Problem{QStringLiteral("member"), tr("a member is required")};
    if (customerId.isEmpty())
        problems << Problem{QStringLiteral("customer"), tr("a customer is required")};
    if (!at.isValid())
        problems << Problem{QStringLiteral("at"), tr("a date and time are required")};
    TextRules::check(problems, QStringLiteral("external_id"), externalId, TextRules::number);
    TextRules::check(problems, QStringLiteral("notes"), notes, TextRules::notes);
    return problems;
}

Fields Activity::fields() const
{
    return {{QStringLiteral("external_id"), textOrNull(externalId)},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("deal_id"), textOrNull(dealId)},
            {QStringLiteral("kind"), kindKey(kind)},
            {QStringLiteral("at"), Dates::toIso(at)},
            {QStringLiteral("notes"), textOrNull(notes)}};
}

} // namespace attain
