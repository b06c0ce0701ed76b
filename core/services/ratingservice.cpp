// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ratingservice.h"

#include "core/access/accesspolicy.h"
#include "core/domain/dates.h"
#include "core/services/checkedwrite.h"
#include "core/services/servicesupport.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

RecordRules<Rating> RatingService::rules() const
{
    RecordRules<Rating> r;
    r.kind = EntityKind::Rating;
    r.gone = tr("The rating no longer exists");
    r.find = [this](const QString &id) { return find(id); };
    r.validate = [](const Rating &record) { return record.validate(); };
    r.references = [this](const Rating &rating) {
        Problems problems;
        ServiceSupport::checkCreditable(m_workspace, rating.memberId, QStringLiteral("member"), problems);
        if (!rating.customerId.isEmpty() &&
            !ServiceSupport::exists(m_workspace, "customers", rating.customerId))
            problems << Problem{QStringLiteral("customer"), tr("there is no such customer")};
        if (!rating.dealId.isEmpty()) {
            Statement st(m_workspace, "SELECT customer_id FROM deals WHERE id = ?");
            st.bind(1, rating.dealId);
            if (!st.next())
                problems << Problem{QStringLiteral("deal"), tr("there is no such deal")};
            else if (st.text(0) != rating.customerId)
                problems << Problem{QStringLiteral("deal"), tr("the deal belongs to another customer")};
        }
        ServiceSupport::checkUnique(m_workspace, "ratings", "external_id", rating.externalId, rating.id,
                                    QStringLiteral("external_id"),
                                    tr("another rating already has the id “%1”").arg(rating.externalId),
                                    problems);
        return problems;
    };
    r.access = [this](const Rating *before, const Rating *after) -> Status {
        if (Status allowed = m_workspace.access().rating(before, after); !allowed)
            return allowed;
        // Only a manager confirms, and never a rating of their own.
        const QString wasConfirmed = before ? before->confirmedBy : QString();
        if (after && after->confirmedBy != wasConfirmed && !after->confirmedBy.isEmpty()) {
            const Actor &actor = m_workspace.actor();
            if (actor.kind == Actor::Kind::Member &&
                (actor.role != Role::Manager || actor.memberId == after->memberId)) {
                Problem refused{QStringLiteral("confirmed_by"),
                                tr("only a manager confirms a rating, and not one of their own")};
                refused.code = AccessPolicy::deniedCode;
                return Status(refused);
            }
        }
        return success();
    };
    r.fields = [](const Rating &record) { return record.fields(); };
    r.stamp = [this](const Rating *before, Rating after) { return stamped(before, std::move(after)); };
    return r;
}

Problems RatingService::check(const Rating &record) const
{
    Problems problems = record.validate();
    if (problems.isEmpty())
        problems = rules().references(record);
    return problems;
}

Rating RatingService::stamped(const Rating *before, Rating record) const
{
    const Actor &actor = m_workspace.actor();
    if (!before) {
        record.enteredBy = actor.kind == Actor::Kind::Member ? actor.memberId : QString();
        record.confirmedBy.clear();
        record.confirmedOn = QDate();
        return record;
    }
    record.enteredBy = before->enteredBy;
    // An edit of what was rated by anyone but a manager needs confirming again.
    const bool rated = record.score != before->score || record.memberId != before->memberId ||
                       record.ratedOn != before->ratedOn || record.customerId != before->customerId;
    if (rated && !(actor.kind == Actor::Kind::Member && actor.role == Role::Manager)) {
        record.confirmedBy.clear();
        record.confirmedOn = QDate();
    }
    return record;
}

Status RatingService::write(const Rating *before, const Rating *after, References references)
{
    return CheckedWrite::write(m_workspace, rules(), before, after, references);
}

Result<Rating> RatingService::create(Rating record)
{
    return CheckedWrite::create(m_workspace, rules(), std::move(record));
}

Result<Rating> RatingService::update(const Rating &record)
{
    return CheckedWrite::update(m_workspace, rules(), record);
}

Result<Rating> RatingService::confirm(const Rating &rating)
{
    Rating confirmed = rating;
    confirmed.confirmedBy = m_workspace.actor().memberId;
    confirmed.confirmedOn = m_workspace.clock().today();
    return CheckedWrite::update(m_workspace, rules(), confirmed);
}

Status RatingService::remove(const QString &id)
{
    return CheckedWrite::remove(m_workspace, rules(), id);
}

std::optional<Rating> RatingService::find(const QString &id) const
{
    Statement st(m_workspace,
                 "SELECT id, external_id, customer_id, member_id, deal_id, score, rated_on, comment, "
                 "entered_by, confirmed_by, confirmed_on FROM ratings WHERE id = ?");
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    Rating r;
    r.id = st.text(0);
    r.externalId = st.text(1);
    r.customerId = st.text(2);
    r.memberId = st.text(3);
    r.dealId = st.text(4);
    r.score = int(st.int64(5));
    r.ratedOn = Dates::fromIso(st.text(6));
    r.comment = st.text(7);
    r.enteredBy = st.text(8);
    r.confirmedBy = st.text(9);
    r.confirmedOn = Dates::fromIso(st.text(10));
    return r;
}

} // namespace attain
