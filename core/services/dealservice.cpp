// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/dealservice.h"

#include "core/domain/dates.h"
#include "core/services/checkedwrite.h"
#include "core/services/ownershipservice.h"
#include "core/services/rateservice.h"
#include "core/services/servicesupport.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kSelect = "SELECT id, external_id, customer_id, owner_id, amount, currency, stage, "
                                "created_on, closed_on, product, contract_no, confirmed_on, base_amount "
                                "FROM deals";

Deal readDeal(const Statement &st)
{
    Deal d;
    d.id = st.text(0);
    d.externalId = st.text(1);
    d.customerId = st.text(2);
    d.ownerId = st.text(3);
    d.amount = Money(st.int64(4), st.text(5));
    d.stage = Deal::stageFromText(st.text(6)).value_or(Stage::Open);
    d.createdOn = Dates::fromIso(st.text(7));
    d.closedOn = Dates::fromIso(st.text(8));
    d.product = st.text(9);
    d.contractNo = st.text(10);
    d.confirmedOn = Dates::fromIso(st.text(11));
    if (!st.isNull(12))
        d.baseMinor = st.int64(12);
    return d;
}

Fields splitField(const Deal &deal)
{
    return {{QStringLiteral("splits"), textOrNull(deal.splitsText())}};
}
} // namespace

Problems DealService::references(const Deal &deal) const
{
    Problems problems;
    if (!deal.customerId.isEmpty() && !ServiceSupport::exists(m_workspace, "customers", deal.customerId))
        problems << Problem{QStringLiteral("customer"), tr("there is no such customer")};
    ServiceSupport::checkCreditable(m_workspace, deal.ownerId, QStringLiteral("owner"), problems);
    for (const auto &split : deal.splits)
        ServiceSupport::checkCreditable(m_workspace, split.memberId, QStringLiteral("splits"), problems);
    ServiceSupport::checkUnique(m_workspace, "deals", "external_id", deal.externalId, deal.id,
                                QStringLiteral("external_id"),
                                tr("another deal already has the id “%1”").arg(deal.externalId), problems);
    return problems;
}

RecordRules<Deal> DealService::rules(const Write &options)
{
    RecordRules<Deal> r;
    r.kind = EntityKind::Deal;
    r.gone = tr("The deal no longer exists");
    r.find = [this](const QString &id) { return find(id); };
    r.validate = [](const Deal &d) { return d.validate(); };
    r.references = [this](const Deal &deal) { return references(deal); };
    r.access = [this](const Deal *before, const Deal *after) {
        return m_workspace.access().deal(before, after);
    };
    r.fields = [](const Deal &d) { return d.fields() + splitField(d); };
    r.notColumns = {QStringLiteral("splits")};
    // The amount in the base currency is the service's, converted once at the deal's month's rate.
    r.stamp = [this](const Deal *, Deal after) -> Result<Deal> {
        const auto base = RateService(m_workspace).baseAmount(after);
        if (!base)
            return base.problems();
        after.baseMinor = *base;
        return after;
    };
    r.afterWrite = [this, options](const Deal *before, const Deal &after) -> Status {
        // The credited amounts follow the amount in the base currency too.
        if (before ? before->splitsText() != after.splitsText() ||
                         (!after.splits.isEmpty() && before->baseMinor != after.baseMinor)
                   : !after.splits.isEmpty())
            if (Status st = writeSplits(after); !st)
                return st;
        // Ownership rules apply to a new deal, and when a deal changes hands or customers, not to every edit.
        if (before && before->ownerId == after.ownerId && before->customerId == after.customerId)
            return success();
        if (options.customerMadeByImport)
            return success();
        if (options.customerOwner &&
            OwnershipService::leavesOwnershipAlone(*options.customerOwner, after.ownerId))
            return success();
        return applyOwnership(after, options.outcome);
    };
    r.beforeRemove = [this](const Deal &before) -> Status {
        Statement refs(m_workspace, "SELECT (SELECT count(*) FROM activities WHERE deal_id = ?1) + "
                                    "(SELECT count(*) FROM ratings WHERE deal_id = ?1)");
        refs.bind(1, before.id);
        if (refs.next() && refs.int64(0) > 0)
            return Status(
                Problem{QStringLiteral("deal"), tr("follow-ups or ratings still refer to this deal")});
        refs.reset();
        // Its ownership conflicts go with it, each deletion logged (not left to ON DELETE CASCADE).
        QStringList conflicts;
        {
            Statement st(m_workspace, "SELECT id FROM ownership_conflicts WHERE deal_id = ?");
            st.bind(1, before.id);
            while (st.next())
                conflicts << st.text(0);
        }
        for (const QString &conflictId : std::as_const(conflicts)) {
            const auto conflict = OwnershipService(m_workspace).find(conflictId);
            if (Status st = m_workspace.writer().remove(EntityKind::Conflict, conflictId, conflict->fields());
                !st)
                return st;
        }
        return success();
    };
    return r;
}

