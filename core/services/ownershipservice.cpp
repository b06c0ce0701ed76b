// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ownershipservice.h"
#include "core/domain/textrules.h"

#include "core/domain/dates.h"
#include "core/services/customerservice.h"
#include "core/services/dealservice.h"
#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kSelect =
    "SELECT id, deal_id, customer_id, owner_id, claimant_id, opened_on, last_follow_up, "
    "status, decided_by, decided_on, note FROM ownership_conflicts";
} // namespace

int OwnershipService::protectionDays() const
{
    bool ok = false;
    const int days = m_workspace.setting(QStringLiteral("protection_days")).toInt(&ok);
    return ok && days >= 0 ? days : defaultProtectionDays;
}

Status OwnershipService::setProtectionDays(int days)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("the protection period")); !allowed)
        return allowed;
    if (days < 0 || days > 3650)
        return Status(
            Problem{QStringLiteral("protection_days"), tr("a protection period is 0 to 3,650 days")});
    return m_workspace.setSetting(QStringLiteral("protection_days"), QString::number(days));
}

QDate OwnershipService::lastContact(const QString &customerId, const QString &ownerId, QDate ownerSince) const
{
    QDate reference = ownerSince;
    Statement st(m_workspace, "SELECT max(at) FROM activities WHERE customer_id = ? AND member_id = ?");
    st.bind(1, customerId).bind(2, ownerId);
    if (st.next() && !st.isNull(0))
        reference = std::max(reference, Dates::fromIso(st.text(0).left(10)));
    return reference;
}

QDate OwnershipService::protectedUntil(const QString &customerId) const
{
    const auto customer = CustomerService(m_workspace).find(customerId);
    if (!customer || customer->ownerId.isEmpty())
        return QDate();
    const QDate reference = lastContact(customer->id, customer->ownerId, customer->ownerSince);
    return reference.isValid() ? reference.addDays(protectionDays()) : QDate();
}

OwnershipService::Assessment OwnershipService::assess(const Deal &deal) const
{
    Assessment a;
    const auto customer = CustomerService(m_workspace).find(deal.customerId);
    if (!customer || leavesOwnershipAlone(customer->ownerId, deal.ownerId))
        return a;
    if (ServiceSupport::roleOf(m_workspace, customer->ownerId) == QLatin1String("finance"))
        return a;
    const QDate reference = lastContact(customer->id, customer->ownerId, customer->ownerSince);
    const QDate today = m_workspace.clock().today();
    if (reference.isValid() && reference.daysTo(today) > protectionDays()) {
        a.kind = Assessment::Kind::Claim;
        return a;
    }
    a.kind = Assessment::Kind::Conflict;
    a.conflict.dealId = deal.id;
    a.conflict.customerId = customer->id;
    a.conflict.ownerId = customer->ownerId;
    a.conflict.claimantId = deal.ownerId;
    a.conflict.openedOn = today;
    a.conflict.lastFollowUp = reference;
    return a;
}

Result<OwnershipService::Assessment> OwnershipService::apply(const Deal &deal)
{
    Assessment a = assess(deal);
    if (a.kind == Assessment::Kind::None)
        return a;
    if (a.kind == Assessment::Kind::Claim) {
        auto customer = CustomerService(m_workspace).find(deal.customerId);
        if (!customer)
            return a;
        const Fields before = customer->fields();
        customer->ownerId = deal.ownerId;
        customer->ownerSince = m_workspace.clock().today();
        const auto changed =
            m_workspace.writer().update(EntityKind::Customer, customer->id, before, customer->fields());
        if (!changed)
            return changed.problems();
        return a;
    }
    if (openConflictForDeal(deal.id))
        return a; // already waiting for a decision
    a.conflict.id = m_workspace.newId();
    if (Status st = m_workspace.writer().insert(EntityKind::Conflict, a.conflict.id, a.conflict.fields());
        !st)
        return st.problems();
    return a;
}

