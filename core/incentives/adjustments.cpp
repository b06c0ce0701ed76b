// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/incentives/adjustments.h"
#include "core/domain/textrules.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/services/memberservice.h"
#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {

Fields adjustmentFields(const Adjustment &a)
{
    return {{QStringLiteral("member_id"), a.memberId},
            {QStringLiteral("period"), a.period.toString()},
            {QStringLiteral("amount"), a.amountMinor},
            {QStringLiteral("currency"), a.currency},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("created_on"), Dates::toIso(a.createdOn)}};
}

} // namespace

QString AdjustmentService::author(Workspace &workspace)
{
    if (const auto m = MemberService(workspace).find(workspace.currentUserId()))
        return m->login;
    return workspace.deviceId();
}

Result<Adjustment> AdjustmentService::add(Adjustment a)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("adjustments")); !allowed)
        return Result<Adjustment>(allowed.problems());
    Problems problems;
    a.reason = a.reason.trimmed();
    if (!ServiceSupport::exists(m_workspace, "members", a.memberId))
        problems << Problem{QStringLiteral("member"), tr("choose the member the adjustment is for")};
    if (!a.period.isValid())
        problems << Problem{QStringLiteral("period"), tr("choose the period of the adjustment")};
    if (a.amountMinor == 0)
        problems << Problem{QStringLiteral("amount"), tr("an adjustment is an amount other than zero")};
    if (a.reason.isEmpty())
        problems << Problem{QStringLiteral("reason"), tr("say why: an adjustment needs a reason")};
    else
        TextRules::check(problems, QStringLiteral("reason"), a.reason, TextRules::reason);
    if (!problems.isEmpty())
        return problems;
    if (a.currency.isEmpty())
        a.currency = Money::defaultCurrency();
    a.author = author(m_workspace);
    a.createdOn = m_workspace.clock().today();
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        a.id = m_workspace.newId();
        return m_workspace.writer().insert(EntityKind::Adjustment, a.id, adjustmentFields(a));
    });
    if (!st)
        return st.problems();
    return a;
}

Status AdjustmentService::remove(const QString &id)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("adjustments")); !allowed)
        return allowed;
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        std::optional<Adjustment> found;
        Statement st(m_workspace,
                     "SELECT member_id, period, amount, currency, reason, author, created_on FROM "
                     "adjustments WHERE id = ?");
        st.bind(1, id);
        if (st.next()) {
            Adjustment a;
            a.id = id;
            a.memberId = st.text(0);
            if (const auto p = Period::parse(st.text(1)))
                a.period = *p;
            a.amountMinor = st.int64(2);
            a.currency = st.text(3);
            a.reason = st.text(4);
            a.author = st.text(5);
            a.createdOn = QDate::fromString(st.text(6), Qt::ISODate);
            found = a;
        }
        st.reset();
        if (!found)
            return Status(Problem{QString(), tr("the adjustment no longer exists")});
        return m_workspace.writer().remove(EntityKind::Adjustment, id, adjustmentFields(*found));
    });
}

QList<Adjustment> AdjustmentService::forPeriod(const Period &period) const
{
    QList<Adjustment> out;
    Statement st(m_workspace, "SELECT id, member_id, amount, currency, reason, author, created_on FROM "
                              "adjustments WHERE period = ? ORDER BY created_on, rowid");
    st.bind(1, period.toString());
    while (st.next()) {
        Adjustment a;
        a.id = st.text(0);
        a.memberId = st.text(1);
        a.period = period;
        a.amountMinor = st.int64(2);
        a.currency = st.text(3);
        a.reason = st.text(4);
        a.author = st.text(5);
        a.createdOn = QDate::fromString(st.text(6), Qt::ISODate);
        out << a;
    }
    return out;
}

} // namespace attain