Problems DealService::check(const Deal &deal) const
{
    Problems problems = deal.validate();
    if (problems.isEmpty())
        problems = references(deal);
    return problems;
}

Status DealService::writeSplits(const Deal &deal)
{
    Statement clear(m_workspace, "DELETE FROM deal_splits WHERE deal_id = ?");
    clear.bind(1, deal.id);
    if (!clear.exec())
        return Status(clear.problem());
    QStringList logins;
    for (const auto &split : deal.splits) {
        Statement login(m_workspace, "SELECT login FROM members WHERE id = ?");
        login.bind(1, split.memberId);
        logins << (login.next() ? login.text(0) : QString());
        if (!login.ok())
            return Status(login.problem(QStringLiteral("splits")));
    }
    const QList<qint64> credited = Deal::creditedAmounts(deal.baseMinor.value_or(0), deal.splits, logins);
    for (int i = 0; i < deal.splits.size(); ++i) {
        const Split &split = deal.splits.at(i);
        Statement insert(
            m_workspace,
            "INSERT INTO deal_splits(deal_id, member_id, percent, credited) VALUES (?, ?, ?, ?)");
        insert.bind(1, deal.id).bind(2, split.memberId).bind(3, split.percent).bind(4, credited.at(i));
        if (!insert.exec())
            return Status(insert.problem(QStringLiteral("splits")));
    }
    return success();
}

Status DealService::applyOwnership(const Deal &deal, Outcome *outcome)
{
    const auto applied = OwnershipService(m_workspace).apply(deal);
    if (!applied)
        return Status(applied.problems());
    if (outcome) {
        outcome->conflictRecorded = applied->kind == OwnershipService::Assessment::Kind::Conflict;
        outcome->customerClaimed = applied->kind == OwnershipService::Assessment::Kind::Claim;
        outcome->conflictId = applied->conflict.id;
    }
    return success();
}

Status DealService::write(const Deal *before, const Deal *after, const Write &options)
{
    return CheckedWrite::write(m_workspace, rules(options), before, after, options.references);
}

Result<Deal> DealService::create(Deal deal, Outcome *outcome)
{
    Write options;
    options.outcome = outcome;
    return CheckedWrite::create(m_workspace, rules(options), std::move(deal));
}

Result<Deal> DealService::update(const Deal &deal, Outcome *outcome)
{
    Write options;
    options.outcome = outcome;
    return CheckedWrite::update(m_workspace, rules(options), deal);
}

Status DealService::remove(const QString &id)
{
    return CheckedWrite::remove(m_workspace, rules(), id);
}

Status DealService::recredit(const Deal &before, const Deal &after)
{
    const auto changed =
        m_workspace.writer().update(EntityKind::Deal, after.id, before.fields() + splitField(before),
                                    after.fields() + splitField(after), {QStringLiteral("splits")});
    if (!changed)
        return Status(changed.problems());
    return before.splitsText() != after.splitsText() ? writeSplits(after) : success();
}

Status DealService::confirm(const Deal &before, QDate confirmedOn)
{
    Deal after = before;
    after.confirmedOn = confirmedOn;
    if (Status allowed = m_workspace.access().confirmation(before, after); !allowed)
        return allowed;
    const auto changed =
        m_workspace.writer().update(EntityKind::Deal, before.id, before.fields(), after.fields());
    return changed ? success() : Status(changed.problems());
}

std::optional<Deal> DealService::findWhere(const char *where, const QString &value) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE " + where + " = ?");
    st.bind(1, value);
    if (!st.next())
        return std::nullopt;
    Deal deal = readDeal(st);
    st.reset();
    Statement splits(m_workspace,
                     "SELECT member_id, percent FROM deal_splits WHERE deal_id = ? ORDER BY member_id");
    splits.bind(1, deal.id);
    while (splits.next())
        deal.splits << Split{splits.text(0), int(splits.int64(1))};
    return deal;
}

std::optional<Deal> DealService::find(const QString &id) const
{
    return findWhere("id", id);
}

std::optional<Deal> DealService::findByExternalId(const QString &externalId) const
{
    return findWhere("external_id", externalId);
}

} // namespace attain
