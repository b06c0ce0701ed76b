// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ratingservice.h"

#include "core/domain/dates.h"
#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

Problems RatingService::check(const Rating &rating) const
{
    Problems problems = rating.validate();
    ServiceSupport::checkCreditable(m_workspace, rating.memberId, QStringLiteral("member"), problems);
    if (!rating.customerId.isEmpty() && !ServiceSupport::exists(m_workspace, "customers", rating.customerId))
        problems << Problem{QStringLiteral("customer"), tr("there is no such customer")};
    if (!rating.dealId.isEmpty()) {
        Statement st(m_workspace, "SELECT customer_id FROM deals WHERE id = ?");
        st.bind(1, rating.dealId);
        if (!st.next())
            problems << Problem{QStringLiteral("deal"), tr("there is no such deal")};
        else if (st.text(0) != rating.customerId)
            problems << Problem{QStringLiteral("deal"), tr("the deal belongs to another customer")};
    }
    ServiceSupport::checkUnique(
        m_workspace, "ratings", "external_id", rating.externalId, rating.id, QStringLiteral("external_id"),
        tr("another rating already has the id “%1”").arg(rating.externalId), problems);
    return problems;
}

Result<Rating> RatingService::create(Rating rating)
{
    if (const Problems problems = check(rating); !problems.isEmpty())
        return problems;
    if (rating.id.isEmpty())
        rating.id = m_workspace.newId();
    const Status st = ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).insert(EntityKind::Rating, rating.id, rating.fields());
    });
    if (!st)
        return st.problems();
    return rating;
}

Result<Rating> RatingService::update(const Rating &rating)
{
    const auto before = find(rating.id);
    if (!before)
        return Result<Rating>::failure(QString(), tr("The rating no longer exists"));
    if (const Problems problems = check(rating); !problems.isEmpty())
        return problems;
    const Status st = ServiceSupport::inTransaction(m_workspace, [&]() -> Status {
        const auto changed = RecordWriter(m_workspace)
                                 .update(EntityKind::Rating, rating.id, before->fields(), rating.fields());
        return changed ? success() : Status(changed.problems());
    });
    if (!st)
        return st.problems();
    return rating;
}

Status RatingService::remove(const QString &id)
{
    const auto before = find(id);
    if (!before)
        return Status(Problem{QString(), tr("The rating no longer exists")});
    return ServiceSupport::inTransaction(m_workspace, [&] {
        return RecordWriter(m_workspace).remove(EntityKind::Rating, id, before->fields());
    });
}

std::optional<Rating> RatingService::find(const QString &id) const
{
    Statement st(m_workspace,
                 "SELECT id, external_id, customer_id, member_id, deal_id, score, rated_on, comment "
                 "FROM ratings WHERE id = ?");
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
    return r;
}

} // namespace attain
