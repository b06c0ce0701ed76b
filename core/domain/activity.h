// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace attain {

enum class ActivityKind
{
    Call,
    Visit,
    Meeting,
    Email,
    Note
};

/// A follow-up (跟进) with a customer, optionally about a deal.
struct Activity
{
    Q_DECLARE_TR_FUNCTIONS(Activity)

public:
    QString id;
    QString externalId;
    QString memberId;
    QString customerId;
    QString dealId;
    ActivityKind kind = ActivityKind::Call;
    QDateTime at;
    QString notes;

    /// Calls, visits, meetings and e-mails count as follow-ups; notes do not.
    bool countsAsFollowUp() const { return kind != ActivityKind::Note; }
    Problems validate() const;
    Fields fields() const;

    static QString kindKey(ActivityKind kind);
    static QString kindLabel(ActivityKind kind);
    /// Accepts `call` / `visit` / `meeting` / `email` / `note` and 电话 / 拜访 / 会议 / 邮件 / 备注.
    static std::optional<ActivityKind> kindFromText(QStringView text);
};

} // namespace attain