Status OwnershipService::decide(const QString &conflictId, Decision decision, const QString &note)
{
    if (Status allowed = m_workspace.access().managersOnly(tr("who is credited for a customer")); !allowed)
        return allowed;
    if (Problems problems; !TextRules::check(problems, QStringLiteral("note"), note, TextRules::reason))
        return Status(problems);
    const QString user = m_workspace.currentUserId();
    return ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        auto conflict = find(conflictId);
        if (!conflict)
            return Status(Problem{QString(), tr("The conflict no longer exists")});
        if (conflict->status != OwnershipConflict::Status::Open)
            return Status(Problem{QString(), tr("This conflict was already decided")});
        RecordWriter &writer = m_workspace.writer();
        if (decision == Decision::KeepWithOwner) {
            DealService deals(m_workspace);
            auto deal = deals.find(conflict->dealId);
            if (!deal)
                return Status(Problem{QString(), tr("The deal no longer exists")});
            Deal changed = *deal;
            changed.ownerId = conflict->ownerId;
            // The claimant's share of a split deal passes to the owner.
            QList<Split> splits;
            for (Split s : std::as_const(changed.splits)) {
                if (s.memberId == conflict->claimantId)
                    s.memberId = conflict->ownerId;
                auto same = std::find_if(splits.begin(), splits.end(),
                                         [&](const Split &x) { return x.memberId == s.memberId; });
                if (same != splits.end())
                    same->percent += s.percent;
                else
                    splits << s;
            }
            changed.splits = splits.size() == 1 ? QList<Split>{} : splits;
            if (auto st = deals.recredit(*deal, changed); !st)
                return st;
        } else {
            auto customer = CustomerService(m_workspace).find(conflict->customerId);
            if (!customer)
                return Status(Problem{QString(), tr("The customer no longer exists")});
            const Fields before = customer->fields();
            customer->ownerId = conflict->claimantId;
            customer->ownerSince = m_workspace.clock().today();
            if (auto changed = writer.update(EntityKind::Customer, customer->id, before, customer->fields());
                !changed)
                return Status(changed.problems());
        }
        const Fields before = conflict->fields();
        conflict->status = decision == Decision::KeepWithOwner ? OwnershipConflict::Status::Kept
                                                               : OwnershipConflict::Status::Transferred;
        conflict->decidedBy = user;
        conflict->decidedOn = m_workspace.clock().today();
        conflict->note = note.trimmed();
        const auto changed = writer.update(EntityKind::Conflict, conflict->id, before, conflict->fields());
        return changed ? success() : Status(changed.problems());
    });
}

QList<OwnershipConflict> OwnershipService::select(const QByteArray &where, const QVariantList &args) const
{
    Statement st(m_workspace, QByteArray(kSelect) + ' ' + where);
    for (int i = 0; i < args.size(); ++i)
        st.bind(i + 1, args.at(i));
    QList<OwnershipConflict> out;
    while (st.next()) {
        OwnershipConflict c;
        c.id = st.text(0);
        c.dealId = st.text(1);
        c.customerId = st.text(2);
        c.ownerId = st.text(3);
        c.claimantId = st.text(4);
        c.openedOn = Dates::fromIso(st.text(5));
        c.lastFollowUp = Dates::fromIso(st.text(6));
        c.status = OwnershipConflict::statusFromKey(st.text(7));
        c.decidedBy = st.text(8);
        c.decidedOn = Dates::fromIso(st.text(9));
        c.note = st.text(10);
        out << c;
    }
    return out;
}

std::optional<OwnershipConflict> OwnershipService::find(const QString &id) const
{
    const auto list = select("WHERE id = ?", {id});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<OwnershipConflict> OwnershipService::openConflicts() const
{
    return select("WHERE status = 'open' ORDER BY opened_on, id", {});
}

std::optional<OwnershipConflict> OwnershipService::openConflictForDeal(const QString &dealId) const
{
    const auto list = select("WHERE deal_id = ? AND status = 'open'", {dealId});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

} // namespace attain
